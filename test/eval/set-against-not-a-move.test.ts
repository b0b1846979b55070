import { describe, expect, it } from "vitest";
import { answerText, lastAnswerText, understand } from "../support/questions.js";

// movecmp: a "to" or "from" right after a word of comparing ("compare to sre", "different from sre",
// "similar to a data scientist") was read as a move's end or start, so "how does devops compare to sre
// pay-wise" answered the move from DevOps to SRE and "sysadmin here, is devops different from sre" weighed
// options from SRE. It names the other side of a comparison: the roles are set side by side.
describe("a role set against another with 'compared to', 'different from', 'similar to'", () => {
  it.each([
    ["how does devops compare to sre pay-wise", "Pay: DevOps Engineer vs Site Reliability Engineer"],
    ["how does a data analyst compare to a data scientist pay wise", "Pay: Data Analyst vs Data Scientist"],
    ["devops salary in denver compared to sre", "Pay: DevOps Engineer vs Site Reliability Engineer"],
    ["is data analyst pay similar to data scientist", "Pay: Data Analyst vs Data Scientist"],
  ])("%s sets both roles' pay side by side, no move", (q, heading) => {
    const u = understand(q);
    expect(u.entities.to).toBeUndefined();
    const text = answerText(q);
    expect(text).toContain(heading);
    expect(text).not.toMatch(/^From /);
  });

  it.each([
    ["is a data analyst similar to a data scientist", "What Data Analyst and Data Scientist have in common"],
    ["is devops similar to sre", "What DevOps Engineer and Site Reliability Engineer have in common"],
  ])("%s says what the two share", (q, heading) => {
    const text = answerText(q);
    expect(text).toContain(heading);
    expect(text).toContain("Shared skills");
  });

  it("weighs the roles set against each other as options from the job held", () => {
    const text = answerText("sysadmin here, is devops different from sre");
    expect(text).toContain("DevOps Engineer vs Site Reliability Engineer");
    expect(text).toContain("Options from System Administrator");
    expect(text).not.toContain("Options from Site Reliability Engineer");
  });

  // (With the official layer loaded, its figures are set beside Data Analyst's: tuning t6304.)
  it("reads no move from an occupation compared to a role", () => {
    const q = "nurse salary compared to data analyst";
    expect(understand(q).entities.to).toBeUndefined();
    expect(answerText(q)).not.toMatch(/^From /);
  });

  it("still reads a move named beside the comparison", () => {
    expect(answerText("is it worth moving from devops to sre compared to staying")).toMatch(
      /^From DevOps Engineer to Site Reliability Engineer/,
    );
  });

  it("still sets a role compared to the thread's side by side, no move from it", () => {
    const text = lastAnswerText("data engineer salary", "how is it different from a data scientist");
    expect(text).toContain("Software Data Engineer vs Data Scientist");
  });
});
