import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// Past bug: "is ai going to replace tech workers" was declined as off topic, while "will ai take over tech
// jobs" said no source measures what AI may take over and ranked the roles' growth. Whichever word names the
// industry's people ("workers", "employees", "engineers", "people in tech"), it is read as "tech jobs".
describe("a threat to the tech industry's work", () => {
  it.each([
    ["is ai going to replace tech workers", "AI"],
    ["are tech employees safe from ai", "AI"],
    ["is ai going to replace tech engineers", "AI"],
    ["will ai replace people in tech", "AI"],
    ["will automation replace tech workers", "automation"],
  ])("%s", (asked, threat) => {
    const text = lastAnswerText(asked);
    expect(text).toContain(`No source measures how much of these roles' work ${threat} may take over`);
    expect(text).toContain("Fastest growing roles");
    expect(text).not.toContain("outside what I know about");
  });
});

// Past bug: "is ai eating it" and "is it all getting automated now" were no threat asked: the ranking or
// the outlook alone, the threat left unsaid.
describe("a threat said in everyday verbs", () => {
  it.each([
    [
      ["is IT still a good career or is ai eating it"],
      "No source measures how much of IT's work AI may take over",
    ],
    [
      [
        "what does a qa engineer do",
        "are companies still hiring for that or is it all getting automated now",
      ],
      "No source measures how much of a QA Engineer's work automation may take over",
    ],
  ])("%s", (messages, said) => {
    expect(lastAnswerText(...messages)).toContain(said);
  });
});
