import { describe, expect, it } from "vitest";
import { lastAnswerText, understand } from "../support/questions.js";

// "how much do devs make": "dev" alone, as all of the job asked about, is a developer (Software Engineer);
// in a longer title it keeps that title's role, and before a thing ("dev tools") it names no role.
const cases: [string, string][] = [
  ["how much do devs make", "Software Engineer pay"],
  ["dev salary in austin", "The knowledge base has no Texas (Austin, Dallas) figure for Software Engineer"],
  ["is dev a good career", "Outlook for a Software Engineer"],
  ["what does a dev do", "What a Software Engineer does"],
  ["senior dev salary", "The knowledge base has no senior level figure for Software Engineer"],
  ["ios dev salary", "Mobile Developer pay"],
  ["backend dev salary", "Back-End Developer pay"],
  ["web dev salary", "Web Developers (SOC 15-1254)"],
];

describe("'dev' alone as the job asked about", () => {
  it.each(cases)("%s", (asked, said) => {
    expect(lastAnswerText(asked)).toContain(said);
  });

  it("names no role before a thing", () => {
    expect(lastAnswerText("what dev tools should i learn")).not.toContain("Software Engineer");
  });
});

describe("'dev' alone: the facts of the answer, and the names it stays out of", () => {
  const roles = (q: string) => understand(q).roles.map((r) => r.id);

  it.each([
    ["how much do devs make", "$135,980"],
    ["devs salary in seattle", "no Seattle, WA figure for Software Engineer"],
    ["what does a dev do", "production-ready code"],
    ["is dev a good career", "15.8%"],
  ])("%s", (asked, fact) => {
    const text = lastAnswerText(asked);
    expect(text).toContain(fact);
    expect(text).not.toContain("Which role do you mean?");
  });

  it("is no role where it qualifies a word or ends a longer name", () => {
    expect(roles("what dev tools does a data scientist use")).toEqual(["data-scientist"]);
    expect(roles("our dev team needs a qa engineer, what should we pay")).toEqual(["qa-engineer"]);
    expect(roles("what do fronted devs earn")).toEqual(["front-end-developer"]);
  });
});
