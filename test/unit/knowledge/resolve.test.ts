import { describe, expect, it } from "vitest";
import { resolveRole } from "../../../src/knowledge/resolve.js";
import { realKnowledge } from "../../support/knowledge.js";

const kb = realKnowledge();
const idOf = (typed: string) => {
  const r = resolveRole(kb, typed);
  return r.kind === "found" ? r.role.id : r.kind;
};

describe("role resolver", () => {
  it.each([
    ["mle", "machine-learning-engineer", "by alias or name"],
    ["ML Engineer", "machine-learning-engineer", "by alias or name"],
    ["swe", "software-engineer", "by alias or name"],
    ["dse", "data-science-engineer", "by alias or name"],
    ["Lead Machine Learning Engineer", "lead-machine-learning-engineer", "by alias or name"],
    ["big data cloud engineer", "big-data-cloud-engineer", "by alias or name"],
    ["full-stack developer", "full-stack-developer", "by alias or name"],
    ["  FULL   STACK ", "full-stack-developer", "by alias or name"],
    ["principal applied scientist", "principal-applied-scientist-generative-ai", "by alias or name"],
    ["machien lerning", "machine-learning-engineer", "forgiving the typo"],
    ["machine lerning engineer", "machine-learning-engineer", "forgiving the typo"],
    ["sofware engineer", "software-engineer", "forgiving the typo"],
    ["data sceince engineer", "data-science-engineer", "forgiving the typo"],
    ["software engineers", "software-engineer", "forgiving the typo"],
    ["distinguised ml engineer", "distinguished-machine-learning-engineer", "forgiving the typo"],
  ])("finds %s as %s (%s)", (typed, id) => {
    expect(idOf(typed)).toBe(id);
  });

  it("asks back when an alias names two roles", () => {
    const sde = resolveRole(kb, "sde");
    expect(sde.kind).toBe("ambiguous");
    expect(sde.kind === "ambiguous" && sde.options.map((r) => r.name).sort()).toEqual([
      "Software Data Engineer",
      "Software Engineer",
    ]);
    const scientist = resolveRole(kb, "applied scientist");
    expect(scientist.kind === "ambiguous" && scientist.options.length).toBe(2);
  });

  it("offers the closest roles for an unknown name", () => {
    const r = resolveRole(kb, "data enginer lead");
    expect(r.kind).toBe("unknown");
    expect(r.kind === "unknown" && r.suggestions.length).toBeGreaterThan(0);
    const nothing = resolveRole(kb, "astronaut");
    expect(nothing.kind).toBe("unknown");
  });
});
