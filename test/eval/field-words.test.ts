import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// A word several roles' names share ("cloud", "security", "data") standing for a field with no role named.
const answer = lastAnswerText;

describe("a field several roles share a word of", () => {
  it("asks which of the field's roles a move into it means, with how to get into each", () => {
    const cloud = answer("i want to move to cloud");
    expect(cloud).toContain("Which cloud role do you mean?");
    expect(cloud).toContain("path cloud architect");
    const security = answer("thinking of moving into security");
    expect(security).toContain("Which security role do you mean?");
    expect(security).toContain("path security engineer");
  });

  it("asks which of the field's roles a pay question means, never the usual ML roles", () => {
    const text = answer("cloud salary");
    expect(text).toContain("Which cloud role do you mean?");
    expect(text).toContain("salary cloud architect");
    expect(text).not.toContain("salary mle");
  });

  it("ranks the pay of a kind of jobs named, among the roles of that kind", () => {
    const text = answer("security jobs pay");
    expect(text).toContain("Best paid roles (security)");
    expect(text).toContain("Information Security Analyst");
    expect(text).not.toContain("ML engineer job postings");
  });

  it("keeps asking which analyst for the last word of several roles' names", () => {
    expect(answer("analyst salary")).toContain("Which analyst do you mean?");
  });
});

describe("several roles weighed as the next step from one", () => {
  it("compares the options, not the start, with the move to each as a next step", () => {
    const text = answer("sre, devops or cloud architect from sysadmin");
    expect(text).toContain("Site Reliability Engineer vs DevOps Engineer vs Cloud Architect");
    expect(text).toContain("Options from System Administrator");
    expect(text).toContain("gap system administrator to cloud architect");
    expect(answer("from sysadmin, should i go sre or devops")).toContain(
      "Site Reliability Engineer vs DevOps Engineer",
    );
  });
});

describe("a move from a role held into a field", () => {
  it("asks which of the field's roles, with the move from the role held to each as buttons", () => {
    const cloud = answer("sysadmin for 8 years, want to move to cloud. where do i start");
    expect(cloud).toContain("Which cloud role do you want to move to from System Administrator?");
    expect(cloud).toContain("gap system administrator to cloud architect");
    expect(answer("network admin thinking about security")).toContain(
      "Which security role do you want to move to from Network Administrator?",
    );
  });

  it("leaves a field word that is part of a role's name alone", () => {
    expect(answer("should i move from qa into software engineering")).not.toContain("Which software role");
  });
});
