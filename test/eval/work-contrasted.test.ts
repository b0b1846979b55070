import { describe, expect, it } from "vitest";
import { answerText, understand } from "../support/questions.js";

// "what does X do that Y doesnt" sets the two roles' work side by side: both sides' duties, never the
// first role's alone.
describe("what one role does that another does not", () => {
  it("compares the two roles, each one's work shown", () => {
    for (const [q, first, second] of [
      [
        'freelance data viz person here. clients keep asking me for "ml stuff" :sweat_smile: what does an ml person actually do that a data analyst doesnt',
        "Machine Learning Engineer",
        "Data Analyst",
      ],
      ["what does a data scientist do that a data analyst does not", "Data Scientist", "Data Analyst"],
      ["what does a devops engineer do that a sysadmin doesnt do", "DevOps Engineer", "System Administrator"],
    ] as const) {
      expect(understand(q).intent, q).toBe("compare");
      const text = answerText(q);
      expect(text, q).toContain(`${first} vs ${second}`);
      expect(text, q).toContain("What they do:");
      const duties = text.slice(text.indexOf("What they do:"));
      expect(duties, q).toMatch(new RegExp(`^\\s*${first}: `, "m"));
      expect(duties, q).toMatch(new RegExp(`^\\s*${second}: `, "m"));
    }
  });

  it("leaves what one role does, asked alone, to its duties", () => {
    expect(understand("what does a data analyst actually do").intent).toBe("responsibilities");
  });
});
