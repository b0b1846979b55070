import { beforeAll, describe, expect, it } from "vitest";
import { knowledgeWithLayer, officialLayerInstalled, saidWithLayer } from "../support/official-layer.js";

// The whole official layer loads once, before the first question, however busy the machine.
beforeAll(() => {
  if (officialLayerInstalled) knowledgeWithLayer();
}, 120_000);

// A degree named by its kind ("a 4 year degree", "a bachelors") is still a degree the roles asked for need
// not (before: the best paid IT roles, degree or not).
describe.skipIf(!officialLayerInstalled)("IT jobs without a degree of a kind", () => {
  it("ranks the roles that need no degree", () => {
    for (const q of ["IT jobs without a 4 year degree", "it jobs that dont need a bachelors"]) {
      const said = saidWithLayer(q);
      expect(said, q).toContain("Best paid roles that need no degree");
      expect(said, q).not.toContain("Best paid IT roles");
    }
  });
});

// Another end offered as the one to become, after a move, keeps the move's start (before: the way into the
// new role from nothing, or what a QA engineer does).
describe.skipIf(!officialLayerInstalled)("could i (or she) become X instead", () => {
  it("is the move from another's occupation said before", () => {
    expect(
      saidWithLayer(
        "my wife is a teacher, she wants to get into data analytics",
        "could she become qa tester instead",
      ),
    ).toContain("From teacher to QA Engineer");
  });

  it("is the move from the role held", () => {
    const said = saidWithLayer(
      "im a qa engineer thinking about sre",
      "could i become a devops engineer instead",
    );
    expect(said).toContain("From QA Engineer to DevOps Engineer");
    expect(said).not.toMatch(/^How to become/m);
  });
});
