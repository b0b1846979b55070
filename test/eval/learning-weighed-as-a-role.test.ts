import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// Past bug: "does it make sense to learn terraform as a de" answered the data engineer's pay: "as a data
// engineer" leans to pay, and learning was then never weighed, though no word of pay was said.
describe("a skill to learn weighed for a role named after 'as a'", () => {
  it.each([
    ["does it make sense to learn terraform as a de", "Terraform for a Software Data Engineer"],
    ["does it make sense to learn python as a data engineer", "Python for a Software Data Engineer"],
    ["would it make sense to pick up spark as a data scientist", "Apache Spark for a Data Scientist"],
    ["makes sense to learn sql as a data analyst?", "SQL for a Data Analyst"],
  ])("%s", (q, heading) => {
    const text = lastAnswerText(q);
    expect(text).toContain(heading);
    expect(text).not.toContain("pay:");
  });

  it("still answers pay where pay is asked beside the learning", () => {
    expect(lastAnswerText("what do you make as a data engineer")).toContain("Software Data Engineer pay");
    expect(lastAnswerText("how much do i make as a data engineer if i learn python")).toContain(
      "Software Data Engineer pay",
    );
    expect(lastAnswerText("do data engineers who learn spark earn more")).not.toContain(
      "Apache Spark for a Software Data Engineer",
    );
  });
});
