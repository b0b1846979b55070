import type { KnowledgeBase } from "../knowledge/base.js";
import type { Figure, Role } from "../knowledge/core/schema.js";
import { tokenize } from "../knowledge/core/text.js";
import { socOf } from "../official/data.js";
import { entryFigures, outlookFigures, payFigures, technologyFigure } from "../official/figures.js";
import type { OfficialOccupation } from "../official/layer.js";
import { onetAttribution } from "../official/sources.js";
import { singular } from "../official/titles.js";
import { figureView, roleRef, uniqueCitations } from "./answer-parts.js";
import type { FigureView, OccupationAnswer } from "./answers.js";

/** What an operator does to answer every occupation, said wherever the layer is missing. */
export const officialNotLoaded =
  "Official figures for occupations beyond the curated roles are not loaded here; an operator loads them with `career data import` (see docs/official-data.md).";

/** Curated roles that name the occupation among their O*NET codes. */
export function curatedRolesFor(kb: KnowledgeBase, soc: string): Role[] {
  return kb.knowledge.roles.filter((r) => r.onet.some((c) => socOf(c) === soc));
}

/**
 * An occupation's official answer. `askedAs` is the name the question used; when it is not the official
 * title, the answer says how the two are linked, so a nearest official occupation is labelled as such.
 */
export function occupationAnswer(
  kb: KnowledgeBase,
  occupation: OfficialOccupation,
  askedAs?: string,
): OccupationAnswer {
  const data = kb.official;
  const m = data?.manifest;
  const view = (f: Figure) => figureView(kb, f);
  const pay = m ? payFigures(occupation, m).map(view) : [];
  const outlook = m ? outlookFigures(occupation, m).map(view) : [];
  const entry = m ? entryFigures(occupation, m).map(view) : [];
  const tech = m ? technologyFigure(occupation, m) : undefined;
  const tools: FigureView | undefined = tech ? view(tech) : undefined;
  const curated = curatedRolesFor(kb, occupation.soc).map(roleRef);
  const related = (occupation.onet?.related ?? [])
    .map((s) => data?.bySoc.get(s)?.title)
    .filter((t): t is string => t !== undefined)
    .slice(0, 5);
  const asked = askedAs?.trim();
  const form = (t: string) => tokenize(t).map(singular).join(" ");
  const same = asked === undefined || asked === occupation.soc || form(asked) === form(occupation.title);
  const notes = [
    curated.length > 0
      ? `The curated ${curated.map((r) => r.name).join(" and ")} ${curated.length > 1 ? "roles have" : "role has"} a skills checklist for this occupation.`
      : `There is no curated skills checklist for ${occupation.title.toLowerCase()}${tools ? "; the tools below are the ones O*NET names for this occupation" : ""}.`,
    ...(pay.length === 0
      ? [
          `BLS publishes no national pay estimate for ${occupation.title.toLowerCase()} in ${m?.releases.oews ?? "this release"}.`,
        ]
      : []),
  ];
  const citations = uniqueCitations(
    [...pay, ...outlook, ...entry, ...(tools ? [tools] : [])].map((f) => f.citation),
  );
  return {
    kind: "occupation",
    title: occupation.title,
    soc: occupation.soc,
    ...(!same
      ? {
          matchNote: `BLS counts “${asked}” as ${occupation.title} (SOC ${occupation.soc}): these are that occupation's figures.`,
        }
      : {}),
    pay,
    outlook,
    entry,
    ...(tools ? { tools } : {}),
    related,
    curated,
    notes,
    ...(m?.releases.onet && occupation.onet ? { attribution: onetAttribution(m.releases.onet) } : {}),
    citations,
    followups: [...curated.map((r) => `role ${r.name.toLowerCase()}`), "roles"].slice(0, 3),
  };
}
