import { beforeAll, describe, expect, it } from "vitest";
import { answerText, lastAnswerText } from "../support/questions.js";

// The knowledge and the pipeline load once, before the first question, however busy the machine.
beforeAll(() => {
  answerText("hi");
}, 120_000);

// "IT" the field and "it" the pronoun, in threads and alone: what a user sees after the IT roles are listed,
// when the field is weighed for beginners, doubted, or asked of hiring now, and when a move from a help desk
// job names only a field where it leads.
describe("'it' after the IT roles ranked", () => {
  it("reads the field's pay judged as the field's, its roles' pay ranked", () => {
    const text = lastAnswerText("what are the main IT jobs", "does it pay enough to live on");
    expect(text).toContain("Best paid IT roles");
    expect(text).not.toContain("Which of these roles do you mean?");
  });

  it("still asks which role for a figure asked of 'it'", () => {
    expect(lastAnswerText("is IT dying lol", "what does it pay starting out")).toContain(
      "career salary it support specialist",
    );
  });
});

describe("a pick that opens a reply by a word of one listed role's name", () => {
  it("picks that role whatever is asked after it", () => {
    for (const [reply, heading] of [
      ["the support one, what does it pay", "IT Support Specialist pay:"],
      ["the network one, what does it pay", "Network Administrator pay:"],
      ["the security one, what does it pay", "Information Security Analyst pay:"],
    ] as const) {
      expect(lastAnswerText("what are the main IT jobs", reply), reply).toContain(heading);
    }
  });

  it("leaves the pick alone as it was", () => {
    expect(lastAnswerText("what are the main IT jobs", "the support one")).toContain(
      "IT Support Specialist pay:",
    );
  });
});

describe("the IT field's people asked of pay, weighed for beginners, asked of hiring now", () => {
  it("reads 'usually' before a verb of pay as the pay asked", () => {
    expect(answerText("our IT department has like 6 people, what do they usually make")).toContain(
      "Best paid IT roles",
    );
    expect(answerText("what do data analysts typically earn")).toContain("Data Analyst pay");
    expect(answerText("what do IT people make")).toContain("Best paid IT roles");
    expect(answerText("what do IT people do")).not.toContain("Best paid IT roles");
  });

  it("gives the jobs to start in for IT weighed for beginners", () => {
    for (const q of ["is IT beginner friendly", "is IT good for beginners"]) {
      const text = answerText(q);
      expect(text, q).toContain("Entry-level roles");
      expect(text, q).not.toContain("ML trends");
    }
  });

  it("says no live hiring or layoff figures are held before the openings projected", () => {
    const text = answerText("is IT hiring right now or is it all layoffs");
    expect(text).toContain("I hold no live hiring or layoff figures");
    expect(text).toContain("IT roles with the most openings each year");
    expect(answerText("which IT jobs have the most openings")).not.toContain("no live hiring");
  });
});

describe("a field doubted as dying", () => {
  it("is its roles' outlook, as a fad is", () => {
    for (const q of ["is cloud dying", "is cloud still a thing", "is cloud a fad"]) {
      const text = answerText(q);
      expect(text, q).toContain("Outlook for a Cloud Architect");
      expect(text, q).not.toContain("ML trends");
    }
  });
});

describe("a move from a help desk job into a field", () => {
  it("is the move into the field's role named after the held role's first word", () => {
    expect(answerText("help desk 2 yrs, can that get me into security")).toContain(
      "From IT Support Specialist to Information Security Analyst",
    );
  });

  it("still asks which role where the field names none after it", () => {
    expect(answerText("network admin thinking about security")).toContain(
      "Which security role do you want to move to from Network Administrator?",
    );
  });
});

describe("a degree against a certificate as ways into IT", () => {
  it("gives each IT role's entry education beside its certifications", () => {
    const text = answerText("should i do a CS degree or an IT certificate");
    expect(text).toContain("No source weighs a degree against a certificate as ways into IT");
    expect(text).toContain("IT Support Specialist: typical entry-level education some college, no degree");
  });

  it("leaves IT against computer science as it was", () => {
    expect(answerText("whats the difference between IT and computer science")).toContain(
      "IT names a field of work; computer science is a subject of study.",
    );
  });
});
