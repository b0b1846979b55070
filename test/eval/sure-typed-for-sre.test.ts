import { describe, expect, it } from "vitest";
import { answerText } from "../support/questions.js";

// Autocorrect writes "sure" for "sre": set against a job ("dev ops vs sure"), moved to beside another
// ("qa to devops or sure"), or its pay asked at an employer ("netflix pay sure"), it is Site Reliability
// Engineer (before: asked back which role, or dropped silently). Not "not sure", "make sure", "sure thing".
describe("autocorrect's 'sure' for SRE", () => {
  it("reads 'sure' as SRE where a job is set against it or pay is asked of it", () => {
    const cases: [string, string][] = [
      ["sys admin vs sure which pays more", "Pay: System Administrator vs Site Reliability Engineer"],
      [
        "moving from qa to devops or sure, which is easier",
        "Site Reliability Engineer (as Computer Occupations, All Other)",
      ],
      [
        "what does google pay sure",
        "No figures for Google: the knowledge base has no Google pay figures for Site Reliability Engineer.",
      ],
    ];
    for (const [q, said] of cases) {
      const text = answerText(q);
      expect(text, q).toContain(said);
      expect(text, q).not.toContain('could not read "sure"');
    }
  });

  it("leaves 'sure' alone in its own senses", () => {
    expect(answerText("make sure to tell me devops pay")).not.toContain("Site Reliability");
    expect(answerText("devops or sure thing, whatever you think")).not.toContain("Site Reliability");
  });
});
