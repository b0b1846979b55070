import { describe, expect, it } from "vitest";
import { understanderFor } from "../../src/understanding/understand.js";
import { realKnowledge } from "../support/knowledge.js";
import { lastAnswerText } from "../support/questions.js";

// Past bug: "is it or nursing better paid" answered only of registered nurses, and "is it going away with
// the cloud" with no thread compared SWE and MLE skills. With no role in the thread or named before, a
// lower-case "it" set against a job is IT the field, as "is IT or nursing better paid" is; and "it" said
// to be going away is the field, whose outlook is its roles' growth. After a role it stays that role.
describe("lower-case it set against a job, or said to be going away", () => {
  it.each([
    ["is it or accounting the better career", "is IT or accounting the better career"],
    ["does it or teaching pay more", "does IT or teaching pay more"],
  ])("%s reads as %s", (lower, capital) => {
    const text = lastAnswerText(lower);
    expect(text).toContain("IT covers several roles");
    expect(text).toBe(lastAnswerText(capital));
  });

  it.each(["is it disappearing because of ai", "is it going away"])("%s → the field's outlook", (asked) => {
    expect(lastAnswerText(asked)).toContain("Fastest growing IT roles");
  });

  it("after a role, it is that role", () => {
    const text = lastAnswerText(
      "what does a database administrator do",
      "is it going away because of the cloud",
    );
    expect(text).toContain("Database Administrator");
    expect(text).not.toContain("Fastest growing IT roles");
  });

  it("is it or isn't it names no field", () => {
    expect(lastAnswerText("is it or isn't it worth it")).not.toContain("IT covers several roles");
  });
});

// The advisor's "is that considered IT" reads the question as the understander writes it, IT the field in
// capitals: the jobs around each "it" read as the pipeline reads them, so "it" set against a job is the
// field there too, and after a job named or held it stays the pronoun.
describe("the question with the field's IT written in capitals", () => {
  const written = (q: string, occupationHeld = false) =>
    understanderFor(realKnowledge()).fieldWrittenIT(q, { hasRole: false, occupationHeld });

  it("sets it against a job as the field, as the pipeline reads it", () => {
    expect(written("is it or nursing considered it")).toBe("is IT or nursing considered IT");
    expect(written("is it or data analyst better")).toBe("is IT or data analyst better");
  });

  it("keeps it the pronoun after a job named, or an occupation the thread holds", () => {
    expect(written("i'm a nurse. is it a dying field")).toBe("i'm a nurse. is it a dying field");
    expect(written("web dev - is it in it or is it its own thing")).toBe(
      "web dev - is it in it or is it its own thing",
    );
    expect(written("does it include software dev")).toBe("does IT include software dev");
    expect(written("does it include software dev", true)).toBe("does it include software dev");
  });
});
