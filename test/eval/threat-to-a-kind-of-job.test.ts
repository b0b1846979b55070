import { describe, expect, it } from "vitest";
import { answerText, lastAnswerText } from "../support/questions.js";

// left6 #3: "how long before staff engineers get replaced by ai" was read as the step up to staff (which
// engineer's path, asked back), and "will ai replace staff engineers" answered with the ML market. What may
// take the work of a kind of job several roles are is asked back which one, of its outlook: the pick is
// that role's outlook. ("staff engineer" stays a kind of job, not Software Engineer: see pay-levels.test.ts.)
describe("a threat to a kind of job several roles are", () => {
  it.each([
    ["how long before staff engineers get replaced by ai", "Which engineer do you mean? No source measures"],
    ["will ai replace staff engineers", "Which engineer do you mean? No source measures"],
    ["will ai replace senior analysts", "Which analyst do you mean? No source measures"],
  ])("%s", (asked, said) => {
    expect(answerText(asked)).toContain(said);
  });

  it("answers the outlook of the one picked", () => {
    expect(lastAnswerText("how long before staff engineers get replaced by ai", "the first one")).toContain(
      "Outlook for a Software Engineer",
    );
  });

  it("leaves the step up to staff the path, and a role named the threat's answer", () => {
    expect(answerText("how long to become a staff engineer")).toContain("career path swe");
    expect(answerText("how long before software engineers get replaced by ai")).toContain(
      "No source measures how much of a Software Engineer's work AI may take over",
    );
  });
});
