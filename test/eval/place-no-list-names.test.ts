import { describe, expect, it } from "vitest";
import { builtInLanguage } from "../../src/understanding/intent/language.js";
import { lastAnswerText } from "../support/questions.js";

// Past bug: "mle salary in kirkland" gave the national figures with no word of Kirkland. A pay question
// ending "in" a name that no list of places holds, and that is no word of English, of the knowledge or of
// the questions, names a place without figures: said first, then the general figures, labelled, as for a
// place the list names ("No figures for Redmond").
describe("a pay question ending in a place no list names", () => {
  it.each([
    ["how much do data scientists make in Asheville?", "Asheville"],
    ["sre salary in kalamazoo", "Kalamazoo"],
    ["devops engineer pay in Coeur Alene", "Coeur Alene"],
  ])("%s → no figures for %s", (asked, place) => {
    const text = lastAnswerText(asked);
    expect(text).toContain(`No figures for ${place}: the knowledge base has no ${place} pay figures`);
    expect(text).toContain(`not ${place}'s`);
  });

  it("a follow-up to a pay answer", () => {
    expect(lastAnswerText("what do data scientists make", "and in scranton?")).toContain(
      "No figures for Scranton",
    );
  });

  it.each([
    "data scientist salary in tech",
    "data scientist pay in demand?",
    "data scientist salary in ml",
    "data scientist salary in 2026",
    "data scientist salary in the us",
    "data scientist salary in saas",
    "data scientist salary in healthtech",
    "data scientist salary in general",
    "data scientist pay in rupees",
  ])("%s names no place", (asked) => {
    expect(lastAnswerText(asked)).not.toContain("No figures for");
  });

  // The lines of business live in the language files (`language/sectors.yaml`), beside the employers.
  it("names no place in any line of business the language files list", () => {
    const { sectors } = builtInLanguage();
    expect(sectors).toEqual(expect.arrayContaining(["crypto", "saas", "pharma"]));
    for (const sector of sectors)
      expect(lastAnswerText(`swe salary in ${sector}`), sector).not.toContain("No figures for");
  });
});
