import { describe, expect, it } from "vitest";
import type { Role } from "../../src/knowledge/core/schema.js";
import { realKnowledge } from "../support/knowledge.js";
import { answerText } from "../support/questions.js";

// "what does an IT director do": a duties question about a title whose official occupation is one
// curated role's own is answered with that role's duties, saying how the title was read; the occupation's
// card (pay and outlook) never answers what the work is.
const kb = realKnowledge();
const manager = kb.roleById.get("engineering-manager") as Role;

describe("what a title of a curated role's occupation does", () => {
  it("gives the role's duties, saying the title was read as its occupation", () => {
    for (const q of ["what does an IT director do", "what does an IT manager do"]) {
      const text = answerText(q);
      expect(text, q).toContain("Computer and Information Systems Managers (SOC 11-3021)");
      expect(text, q).toContain(`the curated ${manager.name} role`);
      expect(text, q).toContain(manager.summary.trim());
      expect(text, q).not.toContain("Median annual wage");
    }
  });

  it("still gives the occupation's figures when its pay is asked", () => {
    expect(answerText("IT director salary")).toContain("Median annual wage");
  });
});
