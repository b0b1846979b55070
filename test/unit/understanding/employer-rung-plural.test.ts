import { beforeAll, describe, expect, it } from "vitest";
import { knowledgeWithLayer, officialLayerInstalled, saidWithLayer } from "../../support/official-layer.js";
import { answerText, understand } from "../../support/questions.js";

beforeAll(() => {
  if (officialLayerInstalled) knowledgeWithLayer();
}, 120_000);

// "amazon pay sde 1s? got a recruiter screen": an employer's rung said in the plural is that rung, and a
// recruiter named as a step of being hired is no job asked about.
describe("an employer's rung in the plural, beside a recruiter screen", () => {
  it("reads Amazon's SDE I software engineer, not the recruiter's occupation", () => {
    const u = understand("amazon pay sde 1s? got a recruiter screen");
    expect(u.intent).toBe("salary");
    expect(u.roles.map((r) => r.id)).toEqual(["software-engineer"]);
    expect(u.company).toBe("Amazon");
    expect(u.level).toBe("entry");
    expect(u.entities.uncovered).toEqual([]);
    expect(answerText("amazon pay sde 1s? got a recruiter screen")).toContain(
      "SDE I at Amazon is read as Entry level.",
    );
  });

  it("reads 'sde2s' at microsoft as its mid level", () => {
    expect(answerText("what do sde2s make at microsoft")).toContain(
      "SDE II at Microsoft is read as Mid level.",
    );
  });

  it.skipIf(!officialLayerInstalled)("still answers a recruiter's pay asked for", () => {
    expect(saidWithLayer("recruiter pay")).toContain("Human Resources Specialists (SOC 13-1071)");
    expect(saidWithLayer("amazon pay sde 1s? got a recruiter screen")).not.toContain(
      "Human Resources Specialists",
    );
  });
});
