import type { KnowledgeBase } from "../knowledge/base.js";
import type { Role } from "../knowledge/schema.js";
import type { Occupation } from "../understanding/language.js";
import type { Clarification, Notice, OutOfScope, RoleRef } from "./types.js";
import { figureView, notice, roleRef, uniqueCitations } from "./views.js";

/** How a team adds a role, said in every "not covered" answer. */
export const howToAddRole =
  "A team can add a role by writing one YAML file in the knowledge folder (see knowledge/README.md) and running `npm run knowledge:check`.";

/** What the advisor does, in one line, for questions it is not for. */
export const whatIDo =
  "I answer questions about tech roles: what they do, pay by level and location, skills and tools, education, career paths and skill gaps, trends, best practices and common challenges.";

function plural(name: string): string {
  if (/(s|sh|ch|x)$/i.test(name)) return `${name}es`;
  if (/[^aeiou]y$/i.test(name)) return `${name.slice(0, -1)}ies`;
  return `${name}s`;
}

/** The covered roles closest to a title: those the occupation list names, else those whose names look alike. */
function nearest(kb: KnowledgeBase, typed: string, occupation: Occupation | undefined): RoleRef[] {
  const listed = (occupation?.near ?? [])
    .map((id) => kb.roleById.get(id))
    .filter((r): r is Role => r !== undefined);
  if (listed.length > 0 || occupation) return listed.slice(0, 3).map(roleRef);
  return kb.roleNames
    .suggest(typed, 3)
    .map((id) => kb.roleById.get(id))
    .filter((r): r is Role => r !== undefined)
    .map(roleRef);
}

/**
 * "I don't cover Product Managers yet": the occupation named, the closest roles the knowledge does cover,
 * and, when the knowledge holds official figures for that very occupation (its O*NET code), those figures,
 * labelled as the occupation's own. Never another role's figures.
 */
export function notCovered(
  kb: KnowledgeBase,
  typed: string,
  occupation: Occupation | undefined,
  wantsFigures: boolean,
): OutOfScope {
  const near = nearest(kb, typed, occupation);
  const official = occupation?.soc
    ? kb.knowledge.occupations.find((o) => o.code === occupation.soc)
    : undefined;
  const figures = wantsFigures ? (official?.figures ?? []).map((f) => figureView(kb, f)) : [];
  return {
    kind: "out-of-scope",
    reason: "uncovered",
    occupation: occupation ? plural(occupation.name) : typed,
    nearest: near,
    figures,
    citations: uniqueCitations(figures.map((f) => f.citation)),
    followups: [...near.map((r) => `role ${r.name.toLowerCase()}`), "roles"].slice(0, 3),
  };
}

export function offTopic(): OutOfScope {
  return {
    kind: "out-of-scope",
    reason: "off-topic",
    nearest: [],
    figures: [],
    citations: [],
    followups: ["roles", "compare mle swe", "help"],
  };
}

export function greeting(): Notice {
  return notice("Hi! I'm Career Advisor", [whatIDo, "Ask in your own words, or try one of these."], "info", [
    "roles",
    "compare mle swe",
    "salary mle senior seattle",
  ]);
}

/** A question back, with each option a command the person can click. */
export function clarify(prompt: string, options: string[]): Clarification {
  return { kind: "clarify", prompt, followups: options.slice(0, 5) };
}
