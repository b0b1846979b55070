/**
 * "RN 10 yrs, thinking cybersecurity or data analyst, where does my background transfer better", "im a
 * forklift operator rn, which of them is more realistic for me to move into" after two roles: roles weighed
 * as where someone who holds an occupation could go, asked which suits what they bring. The options are
 * compared side by side, the occupation held said first with its median to set each option's pay against,
 * and the move from it to each as buttons. Without it, the occupation's own card answered, the options only
 * beside it. So for one the options are asked to fit ("pm vs em, which fits a ex store manager better").
 * Only where the words ask what fits the one asking: "im a nurse, data analyst or it support?" keeps the
 * card, which sets the options beside the job held.
 */
import type { KnowledgeBase } from "../../knowledge/base.js";
import { citationText, cite } from "../../knowledge/core/figure-text.js";
import { escapeRegExp } from "../../knowledge/core/text.js";
import type { Understanding } from "../../understanding/shape/understanding.js";
import { saysHeld } from "../../understanding/thread/held-occupation.js";
import type { Answer } from "../answers.js";
import { occupationCounterpart, occupationSocs } from "../occupations/scope.js";
import { alias } from "../parts/answer-parts.js";
import { compareRoles } from "../roles/compare.js";

/**
 * Words asking which option suits what the one asking brings: "where does my background transfer better",
 * "which carries over more", "which is more realistic for me to move into", "which fits me better".
 */
const fitToHolderAsked =
  /\b(?:transfers?|transferable|carr(?:y|ies) over|more realistic for me|realistic for me to|fits? me better|suits? me better|better fit for me)\b/i;

/**
 * Words that point back at the thread's roles: "which of them", "those two", "between the two"; or "which
 * (one) is", "which would", asked with no role of its own after two ("ds vs da", then "which is easier
 * coming from nursing"; it gave the nurses' own figures). Not "which roles are easiest", a list asked.
 */
const threadRolesMeant =
  /\b(?:them|those|these|the two|both)\b|\bwhich(?: one)?(?:'s| is| would| will| could| should| has| pays| gets)\b/i;

/**
 * "pm vs em, which fits a ex store manager better", "which suits a former teacher": the occupation is who
 * the choice between the roles is for, named as the one to fit, so the roles are compared (otherwise: the
 * store manager's figures, the two roles' medians only beside them).
 */
export function choiceFitsHolder(text: string, typed: string): boolean {
  // Most questions ask no "which": the pattern, built for the name typed, is left unbuilt for them.
  if (!/\bwhich\b/i.test(text)) return false;
  const name = escapeRegExp(typed.toLowerCase());
  return new RegExp(
    String.raw`\bwhich\b.*\b(?:fits?|suits?|(?:is )?better for|makes more sense for)\s+(?:a|an|me as an?|someone who was an?)\s+(?:(?:ex|former|retired)[- ]?)?${name}\b`,
    "i",
  ).test(text);
}

/**
 * "sys analyst vs it supprt, which is faster to get hired into from nursing", "which is easier to get into
 * from retail, help desk or qa": a choice between options asked of someone coming from the occupation, named
 * after "from", so the roles are compared for them (otherwise: the nurses' own figures, the roles' medians
 * only beside them; r75 #20).
 */
function choiceFromHeld(text: string, typed: string): boolean {
  const name = escapeRegExp(typed.toLowerCase());
  return (
    /\bwhich\b/i.test(text) &&
    new RegExp(
      String.raw`\b(?:coming )?from\s+(?:an?\s+)?(?:(?:ex|former|retired)[- ]?)?${name}\b`,
      "i",
    ).test(text)
  );
}

export function optionsFromOccupation(kb: KnowledgeBase, u: Understanding): Answer | undefined {
  const e = u.entities;
  const [held] = e.uncovered;
  if (!held || e.uncovered.length !== 1) return undefined;
  const fitsHolder = fitToHolderAsked.test(u.text) && saysHeld(u.text, held.typed);
  if (!fitsHolder && !choiceFitsHolder(u.text, held.typed) && !choiceFromHeld(u.text, held.typed))
    return undefined;
  // With no role named, the thread's: those it is on, or two it asked of in turn (lent as the roles).
  const lent = u.threadRoles.length >= 2 ? u.threadRoles : u.roles;
  const options =
    e.roles.length >= 2
      ? e.roles
      : e.roles.length === 0 && lent.length >= 2 && threadRolesMeant.test(u.text)
        ? lent
        : [];
  const socs = occupationSocs(kb, held);
  const [soc] = socs;
  const start = socs.length === 1 && soc ? occupationCounterpart(kb, soc, held.typed) : undefined;
  if (options.length < 2 || !start) return undefined;
  const compared = compareRoles(kb, options.slice(0, 3));
  const m = start.median;
  const pay = m
    ? ` ${m.label}: $${m.value?.toLocaleString("en-US")} (${citationText(cite(kb.sources, m.source, m.asOf))}; base pay only), to set each option's pay against.`
    : "";
  const note = `Options from ${start.name} (SOC ${soc}), side by side, for someone coming from it.${pay} No skills list is kept for ${start.name.toLowerCase()}, so none is assumed to carry over: pick a move below for everything each one asks to learn.`;
  return {
    ...compared,
    note,
    fromOccupation: { soc: soc as string, name: start.name, typed: held.typed },
    followups: options.slice(0, 3).map((r) => `gap ${held.typed} to ${alias(r)}`),
  };
}
