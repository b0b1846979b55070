import { describe, expect, it } from "vitest";
import { answerText, understand } from "../support/questions.js";

// Who the work suits by temperament ("for introverts") is something no source measures: the answer
// says so plainly before what it does have, as it does for working hours or stress.
describe("a question of which work suits a temperament", () => {
  it("says the knowledge has nothing on it, then ranks IT's roles by growth", () => {
    const text = answerText("is IT a good career for introverts");
    expect(text).toContain("The knowledge base has nothing on which work suits introverts");
    expect(text).toContain("Fastest growing IT roles");
    expect(text).toContain("IT Support Specialist");
  });

  it("declines to rank roles by it", () => {
    for (const q of ["best jobs for introverts", "which IT job is best for introverts"]) {
      const text = answerText(q);
      expect(text, q).toContain("The knowledge base has nothing on which work suits introverts for any role");
      expect(text, q).not.toContain("Best paid roles");
    }
  });

  it("is read from other words for temperament", () => {
    expect(understand("best jobs for shy people").unmeasured).toBe("which work suits shy people");
    expect(understand("which careers suit extroverts").unmeasured).toBe("which work suits extroverts");
  });
});

describe("an unmeasured word beside a ranking given", () => {
  it("is said, never dropped", () => {
    expect(answerText("is IT a stressful career")).toContain(
      "The knowledge base has nothing on how stressful the work is",
    );
  });
});
