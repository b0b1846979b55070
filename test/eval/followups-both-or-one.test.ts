import { describe, expect, it } from "vitest";
import { renderText } from "../../src/render/plain-text.js";
import { lastAnswerText, thread } from "../support/questions.js";

// Follow-ups that went to one role of the two the thread was on, or to the wrong one. Each
// thread's last answer must say what is asked of the roles meant, and not what it said before.
const cases: [string[], string[], string][] = [
  // A rank with no figures asked of a pay comparison: both roles, side by side, not one after the other.
  [
    [
      "sre vs devops engineer pay",
      "what skills does the first one need that the second doesnt",
      "ok and in seattle",
      "staff level?",
    ],
    [
      "Pay: Site Reliability Engineer vs DevOps Engineer",
      "No figures for the staff level for Site Reliability Engineer or DevOps Engineer",
    ],
    "- No figures for the staff level: the knowledge base has no Site Reliability Engineer pay figures",
  ],
  [
    ["mle vs data scientist pay", "what about staff"],
    ["the senior level, the nearest level with figures, is compared", "Senior level: $177,177 – $184,000"],
    "- Machine Learning Engineer pay:",
  ],
  // Which of two roles needs a degree: BLS's entry education of each, which lists it said first.
  [
    [
      "data scientist in boston, what's senior pay look like",
      "and research scientist same level",
      "which needs a phd",
    ],
    [
      "Neither has a doctoral degree as BLS's typical entry-level education",
      "Data Scientist, bachelor's degree; Computer and Information Research Scientist, master's degree",
    ],
    "Pick what you want to know",
  ],
  [
    ["product manager vs software engineer", "which needs a degree"],
    [
      "Software Engineer has a degree as BLS's typical entry-level education",
      "BLS gives none for Product Manager",
    ],
    "Only Software Engineer",
  ],
  // A pick as where a move leads, from the role the thread is on.
  [
    [
      "security engineer vs security analyst whats the diff",
      "the second one, what does it pay in dc",
      "how do i get to the first one from there",
    ],
    [
      "From Information Security Analyst to Security Engineer",
      "Carries over from Information Security Analyst",
    ],
    "Getting started as an Information Security Analyst",
  ],
  [
    ["data analyst vs data scientist", "the first one salary", "how do i get to the second one from there"],
    ["From Data Analyst to Data Scientist"],
    "ML trends",
  ],
  // The skills listed weighed against a role held: the gap from it, said where nothing carries over.
  [
    ["<@U07ADV1> product manager skills", "which ones would a swe already have"],
    [
      "From Software Engineer to Product Manager",
      "None of the skills the sources list for Product Manager is on Software Engineer's lists",
    ],
    "What a Software Engineer does",
  ],
  [
    ["data scientist skills", "which ones would a data analyst already know"],
    ["From Data Analyst to Data Scientist", "Carries over from Data Analyst: SQL, Statistics"],
    "ML trends",
  ],
  // A level asked after a move: both sides at it, side by side.
  [
    ["<@U07ADV1> product manager skills", "which ones would a swe already have", "pay difference at senior?"],
    [
      "Pay: Product Manager vs Software Engineer",
      "no senior level figure for Product Manager or Software Engineer",
    ],
    "- Software Engineer pay:",
  ],
  // A word put into the thread role's name names its sibling.
  [
    ["big data engineer salary", "the cloud one"],
    ["Big Data Cloud Engineer pay"],
    "Big Data Software Engineer",
  ],
  [
    ["big data cloud engineer skills", "the software one"],
    ["Skills for a Big Data Software Engineer"],
    "Pick what",
  ],
];

describe("follow-ups about both roles, or the right one", () => {
  it.each(cases)("%j", (messages, said, notSaid) => {
    const text = lastAnswerText(...messages);
    for (const s of said) expect(text).toContain(s);
    expect(text).not.toContain(notSaid);
  });

  it("a skill checked, then 'and the other one?': the same skill checked of the other role", () => {
    const [, , , spark, other] = thread(
      "big data engineer salary",
      "the cloud one",
      "what tools",
      "is spark still a thing there",
      "and the other one?",
    ).map(renderText);
    expect(spark).toContain(
      "Yes: the sources list Apache Spark among a Big Data Cloud Engineer's frameworks",
    );
    expect(other).toContain(
      "Yes: the sources list Apache Spark among a Big Data Software Engineer's frameworks",
    );
    expect(other).not.toContain("Pick what you want to know");
  });
});
