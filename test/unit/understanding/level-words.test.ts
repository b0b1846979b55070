import { describe, expect, it } from "vitest";
import { answerText, lastAnswerText, understand } from "../../support/questions.js";

// "internal" and "international" stem to "intern": a move within one's own employer named no intern level,
// yet the answer opened with "No figures for a move for interns".
describe("a word that only stems to a level's name", () => {
  it("reads 'an internal move' as no intern level", () => {
    const text = lastAnswerText(
      "our IT dept is hiring a sysadmin, i'd be an internal move from helpdesk. what's it pay usually?",
      "how about network admin, does it pay more than sysadmin?",
    );
    expect(text).toContain("Network Administrator");
    expect(text).not.toMatch(/interns/i);
  });

  it("still reads interns and internships as the intern level", () => {
    expect(answerText("data analyst internship pay")).toContain("No figures for interns");
    expect(answerText("what do interns make as a data analyst")).toContain("No figures for interns");
  });
});

// "graduated" is one letter from "graduate" and "seniority" stems to "senior": neither names a level.
describe("a word of a level's stem in another part of speech", () => {
  it("reads no level in 'i graduated 10 years ago' or 'pay by seniority'", () => {
    expect(understand("i graduated 10 years ago, what do data analysts make").level).toBeUndefined();
    expect(understand("does data analyst pay go up with seniority").level).toBeUndefined();
  });

  it("still reads graduates, new grads and a misspelt senior as levels", () => {
    expect(understand("what do graduates make as data analysts").level).toBe("entry");
    expect(understand("data analyst pay for new grads").level).toBe("entry");
    expect(understand("senoir data analyst pay").level).toBe("senior");
  });
});
