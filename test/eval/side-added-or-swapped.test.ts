import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// A role offered after two roles set side by side: one more beside them when the words add it ("and",
// "+", "too"), in the place of one of them when the words replace ("instead", "instead of", "swap").
const answer = lastAnswerText;

describe("a role offered after two roles side by side", () => {
  it("adds it as a third when the reply adds, whatever opens it", () => {
    for (const reply of [
      "hm and backend devlopr?",
      "what about backend too",
      "+ backend?",
      "backend as well",
    ])
      expect(answer("front end vs full stack", reply)).toContain(
        "Front-End Developer vs Full Stack Developer vs Back-End Developer",
      );
    expect(answer("data analyst or data scientist, whats the difference", "+ data engineer")).toContain(
      "Data Analyst vs Data Scientist vs Software Data Engineer",
    );
    expect(answer("sre vs devops pay", "what about cloud architect too")).toContain(
      "Pay: Site Reliability Engineer vs DevOps Engineer vs Cloud Architect",
    );
  });

  it("puts it in the second's place when the reply says instead, with no role taken back named", () => {
    for (const reply of ["what about backend instead", "and backend instead?", "what about backend?"]) {
      const text = answer("front end vs full stack", reply);
      expect(text).toContain("Front-End Developer vs Back-End Developer");
      expect(text).not.toContain("Full Stack Developer");
    }
  });

  it("puts it in the place of the role the reply takes back, the other side kept", () => {
    for (const reply of [
      "backend instead of full stack",
      "swap full stack for backend",
      "replace full stack with backend",
      "actually backend not full stack",
    ])
      expect(answer("front end vs full stack", reply)).toContain("Front-End Developer vs Back-End Developer");
    expect(answer("front end vs full stack", "what about backend instead of front end")).toContain(
      "Back-End Developer vs Full Stack Developer",
    );
  });
});
