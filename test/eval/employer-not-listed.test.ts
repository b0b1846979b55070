import { describe, expect, it } from "vitest";
import { lastAnswerText, understand } from "../support/questions.js";

// Past bug: "what does costco pay it support" gave the general figures with no word of Costco, as if they
// were its own. A word no list or question knows, where a pay question puts the employer ("does … pay"
// someone, "at …" at the end), is an employer with no figures, said so first.
const cases: [string, string][] = [
  ["what does costco pay it support", "No figures for Costco"],
  ["how much does kaiser pay data analysts", "No figures for Kaiser"],
  ["data analyst salary at costco", "No figures for Costco"],
  ["how much do sres make at kaiser permanente", "No figures for Kaiser Permanente"],
  ["salary of a dba at kaiser in kentucky", "No figures for Kaiser"],
];

describe("an employer no list names", () => {
  it.each(cases)("%s", (asked, said) => {
    expect(lastAnswerText(asked)).toContain(said);
  });

  it("is no employer where nobody paid is named ('how much does freelancing pay')", () => {
    expect(understand("how much does freelancing pay").company).toBeUndefined();
  });

  it.each(["what does a dba pay", "sre salary at entry level", "how much does devops pay"])(
    "leaves known words alone: %s",
    (asked) => {
      expect(understand(asked).company).toBeUndefined();
    },
  );
});
