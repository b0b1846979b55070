import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// own probe: "how do i get promoted from senior to staff swe" was read as a move from Senior Applied
// Scientist (Ads Ranking), the one role with "senior" in its name. A level after "from" is where a
// promotion starts, not a role named by one word of its name: the role asked of is the one named.
describe("a promotion between levels", () => {
  it.each([
    ["how do i move up from senior to staff data scientist", "Career path for a Data Scientist"],
    ["going from junior to senior sre, any advice", "Site Reliability Engineer"],
  ])("%s", (asked, shown) => {
    const text = lastAnswerText(asked);
    expect(text).toContain(shown);
    expect(text).not.toContain("Senior Applied Scientist (Ads Ranking) to");
  });

  it("a step between levels naming no role asks which role, with buttons", () => {
    const text = lastAnswerText("how do i get from senior to principal level");
    expect(text).toContain("Which role do you mean?");
    expect(text).not.toContain("Market ›");
  });

  it("a word of one role's name after 'from' still names that role", () => {
    expect(lastAnswerText("from support to devops how")).toContain(
      "From IT Support Specialist to DevOps Engineer",
    );
  });
});
