import { describe, expect, it } from "vitest";
import { answerText, understand } from "../support/questions.js";

// "what does a swe make starting out vs after 10 years", "starting out vs 10 yrs in for a swe": two stages of
// a career said as time are one role's pay at two levels, as "entry level vs senior" is (before: "after 10
// years" was an unread role to compare with, "starting out vs 10 yrs in" how to become one).
describe("two career stages said as time", () => {
  it("reads them as two levels of the one role", () => {
    for (const q of [
      "starting out vs 10 yrs in for a swe",
      "what does a swe make starting out vs after 10 years",
      "swe pay starting out vs senior",
    ]) {
      const u = understand(q);
      expect(u.intent, q).toBe("salary");
      expect(u.entities.level, q).toBe("entry");
      expect(u.entities.otherLevel, q).toBe("senior");
      expect(u.entities.unread, q).toBeUndefined();
    }
  });

  it("gives the two levels' pay, saying how the years were read", () => {
    const text = answerText("mle salary year 1 vs year 10");
    expect(text).toContain(
      "Machine Learning Engineer, Entry level vs Machine Learning Engineer, Senior level",
    );
    expect(text).toContain("“year 10” is read as Senior level");
    expect(text).toContain("no source here gives its levels in years");
    const mid = answerText("mle pay with 3 yrs exp vs 10 yrs exp");
    expect(mid).toContain("Machine Learning Engineer, Mid level vs Machine Learning Engineer, Senior level");
  });

  it("says where the knowledge has no figure for a level, never an unread role", () => {
    const text = answerText("what does a swe make starting out vs after 10 years");
    expect(text).toContain("The knowledge base has no senior level figure for Software Engineer");
    expect(text).not.toContain("as a role I know");
    expect(answerText("starting out vs 10 yrs in for a swe")).not.toContain("How to become");
  });

  it("leaves years alone, with no second stage, as before", () => {
    expect(understand("swe salary with 10 years experience").entities.otherLevel).toBeUndefined();
    expect(answerText("swe salary with 10 years experience")).toContain("is left aside");
  });
});
