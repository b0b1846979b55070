import { describe, expect, it } from "vitest";
import { answerText, lastAnswerText } from "../support/questions.js";

// In lower case, "is it beginner friendly" or "layoffs in it rn" opening a conversation has nothing before it
// for a pronoun to stand for, so "it" is the field, as it is typed "IT"; after a role, it is still that role.
describe("lower-case it judged for newcomers or hiring, with nothing before it", () => {
  it("reads the field when nothing is named before", () => {
    for (const q of ["is it beginner friendly", "is it good for beginners?"])
      expect(answerText(q), q).toContain("IT Support Specialist");
    expect(answerText("is it hiring right now or is it all layoffs")).toContain(
      "I hold no live hiring or layoff figures",
    );
    expect(answerText("are there a lot of layoffs in it rn")).toContain(
      "I hold no live hiring or layoff figures",
    );
  });

  it("keeps the thread's role or the job named before", () => {
    expect(lastAnswerText("what does an sre do", "is it beginner friendly")).toContain(
      "Site Reliability Engineer",
    );
    expect(lastAnswerText("what does google pay sres", "is it hiring right now")).toContain(
      "Outlook for a Site Reliability Engineer",
    );
    expect(answerText("i love nursing, is it beginner friendly")).not.toContain("Entry-level roles");
  });
});

// Typed all in lower case, as the noise check types the corpus: an opening of frankness before the question,
// a major judged, a workplace's "it side" (r70/r73 wordings), and where "it" stays the pronoun.
describe("lower-case it: frankness first, a major judged, a workplace's it side", () => {
  it("reads the field", () => {
    expect(answerText("real talk is it even hiring older guys, im 47")).toContain(
      "IT roles with the most openings each year",
    );
    expect(answerText("is it still a good major or is ai gonna eat all of it lol")).toContain(
      "Fastest growing IT roles",
    );
    // The nurse's occupation is read from the official layer where it is imported; the move's target is IT.
    expect(answerText("could a nurse get into the hospital's it side?")).toMatch(
      /^From (?:nurse|Registered Nurses) to IT Support Specialist/,
    );
    // Without the layer, the HVAC occupation is not read, and the answer is the way into IT support alone.
    expect(answerText("could an hvac guy get into the building's facilities it side?")).toMatch(
      /^(?:From .* to IT Support Specialist|How to become an IT Support Specialist)/,
    );
  });

  it("keeps the pronoun where a role was named or 'side by side' follows", () => {
    expect(lastAnswerText("what does a data analyst do", "is it still a good major")).not.toContain(
      "Fastest growing IT roles",
    );
    expect(answerText("compare swe and mle, put it side by side")).not.toContain("IT Support Specialist");
  });
});
