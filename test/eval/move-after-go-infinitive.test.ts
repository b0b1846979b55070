import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// "what skills am i missing to go dba -> architect": "to go" before the first role says the move; the role
// with "to" and a job's head after it is where the move starts, never where it leads.
describe("a move said 'to go X to Y'", () => {
  it("starts from the role before the second 'to'", () => {
    const text = lastAnswerText(
      "databse administator vs data architecht",
      "what skills am i missing to go dba -> architect",
    );
    expect(text).toMatch(/^From Database Administrator to Data Architect/);
    expect(text).not.toContain("move to Database Administrator from");
  });

  it("asks which one where the end is one of several, from the role held", () => {
    expect(lastAnswerText("want to go sysadmin to engineer, possible?")).toContain(
      "Which engineer role do you want to move to from System Administrator?",
    );
  });
});
