import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../../support/questions.js";

// "It looks lower than I expected tbh, is it better in nyc" after a role's pay was declined as off topic:
// the reaction to the last answer hid the follow-up after it.
describe("a reaction to the last answer said before the next question", () => {
  it("is set aside and the follow-up answered on the thread's role", () => {
    const text = lastAnswerText(
      "security engineer comp at senior?",
      "It looks lower than I expected tbh, is it better in nyc",
    );
    expect(text).not.toContain("outside what I know about");
    expect(text).toContain("Security Engineer");
    expect(text).toContain("New York City");
  });

  it("leaves the question after it its own topic", () => {
    expect(lastAnswerText("data scientist pay", "way more than i expected! how do i become one")).toContain(
      "How to become a Data Scientist",
    );
  });
});
