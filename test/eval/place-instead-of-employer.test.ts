import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// "ok just give me sf then" after employers with no figures: the place alone is taken instead, so the
// thread's employers are dropped and not said again; "in seattle?" alone still keeps the employer.
describe("a place taken instead of the thread's employers", () => {
  it("drops the employers", () => {
    const text = lastAnswerText(
      "recruiter question: how much do backend devs make at stripe",
      "what about amazon or microsoft",
      "ok just give me sf then",
    );
    expect(text).toContain("The knowledge base has no San Francisco, CA figure for Back-End Developer");
    expect(text).not.toContain("Amazon");
  });

  it("keeps the employer when the place only narrows", () => {
    expect(lastAnswerText("sre pay at google", "in seattle?")).toContain("No figures for Google");
  });
});
