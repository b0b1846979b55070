import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// "da" after a question on a data role is the data analyst, as "ds" is the data scientist (before: read as
// no role, and the follow-up asked back about the data scientist).
describe("da in a thread on a data role", () => {
  it("is the data analyst", () => {
    expect(lastAnswerText("what does a ds earn", "what about a da")).toContain("Data Analyst pay:");
    expect(lastAnswerText("data architect skills", "and for a da?")).toContain("Skills for a Data Analyst");
  });

  it("stays the dental assistant with no data role before it", () => {
    expect(lastAnswerText("what does a da make")).not.toContain("Data Analyst");
  });
});
