import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// Sweep (issue 21, class 1): in a thread about a role, "it" that a thing is counted as or asked to be part of
// ("is it considered it", "is it part of it", "does that count as it") is the field, asked of the thread's
// role; "the toughest part of it" and "i considered it" keep the pronoun. "it pm" and "it business analyst"
// are IT's titles.
const answer = lastAnswerText;

describe("IT a role is counted as", () => {
  it.each([
    [
      "what does a qa engineer do",
      "is it considered it",
      "Not in the narrow sense: QA Engineer is not one of the roles I count as IT",
    ],
    [
      "tell me about network admins",
      "is it part of it",
      "Yes: Network Administrator is one of the roles I count as IT.",
    ],
    [
      "sre salary",
      "does that count as it",
      "Not in the narrow sense: Site Reliability Engineer is not one of the roles I count as IT",
    ],
    [
      "devops engineer pay",
      "is devops considered it",
      "Not in the narrow sense: DevOps Engineer is not one of the roles I count as IT",
    ],
  ])("%s, then %s", (first, followUp, said) => {
    expect(answer(first, followUp)).toContain(said);
  });

  it("keeps the pronoun where nothing is counted", () => {
    expect(answer("qa salary", "i considered it but not sure")).not.toContain("count as IT");
  });
});

describe("IT's titles after a lower-case 'it'", () => {
  it("reads 'it business analyst' as the systems analyst's name", () => {
    expect(answer("it business analyst salary")).toContain("Computer Systems Analyst pay");
  });

  it("reads 'it pm' as the project manager, not the Product Manager", () => {
    const text = answer("it pm salary");
    expect(text).toContain("Project Managers");
    expect(text).not.toContain("Product Manager pay");
  });
});
