import { describe, expect, it } from "vitest";
import type { Answer } from "../../src/advisor/answers.js";
import { renderText } from "../../src/render/plain-text.js";
import { renderMessage } from "../../src/slack/blocks/message.js";
import { blockKitViolations } from "../support/block-kit.js";
import { answerText, thread } from "../support/questions.js";

// "how much do data scientists make? what degree do they need? what's the outlook?" answered the degree and
// the outlook, the pay dropped: the cut between two questions is made once more, for a third.
describe("three questions of different kinds in one message", () => {
  it.each([
    [
      "how much do data scientists make? what degree do they need? what's the outlook?",
      ["Data Scientist pay:", "Education for a Data Scientist:", "Outlook for a Data Scientist:"],
    ],
    [
      "what do sres make? what skills do they need? is it growing?",
      [
        "Site Reliability Engineer pay:",
        "Skills for a Site Reliability Engineer:",
        "Outlook for a Site Reliability Engineer:",
      ],
    ],
    [
      "whats the pay for a network admin? is it in demand? do i need a degree?",
      [
        "Network Administrator pay:",
        "Outlook for a Network Administrator:",
        "Education for a Network Administrator:",
      ],
    ],
  ])("%s answers all three, in turn", (q, said) => {
    const text = answerText(q);
    const at = said.map((s) => text.indexOf(s));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect(at).toEqual([...at].sort((a, b) => a - b));
  });

  it("answers at most three, and keeps two where the third asks what one of them answers", () => {
    const [four] = thread("ds pay? degree? outlook? skills?");
    expect(four?.kind === "both" && four.parts.length).toBe(3);
    const [again] = thread("whats qa pay? do they need a degree? and what does it pay in seattle?");
    expect(again?.kind === "both" && again.parts.length).toBe(2);
  });

  it("goes on in the thread from the third, and stays within Slack's limits", () => {
    const [three, next] = thread(
      "what do sres make? what skills do they need? is it growing?",
      "and in seattle?",
    );
    expect(renderText(next as Answer)).toContain("Site Reliability Engineer");
    expect(blockKitViolations(renderMessage(three as Answer) as never)).toEqual([]);
  });
});
