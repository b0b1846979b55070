import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../../support/questions.js";

// "hiring much for those?" after a role's duties asks how much the role is hired: its outlook, growth and
// openings, not the industries that employ it.
describe("how much a role is hired, asked in a thread", () => {
  const duties = "what does a data architect do day to day? my company just posted one";

  it("answers with the role's outlook", () => {
    const text = lastAnswerText(duties, "hiring much for those?");
    expect(text).toContain("Outlook for a Data Architect");
    expect(text).toContain("Openings projected each year");
    expect(text).not.toContain("Industries that hire");
  });

  it("keeps the outlook for the role named next, and 'from that to architect' is the move between the two", () => {
    const dba = lastAnswerText(duties, "hiring much for those?", "what about dba instead");
    expect(dba).toContain("Outlook for a Database Administrator");
    const move = lastAnswerText(
      duties,
      "hiring much for those?",
      "what about dba instead",
      "how would u get from that to architect",
    );
    expect(move).toMatch(/^From Database Administrator to Data Architect/);
  });
});
