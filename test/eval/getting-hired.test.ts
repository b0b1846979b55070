import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// "which is easier to get hired as" after two roles were compared: what each one's official occupation
// asks to enter and its openings, which asks least where the figures tell them apart, and plainly where
// one occupation counts both; never "no getting-started tips".
const answer = lastAnswerText;

describe("which of two roles is easier to get hired as", () => {
  it("says one occupation counts both where it does, with what it asks and its openings", () => {
    const text = answer("full stack vs back end dev", "which is easier to get hired as");
    expect(text).toContain(
      "BLS counts Full Stack Developer and Back-End Developer in one occupation (Software Developers)",
    );
    expect(text).toContain("related work experience: none");
    expect(text).toContain("openings a year");
    expect(text).toContain("No source rates how hard each is to get hired as");
    expect(text).not.toContain("lists no getting-started tips");
  });

  it("names the one that asks least where the figures tell them apart", () => {
    expect(answer("data scientist vs mle", "which is easier to get into")).toContain(
      "Data Scientist asks less education to enter",
    );
    // Asked with the same entry: the openings decide, said as that.
    expect(answer("qa or devops, which is easier to land a job as")).toContain(
      "They ask the same to enter; DevOps Engineer's occupation has more openings each year",
    );
  });

  it("weighs the two roles when the question says what degree the asker holds", () => {
    // Past bug: "from a math degree" read as which role needs a degree ("Both have a degree…").
    const text = answer(
      "whats the difference btwn ml and data science?",
      "and which is easier to get into from a math degree",
    );
    expect(text).toContain("Data Scientist asks less education to enter");
    expect(text).not.toContain("Both have a degree");
  });
});
