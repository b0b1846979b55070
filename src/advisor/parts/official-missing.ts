/*
 * What an answer says where the official layer lacks what was asked: shared by the answers for an occupation,
 * pay by the hour and rankings, so none of them has to import another for a sentence.
 */

/** What an operator does to answer every occupation, said wherever the layer is missing. */
export const officialNotLoaded =
  "Official figures for occupations beyond the curated roles are not loaded here; an operator loads them with `career data import` (see docs/official-data.md).";

/** Said where hourly wages were asked of a layer imported before BLS's hourly wages were kept. */
export const hourlyNotImported =
  "The loaded official figures hold no hourly wages: they were imported before BLS's hourly wages were kept; an operator imports them again with `career data import` (see docs/official-data.md).";
