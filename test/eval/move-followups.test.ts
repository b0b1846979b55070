import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// A follow-up with a question of its own after a move's answer: that question answered for the role the
// move leads to, never the whole move again.
const answer = lastAnswerText;

describe("credentials asked after a move", () => {
  it("answers what the role the move leads to says of certifications", () => {
    const text = answer("help desk to security analyst, whats the path", "do i need certs");
    expect(text).toContain("Certifications for an Information Security Analyst");
    expect(text).not.toContain("Pay side by side");
    expect(text).not.toContain("To learn:");
  });

  it("answers a question of a degree for the role a move from an occupation leads to", () => {
    const text = answer("web developer here, thinking about becoming a data analyst", "do i need a degree");
    expect(text).toContain("Education for a Data Analyst");
    expect(text).not.toContain("Pay side by side");
  });
});

describe("how long a move from an occupation takes", () => {
  const move = "web developer here, thinking about becoming a data analyst";

  it("says no source gives a timeline, then what it takes, as a move between roles does", () => {
    const text = answer(move, "how long would it take");
    expect(text).toContain("The sources give no timeline for this move");
    expect(text).toContain("From Web Developers to Data Analyst");
    expect(text).toContain("To learn:");
    expect(text).not.toContain("Pay side by side");
  });

  it("says so for a time span named with the move", () => {
    const text = answer("web developer to data analyst in 6 months possible?");
    expect(text).toContain("The sources give no timeline for this move");
    expect(text).toContain("From Web Developers to Data Analyst");
    expect(answer("qa -> swe in 1 year doable?")).toContain("The sources give no timeline for this move");
  });

  it("answers a time span asked after a move between roles", () => {
    const text = answer("help desk to security analyst, whats the path", "in 6 months possible?");
    expect(text).toContain("The sources give no timeline for this move");
    expect(text).not.toContain("Pay side by side");
  });
});

describe("pay starting out after a move", () => {
  it("is the entry-level pay of the role the move leads to, saying where the knowledge has none", () => {
    const text = answer(
      "im a cop wanting to get into cybersecurity",
      "what does the pay look like starting out",
    );
    expect(text).toContain("Information Security Analyst pay");
    expect(text).toContain("The knowledge base has no entry level figure for Information Security Analyst");
    expect(text).toContain("10th–90th percentile");
    expect(text).not.toContain("Police");
  });

  it("reads 'pay starting out' as that question, not as a role's name, and a mistyped name still as one", () => {
    expect(answer("swe to machine learning engineer", "pay starting out")).toContain("$96,000 – $152,601");
    expect(answer("data analyst salary", "salary datascientst")).toContain(
      'I don\'t know a role called "datascientst"',
    );
  });

  it("gives the entry-level figure where the knowledge has one", () => {
    const text = answer("swe to machine learning engineer", "whats the starting salary");
    expect(text).toContain("Machine Learning Engineer, Entry level");
    expect(text).toContain("$96,000 – $152,601");
  });
});
