import { describe, expect, it } from "vitest";
import { answerText, understand } from "../support/questions.js";

// left6 #7: "data analyst salary at target mpls" read the place into the employer's name ("No figures for
// Target Mpls"); a place after an employer's name says where it is, and an employer no list names before a
// place with figures ("at acme seattle") was dropped. Each is read apart.
describe("an employer's name followed by a place", () => {
  it.each([
    ["data analyst salary at target mpls", "Target", "No figures for Minneapolis"],
    ["data analyst salary at target minneapolis", "Target", "No figures for Minneapolis"],
    ["swe salary at northwestern mutual milwaukee", "Northwestern Mutual", "No figures for Wisconsin"],
    ["swe salary at acme seattle", "Acme", "No figures for Acme"],
  ])("%s", (asked, employer, said) => {
    expect(understand(asked).company).toBe(employer);
    expect(answerText(asked)).toContain(said);
  });

  it("leaves an employer alone, and one placed with 'in'", () => {
    expect(understand("data analyst salary at target").company).toBe("Target");
    expect(understand("data analyst salary at target in texas").company).toBe("Target");
  });
});
