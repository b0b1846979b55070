import { describe, expect, it } from "vitest";
import { answerText } from "../support/questions.js";

// "i do backend, devops seems interesting. worth switching?": a role one says one does is the role held, the
// start of the move weighed, as "i work in backend" is (before: the duties of both).
describe("a role said to be done by the asker", () => {
  it("is where the move weighed starts", () => {
    for (const [q, heading] of [
      [
        "i do backend, devops looks interesting, worth a switch?",
        "From Back-End Developer to DevOps Engineer",
      ],
      [
        "i do data analysis, data science seems cool. should i switch?",
        "From Data Analyst to Data Scientist",
      ],
    ] as const) {
      const text = answerText(q);
      expect(text, q).toContain(heading);
      expect(text, q).toContain("Pay side by side");
    }
  });

  it("is no held role when the doing is weighed", () => {
    const text = answerText("should i do backend or devops");
    expect(text).toContain("Back-End Developer vs DevOps Engineer");
    expect(text).not.toContain("From Back-End Developer");
  });
});

// "frontend dev, what skills should i add": skills to add, asked by someone in the role, are its skills
// (before: nothing read, and the role's duties shown).
describe("skills to add, asked by someone in a role", () => {
  it("lists the role's skills", () => {
    for (const q of ["frontend dev, what skills should i add", "im a qa engineer, what skills to add"]) {
      expect(answerText(q), q).toMatch(/^Skills for an? (Front-End Developer|QA Engineer)/m);
    }
  });
});
