import { describe, expect, it } from "vitest";
import { answerText } from "../support/questions.js";

// Past bug: "does cs pay better than it" asked back which role, and "does computer science pay more than IT"
// ranked the IT roles alone, with no software engineer's pay: computer science weighed against IT on pay is
// the work it leads to, software engineering, set beside IT's pay.
describe("computer science weighed against IT on pay", () => {
  it.each([
    "does cs pay better than it",
    "does computer science pay more than IT",
    "does comp sci earn more than IT",
  ])("%s", (q) => {
    const answer = answerText(q);
    expect(answer).toContain("Pay: Software Engineer vs IT Support Specialist");
    expect(answer).toContain("$135,980");
    expect(answer).not.toContain("Best paid IT roles");
  });

  it("keeps a cs degree weighed against an IT degree a question of schooling", () => {
    expect(answerText("is a cs degree better than an it degree")).not.toContain("Pay: Software Engineer");
  });
});
