import { describe, expect, it } from "vitest";
import { lastAnswerText, understand } from "../../support/questions.js";

// Follow-ups in a thread whose words beside the question led the reading astray: hiring "at junior level"
// read as whether the role is a junior one, openings counted beside "nobody hires juniors" read as the way
// in, "does it pay more in seattle" asked back which role to compare with, "the same role at amazon" given
// the list of roles, and "what would i need to learn that i dont already do day to day" the duties.
describe("follow-ups read by what they ask", () => {
  it("answers hiring at junior level with the role's outlook", () => {
    const text = lastAnswerText("mle pay", "are companies even hiring for it at junior level");
    expect(text).toContain("Outlook for a Machine Learning Engineer");
    expect(text).not.toContain("Career path for");
  });

  it("answers openings counted beside words of hiring juniors with the outlook", () => {
    const text = lastAnswerText(
      "what does a full stack dev make starting out?",
      "how many openings tho, feels like nobody hires juniors anymore",
    );
    expect(text).toContain("Openings projected each year, software developers");
    expect(text).not.toContain("How to become");
  });

  it("answers one role's pay 'more in' a place with its pay there, asking nothing back", () => {
    const text = lastAnswerText("whats qa engineer pay looking like rn?", "does it pay more in seattle");
    expect(text).toContain("The knowledge base has no Seattle, WA figure for QA Engineer.");
    expect(text).not.toContain("with which role?");
  });

  it("answers 'the same role' at an employer with the thread role's pay there", () => {
    const text = lastAnswerText(
      "do big agencies like wpp or publicis pay front end devs decently",
      "like what would the same role get at amazon",
    );
    expect(text).toContain(
      "No figures for Amazon: the knowledge base has no Amazon pay figures for Front-End Developer.",
    );
    expect(text).not.toContain("Roles I know");
  });

  it("answers what to learn after a move with the skill gap, not the duties", () => {
    const text = lastAnswerText(
      "im a producer at a digital agency. is product manager a natural next step",
      "what would i need to learn that i dont already do day to day",
    );
    // (Without the official data loaded, the producer is no occupation to start from: the skills to learn.)
    expect(text).toContain("Market research, Requirements writing");
    expect(text).not.toContain("What a Product Manager does");
  });
});

describe("skills asked of the thread's role", () => {
  it("answers where to start with a skill named by whether the role needs it", () => {
    const text = lastAnswerText("data analyst salary", "ok where do i even start, sql?");
    expect(text).toContain("Yes: the sources list SQL among a Data Analyst's technical skills.");
    expect(text).not.toContain("Getting started as a Data Analyst");
  });

  it("answers what a job named needs to pick up to switch with the move to the thread's role", () => {
    const text = lastAnswerText("mle salary", "what would a gameplay programmer need to pick up to switch");
    expect(text).toMatch(/^From Software Engineer to Machine Learning Engineer/);
  });
});

describe("a bracketed aside about what the asker did", () => {
  it("asks for no certificate when a testing pass called a cert is said in it", () => {
    const text = lastAnswerText(
      "game qa tester here, 2 yrs of manual testing (console cert, regression passes). should i aim for qa engineer doing automation first or just try to jump straight to software engineer?",
    );
    expect(text).toMatch(/^From QA Engineer to Software Engineer/);
    expect(text).not.toContain("Education for");
  });
});

describe("pay asked in an employer's or an occupation's words", () => {
  it("reads a hiring budget for a person as the role's pay, then their resume as its skills", () => {
    const hire =
      "our studio wants to hire someone to do ml for npc behaviour, what should we budget for a mid level person";
    expect(lastAnswerText(hire)).toContain("Machine Learning Engineer, Mid level: $144,000 – $166,399");
    expect(lastAnswerText(hire, "what should we look for on their resume")).toContain(
      "Skills for a Machine Learning Engineer",
    );
  });

  it("sets one role at two employers side by side on pay", () => {
    const text = lastAnswerText("software engineer at epic games vs at google, roughly?");
    expect(text).toContain("No figures for Epic Games or Google");
    expect(text).not.toContain("What a Software Engineer does");
  });

  it("sets an occupation's pay beside a role's when asked what each makes", () => {
    // The official figures are not loaded here: the reading is what the answer is built from.
    const read = understand("what does a nurse make compared to a data analyst");
    expect(read.intent).toBe("payCompare");
    expect(read.roles.map((r) => r.id)).toEqual(["data-analyst"]);
  });
});
