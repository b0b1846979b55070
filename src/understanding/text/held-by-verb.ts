/*
 * "i teach high school math, could i become a data scientist", "ive been teaching for 8 years": someone who
 * says by its verb what they do for a living holds the occupation it names, as "im a teacher" says it.
 * Spelt so, the question is read as a move from that occupation, as "im a nurse, could i become a data
 * analyst" is (left probe: the way into data science, from data science). Not someone teaching themselves
 * ("im teaching myself python"), nor a verb that does not open its clause ("should i teach or code"), nor
 * teaching done beside a living ("i teach kids coding on weekends, whats the pay for a swe": the question is
 * a Software Engineer's pay, not a move from teaching; misses-b probe).
 */
import { saysSideActivity } from "./side-activity.js";

/**
 * "i teach", "im teaching", "i am teaching", "ive been teaching", "i have been teaching", opening the message
 * or a clause of it, and not followed by whom but the person themselves.
 */
const teaching =
  /(^|[,.;:!?(]\s*|\b(?:and|but|so|currently|now|also|well)\s+)i(?:['’]?m| am|['’]?ve been| have been)? (?:currently |also |still )?teach(?:ing)?\b(?!\s+(?:myself|me|my self|yourself|ourselves|himself|herself|themselves)\b)/gi;

/** The question with the occupation held by its verb said as held: "i teach math" → "i'm a teacher, teaching math". */
export function spellHeldByVerb(text: string): string {
  return text.replace(teaching, (said: string, opening: string, at: number) =>
    saysSideActivity(text.slice(at + said.length)) ? said : `${opening}i'm a teacher, teaching`,
  );
}
