import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// Words that decide what a message asks: a career's own growth is its path, not the job market's outlook.
const answer = lastAnswerText;

describe("a career's own growth", () => {
  it("is its path, not the outlook", () => {
    for (const followUp of [
      "is there a growth path out of it",
      "whats the growth path",
      "career growth?",
      "any path out of it",
    ]) {
      const text = answer("it support pay", followUp);
      expect(text).toContain("Career path for an IT Support Specialist");
      expect(text).toContain("Network Administrator, System Administrator");
      expect(text).not.toContain("Projected employment change");
    }
  });

  it("leaves the job market's growth, and a way out, as they were", () => {
    expect(answer("devops skills", "is it growing")).toContain("Outlook for a DevOps Engineer");
    expect(answer("it support pay", "how do i get out of it")).toContain(
      "Which role do you want to move to from IT Support Specialist?",
    );
  });
});
