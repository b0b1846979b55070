import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// "make bank" is slang for earning a lot: the pay is answered with no word on banks as employers, while
// "at banks" still reads as a kind of employer.
describe("'make bank'", () => {
  it("is a pay question with no employer", () => {
    const text = lastAnswerText("do devops engineers make bank");
    expect(text).toContain("DevOps Engineer pay:");
    expect(text).not.toContain("banks");
  });

  it("leaves 'at banks' an employer", () => {
    expect(lastAnswerText("sre pay at banks")).toContain(
      "the knowledge base has no pay figures for Site Reliability Engineer at banks",
    );
  });
});
