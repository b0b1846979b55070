import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// Past bug (r76): "how fast is it growing" after a role's pay was read as the time it takes to get in ("how
// fast" a word of time), and answered with how to become a Software Engineer. A speed of growth is the
// job market's, which the outlook answers; "how fast can i become one" still asks the way in.
describe("how fast a role's jobs grow", () => {
  it("answers 'how fast is it growing' with the thread role's outlook", () => {
    for (const [first, role] of [
      ["`software engineer` median pay", "Software Engineer"],
      ["whats a sysadmin make", "System Administrator"],
      ["qa engineer salary", "QA Engineer"],
    ] as const) {
      const text = lastAnswerText(first, "how fast is it growing");
      expect(text).toContain(`Outlook for a ${role}`);
      expect(text).not.toContain("How to become");
      expect(text).not.toContain("no timeline");
    }
  });

  it("reads a shrinking market asked 'how quickly' so too", () => {
    const text = lastAnswerText("network admin pay", "how quickly are the jobs shrinking");
    expect(text).toContain("Outlook for a Network Administrator");
    expect(text).not.toContain("Getting started");
  });

  it("still reads 'how fast can i become one' as the way in", () => {
    const text = lastAnswerText("data analyst", "how fast can i become one");
    expect(text).toContain("Getting started as a Data Analyst");
    expect(text).not.toContain("Outlook for");
  });
});
