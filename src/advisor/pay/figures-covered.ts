/**
 * "which companies do you have numbers for", "what cities do you cover": the employers (or places) the
 * knowledge holds pay figures for, each with the roles it has them for, and what it holds for the rest.
 * Read from the role files, so a company's own folder layered on top is listed too.
 */
import type { KnowledgeBase } from "../../knowledge/base.js";
import type { Figure, Role } from "../../knowledge/core/schema.js";
import type { Understanding } from "../../understanding/shape/understanding.js";
import { type CoverageAsked, coverageAsked } from "../../understanding/words/coverage-asked.js";
import type { Answer } from "../answers.js";
import { alias, figureView, listed } from "../parts/answer-parts.js";
import { factAnswer, factLines } from "../parts/fact-answer.js";

interface Covered {
  name: string;
  roles: { role: Role; figures: Figure[] }[];
}

/** The employers the role files give pay figures for, in the order first given, each with its roles. */
function employersCovered(kb: KnowledgeBase): Covered[] {
  const byName = new Map<string, Covered>();
  for (const role of kb.knowledge.roles)
    for (const c of role.salary?.companies ?? []) {
      const covered = byName.get(c.company) ?? { name: c.company, roles: [] };
      covered.roles.push({ role, figures: c.figures });
      byName.set(c.company, covered);
    }
  return [...byName.values()];
}

/** The places the role files give pay figures for, in the order locations.yaml lists them. */
function placesCovered(kb: KnowledgeBase): Covered[] {
  return kb.knowledge.locations
    .map((place) => ({
      name: place.name,
      roles: kb.knowledge.roles.flatMap((role) => {
        const there = role.salary?.locations.find((l) => l.location === place.id);
        return there ? [{ role, figures: [there.figure, ...there.extra] }] : [];
      }),
    }))
    .filter((p) => p.roles.length > 0);
}

/** Employers whose level names are read ("L5 at google") though the knowledge may hold no pay of theirs. */
const laddersOnly = (kb: KnowledgeBase, covered: Covered[]) =>
  kb.knowledge.companyLevels
    .map((c) => c.company)
    .filter((name) => !covered.some((c) => c.name.toLowerCase() === name.toLowerCase()));

export function figuresCoveredAnswer(kb: KnowledgeBase, question: string, kind: CoverageAsked): Answer {
  const covered = kind === "employers" ? employersCovered(kb) : placesCovered(kb);
  const what = kind === "employers" ? "employers" : "places";
  const roles = [...new Set(covered.flatMap((c) => c.roles.map((r) => r.role)))];
  const headline = covered.length
    ? `The ${what} I hold pay figures for, and the roles they are for:`
    : `I hold no pay figures for any one of the ${what}.`;
  // Each employer or place with its roles, then each role's figures there, under the role's name.
  const lines = covered.flatMap((c) => [
    `${c.name}: ${c.roles.map((r) => r.role.name).join(", ")}`,
    ...c.roles.flatMap((r) =>
      factLines(r.figures.map((f) => figureView(kb, f))).map((l) =>
        c.roles.length > 1 ? `${r.role.name}: ${l}` : l,
      ),
    ),
  ]);
  const ladders = kind === "employers" ? laddersOnly(kb, covered) : [];
  const rest =
    kind === "employers"
      ? "For any other employer I hold no figures of its own; a role's general figures are no employer's."
      : "For any other place I hold no figures of its own; a role's national figures cover the whole US.";
  const facts = [
    ...lines,
    rest,
    ...(ladders.length
      ? [
          `I can read the level names of ${listed(ladders)} (such as L5 or SDE II) as levels, but hold no pay figures of theirs.`,
        ]
      : []),
  ];
  return factAnswer(
    question,
    headline,
    facts,
    covered.flatMap((c) => c.roles.flatMap((r) => r.figures.map((f) => figureView(kb, f).citation))),
    roles.slice(0, 3).map((r) => `salary ${alias(r)}`),
  );
}

/** The answer to a question about which employers or places the knowledge holds pay for, if it asks that. */
export function figuresCovered(kb: KnowledgeBase, u: Understanding): Answer | undefined {
  const kind = coverageAsked(u.text);
  return kind ? figuresCoveredAnswer(kb, u.text, kind) : undefined;
}
