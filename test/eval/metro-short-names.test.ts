import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// Past bug: "data scientist salary in dfw" gave the national figures with no word of Dallas; a short
// lower-case word after "in" is read as shorthand, not a place. The metros' short forms are listed as
// places (knowledge/locations.yaml, language/places.yaml).
describe("US metros by their short forms", () => {
  it.each(["mle salary in dfw", "mle pay in atx"])("%s → Texas's figures", (asked) => {
    expect(lastAnswerText(asked)).toContain("Machine Learning Engineer, Texas (Austin, Dallas): $150,000");
  });

  it("a role with no Texas figure says so", () => {
    expect(lastAnswerText("data scientist salary in dfw")).toContain(
      "The knowledge base has no Texas (Austin, Dallas) figure for Data Scientist.",
    );
  });

  it.each([
    ["mle salary in socal", "No figures for Southern California"],
    ["swe salary in slc", "No figures for Utah"],
    ["how much do swes make in the pnw", "No figures for the Pacific Northwest"],
    ["mle salary in htx", "No figures for Houston"],
  ])("%s → %s", (asked, said) => {
    expect(lastAnswerText(asked)).toContain(said);
  });
});
