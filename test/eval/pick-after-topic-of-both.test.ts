import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// Past bug (r79): "ok what about just the second" after two roles' outlook said the knowledge had nothing on
// "just second"; "just the first one" asked back what to know. A pick asking nothing else after a topic of
// both asks that topic of the one picked, as a pick after pay asks its pay.
describe("a pick after a topic asked of two roles", () => {
  it.each(["ok what about just the second", "what about the second", "the second one"])("%s", (asked) => {
    const text = lastAnswerText("fullstack or backend", "which has better outlook", asked);
    expect(text).toContain("Outlook for a Back-End Developer");
    expect(text).not.toContain("has nothing on");
    expect(text).not.toContain("Pick what you want to know");
    expect(text).not.toContain("Outlook for a Full Stack Developer");
  });

  it("the first one's outlook", () => {
    const text = lastAnswerText("sre vs devops", "outlook?", "just the first one");
    expect(text).toContain("Outlook for a Site Reliability Engineer");
    expect(text).not.toContain("Outlook for a DevOps Engineer");
  });

  it("after pay a pick still asks the pick's pay", () => {
    expect(lastAnswerText("frontend vs fullstack dev", "and pay?", "ok what about just the first")).toContain(
      "Front-End Developer pay",
    );
  });
});
