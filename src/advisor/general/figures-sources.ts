/*
 * "where do your salary numbers come from", "what are your sources": where the advisor's figures come from
 * as a whole, asked outside a thread (in one, the last answer's own sources answer it). Said from what is
 * loaded: the official layer's releases, and the curated roles' sources.
 */
import type { KnowledgeBase } from "../../knowledge/base.js";
import { asOf } from "../../official/figures.js";
import type { Understanding } from "../../understanding/shape/understanding.js";
import { advisorSourcesAsked } from "../../understanding/words/official-figures.js";
import type { Answer } from "../answers.js";
import { factAnswer } from "../parts/fact-answer.js";
import { officialNotLoaded } from "../parts/official-missing.js";

/** The official layer's releases, each with what it gives, as one line; or that none is loaded. */
function officialLine(kb: KnowledgeBase): string {
  const releases = kb.official?.manifest.releases;
  if (!releases) return officialNotLoaded;
  const given = [
    `BLS Occupational Employment and Wage Statistics (${asOf(releases.oews)}), national estimates of base pay`,
    ...(releases.projections ? [`BLS Employment Projections (${asOf(releases.projections)})`] : []),
    ...(releases.onet ? [`${releases.onet} for job titles, tools and related occupations`] : []),
  ];
  return `Official US figures, for the roles and for occupations beyond them: ${given.join("; ")}. They are national figures, with no state or city breakdown.`;
}

/** The answer to where the advisor's figures come from, if that is what the question asks. */
export function figuresSources(kb: KnowledgeBase, u: Understanding): Answer | undefined {
  if (!advisorSourcesAsked(u.text)) return undefined;
  const roles = kb.knowledge.roles.length;
  const sources = kb.knowledge.sources.length;
  return factAnswer(
    u.text,
    "Where the figures come from:",
    [
      officialLine(kb),
      `The ${roles} curated roles' own descriptions and figures: ${sources} sources (articles, guides and handbooks), each cited with the answer that uses it.`,
      "Every figure in an answer names its source and date beside it; ask “source?” after any answer for its sources in full.",
    ],
    [],
    ["roles", "trends"],
  );
}
