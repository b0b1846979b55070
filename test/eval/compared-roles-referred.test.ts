import { describe, expect, it } from "vitest";
import type { Role } from "../../src/knowledge/core/schema.js";
import { occupationsOf } from "../../src/official/data.js";
import { realKnowledge } from "../support/knowledge.js";
import { lastAnswerText } from "../support/questions.js";

// Follow-ups that refer to the roles a thread compared, or to the move or occupation it is on:
// "the second one's tools", "and the other" (with the place asked kept), "drop the middle one",
// "going to pm instead" after a move, "how is it different from", "how does that compare to" after an
// occupation, "the step right before it". Figures are read from the knowledge.
const kb = realKnowledge();
const role = (id: string) => kb.roleById.get(id) as Role;
const usd = (n: number) => `$${n.toLocaleString("en-US")}`;
const median = (id: string) => usd(occupationsOf(role(id), kb.official)[0]?.pay?.median as number);

describe("a pick among compared roles", () => {
  it("reads 'the second one's tools' as that role's tools", () => {
    const answer = lastAnswerText(
      "data scientist vs data engineer?",
      "which one has the better outlook",
      "ok tell me more about the second one's tools",
    );
    expect(answer).toContain("Tools and frameworks a Software Data Engineer uses");
    expect(answer).not.toContain("Data Scientist");
  });

  it("reads 'and the other' as the compared role not in focus, its pay in the place asked", () => {
    const answer = lastAnswerText(
      "security engineer vs information security analyst whats the diff",
      "the analyst one, what does it pay in dc",
      "and the other",
    );
    expect(answer).toContain("no Washington, DC pay figures for Security Engineer");
    expect(answer).toContain(median("security-engineer"));
    expect(answer).not.toContain("Information Security Analyst");
  });

  it("reads 'drop the middle one' as the other roles of the set", () => {
    const answer = lastAnswerText(
      "swe vs data scientist vs mle pay",
      "the last one in seattle",
      "drop the middle one, just compare the other two on skills",
    );
    expect(answer).toContain("Software Engineer vs Machine Learning Engineer");
    expect(answer).not.toContain("Data Scientist");
    const pay = lastAnswerText("swe vs data scientist vs mle pay", "without the middle one");
    expect(pay).toContain("Pay: Software Engineer vs Machine Learning Engineer");
  });
});

describe("a move or a comparison weighed anew", () => {
  it("reads 'nvm, what about going to pm instead' after a move as the move from the same start", () => {
    const move = lastAnswerText(
      "going from swe to em, what do i need",
      "does it pay more",
      "nvm, what about going to pm instead",
    );
    expect(move).toContain("From Software Engineer to Product Manager");
    const pay = lastAnswerText(
      "going from swe to em, what do i need",
      "does it pay more",
      "nvm, what about going to pm instead",
      "and does that pay more",
    );
    expect(pay).toContain("Pay: Product Manager vs Software Engineer");
    expect(pay).not.toContain("Engineering Manager");
  });

  it("reads 'how is it different from a data scientist' as a comparison, no move", () => {
    const answer = lastAnswerText(
      "data science engineer what is that",
      "how is it different from a data scientist",
    );
    expect(answer).toContain("Data Science Engineer vs Data Scientist");
    expect(answer).not.toContain("From Data Scientist to");
  });

  it("sets the thread's occupation beside a role it is compared to", () => {
    const answer = lastAnswerText(
      "how much do IT managers make",
      "how do i become one",
      "how does that compare to an engineering manager",
    );
    expect(answer).toContain("Computer and Information Systems Managers (SOC 11-3021)");
    expect(answer).toContain("Engineering Manager's official figures are this same occupation's");
    const other = lastAnswerText("what do it managers make", "how does that compare to swe");
    expect(other).toContain(
      `Beside Software Engineer: median annual wage, software developers (US), ${median("software-engineer")}`,
    );
  });
});

describe("the step before a role", () => {
  it("reads 'whats the step right before it' as the thread role's path", () => {
    const answer = lastAnswerText(
      "data architect career path",
      "how do people usually get there",
      "whats the step right before it",
    );
    expect(answer).toContain("Career path for a Data Architect");
    expect(answer).not.toContain("Engineering Manager");
    const network = lastAnswerText("how do i become a network architect", "whats the step just before that");
    expect(network).toContain("Into the role from: Network Administrator");
  });
});
