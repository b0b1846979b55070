import { describe, expect, it } from "vitest";
import { formatFigure } from "../../src/knowledge/core/figure-text.js";
import type { Figure, Role } from "../../src/knowledge/core/schema.js";
import { realKnowledge } from "../support/knowledge.js";
import { lastAnswerText } from "../support/questions.js";

// "swe in nyc" then "would switching to ml pay more here": what a move from the thread's role does to pay,
// both sides, in the thread's place where "here" asks it there.
const kb = realKnowledge();
const role = (id: string) => kb.roleById.get(id) as Role;
const median = (r: Role) =>
  formatFigure(r.salary?.government.find((f) => /^median/i.test(f.label)) as Figure);
const placeFigure = (r: Role, place: string) =>
  formatFigure(r.salary?.locations.find((l) => l.location === place)?.figure as Figure);

describe("a move's pay asked after the thread named the role held", () => {
  it("starts from the thread's role and shows both sides", () => {
    const text = lastAnswerText("swe", "would switching to ml pay more");
    expect(text).toMatch(/^From Software Engineer to Machine Learning Engineer/);
    expect(text).toContain(median(role("software-engineer")));
  });

  it("asks it in the thread's place where the question says 'here', saying which side has no figure there", () => {
    const text = lastAnswerText("swe in nyc", "would switching to ml pay more here");
    expect(text).toMatch(/^From Software Engineer to Machine Learning Engineer/);
    expect(text).toContain(placeFigure(role("machine-learning-engineer"), "new-york-city"));
    expect(text).toContain("no Software Engineer figure in New York City");
    expect(text).toContain(median(role("software-engineer")));
  });
});
