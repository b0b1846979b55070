import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../../support/questions.js";

// Pay asked in words that lean elsewhere: a range judged fair (what an SRE does, before), a degree planned
// in a clause of its own (its schooling, before), a difference asked at a level after two roles (the whole
// comparison of their work, before).
describe("pay asked beside words that lean elsewhere", () => {
  it.each([
    ["whats a fair range for a mid level sre", "Site Reliability Engineer pay"],
    ["need a sanity check, whats a fair range for a mid level sre in nyc", "no New York City, NY figure"],
    ["whats a reasonable range for a data scientist", "Data Scientist pay"],
  ])("%s → %s", (asked, expected) => {
    const text = lastAnswerText(asked);
    expect(text).toContain(expected);
    expect(text).not.toContain("What a");
  });

  it.each([
    "thinking about a masters for ml, whats entry pay for ml",
    "thinking about a masters for ml whats entry pay for ml",
  ])("reads a degree planned, then pay asked, as the pay: %s", (asked) => {
    const text = lastAnswerText(asked);
    expect(text).toContain("Machine Learning Engineer, Entry level");
    expect(text).not.toContain("Education for");
  });

  it("still reads a degree asked about as schooling", () => {
    expect(lastAnswerText("do data scientists need a masters")).toContain("Education for a Data Scientist");
  });

  it("reads a difference at a level after two roles as their pay there", () => {
    const text = lastAnswerText(
      "is ml better paid than backend",
      "how hard is it to move into ml from backend, i have 4 yoe in java/postgres",
      "and at senior level whats the diff",
    );
    expect(text).toContain("Pay: Machine Learning Engineer vs Back-End Developer");
    expect(text).toContain("Senior level");
    expect(text).not.toContain("What they do");
  });

  it("still sets the work apart when differences are asked with no level", () => {
    expect(lastAnswerText("swe vs data scientist", "differences?")).toContain("What they do");
  });
});
