import { describe, expect, it } from "vitest";
import type { Answer } from "../../src/advisor/answers.js";
import { answerQuestion } from "../../src/advisor/ask.js";
import { renderText } from "../../src/render/plain-text.js";
import { renderMessage } from "../../src/slack/blocks/message.js";
import { blockKitViolations } from "../support/block-kit.js";
import { realKnowledge } from "../support/knowledge.js";
import { answerText, thread } from "../support/questions.js";

// A thanks is answered as a thanks, not a hello: a short you're welcome and what else to ask.
const kb = realKnowledge();
const last = (answers: Answer[]) => renderText(answers.at(-1) as Answer);

describe("a thanks is no hello", () => {
  it("answers a thanks with a short you're welcome and what else to ask, in text and in Slack", () => {
    for (const q of ["thanks!!", "thank you", "ty", "thx"]) {
      const out = answerText(q);
      expect(out, q).toContain("You're welcome!");
      expect(out, q).not.toContain("I'm Career Advisor");
      expect(JSON.stringify(renderMessage(answerQuestion(kb, q)).blocks), q).toContain("You're welcome!");
    }
    expect(answerText("hi")).toContain("Hi! I'm Career Advisor");
  });

  it("offers what else to ask about the thread's role after a thanks in a thread", () => {
    const out = last(thread("what does a data analyst do", "thanks, super helpful"));
    expect(out).toContain("You're welcome!");
    expect(out).toContain("path data analyst");
  });
});

describe("a thanks in Slack", () => {
  it("renders each within Block Kit's limits", () => {
    for (const answers of [thread("thanks!!")]) {
      for (const nativeCharts of [false, true]) {
        const message = renderMessage(answers.at(-1) as Answer, { nativeCharts });
        expect(blockKitViolations(message as unknown as Record<string, unknown>)).toEqual([]);
      }
    }
  });
});
