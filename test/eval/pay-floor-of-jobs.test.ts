import { describe, expect, it } from "vitest";
import { answerText } from "../support/questions.js";

// "any IT jobs that pay 90k+ starting": an amount the jobs are to pay at least is no one's pay to weigh, but
// which jobs pay that much: the field's roles ranked by pay. Before, the amount was read as pay stated and
// the answer was IT support's pay alone.
describe("jobs asked to pay at least an amount", () => {
  it("ranks the field's roles by pay, saying remote work is held nowhere", () => {
    const text = answerText("any IT jobs that are remote friendly and pay 90k+ starting");
    expect(text).toContain("Best paid IT roles");
    expect(text).toContain("The knowledge holds nothing on remote work");
    expect(text).not.toContain("IT Support Specialist pay:");
    expect(answerText("tech roles paying 120k or more?")).toContain("Best paid roles");
  });

  it("still weighs one person's pay stated", () => {
    expect(answerText("my gf is in IT and makes 70k, is that normal")).not.toContain("Best paid");
  });
});
