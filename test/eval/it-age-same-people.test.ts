import { describe, expect, it } from "vitest";
import { answerText, lastAnswerText, understand } from "../support/questions.js";

// Past bug: "it" after "moved into" is the field and getting in at an age its way in; "is IT the same thing
// or different" after a role asks whether the role counts as IT; pay "less than i expected" is the held
// role's pay; the field judged for someone who avoids people is what no source rates.
describe("IT the field, asked of ages, of the thread's role and of people", () => {
  it("answers getting into IT at an age with the way in, saying no source speaks of age", () => {
    for (const q of [
      "<@U123ABC> anyone here moved into it in their 40s? is it too late",
      "is it too late to move into IT in my 50s",
    ]) {
      const text = answerText(q);
      expect(text, q).toContain("How to become an IT Support Specialist");
      expect(text, q).toContain("The knowledge holds nothing on age");
      expect(text, q).not.toContain("Fastest growing");
      expect(text, q).not.toContain("Which role do you mean?");
    }
  });

  it("reads 'is IT the same thing or different' after a role as whether it counts as IT", () => {
    const text = lastAnswerText("whats a network administrator do", "is IT the same thing or different");
    expect(text).toContain("Yes: Network Administrator is one of the roles I count as IT.");
    expect(text).not.toContain("Which IT role do you mean?");
    expect(lastAnswerText("what does a data scientist do", "is it different from IT?")).toContain(
      "Not in the narrow sense: Data Scientist is not one of the roles I count as IT",
    );
  });

  it("reads pay less than expected as the held role's pay, nothing to compare with", () => {
    const q = "im an info security analyst and honestly it pays less than i expected. is that normal?";
    expect(understand(q).intent).toBe("salary");
    const text = answerText(q);
    expect(text).toContain("Information Security Analyst pay");
    expect(text).not.toContain("with which role?");
  });

  it("says no source rates how much IT's roles talk with people, and names the roles", () => {
    const text = answerText("is IT ok for someone who hates talking to ppl all day");
    expect(text).toContain("nothing on how much of the work is talking with people");
    expect(text).toContain("IT Support Specialist, Network Administrator");
    expect(text).not.toContain("Which IT role do you mean?");
  });
});
