import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// Follow-ups and pay questions in everyday words, read for what they ask (probes r12 and r13): pay in a
// phrase, one question after a move or an occupation's card, a move whose end was asked back and not given.
const answer = lastAnswerText;

describe("pay asked in an everyday phrase", () => {
  it("reads 'whats the going rate' and 'compare pay wise' as the role's pay", () => {
    const rate = answer("IT dept at my company is hiring a network administrator, whats the going rate");
    expect(rate).toContain("Network Administrator pay");
    expect(rate).not.toContain("Industries");
    const wise = answer("i do IT at a hospital, how do sysadmins compare pay wise");
    expect(wise).toContain("System Administrator pay");
    expect(wise).not.toContain("What a System Administrator does");
  });

  it("reads 'pay bump?' after a move as both sides' pay, not a role called bump", () => {
    const text = answer(
      "im a front end dev thinking about going full stack",
      "what do i need to learn",
      "pay bump?",
    );
    expect(text).toContain("Pay: Full Stack Developer vs Front-End Developer");
    expect(text).not.toContain('role called "bump"');
  });
});

describe("one question after a move or an occupation's card", () => {
  it("says no source gives a timeline when asked how many yrs a move takes", () => {
    const text = answer(
      "how to move from network admin to network architect",
      "how many yrs does that usually take",
    );
    expect(text).toContain("The sources give no timeline for this move");
    expect(text).not.toContain("Pay side by side");
  });

  it("answers an MBA question with the education of the role the move leads to", () => {
    const text = answer("help desk to product manager, how", "do i need an mba");
    expect(text).toContain("Education for a Product Manager");
    expect(text).toContain("master's in business administration");
  });

  it("offers what else to ask about a move on 'more', not the move again", () => {
    const text = answer("software engineer to product manager", "pay?", "more");
    expect(text).toContain("More on the move from Software Engineer to Product Manager?");
    expect(text).not.toContain("Pay side by side");
  });

  it("gives a role's duties on 'day to day?' after its summary, not a menu", () => {
    const text = answer("what does a big data cloud engineer do", "day to day?");
    expect(text).toContain("What a Big Data Cloud Engineer does");
    expect(text).not.toContain("Pick what you want to know");
  });

  it("says plainly that the official figures hold no duties on 'day to day?' after an occupation's card", () => {
    const text = answer("how much do computer and information systems managers make", "day to day?");
    expect(text).toContain(
      "The official figures hold no description of what Computer and Information Systems Managers do day to day",
    );
  });
});

describe("a move whose end was asked back", () => {
  const move = "should i move on from QA";

  it("asks again where it leads when the reply names no role, never answering for the start alone", () => {
    for (const reply of ["whats the pay difference", "what should i learn first"]) {
      const text = answer(move, reply);
      expect(text).toContain("Which role do you want to move to from QA Engineer?");
      expect(text).not.toContain("Skills for a QA Engineer");
      expect(text).not.toContain("QA Engineer pay");
    }
  });

  it("reads a bare role named in reply as where the move leads", () => {
    expect(answer(move, "swe")).toContain("From QA Engineer to Software Engineer");
  });
});

describe("a pay follow-up in a place after a move", () => {
  it("keeps both sides, each saying it has no figure there", () => {
    const text = answer("frontend → fullstack worth it?", "and the pay diff in nyc?");
    expect(text).toContain("no New York City, NY figure for Full Stack Developer");
    expect(text).toContain("no New York City, NY figure for Front-End Developer");
  });
});

describe("schooling weighed after a comparison", () => {
  it("reads 'which needs more school' as education, each role's shown", () => {
    const text = answer("compare data analyst and data scientist", "which needs more school");
    expect(text).toContain("Education for a Data Analyst");
    expect(text).toContain("Education for a Data Scientist");
    expect(text).not.toContain("What they do:");
  });
});
