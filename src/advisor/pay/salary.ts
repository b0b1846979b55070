import type { KnowledgeBase } from "../../knowledge/base.js";
import type { Role } from "../../knowledge/core/schema.js";
import type { FigureView, SalaryAnswer, UserContext } from "../answers.js";
import { figureView, noPayFigure, roleRef, uniqueCitations } from "../parts/answer-parts.js";

export interface SalaryRequest {
  level?: string;
  location?: string;
}

function resolveOne(kb: KnowledgeBase, vocabulary: "levels" | "places", typed: string): string | undefined {
  const hit = kb[vocabulary].lookup(typed);
  return hit?.entries.length === 1 ? hit.entries[0] : undefined;
}

/** The level and place a request named itself, if it named any that resolve. */
const askedOf = (level: string | undefined, place: string | undefined) =>
  level || place ? { asked: { ...(level ? { level } : {}), ...(place ? { place } : {}) } } : {};

/** Pay for a role: every level, location and total-comp figure, with the one asked for picked out. */
export function salaryFor(
  kb: KnowledgeBase,
  role: Role,
  request: SalaryRequest,
  user: UserContext,
): SalaryAnswer {
  const s = role.salary;
  const gaps: string[] = [];
  const usedPreferences: string[] = [];
  const levelName = (id: string) => kb.knowledge.levels.find((l) => l.id === id)?.name ?? id;
  const placeName = (id: string) => kb.knowledge.locations.find((l) => l.id === id)?.name ?? id;

  let levelId: string | undefined;
  if (request.level) {
    levelId = resolveOne(kb, "levels", request.level);
    if (!levelId)
      gaps.push(
        `"${request.level}" is not a level I know. Levels: ${kb.knowledge.levels.map((l) => l.name).join(", ")}.`,
      );
  } else if (user.level) {
    levelId = user.level;
    usedPreferences.push(`your saved level (${levelName(user.level)})`);
  }
  let placeId: string | undefined;
  if (request.location) {
    placeId = resolveOne(kb, "places", request.location);
    if (!placeId)
      gaps.push(
        `I have no pay figures for "${request.location}". Places with figures: ${kb.knowledge.locations.map((l) => l.name).join("; ")}.`,
      );
  } else if (user.location) {
    placeId = user.location;
    usedPreferences.push(`your saved location (${placeName(user.location)})`);
  }

  const level = levelId ? s?.levels.find((l) => l.level === levelId) : undefined;
  const place = placeId ? s?.locations.find((l) => l.location === placeId) : undefined;
  if (!s) gaps.push(noPayFigure(role));
  else {
    if ([s.levels, s.locations, s.headline, s.totalComp, s.companies].every((list) => list.length === 0))
      gaps.push(
        s.government.length > 0
          ? `The source articles give no pay figures for ${role.name}; the nearest US government statistic is below.`
          : noPayFigure(role),
      );
    if (levelId && !level)
      gaps.push(`The knowledge base has no ${levelName(levelId).toLowerCase()} figure for ${role.name}.`);
    if (placeId && !place)
      gaps.push(`The knowledge base has no ${placeName(placeId)} figure for ${role.name}.`);
    if (level && place)
      gaps.push("The sources give level and location figures separately, not for the two combined.");
  }
  const answer: FigureView | undefined = place
    ? figureView(kb, place.figure, true)
    : level
      ? figureView(kb, level.figure, true)
      : undefined;

  const views = (figures: Parameters<typeof figureView>[1][]) => figures.map((f) => figureView(kb, f));
  const result: SalaryAnswer = {
    kind: "salary",
    role: roleRef(role),
    ...(answer ? { answer } : {}),
    levels: (s?.levels ?? []).map((l) => ({
      id: l.level,
      name: levelName(l.level),
      figure: figureView(kb, l.figure, l.level === levelId),
      extra: views(l.extra),
    })),
    locations: (s?.locations ?? []).map((l) => ({
      id: l.location,
      name: placeName(l.location),
      figure: figureView(kb, l.figure, l.location === placeId),
      extra: views(l.extra),
    })),
    totalComp: views(s?.totalComp ?? []),
    companies: (s?.companies ?? []).map((c) => ({ company: c.company, figures: views(c.figures) })),
    headline: views(s?.headline ?? []),
    modifiers: views(s?.modifiers ?? []),
    government: views(s?.government ?? []),
    notes: s?.notes ?? [],
    gaps,
    usedPreferences,
    ...askedOf(request.level ? levelId : undefined, request.location ? placeId : undefined),
    citations: [],
    followups: [`skills ${role.aliases[0]}`, `path ${role.aliases[0]}`, "prefs"],
  };
  const all = [
    ...result.levels.flatMap((l) => [l.figure, ...l.extra]),
    ...result.locations.flatMap((l) => [l.figure, ...l.extra]),
    ...result.totalComp,
    ...result.companies.flatMap((c) => c.figures),
    ...result.headline,
    ...result.modifiers,
    ...result.government,
  ];
  result.citations = uniqueCitations(all.map((f) => f.citation));
  return result;
}
