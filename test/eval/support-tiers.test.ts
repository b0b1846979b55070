import { describe, expect, it } from "vitest";
import { answerText } from "../support/questions.js";

// Found by r90: a support desk's tier said inside or before an IT support title ("it L2 support", "tier 2
// support") left the role unread (asked back which role, and a move lost its start); before "it support",
// "L3" was read as Google's entry level. The tier is dropped and IT support read.
describe("a support tier inside an IT support title", () => {
  it.each([
    ["whats the median pay for it L2 support in the us", "IT Support Specialist pay"],
    ["tier 2 support salary", "IT Support Specialist pay"],
    ["level 3 support pay", "IT Support Specialist pay"],
  ])("%s", (asked, said) => {
    expect(answerText(asked)).toContain(said);
  });

  it("keeps the start of a move said with the tier", () => {
    expect(answerText("IT L2 support -> cybersecurity, good move?")).toContain(
      "From IT Support Specialist to Information Security Analyst",
    );
  });

  it("reads no employer's level in the tier", () => {
    const text = answerText("L3 it support pay");
    expect(text).toContain("IT Support Specialist pay");
    expect(text).not.toContain("Google");
  });

  it("leaves a tier of customer support as typed", () => {
    expect(answerText("tier 2 customer support pay")).not.toContain("IT Support Specialist");
  });
});
