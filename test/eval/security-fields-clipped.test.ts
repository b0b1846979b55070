import { describe, expect, it } from "vitest";
import { answerText } from "../support/questions.js";

// Found by r90: "cybersec" (and "netsec") clipped from the security fields' names was no role, so "tier 1
// helpdesk into cybersec, whats the pay bump" answered the helpdesk's pay alone, the move lost.
describe("the security fields clipped", () => {
  it("reads a move into cybersec as the move into security", () => {
    expect(answerText("tier 1 helpdesk into cybersec, whats the pay bump")).toContain(
      "From IT Support Specialist to Information Security Analyst",
    );
  });

  it.each([
    ["cybersec salary", "Information Security Analyst pay"],
    ["netsec engineer outlook", "Outlook for a Security Engineer"],
  ])("%s", (asked, said) => {
    expect(answerText(asked)).toContain(said);
  });
});
