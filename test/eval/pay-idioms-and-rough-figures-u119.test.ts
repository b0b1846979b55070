import { describe, expect, it } from "vitest";
import { spellEarningIdiom } from "../../src/understanding/text/earning-idiom.js";
import { officialLayerInstalled, saidWithLayer } from "../support/official-layer.js";
import { answerText, understand } from "../support/questions.js";

// u119: pay asked in an idiom ("pull in", "bring home"), by a rough figure alone ("ballpark?"), and an
// employer named after a word of hearsay ("heard Anduril pays …").
describe("pay idioms, rough figures and hearsay (u119)", () => {
  it("reads 'pull in', 'rake in' and 'bring home' asked of a role as its pay", () => {
    for (const q of [
      "what does a dba bring in in chicago",
      "what would a sysadmin bring home in ohio",
      "what does an sre pull in at google",
      "how much do data engineers rake in",
    ]) {
      expect(understand(q).intent, q).toBe("salary");
      expect(answerText(q), q).not.toContain("does:");
    }
    // An object after the idiom is what is pulled in: the words are left as typed.
    const pulled = "what does a data engineer pull in from apis";
    expect(spellEarningIdiom(pulled)).toBe(pulled);
    // What one brings to a team, or carries in on a first day, is no pay (review27).
    expect(answerText("what does a product manager bring in for a team")).toContain(
      "What a Product Manager does:",
    );
    for (const q of [
      "what do i need to bring in for my first day as a sysadmin",
      "what do i have to bring in for the interview as a dba",
    ])
      expect(understand(q).intent, q).not.toBe("salary");
  });

  it("reads a role with only 'ballpark' or 'roughly' as its pay, said to have no figures for the employer", () => {
    const text = answerText("security analyst at booz allen, ballpark?");
    expect(text).toContain("No figures for Booz Allen");
    expect(text).not.toContain("What an Information Security Analyst does");
    // Typed without the comma, the rough-figure word is still no part of the employer's name.
    for (const q of ["security analyst at booz allen ballpark", "dba at acme roughly"])
      expect(answerText(q), q).not.toMatch(/Allen Ballpark|Acme Roughly/);
    expect(answerText("security analyst at booz allen ballpark")).toContain("No figures for Booz Allen:");
    for (const q of [
      "mle at netflix, ballpark?",
      "dba in chicago, roughly?",
      "ballpark figure for a qa engineer",
    ])
      expect(answerText(q), q).toMatch(/ pay:|No figures for/);
    // Another topic named stays that topic.
    expect(understand("qa engineer skills, roughly?").intent).not.toBe("salary");
  });

  it("never reads a word of hearsay as part of the employer's name", () => {
    const text = answerText("heard Anduril pays crazy for swe in costa mesa, true?");
    expect(text).toContain("No figures for Anduril:");
    expect(text).not.toContain("Heard Anduril");
    expect(answerText("apparently palantir pays data engineers a ton")).toContain("No figures for Palantir:");
  });
});

describe.skipIf(!officialLayerInstalled)("pay idioms of occupations at a workplace (u119)", () => {
  it("reads what an occupation at a workplace 'pulls in' or 'makes' as its official pay", () => {
    for (const q of [
      "what does an IT manager at a hospital system usually pull in, like in minneapolis",
      "what does a nurse at a hospital make",
      "what do electricians at a utility make",
    ]) {
      const text = saidWithLayer(q);
      expect(text, q).toContain("Median annual wage");
      expect(text, q).not.toContain("does:");
    }
    expect(
      saidWithLayer("what does an IT manager at a hospital system usually pull in, like in minneapolis"),
    ).toContain("Computer and Information Systems Managers (SOC 11-3021)");
  });
});
