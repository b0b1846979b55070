/**
 * "my ctc is 12 lpa, is that good for a data scientist": an amount stated in another currency than the
 * figures'. The answer says first that it holds no figures in that currency nor for where it is paid, and no
 * exchange rates, so the US figures that follow are not read as a judgement of the amount.
 */
import type { Understanding } from "../../understanding/shape/understanding.js";
import { foreignPayStated } from "../../understanding/words/pay-currency.js";
import type { Answer } from "../answers.js";

export function currencyStatedSaid(answer: Answer, u: Understanding): Answer {
  const stated = foreignPayStated(u.text);
  // A place abroad named has said already that every figure is a US one.
  if (!stated || u.entities.unlistedPlace?.abroad) return answer;
  const said = `Your figure is in ${stated.name}: I have no figures in ${stated.name} or for ${stated.where}, and no exchange rates to convert them. The figures here are US dollars, for jobs in the US.`;
  switch (answer.kind) {
    case "answer":
      return { ...answer, headline: answer.headline ? `${said} ${answer.headline}` : said };
    case "clarify":
      return { ...answer, prompt: `${said} ${answer.prompt}` };
    case "gap":
    case "pay-compare":
    case "compare":
      return { ...answer, note: answer.note ? `${said} ${answer.note}` : said };
    case "ranking":
      return { ...answer, lead: answer.lead ? `${said} ${answer.lead}` : said };
    case "occupation":
      return { ...answer, notes: [said, ...answer.notes] };
    default:
      return answer;
  }
}
