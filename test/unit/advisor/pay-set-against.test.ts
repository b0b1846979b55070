import { describe, expect, it } from "vitest";
import { answerText, lastAnswerText } from "../../support/questions.js";

// Pay set against something the question names: both sides shown, never one of them dropped.
describe("one role's pay in two places, one without figures", () => {
  it("shows both places, the one without figures said so, then the national figures", () => {
    const text = answerText("ml salary sf vs denver?");
    expect(text).toContain("Machine Learning Engineer, San Francisco, CA");
    expect(text).toContain("The knowledge base has no Denver figure for Machine Learning Engineer.");
    expect(text).toContain("Machine Learning Engineer, national");
  });

  it("keeps the order the places were named in", () => {
    const text = answerText("mobile dev pay in denver vs sf");
    expect(text.indexOf("Mobile Developer, Denver")).toBeLessThan(
      text.indexOf("Mobile Developer, San Francisco"),
    );
  });
});

describe("the thread's pay set against a role at another employer", () => {
  it("compares the two roles' pay, not the thread role's duties", () => {
    const text = lastAnswerText(
      "what about the ads ranking applied scientist role at meta",
      "is that more than a lead ml engineer at google?",
    );
    expect(text).toContain("Pay: Senior Applied Scientist (Ads Ranking) vs Lead Machine Learning Engineer");
    expect(text).not.toContain("What a Senior Applied Scientist (Ads Ranking) does");
  });
});

describe("a message that changes the subject", () => {
  it("carries no place from the thread", () => {
    const text = lastAnswerText(
      "what does an sre make in seattle",
      "unrelated but cyber secuirty analyst vs securty engneer pay??",
    );
    expect(text).toContain("Pay: Information Security Analyst vs Security Engineer");
    expect(text).not.toContain("Seattle");
  });

  it("carries no employer or level either", () => {
    const text = lastAnswerText("senior sre salary at google", "new q: what does a dba make");
    expect(text).toContain("Database Administrator");
    expect(text).not.toContain("Google");
    expect(text).not.toContain("senior level");
  });
});
