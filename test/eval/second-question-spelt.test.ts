import { describe, expect, it } from "vitest";
import { secondQuestionStarts } from "../../src/understanding/text/second-question.js";
import { understanderFor } from "../../src/understanding/understand.js";
import { realKnowledge } from "../support/knowledge.js";
import { answerText, thread } from "../support/questions.js";

// A second question is found in the message as the corrector spells it, then cut from the message as typed:
// every slip the corrector knows opens one ("adn hwo much", "shoudl i"), not a list of slips kept beside it.
// And two questions typed with no mark between them are two where the second opens with a question word and
// its verb ("whats the pay for sre how do i become one").
describe("a second question read in the message spelt right", () => {
  it.each([
    [
      "is devops growing adn hwo much does it pay",
      ["Outlook for a DevOps Engineer:", "DevOps Engineer pay:"],
    ],
    [
      "how mcuh do data scientists make and shoudl i get a masters",
      ["Data Scientist pay:", "Education for a Data Scientist:"],
    ],
    [
      "whats the pay for sre how do i become one",
      ["Site Reliability Engineer pay:", "How to become a Site Reliability Engineer:"],
    ],
    [
      "quick question: how much does a network admin make what is the outlook",
      ["Network Administrator pay:", "Outlook for a Network Administrator:"],
    ],
  ])("%s answers both, in turn", (q, said) => {
    const text = answerText(q);
    const at = said.map((s) => text.indexOf(s));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect(at).toEqual([...at].sort((a, b) => a - b));
  });

  // A question told of inside the one asked; a scene set before it.
  it.each(["do you know how much does a nurse make", "data analyst here what are my options"])(
    "%s stays one question",
    (q) => {
      expect(thread(q)[0]?.kind).not.toBe("both");
    },
  );

  it("cuts the message as typed, where the words spelt right show the second question", () => {
    const typed = "how mcuh do sres make adn waht skils do they need";
    const [cut] = secondQuestionStarts(typed, understanderFor(realKnowledge()).spelt(typed));
    expect(cut).toMatchObject({ first: "how mcuh do sres make", second: "adn waht skils do they need" });
  });
});
