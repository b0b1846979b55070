import { describe, expect, it } from "vitest";
import { answerText } from "../support/questions.js";

// Failures earlier probe rounds found, each fixed as a pattern: what a person asking would notice.

describe("titles O*NET lists under a curated role's own occupation", () => {
  it("reads a database developer as the Data Architect, whose occupation O*NET lists the title under", () => {
    const text = answerText("database developer salary");
    expect(text).toContain("Data Architect pay");
    expect(text).not.toContain("Software Engineer");
    expect(answerText("what does a database programmer do")).toContain("What a Data Architect does");
  });

  it("reads a business systems analyst as the Computer Systems Analyst, not the Business Analyst", () => {
    expect(answerText("business systems analyst salary")).toContain("Computer Systems Analyst pay");
    expect(answerText("IT business analyst salary")).toContain("Computer Systems Analyst pay");
    // "business analyst" alone is still the occupation of that name, no curated role.
    expect(answerText("business analyst salary")).toContain("I don't cover Business Analysts yet");
  });
});
