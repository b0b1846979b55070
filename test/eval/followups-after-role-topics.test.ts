import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// Follow-ups that name no role after a skills, path, outlook, education, duties or comparison
// answer stay on the thread's role(s), answer what the sources have, and say plainly what they do not.

describe("what may take a role's work, asked of the thread's role", () => {
  it("is the role's outlook, said to be unmeasured, never a move from ML", () => {
    for (const ask of ["is it safe from ai", "will ai replace them", "will chatgpt take over tho"]) {
      const text = lastAnswerText("what's the job outlook like for database administrators", ask);
      expect(text).toContain(
        "No source measures how much of a Database Administrator's work AI may take over",
      );
      expect(text).toContain("Outlook for a Database Administrator");
      expect(text).not.toContain("From Machine Learning Engineer");
    }
  });

  it("names automation and the cloud as asked, not a list of roles", () => {
    const cloud = lastAnswerText("what does a dba do nowadays", "will cloud kill the role");
    expect(cloud).toContain("work the cloud may take over");
    expect(cloud).not.toContain("Roles I know");
    const automation = lastAnswerText("is sre a growing field", "and is it safe from automation");
    expect(automation).toContain("a Site Reliability Engineer's work automation may take over");
  });
});

describe("the hardest part of a role whose work is not ML", () => {
  it("says no source says, then the role's work; never the ML engineers' challenges", () => {
    const text = lastAnswerText("duties of a product manager?", "what's the hardest part");
    expect(text).toContain("The sources do not say what is hardest about working as a Product Manager");
    expect(text).toContain("What a Product Manager does");
    expect(text).not.toContain("challenges ML engineers face");
    const skills = lastAnswerText("what skills does a full stack dev need", "which of those are the hardest");
    expect(skills).toContain("hardest about working as a Full Stack Developer");
  });

  it("keeps the ML challenges for an ML role", () => {
    expect(lastAnswerText("what does an mle do", "whats the hardest part")).toContain(
      "challenges ML engineers face",
    );
  });
});

describe("a quality no source rates, asked of two roles compared", () => {
  it("keeps the comparison and says first that no source rates it", () => {
    const creative = lastAnswerText(
      "data scientist vs data analyst, what's the difference in duties",
      "which is more creative",
    );
    expect(creative).toContain("No source rates which is more creative");
    expect(creative).toContain("Data Scientist vs Data Analyst");
    const meetings = lastAnswerText(
      "qa engineer vs software engineer - what do they each do",
      "which has more meetings",
    );
    expect(meetings).toContain("No source says which has more meetings");
    const technical = lastAnswerText(
      "security analyst or security engineer, what do they do differently",
      "which one is more technical",
    );
    expect(technical).toContain("No source rates which is more technical");
  });
});

describe("a follow-up leaning on the thread's topic is answered, not asked back", () => {
  it("which skills matter most: the skills, said to be unranked", () => {
    for (const ask of ["which of those matter most?", "which ones should i prioritise"]) {
      const text = lastAnswerText("what skills does a data engineer need", ask);
      expect(text).toContain("Skills for a Software Data Engineer");
      expect(text).toContain("The sources do not rank these skills by importance");
    }
  });

  it("the top of a ladder: the role's path", () => {
    const top = lastAnswerText("how do product managers usually move up", "and what's at the very top");
    expect(top).toContain("Career path for a Product Manager");
    const staff = lastAnswerText("career ladder for data engineers pls", "is staff the top or is there more");
    expect(staff).toContain("Career path for a Software Data Engineer");
  });

  it("why, and ten years on, after an outlook: the outlook", () => {
    expect(lastAnswerText("is sre a growing field", "why tho")).toContain(
      "Outlook for a Site Reliability Engineer",
    );
    const later = lastAnswerText("outlook for web devs? specifically front end", "and in 10 years?");
    expect(later).toContain("Outlook for a Front-End Developer");
    expect(later).not.toContain("no timeline for becoming");
  });

  it("a degree weighed after the role's education: its education", () => {
    const text = lastAnswerText("what qualifications for a systems analyst", "and is an mba useful");
    expect(text).toContain("Education for a Computer Systems Analyst");
    expect(text).not.toContain("Pick what you want to know");
  });

  it("still says how long it takes when that is asked after an outlook", () => {
    expect(lastAnswerText("outlook for data scientists", "how long does it take to become one")).toContain(
      "no timeline for becoming a Data Scientist",
    );
  });
});
