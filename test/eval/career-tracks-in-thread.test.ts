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
