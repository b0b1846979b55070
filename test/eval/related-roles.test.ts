import { describe, expect, it } from "vitest";
import type { Answer } from "../../src/advisor/answers.js";
import { renderText } from "../../src/render/plain-text.js";
import { renderMessage } from "../../src/slack/blocks/message.js";
import { blockKitViolations } from "../support/block-kit.js";
import { answerText, lastAnswerText, thread } from "../support/questions.js";

// "related roles to cloud architect", "related roles?" after a question about a role: the roles its file
// lists as related, never the list of every role the advisor knows.
const answer = lastAnswerText;
const last = (answers: Answer[]) => renderText(answers.at(-1) as Answer);

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

describe("where to go next from a role whose file gives no ladder", () => {
  it("reads going on from a role held as its path, and offers the related roles, labelled as such", () => {
    for (const [answers, related] of [
      [thread("what does an it support specialist do", "what comes after it"), "Network Administrator"],
      [thread("3 yrs as sysadmin, next?"), "Site Reliability Engineer"],
      [
        thread("i work in IT at a hospital, mostly desktop support. how do i move up"),
        "Network Administrator",
      ],
      [thread("i'm a qa, whats next"), "Software Engineer"],
      [thread("as sysadmin where do i go from here"), "DevOps Engineer"],
    ] as const) {
      const out = last(answers);
      expect(out).toMatch(/Career path for an? (IT Support Specialist|System Administrator|QA Engineer)/);
      expect(out).toMatch(/gives no ladder or next steps for .*\. Roles it lists as related/);
      expect(out).toContain(related);
      expect(out).not.toContain("Ladder:");
    }
    // Asked what to learn or what it pays, it stays that.
    expect(answerText("what skills do i need to get promoted as a qa")).toContain("Skills for a QA Engineer");
  });

  it("weighs the roles it offered for 'which of those pays best', and 'which of them is growing fastest'", () => {
    const pay = last(
      thread("what does an it support specialist do", "what comes after it", "which of those pays best"),
    );
    expect(pay).toContain(
      "Pay: Network Administrator vs System Administrator vs Information Security Analyst",
    );
    expect(pay).toContain("On these figures Information Security Analyst pays most. Highest first:");
    const growth = last(thread("3 yrs as sysadmin, next?", "which of them is growing fastest"));
    expect(growth).toContain("Site Reliability Engineer and DevOps Engineer grow and");
    expect(growth).not.toContain("Fastest growing roles");
    // So after a question back that offered roles.
    expect(last(thread("careers in IT", "which of those pays best"))).toContain(
      "On these figures Information Security Analyst pays most",
    );
  });
});

describe("the related roles offered, in Slack", () => {
  it("renders each within Block Kit's limits", () => {
    for (const answers of [
      thread("careers in IT", "which of those pays best"),
      thread("3 yrs as sysadmin, next?", "which of them is growing fastest"),
    ]) {
      for (const nativeCharts of [false, true]) {
        const message = renderMessage(answers.at(-1) as Answer, { nativeCharts });
        expect(blockKitViolations(message as unknown as Record<string, unknown>)).toEqual([]);
      }
    }
  });
});
