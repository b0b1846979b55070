import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// "keep going", "what else can you tell me", "other info?" in a thread: what else to ask of its roles, as
// buttons, never the help page, a greeting, the list of roles or "no figures on continue".
const answer = lastAnswerText;

describe("more asked of a thread, with nothing said of what", () => {
  it.each([
    "go on",
    "continue",
    "other info?",
    "what other info do you have",
    "keep going",
    "what else can you tell me",
  ])("what does a data architect do, then %s", (followUp) => {
    const text = answer("what does a data architect do", followUp);
    expect(text).toContain("About Data Architect? Pick what you want to know");
    expect(text).not.toContain("Roles I know");
    expect(text).not.toContain("Career Advisor");
  });

  it("asks of both roles after a comparison, and of the move after a move", () => {
    expect(answer("swe vs mle", "keep going")).toContain(
      "About Software Engineer and Machine Learning Engineer?",
    );
    expect(answer("im a qa engineer thinking about sre", "what else can you tell me")).toContain(
      "More on the move from QA Engineer to Site Reliability Engineer?",
    );
  });

  it("leaves 'tell me more' and 'more info' to the role's work", () => {
    expect(answer("what does a data architect do", "tell me more")).toContain("What a Data Architect does");
    expect(answer("what does a data architect do", "more info")).toContain("What a Data Architect does");
  });

  it("greets with no thread", () => {
    expect(answer("keep going")).not.toContain("About ");
  });
});
