import { describe, expect, it } from "vitest";
import { lastAnswerText, understand } from "../support/questions.js";

// A review of this session's readings found ordinary words read as an employer, as the Go language and as a
// move turned around. Each is kept ordinary here; each was confirmed against the rule before it was narrowed.

describe("everyday phrases after 'at', 'from' are no employer", () => {
  it.each([
    "do sres need to be on call at all times?",
    "is qa at high risk of being automated",
    "i can only study at weekends, how long to become a data analyst",
    "im strong at math, what pays best",
    "i have offers from both, which pays more",
    "at interviews they always ask about k8s, what devops skills matter",
  ])("%s", (q) => {
    expect(understand(q).entities.employers).toEqual([]);
  });

  it("still reads an employer typed with its capitals or listed", () => {
    expect(understand("software engineer salary at Best Buy").entities.employers).toEqual(["Best Buy"]);
    expect(understand("software engineer salary at best buy").entities.employers).toEqual(["Best Buy"]);
  });
});

describe("'go' the verb is not the Go language", () => {
  it.each([
    "where do helpdesk ppl go, r there better paths",
    "Where Do QA People Go Next?",
    "should i keep learning python or go get a cs degree",
    "should i quit and go code full time?",
  ])("%s", (q) => {
    expect(lastAnswerText(q)).not.toMatch(/\bGo (?:and|for)\b/);
  });

  it("still reads Go set against Python", () => {
    expect(lastAnswerText("python or go for backend")).toContain("Python and Go for a Back-End Developer");
  });
});

describe("a swap with nothing swapped is no move turned around", () => {
  it("reads 'should i swap now or after my cert?' after a move as about that move, not its reverse", () => {
    expect(lastAnswerText("qa to devops", "should i swap now or after my cert?")).not.toContain(
      "From DevOps Engineer to QA Engineer",
    );
  });

  it("still turns the move around on 'flip it' or a bare 'swap'", () => {
    expect(lastAnswerText("skills gap between backend dev and ml", "flip it")).toContain(
      "From Machine Learning Engineer to Back-End Developer",
    );
    expect(lastAnswerText("skills gap between backend dev and ml", "swap")).toContain(
      "From Machine Learning Engineer to Back-End Developer",
    );
  });
});
