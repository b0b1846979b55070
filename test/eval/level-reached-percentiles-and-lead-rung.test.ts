import { beforeAll, describe, expect, it } from "vitest";
import { knowledgeWithLayer, officialLayerInstalled, saidWithLayer } from "../support/official-layer.js";
import { answerText, lastAnswerText, understand } from "../support/questions.js";

// The whole official layer loads once, before the first question, however busy the machine.
beforeAll(() => {
  if (officialLayerInstalled) knowledgeWithLayer();
}, 120_000);

// u104 #5: a level reached within the role asks its path, said against the levels the knowledge has (it was
// answered as the path to another role, or how to become the role).
describe("a level above reached within the role", () => {
  it.each([
    ["what does it take to get to staff as a backend eng", "staff", "Back-End Developer"],
    ["what does it take to reach principal as a data scientist", "principal", "Data Scientist"],
  ])("%s: no %s level, and no source says what it takes", (asked, level, role) => {
    const text = answerText(asked);
    expect(text).toContain(`Career path for a ${role}`);
    expect(text).toContain(`The knowledge base has no ${level} level (its levels are entry, mid and senior)`);
  });

  it("says no source gives what it takes to reach a level it has", () => {
    const text = answerText("how do i get to senior as a frontend dev");
    expect(text).toContain("No source says what it takes to reach senior level as a Front-End Developer");
    expect(text).not.toContain("How to become a Front-End Developer");
  });

  it("keeps the move to another role", () => {
    expect(understand("what does it take to get to ml engineer as a backend eng").intent).toBe("gap");
  });
});

// u104 #6: "p90" was read as a title ("I could not read “p90” as a role I know").
describe("percentiles of pay", () => {
  it.skipIf(!officialLayerInstalled)("gives the official percentiles beside a role's other figures", () => {
    const text = saidWithLayer("ml pay p50 vs p90?");
    expect(text).not.toContain("p90");
    expect(text).toContain("The source articles give no percentiles for Machine Learning Engineer");
    expect(text).toContain("10th–90th percentile");
  });

  it.skipIf(!officialLayerInstalled)("reads 'p10' as pay, not as duties", () => {
    expect(saidWithLayer("what's the p10 for a software engineer")).toContain("10th–90th percentile");
  });

  it.skipIf(!officialLayerInstalled)("adds nothing where no percentile is asked", () => {
    expect(saidWithLayer("ml pay")).not.toContain("no percentiles");
  });
});

// u104 #7: "lvl" is a level.
describe("chat's 'lvl'", () => {
  it("reads the level in a follow-up on pay", () => {
    const text = lastAnswerText("what does ml pay in seattle", "and senior lvl pay");
    expect(text).toContain("Senior level");
    expect(text).not.toContain("I don't cover lvls");
  });
});

// u104 #8: "lead ml" beside "ml" was read as "lead" and the field, one role.
describe("a role set against its lead rung by the field's short name", () => {
  it.each(["whats the difference between ml and lead ml pay wise", "ml vs lead ml pay", "lead ml vs ml pay"])(
    "%s: both roles",
    (asked) => {
      expect(
        understand(asked)
          .roles.map((r) => r.id)
          .sort(),
      ).toEqual(["lead-machine-learning-engineer", "machine-learning-engineer"]);
    },
  );

  it("keeps a level of one role a level", () => {
    expect(understand("data scientist vs senior data scientist pay").roles.map((r) => r.id)).toEqual([
      "data-scientist",
    ]);
  });
});
