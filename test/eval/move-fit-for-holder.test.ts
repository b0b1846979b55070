import { describe, expect, it } from "vitest";
import { lastAnswerText, understand } from "../support/questions.js";

// Past bug: "is data architect a good fit for a dba" set the two roles' outlook side by side; a role
// weighed as a fit, path or option "for" the holder of another is the move from the one held, with both
// sides' pay and what to learn.
const cases: [string, string, string][] = [
  [
    "is data architect a good fit for a dba",
    "database-administrator",
    "From Database Administrator to Data Architect",
  ],
  [
    "is sre a good fit for a sysadmin",
    "system-administrator",
    "From System Administrator to Site Reliability Engineer",
  ],
  ["is product manager a good path for a qa engineer", "qa-engineer", "From QA Engineer to Product Manager"],
];

describe("a role weighed as a fit for the holder of another", () => {
  it.each(cases)("%s", (asked, from, said) => {
    const u = understand(asked);
    expect(u.intent).toBe("gap");
    expect(u.from?.id).toBe(from);
    expect(lastAnswerText(asked)).toContain(said);
  });

  it("leaves one role's path alone ('a good career path for a data analyst')", () => {
    const u = understand("whats a good career path for a data analyst");
    expect(u.intent).toBe("path");
    expect(u.roles.map((r) => r.id)).toEqual(["data-analyst"]);
    expect(u.from).toBeUndefined();
  });
});
