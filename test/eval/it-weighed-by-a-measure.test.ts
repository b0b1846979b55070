import { describe, expect, it } from "vitest";
import { lastAnswerText, understand } from "../support/questions.js";

// "it vs swe, which has more openings" in one message is read as "it vs swe" then "which has more openings"
// is: IT support, the usual IT role, stands for IT beside the role, and the answer says so.
const stoodIn = "IT support is the usual IT role, so IT Support Specialist stands for IT here";

describe("IT set against a role and weighed by a measure in one message", () => {
  it("weighs the role against IT support, said first, as the two messages would", () => {
    const openings = lastAnswerText("it vs swe, which has more openings");
    expect(openings).toContain(stoodIn);
    expect(openings).toMatch(
      /Software Engineer has more: Software Engineer about [\d,]+ \(software developers\)/,
    );
    // The verdict as the two messages give it (the roles' outlooks below it are listed in the order named).
    const firstLine = (text: string) => text.split("\n")[0];
    expect(firstLine(openings)).toBe(firstLine(lastAnswerText("it vs swe", "which has more openings")));
    const pay = lastAnswerText("IT or software engineering, which pays more");
    expect(pay).toContain("Pay: IT Support Specialist vs Software Engineer");
    expect(pay).toContain(stoodIn);
    const demand = lastAnswerText("is it or swe more in demand");
    expect(demand).toContain("Software Engineer grows and IT Support Specialist declines");
    expect(demand).toContain(stoodIn);
    expect(lastAnswerText("is it or data analyst better paid")).toContain(
      "Pay: IT Support Specialist vs Data Analyst",
    );
  });

  it("says IT support is the way in when a newcomer asks", () => {
    expect(lastAnswerText("IT or software engineering for a career changer, which pays more")).toContain(
      "IT support is the usual way into IT, so IT Support Specialist stands for IT here",
    );
  });

  it("still asks which IT role with no measure named, and reads 'is it hard' as the pronoun", () => {
    for (const q of ["it vs swe", "IT or swe, which is better"])
      expect(lastAnswerText(q), q).toContain("Compare Software Engineer with which IT role?");
    const hard = understand("is it hard to become a software engineer");
    expect(hard.roles.map((r) => r.id)).toEqual(["software-engineer"]);
    expect(hard.itFieldRole).toBeUndefined();
    // In a thread about a role, "is it or swe" sets that role against SWE.
    expect(lastAnswerText("tell me about devops engineer", "is it or swe more in demand")).toContain(
      "DevOps Engineer vs Software Engineer",
    );
  });
});
