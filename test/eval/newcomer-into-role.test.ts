import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// "is it entry level friendly", "can i get in without experience" after a role's pay: how people get in,
// not the pay at the entry level nor the experience asked alone.
describe("whether a newcomer can get into a role", () => {
  it("answers 'is it entry level friendly' after IT support's pay with how people get in", () => {
    const answer = lastAnswerText(
      "whats IT support pay",
      "ok what about IT support specifically, is it entry level friendly",
    );
    expect(answer).toContain("Getting started as an IT Support Specialist");
    expect(answer).not.toContain("IT Support Specialist pay");
  });

  it("reads getting in without experience, and friendliness to beginners, as the way in", () => {
    for (const asked of [
      "can i get in without experience",
      "is it newbie friendly?",
      "is it friendly to beginners",
    ])
      expect(lastAnswerText("whats IT support pay", asked)).toContain(
        "Getting started as an IT Support Specialist",
      );
    expect(
      lastAnswerText("what does a qa engineer make", "good for someone with zero experience?"),
    ).toContain("Getting started as a QA Engineer");
  });

  it("still reads entry level pay as pay", () => {
    expect(lastAnswerText("what does a data analyst make", "and entry level pay?")).toContain(
      "Data Analyst pay",
    );
  });
});
