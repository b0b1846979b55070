import { describe, expect, it } from "vitest";
import { answerText } from "../../support/questions.js";

// "im in it support, cloud or security?" answered the ML market's cloud trend: "support" right before
// "cloud" kept "cloud" from standing alone as a field. The word ends the role's name already read, so the
// two fields are options of a move from IT support, as "it support here, cloud or security?" reads.
describe("fields weighed right after the role held", () => {
  it.each(["im in it support, cloud or security?", "im in it support cloud or security?"])(
    "%s: the move from IT support to a cloud or a security role",
    (asked) => {
      const text = answerText(asked);
      expect(text).toContain("Options from IT Support Specialist: a cloud or security role.");
      expect(text).toContain("Cloud Architect");
      expect(text).toContain("Information Security Analyst");
      expect(text).not.toContain("ML trends");
    },
  );
});
