import { describe, expect, it } from "vitest";
import type { Role } from "../../src/knowledge/core/schema.js";
import { realKnowledge } from "../support/knowledge.js";
import { answerText } from "../support/questions.js";

// "senior dev, 8 yrs in, thinking about going EM": the years said set beside the experience the knowledge
// gives for where the move leads.
const kb = realKnowledge();
const em = kb.roleById.get("engineering-manager") as Role;

describe("a move whose question says years of experience", () => {
  it("says the target role's experience first", () => {
    const text = answerText("senior dev, 8 yrs in, thinking about going EM. worth it?");
    expect(text).toMatch(/^From Software Engineer to Engineering Manager/);
    expect(text).toContain("You said “8 yrs”");
    for (const line of em.experience) expect(text).toContain(line);
  });

  it("says nothing of years where none are said", () => {
    expect(answerText("swe to engineering manager")).not.toContain("You said");
  });
});
