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
    ["mle", "machine-learning-engineer"],
    ["ML Engineer", "machine-learning-engineer"],
    ["swe", "software-engineer"],
    ["dse", "data-science-engineer"],
    ["Lead Machine Learning Engineer", "lead-machine-learning-engineer"],
    ["big data cloud engineer", "big-data-cloud-engineer"],
    ["full-stack developer", "full-stack-developer"],
    ["  FULL   STACK ", "full-stack-developer"],
    ["principal applied scientist", "principal-applied-scientist-generative-ai"],
  ])("finds %s by alias or name", (typed, id) => {
    expect(idOf(typed)).toBe(id);
  });

  it.each([
    ["machien lerning", "machine-learning-engineer"],
    ["machine lerning engineer", "machine-learning-engineer"],
    ["sofware engineer", "software-engineer"],
    ["data sceince engineer", "data-science-engineer"],
    ["software engineers", "software-engineer"],
    ["distinguised ml engineer", "distinguished-machine-learning-engineer"],
  ])("forgives the typo in %s", (typed, id) => {
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
