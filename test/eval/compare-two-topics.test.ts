import { describe, expect, it } from "vitest";
import { answerText, lastAnswerText } from "../support/questions.js";

// A comparison asked on pay and outlook both shows both; two names of one
// role set against each other ("ios vs android") are said to be that role.
describe("a comparison on pay and outlook", () => {
  it.each([
    "devops vs sre, salary and outlook pls",
    "data analyst vs data scientist, pay and outlook?",
    "compare frontend and backend on salary and job outlook",
    "swe vs mle: outlook and pay",
  ])("shows both: %s", (q) => {
    const text = answerText(q);
    expect(text).toMatch(/^\s*Outlook:/m);
    expect(text).toMatch(/^\s*Pay:/m);
  });

  it("stays pay alone where only pay is asked", () => {
    expect(answerText("devops vs sre, salary pls")).toMatch(
      /^Pay: DevOps Engineer vs Site Reliability Engineer/m,
    );
  });
});

describe("two platforms of one role set against each other", () => {
  it.each([
    [["what skills does a mobile dev need", "ok and ios vs android?"], "Swift"],
    [["ios vs android developer?"], "Median annual wage"],
    [["ios or android dev, which pays more"], "Median annual wage"],
    [["what does a mobile developer do", "iOS vs Android?"], "Median annual wage"],
  ])("says they are one role: %j", (messages, shown) => {
    const text = lastAnswerText(...messages);
    expect(text).toContain("name one role here: Mobile Developer.");
    expect(text).toContain(shown);
  });

  // Past bug: "ios vs android any difference?" asked which role to compare Mobile Developer with.
  it.each([
    "ios vs android any difference?",
    "ios or android whats the difference",
    "ios vs android, which pays more",
  ])("says no source splits the role by platform: %s", (asked) => {
    const text = lastAnswerText("what does a mobile developer do", asked);
    expect(text).toContain(
      "No source splits Mobile Developer into them: its duties and pay below are the role's as a whole.",
    );
    expect(text).toContain("iOS work uses Swift or Objective-C in Xcode");
    expect(text).not.toContain("Compare Mobile Developer with which role?");
  });

  it("leaves frameworks weighed as skills", () => {
    const text = lastAnswerText("what does a frontend dev do", "react vs vue?");
    expect(text).not.toContain("name one role here");
  });
});

describe("a field's short name set against a role that shares the rest of a name", () => {
  // Past bug: "ml vs ai research scientist" was spelt "ml research scientist vs ai research scientist",
  // one role, so the answer compared nothing; "ml" stands for Machine Learning Engineer on its own.
  it.each([
    "ml vs ai research scientist, whats the diff in practice",
    "ML vs AI research scientist?",
    "ml vs ai researcher",
  ])("sets the field's role beside the other: %s", (q) => {
    const text = answerText(q);
    expect(text).toContain("Machine Learning Engineer vs Computer and Information Research Scientist");
    expect(text).not.toContain("name one role here");
  });

  it("still says two names of one role are one", () => {
    expect(answerText("ml vs ai engineer")).toContain("name one role here: Machine Learning Engineer.");
  });
});
