import { describe, expect, it } from "vitest";
import { answerText, understand } from "../support/questions.js";

// words-f: "moving from IT to data, is it doable?" ranked IT's roles by growth. A move from IT the field into
// a field several roles share a word of starts from IT support, the usual IT role (as a move into IT lands
// there), and asks which of the field's roles, with the move to each as buttons.
describe("a move from IT into a field", () => {
  it.each([
    ["moving from IT to data, is it doable?", "data"],
    ["thinking of going from IT into security", "security"],
    ["how hard is it to switch from it to cloud", "cloud"],
  ])("%s asks which %s role, from IT support", (q, field) => {
    expect(understand(q).from?.id).toBe("it-support-specialist");
    const text = answerText(q);
    expect(text).toContain(`Which ${field} role do you want to move to from IT Support Specialist?`);
    expect(text).toContain("IT support is the usual IT role");
    expect(text).toContain("career gap it support specialist to");
    expect(text).not.toContain("Fastest growing IT roles");
  });

  it("still asks which IT role where the move leads to one role", () => {
    expect(answerText("from IT to devops")).toContain("Which IT role are you in now?");
  });
});
