import { describe, expect, it } from "vitest";
import { parseCommand } from "../../../src/understanding/command-grammar.js";
import { realKnowledge } from "../../support/knowledge.js";
import { lastAnswerText } from "../../support/questions.js";

// "skills difference?" starts with a command's word but names no role: it sets the thread's roles apart.
describe("'skills difference?' after two roles", () => {
  it("is a question, not the skills of a role called 'difference'", () => {
    expect(parseCommand(realKnowledge(), "skills difference?").kind).toBe("ask");
  });

  it("answers with the skills each role needs that the other does not", () => {
    const text = lastAnswerText("fullstak vs backend devloper in denver, pay?", "skills difference?");
    expect(text).toContain("Only Full Stack Developer:");
    expect(text).toContain("Only Back-End Developer:");
    expect(text).not.toContain("I don't know a role");
  });
});
