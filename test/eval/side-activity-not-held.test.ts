import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// Past bug: "i teach kids coding on weekends, whats the pay for a swe" was read as a move from teacher.
// Teaching done beside a living (on weekends, as a hobby, on the side) is no job held: the question is the
// role's pay. Teaching said plainly is still the job held (teaching-held.test.ts).
describe("a side activity is not the job held", () => {
  it.each([
    ["i teach kids coding on weekends, whats the pay for a swe", "Software Engineer pay"],
    ["i teach guitar as a hobby, how much do data analysts make", "Data Analyst pay"],
    ["i teach python part time on the side, how much does a backend dev make", "Back-End Developer pay"],
    ["im a teacher on weekends, whats the pay for a swe", "Software Engineer pay"],
  ])("%s → %s", (asked, said) => {
    const text = lastAnswerText(asked);
    expect(text).toContain(said);
    expect(text).not.toContain("From teacher");
  });

  it("teaching held is still a move's start", () => {
    expect(lastAnswerText("i teach math, could i become a data analyst")).toContain(
      "From teacher to Data Analyst",
    );
  });

  it("a title held only on weekends is not kept for the thread", () => {
    expect(lastAnswerText("im a teacher on weekends", "what about data analyst?")).not.toContain(
      "From teacher",
    );
  });
});
