import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// Two roles asked about in turn, a topic asked of "the first one", then "and the other one?": that topic of
// the other (before: asked back which topic, as if the thread's question were repeated of the same role).
describe("the other one after a topic of the first one", () => {
  it("asks that topic of the other", () => {
    const text = lastAnswerText(
      "how much do frontend devs make",
      "and mobile devs",
      "what tools does the first one use",
      "and the other one?",
    );
    expect(text).toContain("Tools and frameworks a Mobile Developer uses");
    expect(text).not.toContain("Pick what you want to know");
    expect(
      lastAnswerText(
        "sre salary",
        "what about devops",
        "outlook for the first one?",
        "what about the other one",
      ),
    ).toContain("Outlook for a DevOps Engineer");
  });
});

describe("the other one after the pair was weighed in between", () => {
  it("still asks the topic of the other", () => {
    const text = lastAnswerText(
      "how much do frontend devs make",
      "and mobile devs",
      "which one is growing faster",
      "what tools does the first one use",
      "and the other one?",
    );
    expect(text).toContain("Tools and frameworks a Mobile Developer uses");
  });
});
