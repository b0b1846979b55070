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

describe("a greeting's word inside other talk", () => {
  it("is no greeting: the question is declined as outside what the advisor knows", () => {
    for (const q of ["translate 'good morning' into spanish", "did the lakers win last night"]) {
      const out = answerText(q);
      expect(out, q).toContain("That's outside what I know about");
      expect(out, q).not.toContain("I'm Career Advisor");
    }
  });

  it("still greets where greetings stand: opening, closing or alone", () => {
    expect(answerText("good morning! what does an sre do")).toContain("Site Reliability Engineer");
    expect(answerText("good night")).toContain("Bye for now!");
    for (const q of ["thanks a lot, that helps", "ok cool thank you", "that's helpful, thanks"])
      expect(answerText(q), q).toContain("You're welcome!");
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
