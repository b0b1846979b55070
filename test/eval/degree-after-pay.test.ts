import { describe, expect, it } from "vitest";
import { answerText, lastAnswerText } from "../support/questions.js";

// Past bug: "and with a masters?" after a role's pay was read as the role's schooling, and "software engineer
// salary with a masters degree" too; a degree held, with pay asked, asks the pay of someone who holds it,
// which no source splits by degree: the answer says so, then gives the role's pay.

describe("a degree said with 'with' after pay", () => {
  it.each([
    ["data scientist salary", "with a masters?", "Data Scientist pay:"],
    ["data scientist salary", "what about with a phd", "Data Scientist pay:"],
    ["machine learning engineer salary", "and with a masters?", "Machine Learning Engineer pay:"],
  ])("%s → %s", (first, followUp, expected) => {
    expect(lastAnswerText(first, followUp)).toContain(expected);
  });

  it("keeps a degree weighed without 'with' a question of schooling", () => {
    expect(lastAnswerText("data scientist salary", "do i need a masters?")).toContain(
      "Education for a Data Scientist",
    );
  });

  it.each([
    ["software engineer salary with a masters degree", "Software Engineer", "$135,980"],
    ["do data scientists with a phd earn more", "Data Scientist", "$120,230"],
    ["does a masters increase data scientist salary", "Data Scientist", "$120,230"],
  ])("%s says no source splits pay by degree", (q, role, figure) => {
    const answer = answerText(q);
    expect(answer).toContain(`No source measures ${role} pay by degree`);
    expect(answer).toContain(figure);
  });

  it("keeps a degree needed a question of schooling", () => {
    expect(answerText("do i need a masters to be a data scientist")).toContain(
      "Education for a Data Scientist",
    );
  });
});
