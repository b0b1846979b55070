import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// A follow-up with a question of its own after a move's answer (or after the question back of where it
// leads): that question answered for the role the move leads to, never the whole move again.
const answer = lastAnswerText;

describe("credentials asked after a move", () => {
  it("answers what the role the move leads to says of certifications", () => {
    const text = answer("help desk to security analyst, whats the path", "do i need certs");
    expect(text).toContain("Certifications for an Information Security Analyst");
    expect(text).not.toContain("Pay side by side");
    expect(text).not.toContain("To learn:");
  });

  it("answers a question of a degree for the role a move from an occupation leads to", () => {
    const text = answer("web developer here, thinking about becoming a data analyst", "do i need a degree");
    expect(text).toContain("Education for a Data Analyst");
    expect(text).not.toContain("Pay side by side");
  });
});

describe("how long a move from an occupation takes", () => {
  const move = "web developer here, thinking about becoming a data analyst";

  it("says no source gives a timeline, then what it takes, as a move between roles does", () => {
    const text = answer(move, "how long would it take");
    expect(text).toContain("The sources give no timeline for this move");
    expect(text).toContain("From Web Developers to Data Analyst");
    expect(text).toContain("To learn:");
    expect(text).not.toContain("Pay side by side");
  });

  it("says so for a time span named with the move", () => {
    const text = answer("web developer to data analyst in 6 months possible?");
    expect(text).toContain("The sources give no timeline for this move");
    expect(text).toContain("From Web Developers to Data Analyst");
    expect(answer("qa -> swe in 1 year doable?")).toContain("The sources give no timeline for this move");
  });

  it("answers a time span asked after a move between roles", () => {
    const text = answer("help desk to security analyst, whats the path", "in 6 months possible?");
    expect(text).toContain("The sources give no timeline for this move");
    expect(text).not.toContain("Pay side by side");
  });
});

describe("pay starting out after a move", () => {
  it("is the entry-level pay of the role the move leads to, saying where the knowledge has none", () => {
    const text = answer(
      "im a cop wanting to get into cybersecurity",
      "what does the pay look like starting out",
    );
    expect(text).toContain("Information Security Analyst pay");
    expect(text).toContain("The knowledge base has no entry level figure for Information Security Analyst");
    expect(text).toContain("10th–90th percentile");
    expect(text).not.toContain("Police");
  });

  it("reads 'pay starting out' as that question, not as a role's name, and a mistyped name still as one", () => {
    expect(answer("swe to machine learning engineer", "pay starting out")).toContain("$96,000 – $152,601");
    expect(answer("data analyst salary", "salary datascientst")).toContain(
      'I don\'t know a role called "datascientst"',
    );
  });

  it("gives the entry-level figure where the knowledge has one", () => {
    const text = answer("swe to machine learning engineer", "whats the starting salary");
    expect(text).toContain("Machine Learning Engineer, Entry level");
    expect(text).toContain("$96,000 – $152,601");
  });
});

describe("one question after a move", () => {
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

  it("keeps the move's start when what to learn for the jump names where it leads again", () => {
    const text = answer(
      "im a data analyst thinking about moving into ml engineering",
      "what would I need to learn to make that jump into ML engineering?",
    );
    expect(text).toContain("From Data Analyst to Machine Learning Engineer");
    expect(text).toContain("To learn:");
    expect(text).not.toContain("How to become");
  });

  it("offers what else to ask about a move on 'more', not the move again", () => {
    const text = answer("software engineer to product manager", "pay?", "more");
    expect(text).toContain("More on the move from Software Engineer to Product Manager?");
    expect(text).not.toContain("Pay side by side");
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

  it("reads a pick of the roles offered, by a word of its name or its place, as where the move leads", () => {
    const start = ["is it support a dead end career", "what can i move to after, ideally security"];
    for (const reply of ["ok what am i missing for the security one", "the security one", "the last one"])
      expect(answer(...start, reply), reply).toMatch(
        /^From IT Support Specialist to Information Security Analyst/,
      );
    // After a field's roles offered, the one picked by its own word is where the move leads.
    expect(answer("it support, want to move into security", "the engineer one")).toMatch(
      /^From IT Support Specialist to Security Engineer/,
    );
  });

  it("asks between the roles offered whose names have the word, when several do", () => {
    const text = answer(move, "the engineer one");
    expect(text).toContain(
      "“engineer” fits Software Engineer and DevOps Engineer alike, by their names. Which do you want to move to from QA Engineer?",
    );
    expect(text).not.toContain("Front-End Developer");
    expect(answer(move, "the engineer one", "2nd")).toMatch(/^From QA Engineer to DevOps Engineer/);
  });
});

describe("a pay follow-up in a place after a move", () => {
  it("keeps both sides, each saying it has no figure there", () => {
    const text = answer("frontend → fullstack worth it?", "and the pay diff in nyc?");
    expect(text).toContain("no New York City, NY figure for Full Stack Developer");
    expect(text).toContain("no New York City, NY figure for Front-End Developer");
  });
});

describe("one thing asked after a move", () => {
  it("answers 'is that a senior role' with the rung of the role the move leads to", () => {
    for (const ask of ["is that a senior role", "is it a senior role"]) {
      const text = answer("dba to data architect", ask);
      expect(text).toContain("Career path for a Data Architect");
      expect(text).toContain("No source rates Data Architect as senior");
      expect(text).not.toContain("Roles I know");
    }
  });

  it("answers 'whats the day to day' with the duties of the role the move leads to", () => {
    const text = answer("teacher switching to product manager, doable?", "whats the day to day");
    expect(text).toContain("What a Product Manager does");
    expect(text).not.toContain("How to become a Product Manager");
  });

  it("says plainly there is nothing on on-call for either side, not the move's table", () => {
    const text = answer(
      "senior backend dev here, thinking of moving to SRE, is that smart",
      "is it more on call heavy",
    );
    expect(text).toContain(
      "The knowledge base has nothing on on-call duty for a Site Reliability Engineer or a Back-End Developer",
    );
    expect(text).not.toContain("Pay side by side");
  });
});
