import type { KnowledgeBase } from "../../knowledge/base.js";
import type { Role } from "../../knowledge/core/schema.js";
import { listed } from "../parts/answer-parts.js";
import { educationOrder } from "./entry.js";
import { entryEducation } from "./without-degree.js";

/*
 * "which needs a phd" after two roles: the degree named, looked for in each role's typical entry-level
 * education by BLS's Employment Projections, and said of each, before what each one's sources say of
 * schooling. Which lists it, or that none does, is the answer to the question; the lines after it are not.
 */

/** A degree a question may name, and the categories of BLS's entry education that are that degree. */
interface DegreeKind {
  named: RegExp;
  /** "a doctoral degree", as the answer says it. */
  said: string;
  categories: readonly string[];
}

const degreeKinds: readonly DegreeKind[] = [
  {
    named: /\b(?:phd|ph\.d|phds|doctorate|doctoral)\b/i,
    said: "a doctoral degree",
    categories: ["Doctoral or professional degree"],
  },
  { named: /\b(?:masters?|master's|ms|msc)\b/i, said: "a master's degree", categories: ["Master's degree"] },
  { named: /\b(?:bachelors?|bachelor's)\b/i, said: "a bachelor's degree", categories: ["Bachelor's degree"] },
  {
    named: /\bdegrees?\b/i,
    said: "a degree",
    categories: [
      "Associate's degree",
      "Bachelor's degree",
      "Master's degree",
      "Doctoral or professional degree",
    ],
  },
];

/**
 * "which needs a phd", "which one requires a masters" of several roles: which of them BLS gives the degree
 * named as typical entry-level education, with each one's; undefined where no degree is named or no role
 * has an entry education.
 */
export function degreeWeighed(
  kb: KnowledgeBase,
  question: string,
  roles: readonly Role[],
): string | undefined {
  const kind = degreeKinds.find((k) => k.named.test(question));
  if (!kind || roles.length < 2) return undefined;
  const each = roles.map((role) => ({ role, entries: entryEducation(kb, role) }));
  const given = each.filter((r) => r.entries.length > 0);
  if (given.length === 0) return undefined;
  const listing = given.filter((r) => r.entries.some((e) => kind.categories.includes(e.education)));
  const has = `${kind.said} as BLS's typical entry-level education`;
  const one = given.length === 1 ? given[0]?.role.name : undefined;
  const verdict =
    listing.length === 0
      ? one
        ? `${one} does not have ${has}`
        : `${given.length > 2 ? "None of them has" : "Neither has"} ${has}`
      : listing.length === given.length
        ? one
          ? `${one} has ${has}`
          : `${given.length > 2 ? "All of them have" : "Both have"} ${has}`
        : `Only ${listed(listing.map((r) => r.role.name))} ${listing.length > 1 ? "have" : "has"} ${has}`;
  const educations = given.map(
    ({ role, entries }) =>
      `${role.name}, ${[...new Set(entries.map((e) => e.education.toLowerCase()))].join(" or ")}`,
  );
  // A role with no official occupation has no entry education to weigh: said, never counted as lacking it.
  const unweighed = each.filter((r) => r.entries.length === 0).map((r) => r.role.name);
  const noOccupation =
    unweighed.length > 1
      ? "which have no official occupation of their own"
      : "which has no official occupation of its own";
  const none = unweighed.length ? ` BLS gives none for ${listed(unweighed)}, ${noOccupation}.` : "";
  return `${verdict}: ${educations.join("; ")}.${none} What each one's sources say:`;
}

/** "which needs less schooling", "which one requires more education": schooling weighed, and which way. */
const schoolingWeighedBy =
  /\b(less|least|fewer|more|most)\b[^.?!]*\b(?:school|schooling|education|college|studying|study)\b|\b(?:school|schooling|education)\b[^.?!]*\b(less|least|more|most)\b/i;

/** One side whose schooling is weighed: a role, or an official occupation set beside one, by its name. */
export interface SchoolingSide {
  name: string;
  /** BLS's typical entry-level education for each official occupation the side is counted in. */
  educations: readonly string[];
  /** An official occupation's title names many ("Registered Nurses ask"), a role's name one. */
  plural?: boolean;
}

/**
 * "which one needs less schooling" of several roles: which asks the least (or most) typical entry-level
 * education by BLS's Employment Projections, or that they ask the same, said first with each one's
 * (otherwise: each role's education, no verdict); undefined where it is not asked or fewer than two have one.
 */
export function schoolingWeighed(
  kb: KnowledgeBase,
  question: string,
  roles: readonly Role[],
): string | undefined {
  return schoolingOfSides(
    question,
    roles.map((role) => ({ name: role.name, educations: entryEducation(kb, role).map((e) => e.education) })),
  );
}

/**
 * The sides' schooling weighed as `schoolingWeighed` weighs roles', an occupation among them ("which one
 * needs more school" after a move from nursing into data analyst).
 */
export function schoolingOfSides(question: string, sides: readonly SchoolingSide[]): string | undefined {
  const asked = schoolingWeighedBy.exec(question);
  const way = (asked?.[1] ?? asked?.[2])?.toLowerCase();
  if (!way || sides.length < 2) return undefined;
  const rank = (education: string) => educationOrder.indexOf(education);
  // A side counted in several official occupations may have a range of entry educations (Machine Learning
  // Engineer: data scientists, a bachelor's; computer and information research scientists, a master's).
  // Each side is weighed by both ends of its range, the end asked first: said as "the same" by its least
  // alone, the master's its own lines go on to give was contradicted (r79).
  const given = sides.flatMap((side) => {
    const sorted = [...new Set(side.educations)].sort((a, b) => rank(a) - rank(b));
    const least = sorted[0];
    const most = sorted[sorted.length - 1];
    return least && most ? [{ side, least, most }] : [];
  });
  if (given.length < 2) return undefined;
  const said = (g: (typeof given)[number]) =>
    g.least === g.most
      ? `${g.side.name}, ${g.least.toLowerCase()}`
      : `${g.side.name}, ${g.least.toLowerCase()} or ${g.most.toLowerCase()} (its official occupations differ)`;
  const each = given.map(said).join("; ");
  const by = "by BLS's typical entry-level education";
  const fewer = way === "less" || way === "least" || way === "fewer";
  // The end asked weighs first, the other end breaks a tie: less schooling is the lower least, more the
  // higher most.
  const score = (g: (typeof given)[number]) =>
    fewer ? rank(g.least) * 100 + rank(g.most) : rank(g.most) * 100 + rank(g.least);
  const scores = given.map(score);
  if (scores.every((v) => v === scores[0]))
    return `They ask the same schooling to enter, ${by}: ${each}. What each one's sources say:`;
  const end = fewer ? Math.min(...scores) : Math.max(...scores);
  const ends = given.filter((g) => score(g) === end);
  // Where a winner's range overlaps another side's ("bachelor's or master's" against "bachelor's"), it may
  // ask more (or less), not always.
  const others = given.filter((g) => score(g) !== end);
  const overlaps = fewer
    ? Math.max(...ends.map((g) => rank(g.most))) >= Math.min(...others.map((g) => rank(g.least)))
    : Math.min(...ends.map((g) => rank(g.least))) <= Math.max(...others.map((g) => rank(g.most)));
  const may = overlaps ? "may ask" : undefined;
  const most = given.length > 2 ? (fewer ? "the least" : "the most") : fewer ? "less" : "more";
  const many = ends.length > 1 || ends[0]?.side.plural;
  const verb = may ?? (many ? "ask" : "asks");
  return `${listed(ends.map((e) => e.side.name))} ${verb} ${most} schooling to enter, ${by}: ${each}. What each one's sources say:`;
}
