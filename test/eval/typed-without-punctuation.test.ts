import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// Chat is often typed without a question mark, a stop or an apostrophe: eval:noise ("no punctuation or
// apostrophes") found follow-ups that were read by their "?" or their "." alone.
describe("a follow-up typed without punctuation", () => {
  it("asks what two compared roles share, not hello", () => {
    expect(lastAnswerText("compare devops and sre", "overlap")).toContain(
      "What DevOps Engineer and Site Reliability Engineer have in common",
    );
    expect(lastAnswerText("compare data analyst and data scientist", "similarities")).toContain(
      "What Data Analyst and Data Scientist have in common",
    );
    // A pick is still a pick, and small talk still small talk.
    expect(lastAnswerText("eng manager day to day", "related roles?", "the second one")).toContain(
      "What a Product Manager does",
    );
    expect(lastAnswerText("compare devops and sre", "ok cool")).not.toContain("have in common");
  });

  it("asks the thread's pay question again of a role named alone", () => {
    expect(lastAnswerText("how much does a frontend developer make", "backend")).toContain(
      "Back-End Developer pay",
    );
    expect(lastAnswerText("data scientist salary", "data analyst")).toContain("Data Analyst pay");
    // With no question before, a role's name alone is its card.
    expect(lastAnswerText("backend")).toMatch(/^Back-End Developer\n/);
  });

  it("asks about both roles of a pair without its 'is' or its question mark", () => {
    expect(
      lastAnswerText(
        "network admin or sysadmin, which is better for a beginner",
        "either one remote friendly",
      ),
    ).toContain("nothing on “remote friendly” for Network Administrator or System Administrator");
  });

  it("reads a remark before the question as a remark, without its stop", () => {
    for (const q of ["interesting anything else i should know", "sounds fun what else"]) {
      const text = lastAnswerText("what does a dba do", q);
      expect(text, q).toContain("About Database Administrator?");
      expect(text, q).not.toContain("no opinion");
    }
    // Asked of the job, a word of opinion is still the question.
    expect(lastAnswerText("what does a dba do", "is it boring")).toContain("no opinion");
  });

  it("reads an age set apart without its commas", () => {
    expect(lastAnswerText("retail worker 32 is it too late to go into IT")).toContain("nothing on age");
    expect(lastAnswerText("teacher 45 should i switch to data analyst")).toContain("nothing on age");
    expect(lastAnswerText("how much does a data engineer 50 make")).not.toContain("nothing on age");
  });

  it("reads two places picked in the thread before the question goes on without a comma", () => {
    expect(lastAnswerText("sre vs devops", "from the second to the first how")).toContain(
      "From DevOps Engineer to Site Reliability Engineer",
    );
    expect(
      lastAnswerText("data analyst or data scientist", "how do i go from the first to the second pls"),
    ).toContain("From Data Analyst to Data Scientist");
  });

  it("reads 'ITs' and 'it is IT' typed without apostrophe or question mark", () => {
    expect(lastAnswerText("whats ITs median pay vs software engineerings")).toContain(
      "Compare Software Engineer with which IT role?",
    );
    expect(lastAnswerText("what does a sysadmin do", "it is IT")).toContain(
      "Yes: System Administrator is one of the roles I count as IT.",
    );
  });
});
