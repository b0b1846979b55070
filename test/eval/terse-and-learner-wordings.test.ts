import { describe, expect, it } from "vitest";
import { answerText, lastAnswerText } from "../support/questions.js";

// Writers who are terse or learning English. Chat's "sal", "exp", "yrs" and Nigerian English's
// "collect" for pay and experience; a learner's word order ("what i learn first", "for become one", "enter in
// IT"); short follow-ups off the usual form ("it is IT?", "future", "who is more", "backend?", "skills" after
// a move); an IT fresher's questions.

describe("shorthand and dialect words for pay and experience", () => {
  it("reads 'sal' as salary, alone, in a question or after a comparison", () => {
    expect(answerText("wat is sal of dba in texas")).toContain("Database Administrator pay:");
    expect(answerText("what is the sal of a data analyst")).toContain("Data Analyst pay:");
    expect(answerText("dba sal?")).toContain("Database Administrator pay:");
    expect(lastAnswerText("which is more better data analyst or data scientist", "sal?")).toContain(
      "Pay: Data Analyst vs Data Scientist",
    );
  });

  it("reads 'collect' asked of by 'how much' as earn, not what is collected", () => {
    expect(answerText("pls how much do data analyst collect per annum")).toContain("Data Analyst pay:");
    expect(answerText("how much do devops engineers collect")).toContain("DevOps Engineer pay:");
    expect(answerText("how much data do data analysts collect")).not.toContain("Data Analyst pay:");
  });

  it("reads 'exp' as experience and 'how much yrs' as the time a move takes", () => {
    expect(answerText("pls tell me how much exp needed for cloud architect")).toContain(
      "Experience for a Cloud Architect:",
    );
    const years = answerText("netwrk admin to netwrk architect how much yrs");
    expect(years).toContain("The sources give no timeline for this move");
    expect(years).toContain("computer network architects: 5 years or more");
  });
});

describe("a learner's word order", () => {
  it("reads what is needed to become a role as the way in", () => {
    for (const q of [
      "for to be data scientist what i need",
      "what i need to become data scientist",
      "what do i need to be a data scientist",
    ])
      expect(answerText(q)).toContain("How to become a Data Scientist:");
    expect(answerText("what skills do i need to become a data scientist")).toContain(
      "Skills for a Data Scientist",
    );
  });

  it("reads the way in from no experience, in words or as 'no exp'", () => {
    for (const q of ["how to become sre, i have no exp", "how to become sre, i have no experience"])
      expect(answerText(q)).toContain("How to become a Site Reliability Engineer:");
  });

  it("reads a way in without university as one without a degree", () => {
    expect(answerText("is possible become ML engineer without study in university?")).toContain(
      "Without a degree:",
    );
  });

  it("reads a roadmap as the role's career path", () => {
    for (const q of ["kindly share the roadmap for devops engineer", "devops engineer roadmap"])
      expect(answerText(q)).toContain("Career path for a DevOps Engineer");
  });

  it("reads 'enter in IT', 'come in IT' from a job held as the move into IT", () => {
    // (The tests' knowledge holds the curated roles' occupations only: the start's own figures are the eval
    // corpus's.)
    expect(answerText("im mechanical engineer, can i enter in IT?")).toMatch(
      /^From .*mechanical engineer.* to IT Support Specialist$/im,
    );
    expect(
      lastAnswerText("my brother is electrician, he want to come in IT", "how much he will earn"),
    ).toContain("Median annual wage, computer user support specialists (US)");
  });

  it("answers 'and for become one?' and 'what i learn first' in their threads", () => {
    expect(lastAnswerText("mle job wat they do exactly", "and for become one?")).toContain(
      "How to become a Machine Learning Engineer",
    );
    const learn = lastAnswerText(
      "i am working as qa since 3 years, can i go to devops?",
      "what i learn first",
    );
    expect(learn).toMatch(/^From QA Engineer to DevOps Engineer$/m);
    expect(learn).toContain("To learn:");
  });
});

describe("short follow-ups off the usual form", () => {
  it("answers 'it is IT?' as whether the thread's role counts as IT", () => {
    expect(lastAnswerText("what does a sysadmin do", "it is IT?")).toContain(
      "Yes: System Administrator is one of the roles I count as IT.",
    );
  });

  it("reads a bare topic word as a question, not a greeting", () => {
    expect(lastAnswerText("tell me about data scientist", "future")).toContain(
      "Outlook for a Data Scientist",
    );
  });

  it("reads 'who is more' after two roles' pay as their pay side by side", () => {
    for (const q of ["who is more", "which is more"])
      expect(lastAnswerText("what sysadmin earn", "and dba?", q)).toContain(
        "Pay: System Administrator vs Database Administrator",
      );
    expect(lastAnswerText("frontend salary", "backend?", "fullstack?", "which is best")).toContain(
      "Pay: Front-End Developer vs Back-End Developer vs Full Stack Developer",
    );
  });

  it("asks a bare role's name with a question mark the thread's question again", () => {
    expect(lastAnswerText("frontend salary", "backend?")).toContain("Back-End Developer pay:");
  });

  it("reads a topic word alone after a move as asked of the move", () => {
    const skills = lastAnswerText("can i go from it support to sre", "skills");
    expect(skills).toMatch(/^From IT Support Specialist to Site Reliability Engineer$/m);
    expect(skills).toContain("To learn:");
    expect(lastAnswerText("qa to devops", "salary")).toContain("Pay: DevOps Engineer vs QA Engineer");
  });

  it("says no source rates how hard a move is, with what the target asks", () => {
    for (const q of ["it is hard?", "is it hard?"]) {
      const text = lastAnswerText("qa to devops", q);
      expect(text).toContain("The sources do not rate how hard this move is");
      expect(text).toContain("Experience the sources give for DevOps Engineer");
    }
  });
});

describe("a move asked in words of becoming, and 'it' the field said with 'abt'", () => {
  it("reads 'he can become X?' from a job held as the move, not an outlook comparison", () => {
    expect(answerText("he is working as dba, he can become data architect?")).toMatch(
      /^From Database Administrator to Data Architect$/m,
    );
    expect(answerText("im a dba, can i become data architect?")).toMatch(
      /^From Database Administrator to Data Architect$/m,
    );
  });

  it("asks which IT role 'tell me abt it' means with no thread, and keeps the thread's role in one", () => {
    for (const q of ["tell me abt it", "tell me about it"])
      expect(answerText(q)).toContain("Which IT role do you mean? IT support is the usual way in.");
    expect(lastAnswerText("what does a dba do", "tell me abt it")).toContain("Database Administrator");
  });
});

describe("a fresher getting into IT", () => {
  it("names the IT role that asks least to enter, and its pay as 'the first one'", () => {
    for (const q of ["hi sir i am fresher, which IT job i can get easy", "which IT job is easiest to get"])
      expect(answerText(q)).toContain(
        "Of the IT roles I know, IT Support Specialist needs the least education to enter",
      );
    expect(
      lastAnswerText("hi sir i am fresher, which IT job i can get easy", "salary of first one"),
    ).toContain("IT Support Specialist pay:");
  });

  it("reads 'salary for fresher in IT' as IT support's pay", () => {
    expect(lastAnswerText("salary for fresher in IT")).toContain("IT Support Specialist pay:");
  });
});
