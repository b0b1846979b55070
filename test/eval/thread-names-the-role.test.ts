import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// Past bug (r74): "does ml pay more than sde there?" after Microsoft's SDE II pay asked back whether "sde" was
// Software Data Engineer or Software Engineer, though the thread was about Software Engineer.
describe("a name of several roles, one of them the thread's", () => {
  it("is the thread's role", () => {
    const text = lastAnswerText(
      "how much microsoft pays SDE 2 in redmond",
      "does ml pay more than sde there?",
    );
    expect(text).toContain("Pay: Machine Learning Engineer vs Software Engineer");
    expect(text).toContain("No figures for Microsoft");
    expect(text).not.toContain("Software Data Engineer");
  });

  it("is still asked back with no thread", () => {
    expect(lastAnswerText("what does a sde do")).toContain("could mean more than one role");
  });
});

// Past bug (r74): "if i take the analyst job can i move into data science" after a data analyst's pay asked
// which analyst (data, security, systems) the move started from.
describe("a loose title the thread's role bears", () => {
  it("starts the move from the thread's role", () => {
    const text = lastAnswerText(
      "data analyst salary",
      "if i take the analyst job can i move into data science after a couple yrs or do i need a masters",
    );
    expect(text).toContain("From Data Analyst to Data Scientist");
    expect(text).not.toContain("Security Analyst");
  });
});

// Past bug (r74): "the role is in chicago btw" after a DevOps offer listed every role the advisor knows.
describe("the thread's role placed after its pay", () => {
  it.each([
    [
      "devops engineer salary",
      "the role is in chicago btw",
      "no Illinois (Chicago) figure for DevOps Engineer",
    ],
    ["qa engineer salary", "the job is based in austin", "no Texas (Austin, Dallas) figure for QA Engineer"],
  ])("%s, then %s", (first, then, said) => {
    const text = lastAnswerText(first, then);
    expect(text).toContain(said);
    expect(text).not.toContain("Roles I know");
  });
});
