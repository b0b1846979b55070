import { describe, expect, it } from "vitest";
import { answerText, understand } from "../support/questions.js";

// left6 #1: "is 120k good for swe or ds" was read as the two roles' comparison; roles offered as a choice with
// one amount judged ask where the amount sits for each, as "can i make 200k in any of them" does in a thread.
describe("one amount judged for roles offered as a choice", () => {
  it.each([
    ["is 120k good for swe or ds", ["Software Engineer: $120,000", "Data Scientist: $120,000"]],
    ["is 95k fair for a data analyst or data engineer", ["Data Analyst: $95,000"]],
    ["is 80k low for qa or devops", ["QA Engineer: $80,000", "DevOps Engineer: $80,000"]],
  ])("%s", (asked, said) => {
    const text = answerText(asked);
    expect(text).toContain("stands");
    for (const s of said) expect(text).toContain(s);
  });

  it.each([
    ["offered 120k as swe, does sre pay more", "payCompare"],
    ["is 120k good for swe or ds, which pays more", "payCompare"],
    ["is swe or ds better", "compare"],
  ])("leaves roles set against each other: %s", (asked, intent) => {
    const u = understand(asked);
    expect(u.intent).toBe(intent);
    expect(u.payStated).toBeUndefined();
  });
});
