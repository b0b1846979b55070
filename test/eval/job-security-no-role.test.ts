import { describe, expect, it } from "vitest";
import { answerText, lastAnswerText } from "../support/questions.js";

// Past bug (r79): "which has more job security" after two roles gave the ML trends, said of Security
// Engineer; "job security?" set Security Engineer beside SRE. Job security is how safe the job is: no role.
describe("'job security' asked of the thread's roles", () => {
  it("which has more job security: both roles' outlook", () => {
    const text = lastAnswerText("fullstack or backend", "which has more job security");
    expect(text).toContain("Outlook for a Full Stack Developer");
    expect(text).toContain("Outlook for a Back-End Developer");
    expect(text).not.toContain("Security Engineer");
    expect(text).not.toContain("ML trends");
  });

  it("job security?: the thread's roles, no security role beside them", () => {
    const text = lastAnswerText("sre vs devops", "job security?");
    expect(text).toContain("Outlook for a DevOps Engineer");
    expect(text).not.toContain("Security Engineer");
  });

  it("a security role named is still that role", () => {
    expect(answerText("security engineer job security")).toContain("Outlook for a Security Engineer");
  });
});
