import type { KnowledgeBase } from "../../knowledge/base.js";
import type { Figure, Role } from "../../knowledge/core/schema.js";
import { socOf } from "../../official/data.js";
import {
  entryFigures,
  hasHourlyWages,
  hourlyOnly,
  hourlyPayFigures,
  outlookFigures,
  payFigures,
  technologyFigure,
} from "../../official/figures.js";
import type { OfficialOccupation } from "../../official/layer.js";
import { onetAttribution } from "../../official/sources.js";
import { singularWords } from "../../official/titles.js";
import type { FigureView, OccupationAnswer } from "../answers.js";
import { figureView, roleRef, uniqueCitations } from "../parts/answer-parts.js";
import { hourlyNotImported } from "../parts/official-missing.js";

/** Curated roles that name the occupation among their O*NET codes. */
export function curatedRolesFor(kb: KnowledgeBase, soc: string): Role[] {
  return kb.knowledge.roles.filter((r) => r.onet.some((c) => socOf(c) === soc));
}

/**
 * How the name asked about was read as this occupation. A title O*NET lists under it is one of the
 * occupation's many job titles, not a count of that job alone: "influencer" is among the titles of Models,
 * whose figures are for all models. Any other name was read by the app (a misspelling, a listed synonym).
 */
function howNameWasRead(kb: KnowledgeBase, occupation: OfficialOccupation, asked: string): string {
  const which = `${occupation.title} (SOC ${occupation.soc})`;
  if (!kb.official?.titles.lists(asked, occupation.soc))
    return `“${asked}” is read as ${which}: these are that occupation's figures.`;
  const others = otherListers(kb, occupation.soc, asked);
  const read = `“${asked}” is one of the job titles O*NET lists under ${which}: these are that whole occupation's figures.`;
  return others.length === 0
    ? read
    : `${read} O*NET lists the title under ${listed(others)} too, so the title alone does not say which occupation is meant.`;
}

/** The most other occupations listing a title that an answer names. */
const othersNamed = 3;

/** "Managers, All Other (SOC 11-9199) and Brokerage Clerks (SOC 43-4011)": occupations said as a list. */
const listed = (names: readonly string[]) =>
  names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;

/**
 * The other occupations O*NET lists a title under ("operations coordinator": Brokerage Clerks and Managers,
 * All Other beside Airfield Operations Specialists), so that a vague title read as one of them says it could
 * be the others.
 */
function otherListers(kb: KnowledgeBase, soc: string, asked: string): string[] {
  return (kb.official?.titles.listedBy(asked) ?? [])
    .filter((s) => s !== soc)
    .flatMap((s) => {
      const title = kb.official?.bySoc.get(s)?.title;
      return title ? [`${title} (SOC ${s})`] : [];
    })
    .slice(0, othersNamed);
}

/**
 * An occupation's official answer. `askedAs` is the name the question used; when it is not the official
 * title, the answer says how the two are linked, so a nearest official occupation is labelled as such.
 * Asked per hour (`perHour`), BLS's hourly wages come first; so they do for an occupation BLS publishes
 * hourly wages only for (actors, musicians), whose annual ones it does not release.
 */
export function occupationAnswer(
  kb: KnowledgeBase,
  occupation: OfficialOccupation,
  askedAs?: string,
  perHour = false,
): OccupationAnswer {
  const data = kb.official;
  const m = data?.manifest;
  const view = (f: Figure) => figureView(kb, f);
  const annual = m ? payFigures(occupation, m).map(view) : [];
  const hourly = m && (perHour || hourlyOnly(occupation)) ? hourlyPayFigures(occupation, m).map(view) : [];
  const pay = [...hourly, ...annual];
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
  const same =
    asked === undefined ||
    asked === occupation.soc ||
    singularWords(asked) === singularWords(occupation.title);
  const notes = [
    curated.length > 0
      ? `The curated ${curated.map((r) => r.name).join(" and ")} ${curated.length > 1 ? "roles have" : "role has"} a skills checklist for this occupation.`
      : `There is no curated skills checklist for ${occupation.title.toLowerCase()}${tools ? "; the tools below are the ones O*NET names for this occupation" : ""}.`,
    ...(pay.length === 0
      ? [
          `BLS publishes no national pay estimate for ${occupation.title.toLowerCase()} in ${m?.releases.oews ?? "this release"}.`,
        ]
      : []),
    ...(perHour && annual.length > 0 && !hasHourlyWages(occupation) ? [hourlyNotImported] : []),
  ];
  const citations = uniqueCitations(
    [...pay, ...outlook, ...entry, ...(tools ? [tools] : [])].map((f) => f.citation),
  );
  return {
    kind: "occupation",
    title: occupation.title,
    soc: occupation.soc,
    ...(!same && asked !== undefined ? { matchNote: howNameWasRead(kb, occupation, asked) } : {}),
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
