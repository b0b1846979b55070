import { describe, expect, it } from "vitest";
import { officialLayerInstalled, saidWithLayer } from "../support/official-layer.js";
import { lastAnswerText } from "../support/questions.js";

// r110: "and the gap?", "the gap between the two" after two roles' pay asked in turn were asked back about
// the last role (a skills gap of one), and "is it per year" after a move, whose answer sets the two sides'
// pay side by side, gave the role's outlook.
describe("a bare gap after two roles' pay", () => {
  it("sets their pay side by side", () => {
    for (const [first, second, gap, heading] of [
      [
        "how much does ml pay",
        "and a lead",
        "the gap between the two",
        "Pay: Machine Learning Engineer vs Lead Machine Learning Engineer",
      ],
      ["data analyst salary", "and data scientist", "and the gap?", "Pay: Data Analyst vs Data Scientist"],
      [
        "how much does ml pay",
        "and a lead",
        "how big is the difference",
        "Pay: Machine Learning Engineer vs Lead Machine Learning Engineer",
      ],
      [
        "qa engineer pay",
        "what about sre",
        "whats the gap between them",
        "Pay: QA Engineer vs Site Reliability Engineer",
      ],
    ]) {
      const said = lastAnswerText(first as string, second as string, gap as string);
      expect(said, gap).toContain(heading);
      expect(said, gap).not.toContain("Pick what you want to know");
    }
  });

  it("keeps a skills gap a move, not pay", () => {
    expect(
      lastAnswerText("how much does ml pay", "and a lead", "whats the skills gap between them"),
    ).not.toContain("Pay: Machine Learning Engineer vs");
  });

  it("then reads 'from the first to the second' as the move between them", () => {
    expect(
      lastAnswerText(
        "how much does ml pay",
        "and a lead",
        "the gap between the two",
        "how long would it take to get from the first to the second",
      ),
    ).toContain("From Machine Learning Engineer to Lead Machine Learning Engineer");
  });
});

describe.skipIf(!officialLayerInstalled)("a bare gap after an occupation's pay set beside a role's", () => {
  it("sets the two side by side again", () => {
    for (const [first, second, gap, beside] of [
      ["accountant salary", "vs data analyts", "and the gap?", "Beside Data Analyst: median annual wage"],
      [
        "plumber salary",
        "vs a dba?",
        "how big is the difference",
        "Beside Database Administrator: median annual wage",
      ],
    ]) {
      const said = saidWithLayer(first as string, second as string, gap as string);
      expect(said, gap).toContain(beside);
      expect(said, gap).not.toContain("Pick what you want to know");
    }
  });
});

describe("a figure's period asked after a move", () => {
  it("says the pay side by side is annual", () => {
    for (const [move, asked] of [
      ["gap qa to sre", "is it yearly"],
      ["could i move from it support to sysadmin", "is that per year"],
      ["how do i switch from data analyst to data scientist", "is that annual?"],
    ]) {
      expect(lastAnswerText(move as string, asked as string), asked).toContain(
        "Yes: the figures are annual, pay for a year.",
      );
    }
  });

  it("says a move asked back showed no figures", () => {
    expect(lastAnswerText("should i leave devops?", "is that per year")).toContain(
      "The last answer showed no pay figures for DevOps Engineer.",
    );
  });
});
