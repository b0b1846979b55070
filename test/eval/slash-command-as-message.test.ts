import { describe, expect, it } from "vitest";
import { parseCommand } from "../../src/understanding/command-grammar.js";
import { realKnowledge } from "../support/knowledge.js";
import { lastAnswerText } from "../support/questions.js";

// Slack runs no slash command in a thread, so people type "/career …" there as a message, or paste one: it
// asks what the command would.
describe("a message that opens with /career", () => {
  it("is read as the command typed after it", () => {
    const kb = realKnowledge();
    expect(parseCommand(kb, "/career cloud architect")).toEqual(parseCommand(kb, "cloud architect"));
    expect(parseCommand(kb, "<@U42> /career compare mle swe").kind).toBe("compare");
    expect(parseCommand(kb, "/career").kind).toBe("help");
  });

  it("gets the role card, not only the role's duties", () => {
    const card = lastAnswerText("/career cloud architect");
    expect(card).toBe(lastAnswerText("cloud architect"));
    expect(card).toContain("Responsibilities:");
  });

  it("leaves a word that only begins like it alone", () => {
    expect(parseCommand(realKnowledge(), "/careers in tech?").kind).toBe("ask");
  });
});
