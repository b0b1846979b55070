import { describe, expect, it } from "vitest";
import { answerText, lastAnswerText } from "../support/questions.js";

// "rank swe, ds and devops by pay": roles ranked by pay with "and" before the last name are their pay side
// by side, as "rank swe vs ds vs devops by pay" is; the classifier read "and" as what they have in common.
// Then "where does ml land in all that" sets the role named among them, not its career path.
describe("roles ranked by pay, named with 'and'", () => {
  it("sets their pay side by side", () => {
    for (const [q, title] of [
      ["rank swe, ds and devops by pay", "Pay: Software Engineer vs Data Scientist vs DevOps Engineer"],
      ["rank swe and data analyst by salary", "Pay: Software Engineer vs Data Analyst"],
    ] as const) {
      const text = answerText(q);
      expect(text, q).toContain(title);
      expect(text, q).not.toContain("have in common");
    }
  });

  it("places a role named next among them", () => {
    const text = lastAnswerText("rank swe, ds and devops by pay", "where does ml land in all that");
    expect(text).toContain(
      "Pay: Software Engineer vs Data Scientist vs DevOps Engineer vs Machine Learning Engineer",
    );
    expect(text).not.toContain("Career path for");
    expect(lastAnswerText("sort mle, sre and dba by pay", "where would qa rank among them")).toContain(
      "vs QA Engineer",
    );
  });
});
