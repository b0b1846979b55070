import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// Found by an unseen round (r86): "that one w the higher pay, what skills do i need" after two roles' pay gave
// the pay comparison again; said after "one", the pick by pay is the one "the higher paid one" makes.
describe("a pick by pay said after 'one'", () => {
  it("picks the role the comparison set highest, and answers what is asked of it", () => {
    const text = lastAnswerText("qa vs sre pay", "that one w the higher pay, what skills do i need");
    expect(text).toContain("Skills for a Site Reliability Engineer");
    expect(text).not.toContain("Pay: QA Engineer vs Site Reliability Engineer");
    expect(lastAnswerText("qa vs sre pay", "the one with the lower salary, what does it do")).toContain(
      "What a QA Engineer does",
    );
  });
});
