import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// Past bug: "how does my current pay compare to the analyst one" after a message naming the job held and a
// role to look at: the two side by side by pay, never help or the analyst's duties.
const answer = lastAnswerText;

describe("my pay set beside the thread's other role", () => {
  it.each([
    [
      "i work in help desk. what does a security analyst do?",
      "how does my current pay compare to the analyst one",
      "Pay: Information Security Analyst vs IT Support Specialist",
    ],
    [
      "im a sysadmin. what does a data analyst do",
      "how does my current pay compare to the analyst one",
      "Pay: Data Analyst vs System Administrator",
    ],
    [
      "im a qa engineer thinking about sre",
      "how does my salary compare to the sre one",
      "Pay: Site Reliability Engineer vs QA Engineer",
    ],
  ])("%s, then %s", (first, followUp, said) => {
    const text = answer(first, followUp);
    expect(text).toContain(said);
    expect(text).not.toContain("Career Advisor");
    expect(text).not.toContain("does:");
  });
});
