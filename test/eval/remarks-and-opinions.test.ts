import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// A remark before a follow-up ("interesting. anything else i should know") asks no opinion of the job: the
// question after it is what is asked, and "anything else" asks back what to know of the thread's role.
// "which is more stressful" after one role then another weighs both, each said to be unmeasured.
const answer = lastAnswerText;

describe("a remark before the question", () => {
  it.each([
    ["interesting. anything else i should know", "About Database Administrator?"],
    ["cool, what else", "About Database Administrator?"],
    ["sounds interesting, is it in demand", "Outlook for a Database Administrator"],
    [
      "interesting! is it stressful though",
      "no opinion on whether working as a Database Administrator is stressful",
    ],
  ])("what does a dba do, then %s", (followUp, said) => {
    const text = answer("what does a dba do", followUp);
    expect(text).toContain(said);
    expect(text).not.toContain("is interesting");
  });
});

describe("an opinion weighed over the two roles a thread covered in turn", () => {
  it.each([
    ["which is more stressful", "stressful"],
    ["which one is more fun", "fun"],
  ])("what does a pm do, how about an em, then %s", (followUp, word) => {
    expect(answer("what does a pm do", "how about an em", followUp)).toContain(
      `The sources give no opinion on whether working as a Product Manager or an Engineering Manager is ${word}.`,
    );
  });
});
