import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// Past bug: "can i hack it as a swe without a math background" got the education with no word on math.
// Whether a role needs math says first what its sources say of math (its skills and lines naming
// mathematics, statistics, calculus), or that they say nothing of it, then its education.
describe("math asked of a role", () => {
  it.each([
    ["can i hack it as a swe without a math background", "Software Engineer"],
    ["im bad at math, can i still become a devops engineer", "DevOps Engineer"],
  ])("%s → the sources say nothing of math, then the education", (asked, role) => {
    const text = lastAnswerText(asked);
    expect(text).toContain(`On math: the sources for ${role} say nothing of it`);
    expect(text).toContain(`Education for a ${role}`);
  });

  it("a role whose sources name math: what they list and say", () => {
    const text = lastAnswerText("is calculus needed for machine learning engineer");
    expect(text).toContain(
      "On math: the sources list Statistics, Hypothesis testing among a Machine Learning Engineer's skills.",
    );
    expect(text).toContain("A strong foundation in computer science, mathematics and statistics");
  });

  it("asked of becoming one", () => {
    expect(lastAnswerText("do i need to be good at maths to be a data scientist")).toContain(
      "On math: the sources list Statistics among a Data Scientist's skills.",
    );
  });

  it("asked as the role's skills, the kind of skill answers it", () => {
    expect(lastAnswerText("how much math do i need for data analyst")).toContain(
      "Mathematics and statistics a Data Analyst works with: Statistics.",
    );
  });
});
