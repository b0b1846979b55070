import { describe, expect, it } from "vitest";
import { answerText, understand } from "../support/questions.js";

// left6 #8: "embeded sw engineer at zoll medical offered 112k" read no role ("I don't cover embeded sw
// engineers"): "sw" before a word of the job is software; and an employer's name before "offered" is the
// employer, said to have no figures.
describe("'sw' for software, and an employer before 'offered'", () => {
  it("weighs the offer against Software Engineer pay, with no figures for the employer", () => {
    const text = answerText("embeded sw engineer at zoll medical offered 112k");
    expect(text).toContain("Software Engineer pay: where $112,000 a year stands");
    expect(text).toContain("No figures for Zoll Medical");
  });

  it.each(["sw engineer salary", "sw dev salary", "embedded sw developer pay"])("%s", (asked) => {
    expect(understand(asked).roles.map((r) => r.id)).toEqual(["software-engineer"]);
  });

  it("reads the employer before 'offered'", () => {
    expect(understand("qa engineer at acme labs offered me 90k is that fair").company).toBe("Acme Labs");
  });
});
