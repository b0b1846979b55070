import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// Past bug (r89): an amount aimed at ("can i make 150k as a data analyst", "how many yrs to hit 200k in ml")
// got the plain figures, the amount never placed among them; "i make 60k …, can i get it to 100k" would have
// placed the 60k.
describe("an amount aimed at", () => {
  it.each([
    ["can i make 150k as a data analyst", "Data Analyst pay: where $150,000 a year stands"],
    ["how many yrs to hit 200k in ml", "Machine Learning Engineer pay: where $200,000 a year stands"],
    ["can i make 150k in ml", "Machine Learning Engineer pay: where $150,000 a year stands"],
    ["possible to earn $120,000 as a qa engineer?", "QA Engineer pay: where $120,000 a year stands"],
  ])("%s is placed among the figures", (asked, title) => {
    expect(lastAnswerText(asked)).toContain(title);
  });

  it("places the amount aimed at, not the one earned now", () => {
    const text = lastAnswerText("i make 60k on the IT helpdesk, can i get it to 100k");
    expect(text).toContain("IT Support Specialist pay: where $100,000 a year stands");
    expect(text).toContain("about the 90th percentile ($100,540)");
  });

  it("leaves amounts that are no pay aimed at", () => {
    for (const asked of ["can i make 10k more as a dba", "can i save 10k as a data analyst"]) {
      expect(lastAnswerText(asked), asked).not.toContain("a year stands");
    }
  });
});

// Past bug (r89): "is 175k at google for swe L4 low" dropped the amount (only "is that low" was read as
// judging it); a question ending on "low" or "high" asks where the amount sits.
describe("an amount the question ends asking low or high of", () => {
  it("is placed among the figures", () => {
    const text = lastAnswerText("is 175k at google for swe L4 low");
    expect(text).toContain("Software Engineer pay: where $175,000 a year stands");
    expect(text).toContain("No figures for Google");
  });
});
