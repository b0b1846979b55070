import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// "IT" typed in lower case: eval:noise ("all lower case") found the field read as the pronoun wherever the
// words around "it" say which it is. Each rule reads the field only where a pronoun would stand for nothing,
// or for the thread's role set against itself; where a thread's role or an earlier noun can be meant, "it"
// stays the pronoun.
describe("'it' in lower case, read as the field where the words around it say so", () => {
  it("reads a subject studied, a side of a difference and a move's end as the field", () => {
    expect(lastAnswerText("my son wants to study it, what jobs can he get")).toContain(
      "IT support is the usual way in",
    );
    expect(lastAnswerText("what's the difference between it and computer science")).toContain(
      "IT names a field of work; computer science is a subject of study.",
    );
    expect(lastAnswerText("nurse to it worth it?")).toContain("to IT Support Specialist");
    expect(lastAnswerText("from data analyst to it")).toContain(
      "Which IT role do you want to move to from Data Analyst?",
    );
    expect(lastAnswerText("data engineer", "how hard is it to go from it to this")).toContain(
      "Which IT role are you in now? Pick one to see the move to a Software Data Engineer",
    );
  });

  it("reads someone being in it, or new to it, as in the field", () => {
    expect(lastAnswerText("my gf is in it and makes 70k is that normal")).toContain(
      "Which IT role do you mean? IT support is the usual way in.",
    );
    expect(lastAnswerText("could i hack it in it without being good at maths")).toContain(
      "IT support is the usual way into IT",
    );
    expect(lastAnswerText("kindly tell what is the salary of it fresher in india")).toContain(
      "IT Support Specialist pay",
    );
  });

  it("reads what contains roles, is short for something, or is said to be dying as the field", () => {
    expect(lastAnswerText("does it include database admins?")).toContain(
      "Yes: Database Administrator is one of the roles I count as IT.",
    );
    expect(lastAnswerText("what does it even stand for")).toContain("IT is short for information technology");
    expect(lastAnswerText("is it dying lol")).toContain("Fastest growing IT roles");
    expect(lastAnswerText("what is the scope of it in us for freshers?")).toContain(
      "Fastest growing IT roles",
    );
  });

  it("reads 'it' set against the thread's role, or said to be what roles are, as the field", () => {
    expect(lastAnswerText("software engineer salary", "vs it?")).toContain(
      "Compare Software Engineer with which IT role?",
    );
    expect(lastAnswerText("what does a sysadmin do", "it is it?")).toContain(
      "Yes: System Administrator is one of the roles I count as IT.",
    );
    expect(lastAnswerText("data scientist vs data engineer pay", "which is more it")).toContain(
      "Not in the narrow sense: Data Scientist is not one of the roles I count as IT",
    );
    expect(
      lastAnswerText("cloud architect vs devops engineer, which pays more", "is either of them it"),
    ).toContain("Not in the narrow sense: DevOps Engineer is not one of the roles I count as IT");
  });

  it("keeps the pronoun where a thread's role or an earlier noun can be meant", () => {
    expect(lastAnswerText("i like python, should i study it")).not.toContain("IT");
    expect(lastAnswerText("i love data science, is it dying")).toContain("Outlook for a Data Scientist");
    expect(lastAnswerText("what does a sysadmin do", "does it include on call")).not.toContain("count as IT");
    expect(lastAnswerText("what does a data analyst do", "what does it pay")).toContain("Data Analyst pay");
    expect(lastAnswerText("what does a network engineer do", "is that it")).not.toContain("count as IT");
    expect(lastAnswerText("whats in it for me")).not.toContain("IT");
  });
});
