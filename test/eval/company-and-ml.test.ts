import { describe, expect, it } from "vitest";
import type { Answer } from "../../src/advisor/answers.js";
import { renderText } from "../../src/render/plain-text.js";
import { answerText, thread } from "../support/questions.js";

// Issue 21's pay questions naming an employer, and "ml" alone: each checked as a user would see the answer.
const last = (answers: Answer[]) => renderText(answers.at(-1) as Answer);

/** The Meta figures the knowledge has, which are the machine learning engineer's alone. */
const metaMleTotalComp = "$231,000 – $338,000";

describe("pay at a company for a role the company has no figures for", () => {
  it("never gives the ML engineer's Meta figures for another role, however the pay is asked", () => {
    for (const q of [
      "what does meta pay swes",
      "what does meta pay pms",
      "what does meta pay devops engineers",
    ]) {
      const text = answerText(q);
      expect(text, q).toContain("No figures for Meta");
      expect(text, q).not.toContain(metaMleTotalComp);
    }
    expect(answerText("what does meta pay swes")).toContain("$135,980");
  });

  it("gives the role's pay, not its outlook, for a company's pay asked in a word of pay", () => {
    const meta = answerText("what does meta pay data scientists");
    expect(meta).toContain("No figures for Meta");
    expect(meta).toContain("$120,230");
    const stripe = answerText("stripe data scientist comp");
    expect(stripe).toContain("No figures for Stripe");
    expect(stripe).toContain("$120,230");
    expect(answerText("data scientist comp")).toContain("$120,230");
  });

  it("still gives Meta's figures for the ML engineer", () => {
    expect(answerText("what does meta pay ml engineers")).toContain(metaMleTotalComp);
  });
});

export { last };
