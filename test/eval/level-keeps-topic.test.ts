import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// A level asked alone after skills or an outlook ("and for seniors?") keeps the
// thread's topic, and says the sources do not split it by level; "seniors" is a level, never a role's name.
describe("a level asked after skills or an outlook", () => {
  it.each([
    ["what skills does a backend dev need", "+1, and for seniors?"],
    ["what skills does a backend dev need", "skills for seniors?"],
    ["what skills does a data scientist need", "what about for senior ones?"],
  ])("keeps skills: %s → %s", (first, then) => {
    const text = lastAnswerText(first, then);
    expect(text).toMatch(/^Skills for a /m);
    expect(text).toContain("The sources do not split skills by level");
    expect(text).not.toContain("Median annual wage");
    expect(text).not.toContain("don't know a role called");
  });

  it.each([
    ["is qa engineering a good career", "@career what about for juniors"],
    ["is devops a good career", "what about for seniors"],
  ])("keeps the outlook: %s → %s", (first, then) => {
    const text = lastAnswerText(first, then);
    expect(text).toMatch(/^Outlook for a /m);
    expect(text).toContain("The sources do not split job outlook by level");
    expect(text).not.toContain("Median annual wage");
  });

  it("gives what it takes to start for juniors", () => {
    const text = lastAnswerText("is qa engineering a good career", "what about for juniors");
    expect(text).toContain("Typical entry-level education: Bachelor's degree");
  });

  it.each([
    ["what skills does a backend dev need", "and pay for seniors?"],
    ["what skills does a backend dev need", "senior salary?"],
    ["whats the salary for a systems analyst", "+1 and for seniors?"],
    ["what does a data engineer do", "and for seniors?"],
  ])("is still pay where pay is asked or was the topic: %s → %s", (first, then) => {
    expect(lastAnswerText(first, then)).toContain("no senior level figure");
  });
});
