import { describe, expect, it } from "vitest";
import { answerText } from "../support/questions.js";

// Past bug: "would sysadmin pay more or is cloud the move" answered with an ML trend: the field offered
// after "or" is the other side set against the role named earlier, weighed on pay as the question asks.
describe("a field offered after 'or' against a role named before", () => {
  it.each([
    [
      "would sysadmin pay more or is cloud the move",
      "Pay: System Administrator vs Big Data Cloud Engineer vs Cloud Architect",
    ],
    [
      "would network admin pay more or is security the move",
      "Pay: Network Administrator vs Information Security Analyst",
    ],
    [
      "does dba pay more or is cloud better",
      "Pay: Database Administrator vs Big Data Cloud Engineer vs Cloud Architect",
    ],
  ])("%s", (q, heading) => {
    const answer = answerText(q);
    expect(answer).toContain(heading);
    expect(answer).not.toContain("ML trends");
  });
});
