import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// One question asked in each word of its kind (src/understanding/topic-words.ts): every synonym of pay, of a
// market's growth, of learning and of credentials gets the answer its most usual word gets.
const answer = lastAnswerText;
const firstLine = (...messages: string[]) => answer(...messages).split("\n")[0];

const payNames = ["salary", "pay", "income", "compensation", "comp", "tc", "earnings"];

describe("pay asked in any of its words", () => {
  it("answers one role's pay, whatever the word of pay", () => {
    for (const word of [...payNames, "wage"])
      expect(firstLine(`what is the ${word} of a data scientist`), word).toBe("Data Scientist pay:");
    for (const verb of ["make", "earn", "get paid"])
      expect(firstLine(`how much does a data scientist ${verb}`), verb).toBe("Data Scientist pay:");
    for (const q of [
      "how much is a data scientist paid",
      "is data scientist lucrative",
      "data scientist income",
      "is data science paid well",
      "are data scientists well paid",
    ])
      expect(firstLine(q), q).toBe("Data Scientist pay:");
    expect(firstLine("is IT support paid well")).toBe("IT Support Specialist pay:");
  });

  it("answers the thread's role's pay to a word of pay alone", () => {
    for (const word of [...payNames, "money", "wages"])
      expect(firstLine("what does an sre do", `and the ${word}?`), word).toBe(
        "Site Reliability Engineer pay:",
      );
    expect(firstLine("what does an sre do", "is it lucrative?")).toBe("Site Reliability Engineer pay:");
  });

  it("sets two roles' pay side by side, whatever the word of pay they are weighed by", () => {
    const pair = "Pay: Software Engineer vs Machine Learning Engineer";
    for (const word of payNames) {
      expect(firstLine(`swe or mle, which has higher ${word}`), word).toBe(pair);
      expect(firstLine(`swe vs mle ${word}`), word).toBe(pair);
    }
  });

  it("ranks roles by pay in any word of pay, the word narrowing nothing", () => {
    for (const word of [...payNames, "wages"]) {
      const text = answer(`which jobs have the highest ${word}`);
      expect(text, word).toContain("Best paid roles\n");
      expect(text, word).not.toContain("ML engineer job postings");
    }
    for (const verb of ["pay", "earn", "make"])
      expect(firstLine(`which roles ${verb} the most`), verb).toBe("Best paid roles");
    expect(firstLine("most lucrative jobs")).toBe("Best paid roles");
    expect(firstLine("highest compensation jobs")).toBe("Best paid roles");
    // "make" that is not of money ranks nothing.
    expect(answer("which jobs make sense for me")).not.toContain("Best paid roles");
  });

  it("reads a misspelt job before any word of pay", () => {
    for (const word of ["salary", "income", "compensation", "earnings", "wages", "tc"])
      expect(answer(`plumbr ${word}`), word).toContain("Plumbers");
  });

  it("answers the pay of IT support however its pay is asked", () => {
    for (const q of ["how much does it support make", "how much is it support paid", "it support income"])
      expect(firstLine(q), q).toBe("IT Support Specialist pay:");
  });
});

describe("a market's growth asked in any of its words", () => {
  it("answers the thread's role's outlook", () => {
    for (const q of [
      "is it growing?",
      "is it expanding?",
      "is it in demand?",
      "and the outlook?",
      "openings?",
    ])
      expect(firstLine("what does an sre do", q), q).toBe("Outlook for a Site Reliability Engineer:");
  });

  it("ranks roles by growth", () => {
    for (const q of [
      "fastest growing jobs",
      "which roles are expanding fastest",
      "which jobs have the best outlook",
      "which roles are in highest demand",
    ])
      expect(firstLine(q), q).toBe("Fastest growing roles");
  });

  it("reads growth by the year as growth, not as a question of the figures' period", () => {
    for (const q of [
      "how much does it grow each year",
      "what's the outlook each year",
      "is demand growing each year",
    ])
      expect(firstLine("swe salary", q), q).toBe("Outlook for a Software Engineer:");
    expect(firstLine("swe salary", "is that per year")).toBe("Yes: the figures are annual, pay for a year.");
  });
});

describe("learning asked in any of its words", () => {
  it("answers what the thread's role needs", () => {
    for (const verb of ["learn", "study", "pick up"])
      expect(firstLine("what does an sre do", `what should i ${verb} next`), verb).toBe(
        "Skills for a Site Reliability Engineer:",
      );
  });

  it("checks one skill against a role", () => {
    for (const verb of ["learn", "study", "pick up"])
      expect(firstLine(`should a data analyst ${verb} python`), verb).toBe("Python for a Data Analyst:");
  });

  it("answers what a move needs", () => {
    for (const verb of ["learn", "study", "pick up"])
      expect(firstLine("swe to mle", `what should i ${verb} first`), verb).toBe(
        "From Software Engineer to Machine Learning Engineer",
      );
  });
});

describe("credentials asked in any of their words", () => {
  const education = "Education for a Network Administrator:";

  it("answers a role's education, saying whether its file names a certification", () => {
    for (const word of ["certs", "certifications", "certificates"]) {
      const text = answer(`what ${word} help for a network admin`);
      expect(text.split("\n")[0], word).toBe(education);
      expect(text, word).toContain("The knowledge base names no certification for Network Administrator.");
    }
  });

  it("answers the thread's role's education to a word of credentials or a certification's name", () => {
    for (const q of [
      "any certs?",
      "any certifications?",
      "any certificates?",
      "is the ccna worth it?",
      "should i get certified?",
    ])
      expect(firstLine("what does a network admin do", q), q).toBe(education);
  });

  it("answers the certifications of IT support for the IT field", () => {
    for (const q of [
      "what certs should i get for IT",
      "what certifications should i get for IT",
      "is security+ useful for IT",
      "is comptia a+ worth it for IT",
      "is it worth getting certified in IT",
    ])
      expect(firstLine(q), q).toBe("Certifications for an IT Support Specialist:");
  });
});
