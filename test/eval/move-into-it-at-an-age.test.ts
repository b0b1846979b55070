import { describe, expect, it } from "vitest";
import { formatFigure } from "../../src/knowledge/core/figure-text.js";
import type { Figure, Role } from "../../src/knowledge/core/schema.js";
import { realKnowledge } from "../support/knowledge.js";
import { answerText } from "../support/questions.js";

// "retail worker, 32, is it too late to go into IT": a move from an occupation into IT, both sides' figures,
// whatever its words of timing lean to, with a word first that the knowledge holds nothing on age.
const kb = realKnowledge();
const role = (id: string) => kb.roleById.get(id) as Role;
const median = (r: Role) =>
  formatFigure(r.salary?.government.find((f) => /^median/i.test(f.label)) as Figure);

describe("a move from an occupation asked as whether it is too late", () => {
  it("is the move, the occupation's figures beside IT support's", () => {
    const text = answerText("retail worker, 32, is it too late to go into IT 😅");
    // The occupation's own figures where the official layer is loaded; its name as typed where it is not.
    const retail = kb.official?.bySoc.get("41-2031");
    expect(text).toMatch(
      retail
        ? /^From Retail Salespersons to IT Support Specialist/
        : /^From retail worker to IT Support Specialist/,
    );
    if (retail) expect(text).toContain("Median annual wage, retail salespersons");
    expect(text).toContain(median(role("it-support-specialist")));
    expect(text).toContain("The knowledge holds nothing on age");
  });

  it("says nothing of age where none is asked", () => {
    expect(answerText("retail worker wanting to go into IT")).not.toContain("nothing on age");
    expect(answerText("data analyst salary in 2024")).not.toContain("nothing on age");
    // A number after "at" that counts hours or pay is no age.
    expect(answerText("qa to devops at 40 hours a week, worth it?")).not.toContain("nothing on age");
    expect(answerText("qa to devops at 40, worth it?")).toContain("nothing on age");
  });

  it("reads an age written before the job held ('a 42 yo accountant')", () => {
    expect(answerText("can a 42 yo accountant retrain as a data analyst?")).toContain("nothing on age");
    expect(answerText("qa engineer, 5 yo kid at home, switch to devops?")).not.toContain("nothing on age");
  });
});
