import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// Unseen checks: "salary at deloitte?" after a move set both jobs' pay side by side; "what about at a place
// like chewy" after an outlook answer gave the outlook again; "ok and pay in denver if not kroger" with an
// outlook answer between read "kroger" as a job, the thread having dropped its employer.
describe("pay asked at an employer after a move", () => {
  it("is where the move leads, said first to have no figures for the employer", () => {
    for (const asked of ["salary at deloitte?", "what does deloitte pay?", "pay at google?"]) {
      const text = lastAnswerText("moving from qa tester to devops engineer", asked);
      expect(text, asked).toMatch(/^No figures for (Deloitte|Google): .* for DevOps Engineer\./);
      expect(text, asked).not.toContain("QA Engineer");
    }
    const fromNurse = lastAnswerText(
      "im a nurse thinking of moving into data analytics",
      "salary at deloitte?",
    );
    expect(fromNurse).toContain("no Deloitte pay figures for Data Analyst");
    expect(fromNurse).not.toContain("Registered Nurses");
  });

  it("keeps both sides where the words weigh them or only the employer is said", () => {
    for (const asked of ["who makes more at amazon?", "pay diff at amazon?", "and at amazon?"])
      expect(lastAnswerText("should i go from sysadmin to cloud architect", asked), asked).toContain(
        "Pay: Cloud Architect vs System Administrator",
      );
  });
});

describe("an employer named after an answer of no pay", () => {
  it("asks the thread's role's pay there, said first to have none", () => {
    for (const asked of ["what about at a place like chewy", "and at a company like acme?"])
      expect(lastAnswerText("is data engineering a good career", asked), asked).toMatch(
        /^No figures for (Chewy|Acme): .* for Software Data Engineer\./,
      );
  });

  it("keeps the thread's employer past an outlook answer, to be set aside", () => {
    const thread = ["what does kroger pay a data analyst", "is data analyst a growing field"];
    const notThere = lastAnswerText(...thread, "ok and pay in denver if not kroger");
    expect(notThere).toContain("Data Analyst");
    expect(notThere).not.toContain("cover");
    expect(notThere).not.toContain("No figures for Kroger");
    expect(lastAnswerText(...thread, "how much in denver?")).toContain("No figures for Kroger");
  });
});
