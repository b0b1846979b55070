import { describe, expect, it } from "vitest";
import { answerText } from "../support/questions.js";

// What one role needs that another does not is the gap from the second to the first (before, "what skills
// does ml need that backend doesnt" checked the back-end developer for machine learning, and the others gave
// both roles' skills side by side).
describe("what one role needs that another does not", () => {
  it("answers the skill gap from the role denied to the role that needs", () => {
    const cases: [string, string][] = [
      [
        "what skills does ml need that backend doesnt",
        "From Back-End Developer to Machine Learning Engineer",
      ],
      [
        "skills ml engineers need that backend devs dont have",
        "From Back-End Developer to Machine Learning Engineer",
      ],
      ["what do data scientists need to know that data analysts dont", "From Data Analyst to Data Scientist"],
      ["which skills does devops need that sysadmins don't", "From System Administrator to DevOps Engineer"],
    ];
    for (const [q, heading] of cases) expect(answerText(q), q).toContain(heading);
  });
});
