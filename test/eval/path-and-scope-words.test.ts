import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// Words that decide what a message asks: a career's own growth (its path, not the job market's outlook),
// work on code (declined, not the help text), and a topic beside "vs" (what is compared, not a side).
const answer = lastAnswerText;

describe("a career's own growth", () => {
  it("is its path, not the outlook", () => {
    for (const followUp of [
      "is there a growth path out of it",
      "whats the growth path",
      "career growth?",
      "any path out of it",
    ]) {
      const text = answer("it support pay", followUp);
      expect(text).toContain("Career path for an IT Support Specialist");
      expect(text).toContain("Network Administrator, System Administrator");
      expect(text).not.toContain("Projected employment change");
    }
  });

  it("leaves the job market's growth, and a way out, as they were", () => {
    expect(answer("devops skills", "is it growing")).toContain("Outlook for a DevOps Engineer");
    expect(answer("it support pay", "how do i get out of it")).toContain(
      "Which role do you want to move to from IT Support Specialist?",
    );
  });
});

describe("help with code itself", () => {
  it("is declined, saying that debugging code is not done, never with the help text", () => {
    for (const question of [
      "can you help me debug this `TypeError: cannot read properties of undefined` in my react app",
      "write me a python script to parse a csv",
      "why does my docker container exit immediately after starting",
    ]) {
      const text = answer(question);
      expect(text).toContain("Sorry, I can't debug or write code");
      expect(text).not.toContain("Type any of these after /career");
    }
    // In a thread too.
    expect(answer("sre pay", "can you debug this stack trace for me")).toContain(
      "I can't debug or write code",
    );
  });

  it("leaves questions about coding in a role as they were", () => {
    expect(answer("do data analysts need to code")).toContain("Data Analyst");
    expect(answer("help")).toContain("Type any of these after /career");
  });
});

describe("a topic word on a side of vs", () => {
  it("is what the roles are compared on, not a role left unread", () => {
    const text = answer("data science engineer skills vs data scientist");
    expect(text).toContain("Data Science Engineer vs Data Scientist");
    expect(text).not.toContain("I could not read");
    expect(answer("swe outlook vs mle")).not.toContain("I could not read");
    // A side that names nothing is still said to be unread.
    expect(answer("swe vs blorpt")).toContain('I could not read "blorpt" as a role I know');
  });
});
