import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// Past bug: "how do i get promoted from senior to staff swe" was read as a move from Senior Applied
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

  // Past bug: "how can i go from junior to staff" gave System Administrator duties ("keep staff computers
  // working"), "how do i go from mid level to senior" the ML pay by level: a search of the levels' words.
  it.each(["how can i go from junior to staff", "how do i go from mid level to senior"])(
    "%s asks which role, searching nothing",
    (asked) => {
      const text = lastAnswerText(asked);
      expect(text).toContain("Which role do you mean?");
      expect(text).not.toContain("System Administrator ›");
      expect(text).not.toContain("Salary by level");
    },
  );

  it.each([
    ["sre salary", "how do i go from mid to senior", "Career path for a Site Reliability Engineer"],
    ["data analyst salary", "how can i go from junior to staff", "Career path for a Data Analyst"],
  ])("after %s, %s is the thread role's path", (first, asked, shown) => {
    expect(lastAnswerText(first, asked)).toContain(shown);
  });

  it("a word of one role's name after 'from' still names that role", () => {
    expect(lastAnswerText("from support to devops how")).toContain(
      "From IT Support Specialist to DevOps Engineer",
    );
  });
});
