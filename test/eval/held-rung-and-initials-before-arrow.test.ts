import { describe, expect, it } from "vitest";
import { answerText, understand } from "../support/questions.js";

// u104 #1–3: "stay swe2", "swe2 here" and "fe -> pm" name the job held; read as no role, the move's start
// was lost and the answer was how to become the other role, or asked which role to compare with.
describe("a software engineer's rung as the job held", () => {
  it.each([
    ["is it worth going sre or stay swe2, 3 yoe", "site-reliability-engineer"],
    ["swe2 here, considering mgmt track (EM) vs staying IC. should i", "engineering-manager"],
    ["swe ii considering moving to data science, should i", "data-scientist"],
  ])("%s: the move from Software Engineer", (asked, to) => {
    const u = understand(asked);
    expect(u.intent).toBe("gap");
    expect(u.from?.id).toBe("software-engineer");
    expect(u.to?.id).toBe(to);
  });

  it("answers the move with both roles' pay", () => {
    const text = answerText("is it worth going sre or stay swe2, 3 yoe");
    expect(text).toContain("From Software Engineer to Site Reliability Engineer");
    expect(text).toContain("Pay side by side:");
    expect(text).not.toContain("How to become a Site Reliability Engineer");
  });

  it("reads the rung's pay as the software engineer's mid level", () => {
    const text = answerText("how much does a swe2 make");
    expect(text).toContain("Software Engineer pay");
    expect(text).not.toContain("I don't cover swe2s");
  });

  it("leaves 'swe 2 sre' spaced apart as chat's 'to'", () => {
    const u = understand("swe 2 sre, worth it?");
    expect(u.from?.id).toBe("software-engineer");
    expect(u.to?.id).toBe("site-reliability-engineer");
  });
});

describe("'fe' and 'be' before an arrow or after 'from'", () => {
  it.each([
    ["fe -> pm switch, good idea or career suicide", "front-end-developer", "product-manager"],
    ["be -> ml switch, worth it?", "back-end-developer", "machine-learning-engineer"],
    ["from fe to data science, possible?", "front-end-developer", "data-scientist"],
  ])("%s: the move from the job held", (asked, from, to) => {
    const u = understand(asked);
    expect(u.intent).toBe("gap");
    expect(u.from?.id).toBe(from);
    expect(u.to?.id).toBe(to);
  });

  it("keeps iron's symbol and the verb", () => {
    expect(understand("fe levels in blood test results").roles).toEqual([]);
    expect(understand("i want to be -> ml").from).toBeUndefined();
  });
});
