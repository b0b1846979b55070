import { describe, expect, it } from "vitest";
import { answerText } from "../support/questions.js";

// A move asked with remote work or a visa beside it says the knowledge holds nothing on it, as
// it says of age, since that was what the person asked; the move is still answered.
describe("a move weighed by what the knowledge does not measure", () => {
  it("says it holds nothing on remote work", () => {
    for (const q of [
      "mobile dev here, considering full stack. remote friendly?",
      "full stack to devops. remote jobs?",
    ]) {
      const text = answerText(q);
      expect(text).toContain("The knowledge holds nothing on remote work, so this answer leaves it aside.");
      expect(text).toContain("Pay side by side");
    }
  });

  it("says it holds nothing on visas", () => {
    const text = answerText("on an H-1B as a data scientist, is switching to MLE risky visa-wise?");
    expect(text).toContain("The knowledge holds nothing on visas, so this answer leaves it aside.");
    expect(text).toContain("From Data Scientist to Machine Learning Engineer");
  });

  it("leaves a role's own answer on remote work to what the sources say of it", () => {
    expect(answerText("is data science remote friendly")).not.toContain("holds nothing on remote work");
  });
});
