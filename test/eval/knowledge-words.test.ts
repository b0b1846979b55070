import { describe, expect, it } from "vitest";
import { knowledgeWords } from "../../src/understanding/names/knowledge-words.js";
import { realKnowledge } from "../support/knowledge.js";
import { understand } from "../support/questions.js";

// The spelling corrector knows, and corrects to, every word the knowledge writes. They were read from the
// whole knowledge written out as JSON, which cost seconds at start-up on 10,000 roles; they are now read
// from each distinct text and field name once. The words corrected stay the same: those of the text the
// search index holds, of the names and aliases people type, of the official pay figures' labels, and of
// the field names that are words too.
const spelt = (q: string) => understand(q).text;

describe("a misspelt word of the knowledge", () => {
  it.each([
    ["is a fersher data scientist well paid", "fresher"],
    ["an infsoec job for me?", "infosec"],
    ["10th percnetile pay of a dba", "percentile"],
    ["skills in hyperparamter tuning", "hyperparameter"],
    ["sre vs devops compraisons", "comparisons"],
  ])("%s is read with %s spelt right", (asked, word) => {
    expect(spelt(asked)).toContain(word);
  });

  it("is one of the words the knowledge writes, digits and all, not only its letters", () => {
    const words = knowledgeWords(realKnowledge());
    for (const word of ["fresher", "infosec", "percentile", "hyperparameter", "comparisons"])
      expect(words.has(word), word).toBe(true);
    // The search index's words keep their digits and signs ("c++"); the rest are letters only.
    expect([...words].some((w) => /\d|\+/.test(w))).toBe(true);
  });
});
