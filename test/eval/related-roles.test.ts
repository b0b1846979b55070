import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// "related roles to cloud architect", "related roles?" after a question about a role: the roles its file
// lists as related, never the list of every role the advisor knows.
const answer = lastAnswerText;

describe("the roles related to one role", () => {
  it("lists the related roles of the role named, each with what it does", () => {
    for (const question of [
      "related roles to cloud architect",
      "similar roles to a cloud architect",
      "roles like cloud architect",
      "what jobs are close to cloud architect",
    ]) {
      const text = answer(question);
      expect(text).toContain("Roles related to Cloud Architect:");
      expect(text).toContain("Network Architect: Designs and builds data communication networks");
      expect(text).toContain("Big Data Cloud Engineer");
      expect(text).not.toContain("Roles I know");
    }
  });

  it("reads a bare ask in a thread as about the thread's role", () => {
    for (const followUp of ["related roles?", "any similar roles", "similar jobs?"]) {
      const text = answer("eng manager day to day", followUp);
      expect(text).toContain("Roles related to Engineering Manager:");
      expect(text).toContain("Product Manager");
      expect(text).toContain("Lead Machine Learning Engineer");
      expect(text).not.toContain("Roles I know");
    }
  });

  it("keeps the thread on the role, and lets a reply weigh or pick the roles listed", () => {
    expect(answer("related roles to cloud architect", "how does it pay vs devops")).toContain(
      "Pay: Cloud Architect vs DevOps Engineer",
    );
    expect(answer("related roles to cloud architect", "which of those pays best")).toContain(
      "Pay: Network Architect vs DevOps Engineer vs Site Reliability Engineer",
    );
    expect(answer("eng manager day to day", "related roles?", "the second one")).toContain(
      "What a Product Manager does",
    );
    // Asked again of another role in a word: that role's related roles.
    expect(answer("related roles to cloud architect", "and for sre?")).toContain(
      "Roles related to Site Reliability Engineer:",
    );
  });

  it("still lists every role when that is what is asked", () => {
    expect(answer("which roles do you know")).toContain("Roles I know");
    expect(answer("sre pay", "what other roles do you know")).toContain("Roles I know");
    // After the whole list, a role named alone asks what it is, not for the list again.
    expect(answer("which roles do you know", "and devops?")).toContain("What a DevOps Engineer does");
  });
});
