/** "are bootcamps worth it for swe": a kind of schooling the sources never rate is said so before what they give. */
import type { Answer } from "../answers.js";

/** Kinds of schooling the knowledge holds no judgement of. */
const unrated = /\b(boot ?camps?|online courses?|self[- ]taught|mooc)\b/i;

/** The answer with a first line saying the sources do not rate the schooling asked about, where one is named. */
export function withUnratedSchooling(q: string, answer: Answer): Answer {
  const named = unrated.exec(q)?.[0];
  if (answer.kind !== "answer" || !named) return answer;
  const said = `The sources do not rate “${named}”; what they give on education is this:`;
  return { ...answer, facts: [said, ...answer.facts] };
}

/**
 * "line cook … thinking bootcamp for full stack": a move said with the schooling meant for it; no source
 * rates that schooling, said after how the move was read, before what the move asks to learn.
 */
export function withUnratedSchoolingOfMove<T extends { note?: string }>(q: string, move: T): T {
  const named = unrated.exec(q)?.[0];
  if (!named) return move;
  const said = `No source rates “${named}” as a way into it: what the move asks you to learn is below, whatever way you learn it.`;
  return { ...move, note: [move.note, said].filter(Boolean).join(" ") };
}
