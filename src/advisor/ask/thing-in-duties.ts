/**
 * "is it related to management" after a QA engineer's duties: whether the duties name the thing asked,
 * said first, then the duties (otherwise: the duties alone, leaving the person to see that management
 * is not among them).
 */
import type { Role } from "../../knowledge/core/schema.js";
import { stem, tokenize } from "../../knowledge/core/text.js";
import { relatedThingAsked } from "../../understanding/words/question-asks.js";
import type { Answer } from "../answers.js";
import { withArticle } from "../parts/fact-answer.js";

/**
 * The duties answer with a first line saying whether they name the thing asked, and where they do not,
 * which of the role's skills do ("is it security related" after a network engineer: its duties name no
 * security, its skills list "Network security"); as it was if none is asked.
 */
export function withThingInDuties(question: string, role: Role, duties: Answer): Answer {
  const thing = relatedThingAsked(question);
  if (!thing || duties.kind !== "answer") return duties;
  const named = (text: string) => tokenize(text).map(stem).includes(stem(thing));
  const who = withArticle(role.name);
  const skills = Object.values(role.skills).flat().filter(named);
  const note = named(`${duties.headline ?? ""} ${duties.facts.join(" ")}`)
    ? `The duties the sources list for ${who} name ${thing}.`
    : skills.length > 0
      ? `The duties the sources list for ${who} do not name ${thing}; the skills they list do: ${skills.join(", ")}.`
      : `The duties the sources list for ${who} do not name ${thing}.`;
  return { ...duties, headline: `${note} ${duties.headline ?? ""}`.trim() };
}
