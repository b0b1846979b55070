import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// "and if the posting is really more of a sysadmin job": the thread's job supposed to be another asks the
// thread's question again of that job, its pay after pay, never what the job is.
describe("a job supposed to be another in a thread", () => {
  it("asks the pay again after pay, of the job supposed", () => {
    const text = lastAnswerText(
      "whats a fair range to post for IT support? trying not to lowball anyone",
      "and if the posting is really more of a sysadmin job",
    );
    expect(text).toMatch(/^System Administrator pay/);
    expect(text).toContain("Median annual wage, network and computer systems administrators (US): $99,130");
    expect(text).not.toContain("What a System Administrator does");
    expect(
      lastAnswerText("whats the pay for IT support", "what if it's more of a network admin role"),
    ).toMatch(/^Network Administrator pay/);
  });

  it("asks the thread's other topics again too", () => {
    expect(lastAnswerText("devops engineer skills", "what if its an sre role tho")).toMatch(
      /^Skills for a Site Reliability Engineer/,
    );
  });
});
