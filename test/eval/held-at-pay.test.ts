import { describe, expect, it } from "vitest";
import { lastAnswerText, understand } from "../support/questions.js";

// Past bug (r89): "im at 85k in IT support what could i make as a sysadmin" was off topic (a line on
// leadership): the amount between "im at" and the job cut it from the words that say it is held.
describe("a job said after the pay earned in it", () => {
  it("is where the move starts", () => {
    const text = lastAnswerText("im at 85k in IT support what could i make as a sysadmin");
    expect(text).toContain("From IT Support Specialist to System Administrator");
    expect(text).toContain("On these figures System Administrator pays more.");
  });

  it.each([
    ["making 85,000 as a data analyst, should i go into data engineering", "data-analyst"],
    ["i make 90k as a qa engineer, what would devops pay", "qa-engineer"],
  ])("%s", (asked, from) => {
    expect(understand(asked).entities.from?.id).toBe(from);
  });

  it("is no job held when the amount is only aimed at", () => {
    expect(understand("can i make 150k as a data analyst").entities.from).toBeUndefined();
  });
});
