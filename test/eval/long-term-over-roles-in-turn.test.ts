import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// Past bug (r89): "which is better long term" after two roles' pay asked one at a time asked back what to
// know of the last one; judged over the years ahead, the roles asked in turn are weighed by their outlook,
// as "which grows faster" weighs them.
describe("which is better long term, after roles asked in turn", () => {
  it("weighs both roles' outlook", () => {
    const text = lastAnswerText(
      "cloud architect salary?",
      "and security engineer",
      "which is better long term",
    );
    expect(text).toContain("Cloud Architect grows faster");
    expect(text).toContain("Outlook for a Security Engineer");
    expect(text).not.toContain("Pick what you want to know");
  });

  it("still compares them whole when no years ahead are said", () => {
    expect(lastAnswerText("cloud architect salary?", "and security engineer", "which is better")).toContain(
      "Cloud Architect vs Security Engineer",
    );
  });
});
