import { describe, expect, it } from "vitest";
import { lastAnswerText, thread } from "../support/questions.js";

// Past bug: "im a nurse", then "the first one" got the greeting, as if the pick were small talk. Nothing
// was offered to pick from: that is said, with what to ask instead.
describe("a pick where nothing was offered", () => {
  it.each([
    ["im a nurse", "the first one"],
    ["im a nurse", "ok the second one"],
    ["hi", "the first one"],
  ])("%s → %s says nothing was offered", (first, pick) => {
    const text = lastAnswerText(first, pick);
    expect(text).toContain("Nothing was offered here to pick from");
    expect(text).not.toContain("Hi! I'm Career Advisor");
  });

  it("still picks where the thread has something to pick from", () => {
    const [, picked] = thread("data scientist salary", "the first one");
    expect(picked?.kind).toBe("answer");
    expect(lastAnswerText("data scientist salary", "the first one")).toContain("Data Scientist pay");
  });
});
