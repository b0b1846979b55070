import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// Review of the move branch: "ic or management" was always spelt Software Engineer vs Engineering Manager,
// dropping the role the thread holds. The thread's role is the individual contributor's side; with no
// role, or with the manager's own, the knowledge's engineer stays that side.
describe("the IC track in a thread about a role", () => {
  it.each([
    [["what does an sre do", "is it ic or management?"], "Site Reliability Engineer vs Engineering Manager"],
    [
      ["what does a backend developer do", "is it ic or management?"],
      "Back-End Developer vs Engineering Manager",
    ],
    [
      ["what does an engineering manager do", "is it ic or management?"],
      "Software Engineer vs Engineering Manager",
    ],
    [["should i stay ic or go into management"], "Software Engineer"],
  ])("%j", (messages, heading) => {
    expect(lastAnswerText(...messages)).toContain(heading);
  });
});

// "EM comp vs staff IC?" gave the Engineering Manager's pay alone: the IC beside the manager named as a role
// was dropped. It is the engineer the manager manages.
describe("the IC beside the Engineering Manager named", () => {
  it.each([
    ["EM comp vs staff IC?", "Pay: Engineering Manager vs Software Engineer"],
    ["staff ic vs em pay", "Pay: Software Engineer vs Engineering Manager"],
    ["should i stay IC or go EM", "From Software Engineer to Engineering Manager"],
    ["eng manager or senior ic, which pays more", "Pay: Engineering Manager vs Software Engineer"],
  ])("%s", (q, heading) => {
    expect(lastAnswerText(q)).toContain(heading);
  });

  it("leaves the manager asked alone as it was", () => {
    expect(lastAnswerText("what does an engineering manager do")).toContain(
      "What an Engineering Manager does:",
    );
    // An IC said of who asks, nothing weighed against the manager (review27).
    const skills = lastAnswerText("engineering manager skills for an ic");
    expect(skills).toContain("Skills for an Engineering Manager:");
    expect(skills).not.toContain("Software Engineer");
    expect(lastAnswerText("is engineering manager a good ic move")).toMatch(
      /^Outlook for an Engineering Manager/m,
    );
  });
});
