import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// A move named in one message: both its sides read, every option kept, and the question asked of it
// answered (not the move's start, not the field's trends).
const answer = lastAnswerText;

describe("a move weighed in words of thinking about the role it leads to", () => {
  it("answers a question of education for the role the move leads to", () => {
    const text = answer("data scientist thinking about research scientist, do i need a phd");
    expect(text).toContain("Education for a Computer and Information Research Scientist");
    expect(text).toContain("master's degree");
    // What the rest of its file says of degrees, asked about one by name.
    expect(text).toContain("some employers prefer a Ph.D.");
    expect(text).not.toContain("Education for a Data Scientist");
  });

  it("adds no line that says what the education says already", () => {
    const text = answer("does a product manager need a degree");
    expect(text).toContain("A bachelor's degree is required");
    expect(text).not.toContain("Earn a bachelor's degree; many employers also look for");
  });

  it("reads the second role as where the move leads", () => {
    expect(answer("a dba considering data architect, worth it?")).toContain(
      "From Database Administrator to Data Architect",
    );
    expect(answer("im a data analyst thinking of data science")).toContain(
      "From Data Analyst to Data Scientist",
    );
  });
});

describe("a move with two options", () => {
  const move = "im a dba, should i move into data architect or data engineering";

  it("sets both options side by side, from the role held", () => {
    const text = answer(move);
    expect(text).toContain("Data Architect vs Software Data Engineer");
    expect(text).toContain("Options from Database Administrator");
  });

  it("weighs the two options' pay next, saying they share one official figure", () => {
    const text = answer(move, "which one pays more");
    expect(text).toContain("Pay: Data Architect vs Software Data Engineer");
    expect(text).not.toContain("Database Administrator");
    expect(text).toContain("Both figures are the same official occupation's (database architects)");
  });
});

describe("the start of a move named by one word of a role's name", () => {
  it("reads 'from support to devops' as a move from IT Support Specialist", () => {
    const text = answer("from support to devops how");
    expect(text).toContain("From IT Support Specialist to DevOps Engineer");
    expect(answer("moving from support into security analyst")).toContain(
      "From IT Support Specialist to Information Security Analyst",
    );
  });

  it("reads no start from a word several roles' names share", () => {
    expect(answer("from data to ml engineer, how")).not.toContain("From Data");
  });
});

describe("a move to a role written with a short form", () => {
  it("reads 'product mgmt' as product management", () => {
    const text = answer("systems analyst into product mgmt, good move?");
    expect(text).toContain("From Computer Systems Analyst to Product Manager");
    expect(text).not.toContain("Common challenges");
  });
});

describe("what changes in a move between two named roles", () => {
  it("is the move, not the field's trends", () => {
    const text = answer(
      "senior applied scientist in ads ranking -> principal applied scientist gen ai, what changes",
    );
    expect(text).toContain(
      "From Senior Applied Scientist (Ads Ranking) to Principal Applied Scientist (Generative AI)",
    );
    expect(text).not.toContain("trends shaping ML engineering");
  });
});
