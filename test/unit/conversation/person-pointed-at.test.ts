import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../../support/questions.js";

// A parent asking about a daughter's new job: "she" and "her" point at the person whose job the thread holds,
// never a job called "she" ("I don't cover they yet" before); the job held, judged as a career, is its outlook,
// not the way into it that "got hired" leaned the words to.
describe("a person pointed at in a thread about their job", () => {
  it("reads a job held, judged as a career, as its outlook", () => {
    const text = lastAnswerText("my daughter just got hired as a QA engineer, is that a good career?");
    expect(text).toContain("Outlook for a QA Engineer");
    expect(text).not.toContain("Getting started");
  });

  it("still answers the way in when the question asks how", () => {
    expect(lastAnswerText("how do i get into qa engineering, is it a good career")).toContain(
      "Getting started as a QA Engineer",
    );
  });

  it.each([
    ["what does she make at entry level roughly", "QA Engineer pay"],
    ["what does he make at senior level", "no senior level figure for QA Engineer"],
    ["whats the next step up for her", "Career path for a QA Engineer"],
  ])("%s → %s", (asked, expected) => {
    const text = lastAnswerText("my daughter just got hired as a QA engineer, is that a good career?", asked);
    expect(text).toContain(expected);
    expect(text).not.toContain("I don't cover");
  });
});
