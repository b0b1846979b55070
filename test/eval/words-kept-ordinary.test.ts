import { describe, expect, it } from "vitest";
import { lastAnswerText, understand } from "../support/questions.js";

// A review of this session's rules found each of these read by a rule meant for something else: a field's
// name as a side of a move, "fargo" as a place, a kind of work as an employer, the pronoun "i" as SDE I,
// "cap" as the top of a pay range, "the IT ops team" as a job. Each stays what it is in ordinary talk.
describe("ordinary words a rule must leave alone", () => {
  it("reads a field's name as an occupation only as a side of a move", () => {
    for (const q of [
      "do data scientists work in marketing",
      "is sql useful for marketing",
      "best ml tools for hr",
      "marketing analytics skills",
    ])
      expect(understand(q).entities.uncovered, q).toEqual([]);
    for (const q of ["should i move from hr into data analytics", "i work in sales", "leaving IT for sales"])
      expect(understand(q).entities.uncovered.length, q).toBe(1);
  });

  it("reads Wells Fargo as the employer, not North Dakota", () => {
    const text = lastAnswerText("data analyst salary at wells fargo");
    expect(text).toContain("No figures for Wells Fargo");
    expect(text).not.toContain("North Dakota");
  });

  it("reads a kind of work before 'pay' as no employer", () => {
    for (const q of ["does freelancing pay well", "how much does babysitting pay a month"]) {
      const text = lastAnswerText(q);
      expect(text, q).not.toMatch(/Which role at/);
      // Freelancing is a way of working, said so since; babysitting a job no list covers.
      expect(text, q).toMatch(/I don't cover babysitting yet|Freelancing is a way of working/);
    }
    expect(lastAnswerText("what does costco pay it support")).toContain("No figures for Costco");
    // What else pays: a degree, experience, a way of working; never an employer with no figures.
    for (const q of [
      "how much does experience pay for data analysts",
      "how much does a masters pay data scientists",
      "what does overtime pay sysadmins",
      "how much more does a phd pay ml engineers",
    ])
      expect(understand(q).company, q).toBeUndefined();
  });

  it("reads 'sde i' as a rung only where the pronoun cannot be meant", () => {
    expect(lastAnswerText("as an sde i make 150k, is that good?")).not.toContain("entry level");
    expect(understand("sde i salary").level).toBe("entry");
    expect(understand("sde 2 yrs experience salary").level).toBeUndefined();
  });

  it("keeps 'is there a cap on overtime?' on working hours after pay", () => {
    const text = lastAnswerText("how much does a data engineer make", "is there a cap on overtime?");
    expect(text).toContain("nothing on working hours");
    expect(lastAnswerText("how much does a data engineer make", "whats the ceiling")).toContain(
      "Software Data Engineer pay",
    );
  });

  it("reads 'the IT ops team' as a group of people, not IT operations the job", () => {
    expect(understand("what does the IT ops team do").entities.uncovered).toEqual([]);
  });

  it("says what two skills add to pay in the plural", () => {
    expect(lastAnswerText("which pays more python or java")).toContain("what Python and Java add to pay");
  });
});
