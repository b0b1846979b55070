import { describe, expect, it } from "vitest";
import { withoutPleasantries } from "../../src/understanding/text/pleasantries.js";
import { answerText, lastAnswerText } from "../support/questions.js";

// A hello before a question, or thanks, please or an emoji after it, says how it is asked, not what:
// the answer is the one the bare question gets. Small talk on its own is answered as small talk.
describe("a question with a hello, thanks or an emoji around it", () => {
  const questions = [
    "engineering manager responsibilities",
    "what does a data scientist earn in seattle",
    "which skills does a devops engineer need",
    "swe vs data scientist",
    "how do i become a cloud architect",
  ];
  const said = [
    (q: string) => `hey ${q}`,
    (q: string) => `hi there, ${q}`,
    (q: string) => `good morning! ${q}`,
    (q: string) => `${q} thanks!`,
    (q: string) => `${q}? thank you so much`,
    (q: string) => `${q} pls`,
    (q: string) => `${q} :pray:`,
    (q: string) => `${q} 🙏`,
    (q: string) => `<@U0BOT> hey ${q}, thanks in advance`,
  ];

  it("gets the answer the bare question gets", () => {
    for (const q of questions) {
      const bare = answerText(q);
      for (const politely of said) expect(answerText(politely(q)), politely(q)).toBe(bare);
    }
  });

  it("gets the same answer with a hedge before it or a laugh after it", () => {
    const hedged = [
      (q: string) => `sorry if this is a dumb question but ${q}`,
      (q: string) => `random q - ${q}`,
      (q: string) => `ok so ${q}`,
      (q: string) => `just curious, ${q}`,
      (q: string) => `${q} lol`,
      (q: string) => `${q} (asking for a friend)`,
    ];
    for (const q of questions) {
      const bare = answerText(q);
      for (const hedging of hedged) expect(answerText(hedging(q)), hedging(q)).toBe(bare);
    }
    // Words that only look like filler keep their meaning.
    expect(withoutPleasantries("so much money in ml?")).toBeUndefined();
    expect(withoutPleasantries("well paid jobs in IT")).toBeUndefined();
  });

  it("is answered as the same command: a slash command's words with thanks or an emoji after them", () => {
    expect(lastAnswerText("skills sre :thinking_face:")).toBe(lastAnswerText("skills sre"));
    expect(lastAnswerText("compare sre devops thanks!")).toBe(lastAnswerText("compare sre devops"));
    expect(lastAnswerText("hey, salary mle senior")).toBe(lastAnswerText("salary mle senior"));
  });

  it("keeps its thread: a follow-up with thanks or an emoji after it asks of the thread's roles", () => {
    const devops = "what does a devops engineer do";
    expect(lastAnswerText(devops, "compare with backend thanks!")).toContain(
      "DevOps Engineer vs Back-End Developer",
    );
    expect(lastAnswerText(devops, "skills needed? :thinking_face:")).toContain(
      "Skills for a DevOps Engineer",
    );
    expect(lastAnswerText("data scientist salary", "hey what about in denver")).toContain(
      "No figures for Denver",
    );
  });

  it("stays off topic when what it asks is off topic", () => {
    for (const q of ["hey did the lakers win last night", "translate 'good morning' into spanish thanks!"])
      expect(answerText(q), q).toContain("That's outside what I know about");
  });
});

describe("small talk", () => {
  it("answers an acknowledgement of the last answer as a thanks, not as a question of its words", () => {
    for (const ack of [
      "perfect",
      "got it",
      "that helps",
      "ok cool",
      "great, that's useful",
      "makes sense :+1:",
    ]) {
      const out = lastAnswerText("what does an sre do", ack);
      expect(out, ack).toContain("Glad that helps!");
      expect(out, ack).not.toContain("Career Advisor");
    }
    expect(answerText("cheers, that's all I needed")).toContain("You're welcome!");
  });

  it("answers a hello that asks after the bot with a hello", () => {
    for (const q of ["how are you", "hi, how's it going?", "hey what's up"])
      expect(answerText(q), q).toContain("Hi! I'm Career Advisor");
  });

  it("leaves a message of nothing but pleasantries as it is, and words that only look like one", () => {
    for (const q of ["thanks!", "hi", "thank you so much", "thanks for the help"])
      expect(withoutPleasantries(q), q).toBeUndefined();
    expect(withoutPleasantries("hi-tech jobs pay")).toBeUndefined();
    expect(withoutPleasantries("is rust worth learning please")?.question).toBe("is rust worth learning");
  });
});
