import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { evaluate, loadCorpus, share } from "../../eval/evaluate.js";
import { realKnowledge } from "../support/knowledge.js";

const corpus = (half: string) =>
  loadCorpus(path.resolve(import.meta.dirname, "../../eval/corpus", `${half}.yaml`));
/**
 * The items the 95% gate has held since issue 10: not the classes issue 21 added (measured per class by
 * `npm run eval:qa`, reported in docs/evaluation.md), and not the official-occupation items (answered, or
 * asked back where O*NET gives the title several occupations), which need the imported layer that a fresh
 * clone does not have.
 */
const gated = (half: string) =>
  corpus(half).filter(
    (item) =>
      !("class" in item && item.class) &&
      !("scope" in item && (item.scope === "official" || item.scope === "ambiguous")),
  );

/**
 * The gate of `npm run eval:qa -- --check`, in the test run so CI holds it: the held-out half (never tuned
 * on) answers at least 95% of its questions with the expected fact, and no out-of-scope question in either
 * half is answered with figures.
 */
describe("understanding, measured on the labelled question corpus", () => {
  const kb = realKnowledge();

  it("answers at least 95% of the held-out questions with the expected fact", () => {
    const heldout = evaluate(kb, gated("heldout"));
    expect(heldout.facts.total).toBeGreaterThan(100);
    expect(share(heldout.facts)).toBeGreaterThanOrEqual(0.95);
  });

  it("answers no out-of-scope question with figures, in either half", () => {
    for (const half of ["tuning", "heldout"]) {
      const report = evaluate(kb, corpus(half));
      // Fewer since the official layer answers occupations BLS publishes with their own figures.
      expect(report.refusalRecall.total).toBeGreaterThan(10);
      expect(report.leaks).toEqual([]);
    }
    // Every question of both halves, about 3,400 turns: a minute or more on a busy 2-core machine, so it
    // gets three; the limit guards against a hang, not speed (eval:qa prints the time per question).
  }, 180_000);
});

describe("eval:qa's measures", () => {
  const kb = realKnowledge();

  it("counts a question back apart from a wrong answer, and figures per class of question", () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "corpus-")), "corpus.yaml");
    writeFileSync(
      file,
      [
        // Asked back ("Which role do you mean?"), where a figure was wanted: not right, not wrong.
        '- { id: a, class: pay, ask: "how much does it pay", expect: ["$133,336"] }',
        // Answered without the fact: wrong.
        '- { id: b, class: pay, ask: "what does an sre do", expect: ["$1"] }',
        // Right.
        '- { id: c, class: pay, ask: "ml salary in texas", expect: ["$150,000"] }',
        // A question back that was the right answer.
        '- { id: d, ask: "does it pay well", expect: ["Which role do you mean?"] }',
      ].join("\n"),
    );
    const report = evaluate(kb, loadCorpus(file));
    expect(report.facts).toEqual({ correct: 2, total: 4 });
    expect(report.questionBacks).toBe(1);
    expect(report.wrongAnswers).toBe(1);
    expect(report.classes).toEqual({ pay: { correct: 1, total: 3 } });
  });
});
