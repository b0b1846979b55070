import { describe, expect, it } from "vitest";
import type { Role } from "../../src/knowledge/core/schema.js";
import { socOf } from "../../src/official/data.js";
import { realKnowledge } from "../support/knowledge.js";
import { lastAnswerText } from "../support/questions.js";

// "security analyst" then "how much": a bare "how much" after a role's answer asks its pay, never a
// question back; with nothing in the thread it asks nothing the advisor can answer.
const kb = realKnowledge();
const median = (id: string) => {
  const role = kb.roleById.get(id) as Role;
  const pay = kb.official?.bySoc.get(socOf(role.onet[0] ?? ""))?.pay?.median;
  return `$${Number(pay).toLocaleString("en-US")}`;
};

describe("a bare 'how much' in a thread", () => {
  it("asks the thread's role's pay, however it is said", () => {
    for (const asked of ["how much", "how much?", "how much tho", "ok how much then"]) {
      const text = lastAnswerText("security analyst", asked);
      expect(text, asked).toContain("Information Security Analyst pay");
      expect(text, asked).toContain(median("security-analyst"));
      expect(text, asked).not.toContain("Pick what you want to know");
    }
  });

  it("asks both roles' pay after a comparison", () => {
    expect(lastAnswerText("swe vs mle", "how much?")).toContain(
      "Pay: Software Engineer vs Machine Learning Engineer",
    );
  });

  it("keeps the thread's role for the question after it", () => {
    expect(lastAnswerText("security analyst", "how much", "is it growing")).toContain(
      "Outlook for an Information Security Analyst",
    );
  });
});
