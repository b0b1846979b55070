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

  // movecmp: with no "from" ("IT to data?", "IT into security?") the question back named IT Support Specialist
  // as the start without saying why; how the move is worded does not change that IT stood for it.
  it.each([
    ["IT to data?", "data"],
    ["IT into security?", "security"],
  ])("%s says IT support stands for where the move starts", (q, field) => {
    const text = answerText(q);
    expect(text).toContain("IT support is the usual IT role, so the move starts there");
    expect(text).toContain(`Which ${field} role do you want to move to from IT Support Specialist?`);
  });

  // An answer about IT support where IT stood for a move's start gave "the usual way into IT" as the
  // reason, true only where a move leads into IT. And "going IT to cloud" was read as going for IT
  // support itself (the way into it), a move that ends where it starts; it is a move from IT into cloud.
  it.each([
    ["going IT to cloud, worth it?", "cloud"],
    ["thinking about going IT to cloud, how hard is that", "cloud"],
    ["going it to cloud how hard", "cloud"],
    ["it to security, realistic?", "security"],
  ])("%s gives the usual IT role as the start of a move into %s", (q, field) => {
    const text = answerText(q);
    expect(text).toContain("IT support is the usual IT role, so the move starts there");
    expect(text).toContain(`Which ${field} role do you want to move to from IT Support Specialist?`);
    expect(text).not.toContain("usual way into IT");
    expect(text).not.toContain("How to become an IT Support Specialist");
  });

  it("says IT support is the way in, not the start, where a move leads into IT", () => {
    const text = answerText("nurse to IT worth it?");
    expect(text).toContain("IT support is the usual way into IT");
    expect(text).not.toContain("the move starts there");
  });

  it("still asks which IT role where the move leads to one role", () => {
    expect(answerText("from IT to devops")).toContain("Which IT role are you in now?");
  });
});
