import { describe, expect, it } from "vitest";
import { lastAnswerText, thread } from "../support/questions.js";

// A move between two roles asked without naming either ("can you switch from one to the other"): from the
// first the thread named to the second; with one role in the thread, which other is asked back.
describe("a move between two roles said by their places alone", () => {
  it("is the move from the first of two roles set side by side to the second", () => {
    for (const [first, q] of [
      ["compare data analyst and data scientist", "can you switch from one to the other"],
      ["data analyst vs data scientist pay", "go from one to the other"],
      ["data analyst vs data scientist outlook", "how long to transition from one to the other"],
      ["compare data analyst and data scientist", "can i jump from the first to the second"],
    ] as const) {
      const text = lastAnswerText(first, q);
      expect(text, q).toContain("From Data Analyst to Data Scientist");
      expect(text, q).toContain("To learn:");
      expect(text, q).not.toContain("How to become a Data Scientist");
    }
    expect(
      lastAnswerText("qa engineer or software engineer", "could i move from one into the other"),
    ).toContain("From QA Engineer to Software Engineer");
    expect(lastAnswerText("sre vs devops", "how easy is it to hop between the two")).toContain(
      "From Site Reliability Engineer to DevOps Engineer",
    );
  });

  it("after a move's answer, is that move, never the other way round", () => {
    expect(lastAnswerText("data analyst to data scientist?", "how long from one to the other")).toContain(
      "From Data Analyst to Data Scientist",
    );
  });

  it("is the move between two roles asked about in turn, the first asked first", () => {
    for (const q of ["can you switch from one to the other", "how hard to move between them"])
      expect(lastAnswerText("what does a data analyst make", "and a data scientist?", q), q).toContain(
        "From Data Analyst to Data Scientist",
      );
  });

  it("asks which other role where the thread has only one, never the way into it", () => {
    for (const q of ["can you switch from one to the other", "how hard to move between them"]) {
      const text = lastAnswerText("what does a data analyst make", q);
      expect(text, q).toContain("Which role do you want to move to from Data Analyst?");
      expect(text, q).not.toContain("How to become a Data Analyst");
    }
    const [, asked, picked] = thread(
      "what does a data analyst make",
      "can you switch from one to the other",
      "swe",
    );
    expect(asked?.kind).toBe("clarify");
    expect(picked?.kind).toBe("gap");
  });
});
