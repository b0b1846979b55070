import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../../support/questions.js";

// "how do i get there", "how would i get into it from where i am", "how do i make that jump": the thread's
// role is where the move leads; the job held, said in the question or earlier in the thread, where it starts.
describe("the way into the thread's role from the job held", () => {
  it("starts from the job said earlier in the same message", () => {
    const text = lastAnswerText(
      "im on the help desk rn. what does IT security pay",
      "how would i get into it from where i am",
    );
    expect(text).toContain("From IT Support Specialist to Information Security Analyst");
    expect(text).not.toContain("Getting started as an IT Support Specialist");
  });

  it("starts from the job said before another role was asked of", () => {
    const text = lastAnswerText(
      "im a qa engineer",
      "what does an sre make",
      "how do i get there from where i am",
    );
    expect(text).toContain("From QA Engineer to Site Reliability Engineer");
  });

  it("reads a job named beside 'get there' as the start, the thread's role as the end", () => {
    expect(lastAnswerText("what does an sre make", "how do i get there from manual testing")).toContain(
      "From QA Engineer to Site Reliability Engineer",
    );
    expect(lastAnswerText("what does an sre make", "i do manual testing, how do i get there")).toContain(
      "From QA Engineer to Site Reliability Engineer",
    );
  });

  it("with no job held known, is the way in from nothing", () => {
    expect(lastAnswerText("what does an sre make", "how do i get into it from my current job")).toContain(
      "How to become a Site Reliability Engineer",
    );
  });
});
