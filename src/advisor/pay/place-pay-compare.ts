import type { KnowledgeBase } from "../../knowledge/base.js";
import type { Figure, Role } from "../../knowledge/core/schema.js";
import { withArticle } from "../../knowledge/core/text.js";
import type { PayComparison } from "../answers.js";
import { figureView, roleRef, uniqueCitations } from "../parts/answer-parts.js";
import { comparePay, type PaySide, payComparison } from "./pay-comparison.js";

/*
 * A pay comparison narrowed to a place or a level ("swe vs mle salary", then "and in austin?" or "what about
 * senior?"): the roles' figures there, side by side, and which is higher there; where a side has none, it
 * is said, and the verdict falls back on the national figures shown for it. Never one flat list of each
 * role's pay, which would lose the comparison.
 */

/** Where a comparison is narrowed to: its name in the answer's words, and a role's figure there. */
interface Narrowing {
  /** "Seattle, WA", "Senior level": said as "no Seattle, WA figure". */
  name: string;
  /** How the verdict opens: "In Seattle, WA", "At Senior level". */
  lead: string;
  /** Where, after "cannot be compared": "there", "at that level". */
  there: string;
  figureOf: (role: Role) => Figure | undefined;
}

/** The sides' pay in a place (a location with figures), with a verdict on the figures for it. */
export function payComparedIn(kb: KnowledgeBase, roles: Role[], placeId: string): PayComparison {
  const name = kb.knowledge.locations.find((l) => l.id === placeId)?.name ?? placeId;
  const figureOf = (role: Role) => role.salary?.locations.find((l) => l.location === placeId)?.figure;
  return payComparedBy(kb, roles, { name, lead: `In ${name}`, there: "there", figureOf });
}

/**
 * The sides' pay in a place without figures inside a location with some ("and in boston?" after "mle vs ds
 * pay": Massachusetts), when a side has figures there: said to be the containing location's, then compared
 * as in that location, as a single role's pay answer gives them.
 */
export function payComparedWithin(
  kb: KnowledgeBase,
  roles: Role[],
  placeName: string,
  placeId: string,
): PayComparison | undefined {
  const figureOf = (role: Role) => role.salary?.locations.find((l) => l.location === placeId)?.figure;
  if (!roles.some((role) => figureOf(role) !== undefined)) return undefined;
  const within = payComparedIn(kb, roles, placeId);
  const name = kb.knowledge.locations.find((l) => l.id === placeId)?.name ?? placeId;
  const said = `No figures for ${placeName} itself; those for ${name}, which contains it, are shown.`;
  return { ...within, note: within.note ? `${said} ${within.note}` : said };
}

/** The sides' pay at a level ("senior"), with a verdict on the figures for it. */
export function payComparedAtLevel(kb: KnowledgeBase, roles: Role[], levelId: string): PayComparison {
  // "senior level", as a pay answer says it: "no senior level figure".
  const name = (kb.knowledge.levels.find((l) => l.id === levelId)?.name ?? levelId).toLowerCase();
  const figureOf = (role: Role) => role.salary?.levels.find((l) => l.level === levelId)?.figure;
  return payComparedBy(kb, roles, { name, lead: `At ${name}`, there: "at that level", figureOf });
}

/**
 * The sides' pay in a place the knowledge has no figures for ("and in london?", "in denver?"): said once for
 * every side, then their national figures side by side as the comparison showed them.
 */
export function payComparedInUnlisted(kb: KnowledgeBase, roles: Role[], placeName: string): PayComparison {
  const national = payComparison(kb, roles);
  const note = `No figures for ${placeName} for ${roles.map((r) => r.name).join(" or ")}. National figures are shown instead.`;
  return { ...national, note: national.note ? `${note} ${national.note}` : note };
}

/**
 * The sides' pay at a level asked in a place the knowledge has no figures for ("whats starting pay look like
 * in columbus" after two roles): the place said once to have none, then the level's national comparison;
 * no figure is set aside for the two apart, as the place has none to set aside.
 */
export function payComparedAtLevelInUnlisted(
  kb: KnowledgeBase,
  roles: Role[],
  placeName: string,
  levelId: string,
): PayComparison {
  const atLevel = payComparedAtLevel(kb, roles, levelId);
  const note = `No figures for ${placeName} for ${roles.map((r) => r.name).join(" or ")}.`;
  return { ...atLevel, note: atLevel.note ? `${note} ${atLevel.note}` : note };
}

/**
 * The sides' pay at a rank the knowledge has no figures for ("staff level?" after "sre vs devops pay"): said
 * first, then the nearest level's figures compared where a side has them ("the staff level" stands nearest
 * senior), else the national figures side by side; never each role's pay one after the other.
 */
export function payComparedAtUnlistedLevel(
  kb: KnowledgeBase,
  roles: Role[],
  levelName: string,
  nearestId: string,
): PayComparison {
  const names = roles.map((r) => r.name).join(" or ");
  const nearest = (kb.knowledge.levels.find((l) => l.id === nearestId)?.name ?? nearestId).toLowerCase();
  const hasNearest = roles.some((role) => role.salary?.levels.some((l) => l.level === nearestId));
  const compared = hasNearest ? payComparedAtLevel(kb, roles, nearestId) : payComparison(kb, roles);
  const said = hasNearest
    ? `No figures for ${levelName} for ${names}; the ${nearest}, the nearest level with figures, is compared.`
    : `No figures for ${levelName} for ${names}, nor for the ${nearest}, the nearest level. National figures are shown instead.`;
  return { ...compared, note: compared.note ? `${said} ${compared.note}` : said };
}

/** "a" or "an" before a word: "an entry level figure". */

function payComparedBy(kb: KnowledgeBase, roles: Role[], at: Narrowing): PayComparison {
  const national = payComparison(kb, roles);
  const there = roles.map((role): PaySide | undefined => {
    const figure = at.figureOf(role);
    return figure
      ? { ref: roleRef(role), figures: [figureView(kb, figure, true)], representative: figure }
      : undefined;
  });
  const sides = there.filter((s): s is PaySide => s !== undefined);
  // Every side has a figure there: those weighed against each other, as any comparison is.
  if (sides.length === roles.length) {
    const compared = comparePay(kb, sides);
    return { ...compared, verdict: `${at.lead}: ${compared.verdict}`, followups: national.followups };
  }
  const without = roles.filter((_, i) => !there[i]);
  const missing = `The knowledge base has no ${at.name} figure for ${without.map((r) => r.name).join(" or ")}.`;
  const only = sides.length
    ? `Only ${sides.map((s) => `${s.ref.name} has ${withArticle(at.name)} figure (${s.figures[0]?.value ?? ""})`).join(" and ")}, so they cannot be compared ${at.there}.`
    : `${roles.length > 2 ? "None of them has" : "Neither has"} ${withArticle(at.name)} figure, so they cannot be compared ${at.there}.`;
  const nationally = national.verdict.charAt(0).toLowerCase() + national.verdict.slice(1);
  return {
    ...national,
    note: `${missing} National figures are shown beside.`,
    // A side with a figure there shows it first, then its national ones the verdict also weighs.
    roles: national.roles.map((row, i) => {
      const side = there[i];
      return side ? { role: side.ref, figures: [...side.figures, ...row.figures] } : row;
    }),
    verdict: `${only} Nationally, ${nationally}`,
    citations: uniqueCitations([
      ...national.citations,
      ...sides.flatMap((s) => s.figures.map((f) => f.citation)),
    ]),
  };
}
