import { describe, expect, it } from "vitest";
import { lastAnswerText as answer } from "../../support/questions.js";

// Pay asked in everyday words ("the band", "what do ml ppl make"), and "ml"/"ai" said of a role, read as a
// person means them: what the person sees is the pay, the move or the comparison asked.
describe("pay asked in everyday words", () => {
  it("reads a pay band asked of a role as its pay, with the employer's figures said missing", () => {
    const text = answer("interviewing for a data scientist at amazon in seattle, whats the band look like");
    expect(text).toContain("No figures for Amazon");
    expect(text).toContain("$120,230");
    expect(text).not.toContain("Skills for a Data Scientist");
  });

  it("reads the same role at another employer after its pay as its pay there, not a comparison to ask back", () => {
    const text = answer(
      "data scientist pay at amazon",
      "how does that compare to a DS at target hq in minneapolis",
    );
    expect(text).toContain("No figures for Target:");
    expect(text).not.toContain("Compare Data Scientist with which role?");
  });

  it("answers what a role makes, whatever aside follows the question", () => {
    const top = answer("what do distinguished ml engineers make lol, like the very top of the ladder");
    expect(top).toContain("Distinguished Machine Learning Engineer pay");
    expect(top).not.toContain("Career path");
    const senior = answer("what do ml ppl make at senior level");
    expect(senior).toContain("Machine Learning Engineer, Senior level: $177,177 – $184,000");
  });

  it("reads the next level up after pay as the pay there, said to have no figures for it", () => {
    const text = answer("senior mle pay", "and the staff jump, how much more?");
    expect(text).toContain("No figures for the staff level");
    expect(text).toContain("$177,177 – $184,000");
  });

  it("says once, first, that an employer has no figures for two roles set against each other", () => {
    const text = answer("swe pay in austin", "what about at google specifically, em vs senior swe");
    expect(text).toContain("Pay: Engineering Manager vs Software Engineer");
    expect(text.match(/No figures for Google/g)).toHaveLength(1);
  });
});

describe("ml and ai said of a role", () => {
  it("reads ml as where a backend dev is headed, their tools said beside their job", () => {
    const text = answer("skills for ml if im a python backend dev (django, postgres, some pandas)");
    expect(text).toContain("From Back-End Developer to Machine Learning Engineer");
  });

  it("compares ML engineers with the research role when ai research is set against them", () => {
    const text = answer("is ml still worth getting into", "vs ai research?");
    expect(text).toContain("Machine Learning Engineer vs Computer and Information Research Scientist");
    expect(text).not.toContain("is answered for Machine Learning Engineer");
  });
});
