import { describe, expect, it } from "vitest";
import { officialLayerInstalled, saidWithLayer } from "../support/official-layer.js";
import { answerText, understand } from "../support/questions.js";

// "is hvac a good job", "is cloud a good field", "is data a growing field": a job or field judged as a career
// by its words alone (before: the ML market's demand for each, or "outside what I know" for cloud).
describe("a job or a field judged as a career by its words", () => {
  it("reads an unknown word judged as the job asked about", () => {
    for (const q of ["is zorp a good job", "is a zorp a decent career", "are zorps a good career"]) {
      expect(understand(q).entities.titleLike, q).toMatch(/^zorps?$/);
    }
    expect(answerText("is zorp a good job")).toContain("I don't cover zorps yet");
    expect(answerText("is zorp a good job")).not.toContain("Demand for ML engineers");
  });

  it("leaves known words and jobs as they were read", () => {
    expect(understand("is swe a good career").entities.titleLike).toBeUndefined();
    expect(understand("is it a good job").entities.titleLike).toBeUndefined();
    expect(understand("is this a good career").entities.titleLike).toBeUndefined();
  });

  it.skipIf(!officialLayerInstalled)("gives a job's O*NET title its occupation's figures", () => {
    expect(saidWithLayer("is da a good job")).toContain("Dental Assistants (SOC 31-9091)");
  });

  it("gives a field of few roles each role's outlook", () => {
    const text = answerText("is cloud a good field");
    expect(text).toContain("Outlook for a Cloud Architect");
    expect(text).not.toContain("outside what I know");
  });

  it("ranks a field of many roles by growth, for the field alone", () => {
    for (const q of ["is data a growing field", "is data a good field", "are data jobs in demand"]) {
      const text = answerText(q);
      expect(text, q).toContain("Fastest growing roles (data)");
      expect(text, q).not.toContain("Information Security Analyst");
    }
    // Where AI is feared to take the work, the ranking would not answer: left as it was.
    expect(answerText("will ai kill data jobs")).not.toContain("Fastest growing roles");
  });
});
