import { describe, expect, it } from "vitest";
import { answerText, lastAnswerText, understand } from "../support/questions.js";

// Unseen checks: "what does Comfort Pro pay for that" after a role's pay was a title no list knows ("I don't
// cover comfort pros"), and "what does Summit FCU pay for IT support" said "Summit Fcu". A payer asked of with
// the job pointed back at ("for that", "for it") is an employer as one with the job named after "pay" is;
// words typed with capitals between "does" and "pay" are a name, even of everyday words or ending in a kind
// of employer ("Summit Bank"); short capitals are written as typed.
describe("an employer asked what it pays for the thread's job", () => {
  it("says it has no figures for the employer, then the thread's role's pay", () => {
    for (const [employer, asked] of [
      ["Comfort Pro", "what does Comfort Pro pay for that"],
      ["Acme", "what does acme pay for that role"],
      ["Brightloop Labs", "how much does Brightloop Labs pay for it"],
      ["Comfort Pro", "what would Comfort Pro pay for that"],
    ] as const) {
      const text = lastAnswerText("what does a data analyst make", asked);
      expect(text, asked).toContain(`No figures for ${employer}`);
      expect(text, asked).toContain("Data Analyst pay");
    }
  });

  it("leaves a level, the market or a word pointing back where the payer stands alone", () => {
    for (const asked of ["what does the senior level pay for that", "does that pay for it"])
      expect(lastAnswerText("what does a data analyst make", asked), asked).not.toContain("No figures for");
    expect(understand("what does Python pay").entities.employers).toEqual([]);
    expect(understand("what does Seattle pay data analysts").entities.employers).toEqual([]);
    expect(understand("what does the market pay data analysts").entities.employers).toEqual([]);
  });
});

describe("an employer's name holding a kind of employer", () => {
  it("reads the whole name, written as typed", () => {
    for (const [asked, employer] of [
      ["what does Summit FCU pay for IT support", "Summit FCU"],
      ["what does Summit CU pay for a help desk tech", "Summit CU"],
      ["it support salary at Summit Credit Union", "Summit Credit Union"],
      ["what does Summit Bank pay data analysts", "Summit Bank"],
      ["data analyst salary at Fulton Bank", "Fulton Bank"],
      ["what does First Tech FCU pay software engineers", "First Tech FCU"],
    ] as const)
      expect(answerText(asked), asked).toContain(`No figures for ${employer}:`);
    expect(answerText("what does Summit FCU pay")).toContain("Which role at Summit FCU do you mean?");
  });

  it("keeps a kind of employer said as one", () => {
    for (const asked of ["what does a bank pay data analysts", "data analyst salary at a bank"])
      expect(answerText(asked), asked).toContain("no pay figures for Data Analyst at banks");
  });
});
