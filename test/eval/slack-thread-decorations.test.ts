import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// Slack's decorations of a follow-up (a "*" fix, the bot's line quoted back, "you said … earlier",
// an emoji as the topic, a bare ordinal) leave the question the follow-up asks.

describe("a '*' correction asks the question before again of the role it names", () => {
  it("keeps a pay question after a bare '*role'", () => {
    const text = lastAnswerText("what do fronted devs earn", "*frontend");
    expect(text).toContain("Front-End Developer pay");
    expect(text).toContain("$92,650");
  });

  it("keeps the outlook and drops the role 'not' takes back", () => {
    const text = lastAnswerText("is database admin a dying job", "*data architect sorry, not dba");
    expect(text).toContain("Outlook for a Data Architect");
    expect(text).not.toContain("Data Architect vs Database Administrator");
  });

  it("reads a lone word as the word it swaps in the role before", () => {
    const text = lastAnswerText("how much do cybersecurity engineers earn", "*analyst, not engineer");
    expect(text).toContain("Information Security Analyst pay");
    expect(text).not.toMatch(/^Hi! I'm Career Advisor/m);
  });

  it("keeps the place of the question it corrects", () => {
    const text = lastAnswerText("how much do data scientists make in seattle", "*data engineer sorry");
    expect(text).toContain("Software Data Engineer pay");
    expect(text).toContain("Seattle");
  });
});

describe("the bot's own line quoted back is context, not the question", () => {
  it("answers the question after a quote on its line", () => {
    const text = lastAnswerText(
      "whats the median pay for an sre in the us",
      "> Median annual wage … — is that before tax?",
    );
    expect(text).toContain("They are gross figures, before tax.");
  });

  it("answers the question on the line after a quote", () => {
    const text = lastAnswerText(
      "lead ml engineer salary?",
      "> base pay only\nso does that include bonus or nah",
    );
    expect(text).toMatch(/^No: the BLS OEWS wages are base pay only/m);
  });

  it("weighs the figure quoted when asked whether it is good", () => {
    const text = lastAnswerText(
      "it support pay",
      "> Median annual wage, computer user support specialists (US): $61,860 — is that good??",
    );
    expect(text).toContain("Whether it is good money depends on");
  });

  it("reads 'you said X earlier' as asking about X", () => {
    const text = lastAnswerText(
      "how much does a cloud architect make",
      'and you said "base pay only" earlier — why? no stock?',
    );
    expect(text).toMatch(/^No: the BLS OEWS wages are base pay only/m);
  });
});

describe("emoji and bare ordinals as follow-ups", () => {
  it("reads 💰 as pay and 📈 as outlook of the thread's role", () => {
    expect(lastAnswerText("what do data science engineers do", "💰?")).toContain("Data Science Engineer pay");
    expect(lastAnswerText("what do data science engineers do", "📈?")).toContain(
      "Outlook for a Data Science Engineer",
    );
  });

  it("picks by an ordinal with no 'one' after it", () => {
    expect(lastAnswerText("i want to move to cloud, where do i start", "the second, i guess")).toContain(
      "Big Data Cloud Engineer",
    );
    expect(lastAnswerText("tell me about sysadmin and network admin", "skills for the first?")).toContain(
      "Skills for a System Administrator",
    );
    expect(lastAnswerText("what's the best paying role in data", "wait what about the 2nd one")).toContain(
      "Computer and Information Research Scientist",
    );
  });
});
