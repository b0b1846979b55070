import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../../support/questions.js";

// An everyday thing asked about with no job named (a meal, the weather) is declined as off topic, though a
// word of work stands beside it: before, "whats a good lunch for a 10hr shift" was asked back ("I'm not
// sure what you mean"), as if it were an unclear career question.
describe("an everyday question beside a word of work", () => {
  it.each([
    "whats a good lunch for a 10hr shift",
    "what should i eat before a night shift",
    "best snacks for a long shift?",
    "will it rain tomorrow im working outside",
  ])("declines %s as off topic", (question) => {
    const text = lastAnswerText(question);
    expect(text).toContain("That's outside what I know about.");
    expect(text).not.toContain("I'm not sure what you mean");
  });

  it("declines it in a thread about an occupation too", () => {
    expect(lastAnswerText("nurse pay", "whats a good lunch for a 10hr shift")).toContain(
      "That's outside what I know about.",
    );
  });

  it("still asks back a short unclear question near careers", () => {
    expect(lastAnswerText("pay?")).toContain("Which role do you mean?");
  });

  it("still reads the field where the everyday word is its work", () => {
    expect(lastAnswerText("how is ml used in weather forecasting")).not.toContain("outside what I know");
  });
});
