import { describe, expect, it } from "vitest";
import { answerText } from "../support/questions.js";

// "degree or certs?": both halves answered, the certifications the sources name and the typical entry
// education, not the certifications alone.
describe("a degree asked beside certifications", () => {
  it("gives the role's entry education after what the sources say of certifications", () => {
    const text = answerText("cybersecurity analyst — degree or certs?");
    expect(text).toContain("Certifications for an Information Security Analyst");
    expect(text).toContain("security certification");
    expect(text).toMatch(/Typical entry-level education .*bachelor's degree/);
  });

  it("keeps a question of certifications alone to certifications", () => {
    expect(answerText("security analyst certs?")).not.toContain("Typical entry-level education");
  });
});
