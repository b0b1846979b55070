import { describe, expect, it } from "vitest";
import { formatFigure } from "../../src/knowledge/core/figure-text.js";
import type { Figure, Role } from "../../src/knowledge/core/schema.js";
import { renderText } from "../../src/render/plain-text.js";
import { realKnowledge } from "../support/knowledge.js";
import { answerText, thread, understand } from "../support/questions.js";

// "dev" said as the job a question opens on, or as where a move leads before a request for advice, and
// "going EM" with no "to": a move between two roles, answered with both sides' pay, not one role's card.
const kb = realKnowledge();
const role = (id: string) => kb.roleById.get(id) as Role;
/** The official median the role's pay is shown by, as the answer writes it. */
const median = (r: Role) =>
  formatFigure(r.salary?.government.find((f) => /^median/i.test(f.label)) as Figure);

describe("a move with a short form on one side", () => {
  it("reads 'dev' opening the question as the job held and 'going EM' as where it leads", () => {
    const text = answerText("senior dev, 8 yrs in, thinking about going EM. worth it?");
    expect(text).toMatch(/^From Software Engineer to Engineering Manager/);
    expect(text).toContain(median(role("software-engineer")));
    expect(text).toContain(median(role("engineering-manager")));
    expect(answerText("im a dev thinking about moving to EM")).toMatch(
      /^From Software Engineer to Engineering Manager/,
    );
  });

  it("reads 'dev' as where a move leads when advice is asked right after it", () => {
    const text = answerText("qa tester trying to move into dev, tips?");
    expect(text).toMatch(/^From QA Engineer to Software Engineer/);
    expect(text).toContain(median(role("qa-engineer")));
    expect(text).toContain(median(role("software-engineer")));
  });

  it("leaves 'dev' unread where no move is said", () => {
    expect(understand("dev jobs near me").roles.map((r) => r.id)).not.toContain("software-engineer");
  });
});

describe("options from a role held, each named by a two-word short name", () => {
  it("compares both without asking about the word they share", () => {
    const [, text] = thread("im a data analyst rn", "should i go for data science or data eng").map((a) =>
      renderText(a),
    );
    expect(text).toMatch(/^Data Scientist vs Software Data Engineer/);
    expect(text).toContain("Options from Data Analyst");
    const pay = text?.slice(text.indexOf(median(role("data-analyst"))));
    expect(pay).toContain(median(role("software-data-engineer")));
    expect(text).not.toContain("stands for the data roles");
  });
});
