import { describe, expect, it } from "vitest";
import { lastAnswerText, understand } from "../support/questions.js";

// Past bug: "data enginer or analist" answered what a Software Data Engineer does, "analyst" left unread:
// the first words of a name said once ("data") go with the side after "or"/"vs"/"/" too, where that makes
// another role's name.
const roles = (q: string) => understand(q).roles.map((r) => r.id);

describe("the start of a name said once for both sides", () => {
  it.each([
    ["data enginer or analist", ["software-data-engineer", "data-analyst"]],
    ["data scientist vs analyst salary", ["data-scientist", "data-analyst"]],
    ["network admin or architect", ["network-administrator", "network-architect"]],
    ["security engineer/analyst", ["security-engineer", "security-analyst"]],
    ["senior data analyst or scientist", ["data-analyst", "data-scientist"]],
    ["data analyst compared to scientist", ["data-analyst", "data-scientist"]],
    ["between data analyst and scientist which is better", ["data-analyst", "data-scientist"]],
  ])("%s", (asked, expected) => {
    expect(roles(asked)).toEqual(expected);
  });

  it("compares the two roles", () => {
    expect(lastAnswerText("data enginer or analist")).toContain("Software Data Engineer vs Data Analyst");
  });

  it.each([
    // Both names said whole, or the second names a role of its own.
    ["data analyst or data scientist", ["data-analyst", "data-scientist"]],
    ["software engineer or data scientist", ["software-engineer", "data-scientist"]],
    // The start and the second word make no role's name.
    ["software engineer or manager", ["software-engineer"]],
    ["data analyst or python", ["data-analyst"]],
    // "and" without "between" says two things of one person, not two sides.
    ["data analyst and scientist", ["data-analyst"]],
  ])("leaves %s as it is", (asked, expected) => {
    expect(roles(asked)).toEqual(expected);
  });
});
