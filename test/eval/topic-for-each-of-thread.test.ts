import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// Past bug (r79): "skills needed for each" after a comparison answered "I don't know a role called
// 'needed for each'": the command's topic, the word that says it is wanted, then the thread's roles.
describe("a topic wanted 'for each' or 'for both' of the thread's roles", () => {
  it.each(["skills needed for each", "skills required for both", "skills needed for both of them"])(
    "%s",
    (asked) => {
      const text = lastAnswerText("cloud architet vs devosp engineer", asked);
      expect(text).toContain("Skills for Cloud Architect and DevOps Engineer");
      expect(text).not.toContain("I don't know a role");
    },
  );

  it("a role named after the words is still that role", () => {
    expect(lastAnswerText("sre vs swe", "skills needed for it support")).toContain("IT Support Specialist");
  });
});
