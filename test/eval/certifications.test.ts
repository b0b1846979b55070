import { describe, expect, it } from "vitest";
import { withoutRepeats } from "../../src/advisor/parts/answer-parts.js";
import { lastAnswerText } from "../support/questions.js";

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
