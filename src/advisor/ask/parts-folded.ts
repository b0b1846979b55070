/**
 * "is being a software engineer stressful? and do they work weekends?": two parts of one message whose
 * answers say each has nothing on what it asked and then show the same section (what the role does). The
 * section goes out once, after what each part had nothing on, never twice in one reply.
 */
import type { Answer, QuestionAnswer } from "../answers.js";

/** What an answer shows below its headline: the same for two parts, one of them says nothing new. */
const bodyOf = (a: QuestionAnswer) =>
  JSON.stringify([a.facts, a.sections, (a.about ?? []).map((r) => r.id), a.occupation ?? ""]);

/**
 * The words two headlines end on together, from the start of a sentence ("What a Software Engineer does:"):
 * what each part says before it is its own note.
 */
function sharedEnd(a: string, b: string): string {
  const [x, y] = [a.split(" "), b.split(" ")];
  let n = 0;
  while (n < Math.min(x.length, y.length) && x[x.length - 1 - n] === y[y.length - 1 - n]) n++;
  const tail = x.slice(x.length - n);
  // A word that ends a sentence; before a headline's first word, a sentence has ended too.
  const endsSentence = (word: string | undefined) => word === undefined || /[.:;!?]$/.test(word);
  const before = (words: string[]) => words[words.length - 1 - n];
  const at = tail.findIndex((_, i) =>
    i === 0 ? endsSentence(before(x)) && endsSentence(before(y)) : endsSentence(tail[i - 1]),
  );
  return at < 0 ? "" : tail.slice(at).join(" ");
}

/** The later answer's note put after the earlier's, before the one body; undefined where the bodies differ. */
function folded(earlier: QuestionAnswer, later: QuestionAnswer): QuestionAnswer | undefined {
  if (bodyOf(earlier) !== bodyOf(later) || earlier.facts.length + earlier.sections.length === 0)
    return undefined;
  const [first, second] = [earlier.headline ?? "", later.headline ?? ""];
  const end = sharedEnd(first, second);
  const note = (h: string) => h.slice(0, h.length - end.length).trim();
  const notes = [note(first), note(second)].filter((n, i, all) => n && all.indexOf(n) === i);
  const unheld = [earlier.unheld, later.unheld].filter((u): u is string => Boolean(u));
  return {
    ...earlier,
    headline: [...notes, end].filter(Boolean).join(" "),
    ...(unheld.length ? { unheld: unheld.join(" and ") } : {}),
    followups: [...new Set([...earlier.followups, ...later.followups])],
  };
}

/** The parts of a message's answer, each later one that shows an earlier one's section folded into it. */
export function partsFolded(parts: readonly Answer[]): Answer[] {
  const out: Answer[] = [];
  for (const part of parts) {
    const at = out.findIndex((a) => a.kind === "answer" && part.kind === "answer" && folded(a, part));
    const into = out[at];
    const merged = into?.kind === "answer" && part.kind === "answer" ? folded(into, part) : undefined;
    if (merged) out[at] = merged;
    else out.push(part);
  }
  return out;
}
