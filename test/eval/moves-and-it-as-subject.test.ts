import { describe, expect, it } from "vitest";
import { lastAnswerText, understand } from "../support/questions.js";

// Moves and the word "it" once misread: each fix tried on wordings other than the ones
// that showed the miss.

describe("a job held said by its years, then a job to become", () => {
  it.each([
    [
      ["been a plumber for 12 years", "i want to become a data analyst, is that realistic"],
      "to Data Analyst",
    ],
    [["ive been a teacher since 2015", "could i get into devops"], "to DevOps Engineer"],
    [["worked as a chef for a decade", "should i switch to qa"], "to QA Engineer"],
  ])("%j is the move from it", (messages, said) => {
    const text = lastAnswerText(...messages);
    expect(text).toContain(said);
    expect(text).toContain("From ");
  });

  it("keeps the way in when no job was said to be held", () => {
    expect(lastAnswerText("what do plumbers make", "i want to become a data analyst")).not.toContain("From ");
  });
});

describe("a move from an occupation into a field several roles share", () => {
  it.each([
    ["retail manager here, thinking of moving into cloud", "Which cloud role do you want to move to from"],
    ["im a pharmacist wanting to go into security", "Which security role do you want to move to from"],
  ])("%s asks which of the field's roles, the occupation kept", (q, said) => {
    const text = lastAnswerText(q);
    expect(text).toContain(said);
    expect(text).not.toContain("I don't cover");
  });
});

describe("a move asked of its outlook as well as its pay", () => {
  it.each([
    "dba -> data architect: salary and job outlook?",
    "sysadmin to devops... pay + prospects",
    "frontend to backend pay and future",
  ])("%s is the move, both sides' pay and outlook", (q) => {
    expect(understand(q).intent).toBe("gap");
  });

  it("keeps a pay difference alone as pay", () => {
    expect(understand("dba to data architect pay difference").intent).not.toBe("gap");
  });
});

describe("how people in a role are faring", () => {
  it.each([
    "hows it going for front end devs these days",
    "how are things looking for security engineers",
    "how is the job market for sres rn",
  ])("%s is the role's outlook", (q) => {
    expect(lastAnswerText(q)).toContain("Outlook for ");
  });
});

describe("IT the field as a subject studied", () => {
  it.each([
    "my nephew is going to study IT",
    "my stepdaughter wants to study it at uni",
    "my brother is majoring in it",
  ])("%s answers with the schooling of IT's way in", (q) => {
    const text = lastAnswerText(q);
    expect(text).toContain("Education for an IT Support Specialist");
    expect(text).not.toContain("I don't cover");
  });

  it("reads whether studying it is a good idea as the field's future", () => {
    expect(lastAnswerText("my niece wants to study IT, smart move?")).toContain("Fastest growing IT roles");
  });
});

describe("a move asked with no job to start from", () => {
  it("asks which of the thread's IT roles is held", () => {
    expect(lastAnswerText("im in IT", "where could i go from here")).toContain(
      "Which of these roles do you hold now?",
    );
  });

  it("reads a move out of an occupation held, its end open, as the move", () => {
    expect(understand("im a nurse, where could i go from here").intent).toBe("gap");
  });
});

describe("the field's future asked against AI", () => {
  it("says no source measures what AI may take of IT's work", () => {
    expect(lastAnswerText("is IT going away bc of ai")).toContain(
      "No source measures how much of IT's work AI may take over",
    );
  });
});
