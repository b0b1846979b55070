import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// Words that weigh two jobs ("same thing or different", "stack up vs") or that lead into the misspelt name
// after "vs" ("info sec analist") are not a side of the comparison, so no "could not read" is said of them.
describe("a comparison's words that name no side", () => {
  it.each([
    [
      ["what about IT security, same thing or different"],
      "IT Support Specialist vs Information Security Analyst",
    ],
    [["and secuirty engneer vs info sec analist?"], "Security Engineer vs Information Security Analyst"],
    [
      [
        "senior applied scientist ads ranking at google?",
        "how does that stack up vs a distinguished mle at meta",
      ],
      "Senior Applied Scientist (Ads Ranking) vs Distinguished Machine Learning Engineer",
    ],
    [["how does swe measure up against devops"], "Software Engineer vs DevOps Engineer"],
  ])("compares without a word left out: %s", (messages, title) => {
    const thread = messages[0]?.startsWith("what about IT")
      ? ["my nephew wants to do IT after school. is IT something you need a degree for", ...messages]
      : messages;
    const text = lastAnswerText(...thread);
    expect(text).toContain(title);
    expect(text).not.toContain("I could not read");
  });

  it("still says a side it cannot read", () => {
    expect(lastAnswerText("swe vs blorpt")).toContain(`I could not read "blorpt" as a role I know`);
  });
});
