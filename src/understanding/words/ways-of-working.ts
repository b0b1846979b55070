/*
 * Ways of working said where a job would be ("is freelance a good career", "is contracting worth it"): how the
 * work is done, not what it is, so no occupation's figures stand for them.
 */

/** Each way of working as typed, with how an answer names it. */
const waysOfWorking: ReadonlyMap<string, string> = new Map([
  ["freelance", "freelancing"],
  ["freelancing", "freelancing"],
  ["freelancer", "freelancing"],
  ["freelancers", "freelancing"],
  ["freelance work", "freelancing"],
  ["contracting", "contract work"],
  ["contract work", "contract work"],
  ["contract jobs", "contract work"],
  ["gig work", "gig work"],
  ["gig economy", "gig work"],
  ["self employment", "self-employment"],
  ["self-employment", "self-employment"],
  ["self employed", "self-employment"],
  ["self-employed", "self-employment"],
  ["remote work", "remote work"],
  ["side hustle", "a side hustle"],
  ["side hustles", "a side hustle"],
]);

/** The way of working a typed title is ("freelance" → "freelancing"), if it is one. */
export const wayOfWorking = (typed: string): string | undefined =>
  waysOfWorking.get(typed.trim().toLowerCase().replace(/\s+/g, " "));
