import { describe, expect, it } from "vitest";
import { answerText, lastAnswerText, understand } from "../support/questions.js";

// Past bug: "was" reached Washington State's alias "wa" as its plural, so every past-tense pay question
// said "no Washington State figure"; and place abbreviations that are everyday words ("ma", "mass", "la")
// were read as places wherever they stood. Such a word is a place only where something says it is one.

describe("a past-tense question", () => {
  it("names no place for 'was'", () => {
    for (const q of [
      "what was the salary for a data scientist",
      "how much was a devops engineer paid in 2024",
      "what was the job outlook for data analysts",
    ]) {
      expect(understand(q).place, q).toBeUndefined();
      expect(answerText(q), q).not.toContain("Washington State");
    }
  });

  it("asks again about the figures shown: 'what was the median again'", () => {
    const text = lastAnswerText("sre salary", "what was the median again");
    expect(text).not.toContain("Washington State");
    expect(text).toContain("The main figure shown is the median");
  });

  it("still reads WA typed as a place", () => {
    expect(understand("data scientist salary in WA").place).toBe("washington-state");
    expect(understand("data scientist salary, wa").place).toBe("washington-state");
  });
});

describe("a place abbreviation that is an everyday word", () => {
  it("is no place with nothing to say it is one", () => {
    expect(understand("are there mass layoffs for software engineers").place).toBeUndefined();
    expect(understand("my ma is a data analyst, what do they make").place).toBeUndefined();
    expect(answerText("are there mass layoffs for software engineers")).not.toContain("Massachusetts");
  });

  it("is a place after 'in', after a city, beside a pay word or as a follow-up's place", () => {
    expect(understand("data scientist salary in ma").place).toBe("massachusetts");
    expect(understand("boston, ma data scientist salary").place).toBe("massachusetts");
    expect(understand("data analyst salary ma").place).toBe("massachusetts");
    expect(understand("i live in mass, data analyst pay?").place).toBe("massachusetts");
    expect(lastAnswerText("sre salary", "and la?")).toContain("No figures for Los Angeles");
  });
});
