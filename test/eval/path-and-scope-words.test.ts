import { describe, expect, it } from "vitest";
import { renderText } from "../../src/render/plain-text.js";
import { lastAnswerText, thread } from "../support/questions.js";

// Words that decide what a message asks: a career's own growth (its path, not the job market's outlook),
// work on code or a document to write (declined, not the help text nor a role's duties), and a topic beside
// "vs" (what is compared, not a side).
const answer = lastAnswerText;

describe("a career's own growth", () => {
  it("is its path, not the outlook", () => {
    for (const followUp of [
      "is there a growth path out of it",
      "whats the growth path",
      "career growth?",
      "any path out of it",
    ]) {
      const text = answer("it support pay", followUp);
      expect(text).toContain("Career path for an IT Support Specialist");
      expect(text).toContain("Network Administrator, System Administrator");
      expect(text).not.toContain("Projected employment change");
    }
  });

  it("leaves the job market's growth, and a way out, as they were", () => {
    expect(answer("devops skills", "is it growing")).toContain("Outlook for a DevOps Engineer");
    expect(answer("it support pay", "how do i get out of it")).toContain(
      "Which role do you want to move to from IT Support Specialist?",
    );
  });
});

describe("help with code itself", () => {
  it("is declined, saying that debugging code is not done, never with the help text", () => {
    for (const question of [
      "can you help me debug this `TypeError: cannot read properties of undefined` in my react app",
      "write me a python script to parse a csv",
      "why does my docker container exit immediately after starting",
    ]) {
      const text = answer(question);
      expect(text).toContain("Sorry, I can't debug or write code");
      expect(text).not.toContain("Type any of these after /career");
    }
    // In a thread too.
    expect(answer("sre pay", "can you debug this stack trace for me")).toContain(
      "I can't debug or write code",
    );
  });

  it("leaves questions about coding in a role as they were", () => {
    expect(answer("do data analysts need to code")).toContain("Data Analyst");
    expect(answer("help")).toContain("Type any of these after /career");
  });
});

// Past bug: "can u write my cover letter for a QA job" gave what a QA Engineer does, and "ok then what skills
// should i put on it" after the network admin's letter gave ML's challenges.
describe("a cover letter, a resume or an email to write", () => {
  it("is declined as what it is, offering the role's skills and pay, never its duties", () => {
    for (const [question, role] of [
      ["<@U04KQ2R9> can u write my cover letter for a QA job", "a QA Engineer"],
      ["write me a resume for data analyst", "a Data Analyst"],
      ["can you draft a linkedin summary for an sre", "a Site Reliability Engineer"],
    ] as const) {
      const [declined] = thread(question);
      const text = renderText(declined as NonNullable<typeof declined>);
      expect(text).toContain("Sorry, I don't write cover letters, resumes or emails");
      expect(text).toContain(`what the sources say ${role} needs and earns`);
      expect(text).not.toContain("What a ");
    }
    expect(thread("<@U04KQ2R9> can u write my cover letter for a QA job")[0]?.followups).toEqual([
      "skills qa engineer",
      "salary qa engineer",
    ]);
  });

  it("keeps the role for what is asked next", () => {
    expect(
      answer("<@U04KQ2R9> can u write my cover letter for a QA job", "fine, what skills should i list then"),
    ).toContain("Skills for a QA Engineer");
    expect(
      answer(
        "<@U0BOT123> can u write my cover letter for a network admin job :pray:",
        "ok then what skills should i put on it",
      ),
    ).toContain("Skills for a Network Administrator");
  });

  it("leaves questions about what goes on one, or about one, as questions", () => {
    expect(answer("what skills should i put on my resume for data analyst")).toContain(
      "Skills for a Data Analyst",
    );
    expect(answer("do recruiters read cover letters for data analyst jobs")).not.toContain(
      "I don't write cover letters",
    );
  });
});

describe("a topic word on a side of vs", () => {
  it("is what the roles are compared on, not a role left unread", () => {
    const text = answer("data science engineer skills vs data scientist");
    expect(text).toContain("Data Science Engineer vs Data Scientist");
    expect(text).not.toContain("I could not read");
    expect(answer("swe outlook vs mle")).not.toContain("I could not read");
    // A side that names nothing is still said to be unread.
    expect(answer("swe vs blorpt")).toContain('I could not read "blorpt" as a role I know');
  });
});
