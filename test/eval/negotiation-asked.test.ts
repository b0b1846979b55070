import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// Past bug: "how do i negotiate salary as a new grad swe" got how to become one, "should i negotiate my sre
// offer" what an SRE does. No source covers negotiating; what helps is the role's pay at the level asked,
// to anchor on, with a word first that negotiating itself is left aside.
describe("negotiating pay for a role", () => {
  it.each([
    ["any advice negotiating a senior machine learning engineer offer?", "$177,177 – $184,000"],
    ["negotiation tips for data scientist offers", "$120,230"],
  ])("%s → the role's pay, negotiating left aside", (asked, figure) => {
    const text = lastAnswerText(asked);
    expect(text).toContain("The knowledge holds nothing on negotiating pay, so this answer leaves it aside.");
    expect(text).toContain(figure);
  });

  it("in a thread, of the thread's role", () => {
    expect(lastAnswerText("what does an sre do", "can i negotiate the offer")).toContain(
      "Site Reliability Engineer pay",
    );
  });
});
