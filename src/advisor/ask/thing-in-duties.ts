/**
 * "is it related to management" after a QA engineer's duties: whether the duties name the thing asked,
 * said first, then the duties (left4 probe: the duties alone, leaving the person to see that management
 * is not among them).
 */
import { stem, tokenize } from "../../knowledge/core/text.js";
import { relatedThingAsked } from "../../understanding/words/question-asks.js";
import type { Answer } from "../answers.js";
import { withArticle } from "../parts/fact-answer.js";

/** The duties answer with a first line saying whether they name the thing asked; as it was if none is asked. */
export function withThingInDuties(question: string, roleName: string, duties: Answer): Answer {
  const thing = relatedThingAsked(question);
  if (!thing || duties.kind !== "answer") return duties;
  const said = new Set(tokenize(`${duties.headline ?? ""} ${duties.facts.join(" ")}`).map(stem));
  const who = withArticle(roleName);
  const note = said.has(stem(thing))
    ? `The duties the sources list for ${who} name ${thing}.`
    : `The duties the sources list for ${who} do not name ${thing}.`;
  return { ...duties, headline: `${note} ${duties.headline ?? ""}`.trim() };
}
