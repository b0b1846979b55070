/**
 * A job's one-word title that is also a verb, said as the verb: "what to cook for dinner", "how to nurse a
 * cold", "what should i cook tonight". After "what to" or "how to", or a question's modal and its subject,
 * a word is what is done, never a job: a move's side comes after "to" only past a job or a verb of moving
 * ("from nurse to cook", "switch to cook"), and a job held is said with an article ("should i be a cook").
 */
const askingWords: ReadonlySet<string> = new Set("what how where when whether".split(" "));
const modals: ReadonlySet<string> = new Set("should can could do shall will would".split(" "));
const subjects: ReadonlySet<string> = new Set("i we you".split(" "));

/** Whether the word at `start` follows "what to", "how to", "what should i" or the like. */
export const saidAsVerb = (tokens: readonly string[], start: number): boolean => {
  const [asking, to] = [tokens[start - 2] ?? "", tokens[start - 1] ?? ""];
  if (to === "to" && askingWords.has(asking)) return true;
  const [question, modal, subject] = tokens.slice(Math.max(0, start - 3), start);
  return (
    start >= 3 && askingWords.has(question ?? "") && modals.has(modal ?? "") && subjects.has(subject ?? "")
  );
};
