import type { KnowledgeBase } from "../../knowledge/base.js";
import { cite, formatFigure } from "../../knowledge/core/figure-text.js";
import type { Role } from "../../knowledge/core/schema.js";
import { socOfSource } from "../../official/figures.js";
import { payIntents } from "../../understanding/intent/intents.js";
import type { Understanding } from "../../understanding/shape/understanding.js";
import type { Answer } from "../answers.js";
import { uniqueCitations } from "../parts/answer-parts.js";
import { factAnswer } from "../parts/fact-answer.js";
import { representative } from "./pay-comparison.js";

/*
 * "why is frontend so much lower" after "full stack vs frontend pay": why one side of the thread's pay
 * comparison is ahead. The figures say how far apart the two are and which occupation each is counted in;
 * the sources give a reason only in what their files say of the figures, and otherwise none, said so.
 */

/** "why is X lower", "how come X pays more", "why the gap": a reason asked for a difference in pay. */
const whyGap =
  /\b(?:why|how come)\b[^?!]*\b(?:lower|higher|less|more|low|high|cheaper|gap|difference|underpaid|overpaid|behind|ahead)\b/i;

/**
 * "why tho", "why is that", "how come?", "why?": a reason asked and nothing else (no topic of its own:
 * "why is devops growing" names one).
 */
const reasonOnly =
  /^\s*(?:(?:ok|okay|hm+|huh|but|and|so|wait)[\s,.!]+)?(?:why|how come)(?:\s+(?:tho|though|is that|so|exactly|is it|that is|the difference|the gap))?\s*[?!.]*\s*$/i;

/** Whether a question asks only for a reason. */
const reasonAsked = (question: string) => reasonOnly.test(question);

/** The two roles of the thread's pay comparison, the one the question names first. */
function sidesAsked(u: Understanding): [Role, Role] | undefined {
  const [a, b] = u.threadRoles;
  if (u.threadRoles.length !== 2 || !a || !b) return undefined;
  if (!u.threadIntent || !payIntents.has(u.threadIntent)) return undefined;
  if (u.entities.uncovered.length > 0 || u.roles.some((r) => r !== a && r !== b)) return undefined;
  return u.roles[0] === b ? [b, a] : [a, b];
}

/** The occupation a role's figure is counted in ("web developers"), by the figure's official source. */
function occupationOf(kb: KnowledgeBase, soc: string | undefined): string | undefined {
  return soc ? kb.official?.bySoc.get(soc)?.title.toLowerCase() : undefined;
}

/** Why one side of the thread's pay comparison is lower or higher: undefined where no such thing is asked. */
export function payGapAnswer(kb: KnowledgeBase, u: Understanding): Answer | undefined {
  // "why tho", "how come?" right after the comparison: the reason for its gap, the only thing in view.
  if (!whyGap.test(u.text) && !reasonAsked(u.text)) return undefined;
  const sides = sidesAsked(u);
  if (!sides) return undefined;
  const figured = sides.map((role) => ({ role, figure: representative(role) }));
  const [first, second] = figured;
  if (!first?.figure || !second?.figure) return undefined;
  const socs = figured.map(({ figure }) => socOfSource(figure?.source ?? ""));
  const said = figured.map(({ role, figure }, i) => {
    const occupation = occupationOf(kb, socs[i]);
    return `${role.name}: ${formatFigure(figure as NonNullable<typeof figure>)}${occupation ? `, the median of ${occupation}, the occupation the US statistics count it in` : ` (${figure?.label})`}.`;
  });
  const apart = socs[0] && socs[1] && socs[0] !== socs[1];
  const notes = sides.flatMap((r) => r.salary?.notes ?? []);
  // One occupation's figure for both ("data scientist vs data analyst") shows no gap to explain.
  const same = formatFigure(first.figure) === formatFigure(second.figure);
  const lead = same
    ? `On the figures shown there is no gap: ${first.role.name} and ${second.role.name} both have ${formatFigure(first.figure)}.`
    : `On the figures shown, ${first.role.name} ${formatFigure(first.figure)} against ${second.role.name} ${formatFigure(second.figure)}:`;
  return factAnswer(
    u.text,
    lead,
    [
      ...said,
      ...(apart
        ? [
            "The two are counted in different official occupations, so the gap is the gap between those occupations' pay, not a measure of these two roles' own.",
          ]
        : []),
      ...notes,
      ...(same
        ? []
        : ["The sources give no reason why one pays more than the other; they give the figures only."]),
    ],
    uniqueCitations(figured.map(({ figure }) => cite(kb.sources, figure?.source ?? "", figure?.asOf ?? ""))),
    sides.map((r) => `salary ${r.aliases[0] ?? r.name}`),
  );
}
