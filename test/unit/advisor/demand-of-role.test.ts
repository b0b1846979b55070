import { describe, expect, it } from "vitest";
import { answerText } from "../../support/questions.js";

// "sre sounds cool, is it in demand rn" answered what an SRE does: "rn" leaned the classifier to the ML
// market, and a role's market it was unsure of fell back to the duties. Whether a role is in demand is its
// outlook: growth and openings.
describe("a role asked to be in demand", () => {
  it.each([
    ["sre sounds cool, is it in demand rn", "Site Reliability Engineer"],
    ["are devops engineers in demand rn", "DevOps Engineer"],
    ["is cloud architect in high demand these days", "Cloud Architect"],
    ["are data scientists in high demand rn", "Data Scientist"],
    ["devops looks fun, is it in demand these days", "DevOps Engineer"],
  ])("%s: the role's outlook", (asked, role) => {
    const text = answerText(asked);
    expect(text).toContain(`Outlook for a ${role}`);
    expect(text).toContain("Openings projected each year");
    expect(text).not.toContain(`What a ${role} does`);
    expect(text).not.toContain("Growth in ML engineer job postings");
  });

  it("keeps skills asked in demand as skills", () => {
    expect(answerText("what skills are in demand for sres")).not.toContain("Outlook for a");
  });
});
