import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../../support/questions.js";

// "straight to architect or do ppl usually do admin first" after network admin vs network architect: each
// word ends the name of one of the thread's roles, so it names that role, never the titles O*NET lists
// "admin" under; "ppl" says people at large, no role ("network people").
describe("the thread's two roles named by their last words", () => {
  const pair = "network admin or network architect, which pays more and do either need a bachelors?";

  it("reads the path to the architect role, from the admin role", () => {
    const text = lastAnswerText(
      pair,
      "realistic to go straight to architect w/ my background or do ppl usually do admin first",
    );
    expect(text).toMatch(/^Career path for a Network Architect/);
    expect(text).toContain("Network Administrator");
  });

  it("then gives the outlook of both", () => {
    const text = lastAnswerText(
      pair,
      "realistic to go straight to architect w/ my background or do ppl usually do admin first",
      "outlook on both pls, dont want to pick one thats shrinking",
    );
    expect(text).toContain("Outlook for a Network Architect");
    expect(text).toContain("Outlook for a Network Administrator");
  });
});
