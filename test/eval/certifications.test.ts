import { describe, expect, it } from "vitest";
import { withoutRepeats } from "../../src/advisor/parts/answer-parts.js";
import { answerText, lastAnswerText } from "../support/questions.js";

// "what certs should i get": what the role's file says of certifications, each thing once, and plainly
// that the sources name no particular certificate where they name none.
const answer = lastAnswerText;

describe("a question of certifications", () => {
  it("says each thing once, though the role's education and its tips both say it", () => {
    const text = answer("how do i get into IT", "what certs should i get");
    expect(text).toContain("Certifications for an IT Support Specialist");
    expect(text.match(/relevant IT certifications can be enough/g)).toHaveLength(1);
  });

  it("says plainly that the sources name no particular certificate", () => {
    for (const q of [
      "what certs should i get as an it support specialist",
      "security analyst certs",
      "dba certifications",
    ])
      expect(answer(q)).toMatch(
        /The sources name no particular certification for (IT Support Specialist|Information Security Analyst|Database Administrator)/,
      );
  });

  it("still says when the file says nothing of certifications at all", () => {
    expect(answer("sysadmin to cloud architect, any certs?")).toContain(
      "The knowledge base names no certification for Cloud Architect",
    );
  });
});

describe("lines that say one thing", () => {
  it("keeps the first and drops the others", () => {
    expect(
      withoutRepeats([
        "Employers may prefer analysts who hold a professional security certification (BLS).",
        "Consider a professional security certification, which some employers prefer.",
        "Get related work experience, since employers usually ask for it.",
      ]),
    ).toEqual([
      "Employers may prefer analysts who hold a professional security certification (BLS).",
      "Get related work experience, since employers usually ask for it.",
    ]);
  });
});

// "any certs worth it for ml or is it all portfolio/github": credentials weighed against another way to show
// the work ask the role's credentials; GitHub after "or" is that other way, not a skill checked (before: the
// answer was whether the role needs GitHub).
describe("credentials weighed against a portfolio", () => {
  it.each([
    ["any certs worth it for ml or is it all portfolio/github", "Machine Learning Engineer"],
    ["do ml engineers need certs or is a strong github enough", "Machine Learning Engineer"],
    ["are certs worth it for swe or just github", "Software Engineer"],
  ])("answers %s with the credentials", (question, role) => {
    const text = answerText(question);
    expect(text).toContain(`Education for a ${role}`);
    expect(text).toContain(`The knowledge base names no certification for ${role}`);
    expect(text).not.toContain(`GitHub for a ${role}`);
  });

  it("still checks a skill asked of a role with no credential set against it", () => {
    expect(answerText("is github important for ml engineers")).toContain(
      "GitHub for a Machine Learning Engineer",
    );
    expect(answerText("do i need python or sql for data analyst")).toContain(
      "Python and SQL for a Data Analyst",
    );
  });
});
