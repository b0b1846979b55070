/**
 * A place outside the US named in a question ("IT jobs in india pay?", "software engineer salary in pune"):
 * every figure the knowledge holds is a US one, which the answer says first, whatever it answers with (a
 * question back, a ranking, a role's pay), lest US figures read as that place's.
 */
import { payIntents } from "../../understanding/intent/intents.js";
import type { Understanding } from "../../understanding/shape/understanding.js";
import type { Answer } from "../answers.js";

/** Whether an answer already says its figures are the US's (an occupation's "the whole US's"). */
const saysUs = (answer: Answer) => /\bthe whole US's\b|\bUS one\b/.test(JSON.stringify(answer));

/** The answer with a word that the place named is outside the US and has no figures. */
export function placeAbroadSaid(answer: Answer, u: Understanding): Answer {
  const place = u.entities.unlistedPlace;
  if (!place?.abroad || saysUs(answer)) return answer;
  const missing = `No figures for ${place.name}`;
  const outside = "outside the US: every figure I hold is a US one";
  // Where the answer already says the place has no figures, why is said right there; else first: as
  // missing figures where pay was asked, else as where the figures are from ("are ml jobs growing in
  // europe" asks no pay).
  const said = payIntents.has(u.intent) ? `${missing}, which is ${outside}.` : `${place.name} is ${outside}.`;
  const first = (text: string | undefined) =>
    text?.includes(missing)
      ? text.replace(missing, `${missing} (${outside})`)
      : `${said}${text ? ` ${text}` : ""}`;
  switch (answer.kind) {
    case "clarify":
      return { ...answer, prompt: first(answer.prompt) };
    case "answer": {
      // "what does shopify pay devops engineers in canada": the employer's missing figures head the answer and
      // the place's are said in its first line; why is said there, not the place's missing figures twice.
      const at = answer.headline?.includes(missing) ? -1 : answer.facts.findIndex((f) => f.includes(missing));
      if (at < 0) return { ...answer, headline: first(answer.headline) };
      return { ...answer, facts: answer.facts.map((f, i) => (i === at ? first(f) : f)) };
    }
    case "gap":
    case "pay-compare":
    case "compare":
      return { ...answer, note: first(answer.note) };
    case "ranking":
      return { ...answer, lead: first(answer.lead) };
    case "occupation":
      return { ...answer, notes: [first(undefined), ...answer.notes] };
    // "my cousin is a feldsher back in ukraine": a title no list knows, named with a place abroad.
    case "out-of-scope":
      return answer.reason === "uncovered"
        ? {
            ...answer,
            abroad: place.name,
            ...(u.entities.unknownTitle ? { occupation: u.entities.unknownTitle } : {}),
          }
        : answer;
    default:
      return answer;
  }
}
