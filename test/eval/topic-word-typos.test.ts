import { describe, expect, it } from "vitest";
import { realKnowledge } from "../support/knowledge.js";
import { answerText } from "../support/questions.js";

// A misspelt topic word, or chat's "wat" for "what", still asks that topic: the classifier corrects a word
// one edit from one it knows, and "wat"/"wut" are spelt out before it reads the question.
const kb = realKnowledge();
const engineer = kb.roleById.get("software-engineer");

describe("a misspelt topic word", () => {
  it("asks for the role's skills, whatever the spelling of 'what', 'skills' and the role", () => {
    const skill = engineer?.skills.technical[0] ?? "";
    expect(skill).not.toBe("");
    for (const q of [
      "wat skils does a sofware engineer need",
      "what skils does a software engineer need",
      "wut skills does a software engineer need",
    ]) {
      const out = answerText(q);
      expect(out, q).toContain(skill);
      expect(out, q).not.toContain("Education for");
    }
  });
});
