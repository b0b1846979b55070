import { describe, expect, it } from "vitest";
import { lastAnswerText, understand } from "../support/questions.js";

// Sweep (issue 21): "dev"/"devs" alone as the job asked of is Software Engineer ("how much do devs make"),
// not where it qualifies another word ("dev tools", "our dev team") or ends a longer name ("web dev").
const answer = lastAnswerText;
const roles = (q: string) => understand(q).roles.map((r) => r.id);

describe("'dev' alone as the job asked of", () => {
  it.each([
    ["how much do devs make", "Software Engineer pay", "$135,980"],
    ["devs salary in seattle", "Software Engineer pay", "no Seattle, WA figure for Software Engineer"],
    ["what does a dev do", "What a Software Engineer does", "production-ready code"],
    ["is dev a good career", "Outlook for a Software Engineer", "15.8%"],
  ])("%s", (q, heading, fact) => {
    const text = answer(q);
    expect(text).toContain(heading);
    expect(text).toContain(fact);
    expect(text).not.toContain("Which role do you mean?");
  });

  it("is no role where it qualifies a word or ends a longer name", () => {
    expect(roles("what dev tools does a data scientist use")).toEqual(["data-scientist"]);
    expect(roles("our dev team needs a qa engineer, what should we pay")).toEqual(["qa-engineer"]);
    expect(roles("what do fronted devs earn")).toEqual(["front-end-developer"]);
  });
});
