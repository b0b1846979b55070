import { describe, expect, it } from "vitest";
import { answerText } from "../support/questions.js";

// u117: "…for my development plan. I'm a QA tester right now… torn between devops enginer and sight
// reliability engineer — how do those two compare?" set Software Engineer beside the two: "development"
// read as software development, where it is the asker's own growth.
describe("development as a person's own growth", () => {
  it.each([
    "My team lead asked me to think about where I want to go next year for my development plan. I'm a QA tester right now. I'm torn between devops enginer and sight reliability engineer — how do those two compare?",
    "for my development plan, devops or sre?",
    "career development: sre or devops",
  ])("%s compares only the two roles weighed", (q) => {
    const text = answerText(q);
    expect(text).toMatch(
      /(DevOps Engineer vs Site Reliability Engineer|Site Reliability Engineer vs DevOps Engineer)\n/,
    );
    expect(text).not.toContain("Software Engineer vs");
  });

  it("still reads software development as the software engineer's work", () => {
    expect(answerText("software development vs devops")).toContain("Software Engineer vs DevOps Engineer");
    expect(answerText("is development a good career")).toContain("Software Engineer");
  });
});
