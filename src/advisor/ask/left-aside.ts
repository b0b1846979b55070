/**
 * "retail worker, 32, is it too late to go into IT", "full stack to devops. remote jobs?", "on an H-1B, is
 * switching risky visa-wise?", "is IT a good career for women": what the question weighs that the knowledge
 * holds nothing on (age, remote work, visas, gender, negotiating), which a move's or a role's answer says first rather than passing over it.
 */
import { ageWeighed } from "../../understanding/words/age-words.js";
import { asksNegotiation, asksPayRise, asksRemote } from "../../understanding/words/question-asks.js";
import { asksLiveMarket } from "../../understanding/words/timing-words.js";
import type { Answer } from "../answers.js";
import { orList } from "../parts/answer-parts.js";

/** A visa weighed: "on an H-1B", "visa-wise", "sponsorship". */
const visaWeighed = /\b(visas?|h-?1-?b|green card|sponsorship|sponsor(?:ed)?|work permit)\b/i;

/** Gender weighed: "is IT a good career for women", "as a girl in tech". */
const genderWeighed = /\b(women|woman|female|females|girls?|gender)\b/i;

/**
 * What the knowledge holds nothing on, with the words that weigh it, and whether a role's own answer says
 * so too: one about remote work may be the ML trends' section on it, so only a move's answer and a ranking
 * ("remote IT jobs pay well?") say it.
 */
const leftOut: {
  what: string;
  weighs: (question: string) => boolean;
  inRoleAnswer: boolean;
  inRanking?: false;
}[] = [
  { what: "age", weighs: ageWeighed, inRoleAnswer: true },
  { what: "remote work", weighs: asksRemote, inRoleAnswer: false },
  // "can i get an h1b with that": no section of a role's says anything of visas either.
  { what: "visas", weighs: (question) => visaWeighed.test(question), inRoleAnswer: true },
  { what: "gender", weighs: (question) => genderWeighed.test(question), inRoleAnswer: true },
  { what: "negotiating pay", weighs: asksNegotiation, inRoleAnswer: true },
  // "how fast does it go up" after a role's pay: the spread of its pay is what the answer holds (r88).
  { what: "pay by years of experience", weighs: asksPayRise, inRoleAnswer: true },
  // "is it a growing field or are they all laying ppl off" (r73): no layoff count or live posting is held;
  // a ranking says so itself (`liveMarketNoted`).
  { what: "layoffs or live hiring", weighs: asksLiveMarket, inRoleAnswer: true, inRanking: false },
];

/** The answer with a word first that the knowledge holds nothing on what the question weighs beside it. */
export function leftAsideSaid(answer: Answer, question: string): Answer {
  if (
    answer.kind !== "clarify" &&
    answer.kind !== "gap" &&
    answer.kind !== "answer" &&
    answer.kind !== "ranking" &&
    answer.kind !== "compare"
  )
    return answer;
  // "which of those is easiest to get remote" after two roles side by side: their comparison has nothing
  // on it either, whatever section on remote work the field has.
  const weighed = leftOut
    .filter(
      (l) =>
        l.weighs(question) &&
        (answer.kind !== "answer" || l.inRoleAnswer) &&
        (answer.kind !== "ranking" || l.inRanking !== false),
    )
    .map((l) => l.what);
  if (weighed.length === 0) return answer;
  const what = orList(weighed);
  const line = `The knowledge holds nothing on ${what}, so this answer leaves it aside.`;
  // "is IT all remote now": asked back which IT role, the word that nothing is held on it said first, so the
  // role picked is not taken to answer it.
  if (answer.kind === "clarify")
    return { ...answer, prompt: `The knowledge holds nothing on ${what}. ${answer.prompt}` };
  if (answer.kind === "gap" || answer.kind === "compare")
    return { ...answer, note: answer.note ? `${line} ${answer.note}` : line };
  // A ranking's notes come after its rows; its lead is what is said above them, so the word goes there
  // ("is IT even hiring older guys, im 47": nothing on age first, then the openings).
  if (answer.kind === "ranking") return { ...answer, lead: answer.lead ? `${line} ${answer.lead}` : line };
  return { ...answer, facts: [line, ...answer.facts] };
}
