import { describe, expect, it } from "vitest";
import type { Answer } from "../../src/advisor/answers.js";
import { renderText } from "../../src/render/plain-text.js";
import { answerText, thread } from "../support/questions.js";

// "ml" as a skill, spans of years, "<occupation> here", joined and misspelt names: as a user sees them.
const last = (answers: Answer[]) => renderText(answers.at(-1) as Answer);

describe("machine learning as a skill of another role", () => {
  it("answers the role's skills, saying whether its sources name machine learning", () => {
    for (const q of [
      "ml skills for a data analyst",
      "does a data analyst need machine learning",
      "should a data analyst learn ml or sql first",
    ]) {
      const text = answerText(q);
      expect(text, q).toContain("The sources for Data Analyst do not name Machine learning");
      expect(text, q).not.toContain("Only Machine Learning Engineer");
      expect(text, q).not.toContain("Data Analyst vs Machine Learning Engineer");
    }
    expect(answerText("should a data analyst learn ml or sql first")).toContain(
      "Yes: the sources list SQL among a Data Analyst's technical skills",
    );
  });

  it("still compares the roles when they are set against each other", () => {
    expect(answerText("ml vs ds vs de")).toContain(
      "Machine Learning Engineer vs Data Scientist vs Software Data Engineer",
    );
    expect(answerText("ml skills")).toContain("Skills for a Machine Learning Engineer");
  });
});

describe("an outlook for the next few years", () => {
  it("is the outlook, not the career path", () => {
    for (const q of [
      "ml outlook for next 5 yrs?",
      "ml outlook for the next few years",
      "devops outlook for the next 10 years",
    ]) {
      const text = answerText(q);
      expect(text, q).toContain("Outlook for a");
      expect(text, q).not.toContain("Career path for");
    }
    expect(answerText("3 yrs as sysadmin, next?")).toContain("Career path for a System Administrator");
  });
});

describe("an occupation held 'here' before a role", () => {
  it("is a move from the occupation to the role", () => {
    // The tests' official subset has no nurses' figures: the move is named from the title as typed.
    for (const q of [
      "nurse here, is IT support a good switch?",
      "accountant here, is IT support a good switch?",
    ]) {
      const text = answerText(q);
      expect(text, q).toMatch(/^From (nurse|accountant) to IT Support Specialist/);
      expect(text, q).not.toContain("Outlook for an IT Support Specialist");
    }
  });
});

describe("names typed joined or misspelt", () => {
  it("reads a role's name typed as one word", () => {
    expect(answerText("datascientist vs dataengineer")).toContain("Data Scientist vs Software Data Engineer");
    expect(answerText("dataengineer salary")).toContain("Software Data Engineer pay");
  });

  it("reads a listed title of several words with a typo as that title", () => {
    const text = last(thread("tell me about data enginering", "vs. anlytics engineer?"));
    expect(text).toContain("I don't cover Analytics Engineers yet");
    expect(text).toContain("Data Analyst, Software Data Engineer, Data Science Engineer");
    expect(text).not.toContain("Mobile Developer");
  });
});
