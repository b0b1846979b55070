import { describe, expect, it } from "vitest";
import { representative } from "../../src/advisor/pay/pay-comparison.js";
import { formatFigure } from "../../src/knowledge/core/figure-text.js";
import type { Role } from "../../src/knowledge/core/schema.js";
import { realKnowledge } from "../support/knowledge.js";
import { answerText, lastAnswerText } from "../support/questions.js";

// Which pays more where one side has no pay figure at all, and "why is X lower" after a
// pay comparison: what the figures show (each side's, and the occupation it is counted in) and that the
// sources give no reason, never an unrelated search hit.
const kb = realKnowledge();
const role = (id: string) => kb.roleById.get(id) as Role;
const figureOf = (id: string) =>
  formatFigure(representative(role(id)) as NonNullable<ReturnType<typeof representative>>);

describe("an occupation set beside a role with no pay figure", () => {
  it("says the role has none and gives no verdict on which pays more", () => {
    for (const q of [
      "IT manager vs product manager, which pays more? my org lets you pick a track after 2 yrs",
      "it managers or product managers?",
    ]) {
      const text = answerText(q);
      expect(text, q).toContain(`${role("product-manager").name} has no pay figure`);
      expect(text, q).toContain("so I cannot say which of the two pays more");
      expect(text, q).not.toContain("ask about it for its own figures");
    }
  });

  it("still sets a role with figures beside the occupation", () => {
    expect(answerText("IT manager vs front end developer")).toContain(
      `Beside ${role("front-end-developer").name}: median annual wage`,
    );
  });
});

describe("why one side of a pay comparison is lower or higher", () => {
  it("gives both figures, the occupations they come from, and that the sources give no reason", () => {
    for (const why of ["hm why is frontend so much lower", "how come full stack pays more?", "why the gap"]) {
      const text = lastAnswerText("what's the pay for a full stack developer", "vs frontend?", why);
      expect(text, why).toContain(figureOf("front-end-developer"));
      expect(text, why).toContain(figureOf("full-stack-developer"));
      expect(text, why).toContain("web developers");
      expect(text, why).toContain("software developers");
      expect(text, why).toContain("The sources give no reason why one pays more than the other");
      expect(text, why).not.toContain("ML trends");
    }
  });

  it("names the side asked about first", () => {
    const text = lastAnswerText("sre vs data analyst pay", "why is data analyst lower");
    expect(text).toContain(
      `On the figures shown, ${role("data-analyst").name} ${figureOf("data-analyst")} against ${role("site-reliability-engineer").name} ${figureOf("site-reliability-engineer")}`,
    );
  });

  it("says there is no gap where one occupation's figure stands for both", () => {
    const text = lastAnswerText(
      "data scientist vs data analyst pay",
      "how come data scientists get paid more",
    );
    expect(text).toContain(`On the figures shown there is no gap`);
    expect(text).toContain(figureOf("data-scientist"));
    expect(text).not.toContain("The sources give no reason");
  });

  it("leaves a why question with no pay comparison before it alone", () => {
    expect(lastAnswerText("devops skills", "why is that so hard")).not.toContain("On the figures shown");
  });
});
