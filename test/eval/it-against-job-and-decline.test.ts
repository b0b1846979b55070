import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// left probe: "is it or nursing better paid" answered only of registered nurses, and "is it going away with
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
