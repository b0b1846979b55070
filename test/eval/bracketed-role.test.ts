import { describe, expect, it } from "vitest";
import { answerText } from "../support/questions.js";

// "im a web dev (front end)": a role in brackets after a job title says which role of that title's
// occupation is meant, so a move from it is the role's, and its gap subtracts the role's skills.
describe("a role in brackets after a title", () => {
  it("is the role the move starts from", () => {
    const text = answerText("im a web dev (front end) wanna get into cloud architecture, should i");
    expect(text).toContain("From Front-End Developer to Cloud Architect");
    expect(text).not.toContain("The knowledge has no skills list for it");
    expect(answerText("swe (backend) here, thinking of moving to devops")).toContain(
      "From Back-End Developer to DevOps Engineer",
    );
  });

  it("names the role asked about", () => {
    expect(answerText("what does a web developer (frontend) make")).toContain("Front-End Developer pay");
  });

  it("is left as typed when it is not of the title's occupation", () => {
    expect(answerText("im a nurse (icu) wanna get into tech")).toContain("Nurses");
  });
});
