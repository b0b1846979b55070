import { describe, expect, it } from "vitest";
import { itRoles } from "../../src/knowledge/it-roles.js";
import { realKnowledge } from "../support/knowledge.js";
import { answerText, lastAnswerText } from "../support/questions.js";

// "is IT hiring" asks of IT the field: its own roles ranked by openings, never every curated role (where
// software developers, not counted as IT, came first).
const kb = realKnowledge();
const it_ = itRoles(kb);

describe("whether IT is hiring", () => {
  it("ranks IT's own roles by openings, alone or after a role's thread", () => {
    const texts = [
      answerText("is IT hiring"),
      answerText("are IT jobs hiring rn or is it all layoffs"),
      lastAnswerText(
        "im a network administrator at a bank",
        "and is IT even hiring rn with all the layoffs in banking :grimacing:",
      ),
    ];
    for (const text of texts) {
      expect(text).toContain("IT roles with the most openings each year");
      for (const r of it_) expect(text).toContain(r.name);
      expect(text).not.toContain("Back-End Developer");
    }
  });
});
