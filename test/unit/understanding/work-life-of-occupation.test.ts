import { describe, expect, it } from "vitest";
import { workLifeAsked } from "../../../src/understanding/words/work-life.js";
import { answerText, understand } from "../../support/questions.js";

// "do nurses have to work nights" was read as schooling and "whats a nurse's schedule like" as duties with
// nothing said of hours: the occupation's card came with no word that the question went unanswered. Working
// life asked of an occupation is a question of its work, whose answer says first that the knowledge has
// nothing on working hours, as it does for a role.
describe("working hours asked of an occupation", () => {
  it.each([
    "do nurses work nights",
    "do nurses have to work nights",
    "what's a nurse's schedule like",
    "do nurses work at night",
  ])("%s: a question of working hours about the occupation's work", (asked) => {
    expect(workLifeAsked(asked)).toEqual(["working hours"]);
    const u = understand(asked);
    expect(u.intent).toBe("responsibilities");
    expect(u.entities.uncovered.map((o) => o.typed)).toEqual([expect.stringMatching(/^nurses?$/)]);
  });

  it("says the same of a role's schedule, then what the role does", () => {
    const text = answerText("what's an sre's schedule like");
    expect(text).toContain("nothing on working hours for a Site Reliability Engineer");
    expect(text).toContain("What a Site Reliability Engineer does");
  });

  it("reads no working hours into a career shift or a study schedule", () => {
    expect(workLifeAsked("how do i shift into data science")).toEqual([]);
    expect(workLifeAsked("whats a good study schedule for the aws exam")).toEqual([]);
  });
});
