import { beforeAll, describe, expect, it } from "vitest";
import { knowledgeWithLayer, officialLayerInstalled, saidWithLayer } from "../support/official-layer.js";
import { answerText, lastAnswerText } from "../support/questions.js";

// Unseen checks u110 (English as a second language) and u112 (asked on behalf of someone): "package" alone
// is pay in Indian English, yet "what is data analyst package in US" was a word to define; "kindly share
// roadmap" after a move read "share" as what two roles have in common; "possible or too big" read "big" as
// the Big Data roles; "and what is outlook for next 10 yrs?" after nurses' pay was out of scope; "he does it
// support at a hospital" asked which role; "what would she need to learn" after a pick described the role;
// "whats the top end for ml" gave the ladder; "physical therapy" asked which of five occupations.

beforeAll(() => {
  if (officialLayerInstalled) knowledgeWithLayer();
}, 120_000);

describe("'package' alone is the pay", () => {
  it.each([
    ["what is qa engineer package in US?", "QA Engineer pay"],
    ["whats the package of a network administrator", "Network Administrator pay"],
    ["cloud architect package in usa pls", "Cloud Architect pay"],
  ])("%s", (q, heading) => {
    const said = answerText(q);
    expect(said).toContain(heading);
    expect(said).toContain("Median annual wage");
  });

  it("leaves a compensation package and a software package alone", () => {
    expect(answerText("what does a full comp package look like for a data engineer")).toContain(
      "total-compensation",
    );
    expect(answerText("which python package should a data scientist learn first")).not.toContain(
      "Median annual wage",
    );
  });
});

describe("'share' asked of the advisor in a move", () => {
  it.each([
    [
      "system admin since 5 yr, want to become devops engineer, pls share roadmap",
      "From System Administrator to DevOps Engineer",
    ],
    [
      "network admin to cloud architect, kindly share the steps",
      "From Network Administrator to Cloud Architect",
    ],
    ["qa engineer wanting to become data analyst, please share roadmap", "From QA Engineer to Data Analyst"],
  ])("%s: the move's gap", (q, heading) => {
    expect(answerText(q)).toContain(heading);
  });

  it("still reads what two roles share", () => {
    expect(answerText("what skills do devops and sre share")).toContain("have in common");
  });
});

describe("a move judged 'possible or too big'", () => {
  it.each([
    [
      "helpdesk → sre, is this jump possible or too big?",
      "From IT Support Specialist to Site Reliability Engineer",
    ],
    ["qa engineer to devops, doable or is it too hard?", "From QA Engineer to DevOps Engineer"],
    [
      "sysadmin -> cloud architect, possible or too big a leap",
      "From System Administrator to Cloud Architect",
    ],
  ])("%s: the move, no Big Data roles", (q, heading) => {
    const said = answerText(q);
    expect(said).toContain(heading);
    expect(said).not.toContain("Big Data");
  });
});

describe("a growth word or the range asked as if a term", () => {
  it.skipIf(!officialLayerInstalled)("outlook after an occupation's pay is its outlook", () => {
    const said = saidWithLayer(
      "how much do electricians make in usa",
      "and what is outlook for next 10 yrs?",
    );
    expect(said).toContain("Electricians (SOC 47-2111)");
    expect(said).toContain("Projected employment change");
    expect(said).not.toContain("outside what I know");
  });

  it("outlook after a role's pay is its outlook", () => {
    const said = lastAnswerText("what is data analyst salary in usa?", "what is demand for next 5 yrs");
    expect(said).toContain("Outlook for a Data Analyst");
  });

  it("the general range after a company's pay is the role's pay", () => {
    const said = lastAnswerText(
      "microsoft devops engineer salary",
      "ok then what is general range, national?",
    );
    expect(said).toContain("DevOps Engineer pay");
    expect(said).not.toContain("outside what I know");
  });
});

describe("'it support' done by someone", () => {
  it.each([
    "my nephew does it support at a hospital, where can it lead",
    "she does it support for a law firm, can she grow from there",
    "he did it support for 3 yrs, what next",
  ])("%s: IT Support Specialist's path", (q) => {
    const said = answerText(q);
    expect(said).toContain("IT Support Specialist");
    expect(said).not.toContain("Which IT role do you mean");
  });

  it("leaves 'does it support python?' to the pronoun", () => {
    expect(answerText("does it support python?")).not.toContain("IT Support Specialist");
  });
});

describe("learning asked after a pick", () => {
  it("lists what the role picked needs", () => {
    const said = lastAnswerText(
      "data analyst vs data scientist, whats the difference in pay",
      "what about the second one, what would he need to learn",
    );
    expect(said).toContain("Python, R, SQL");
    expect(said).not.toContain("What a Data Scientist does");
  });
});

describe("the top end of one role", () => {
  it.each([
    ["hr here, whats the top end for ml? like staff level", "Machine Learning Engineer pay"],
    ["what is the top end for a devops engineer", "DevOps Engineer pay"],
  ])("%s: its pay", (q, heading) => {
    expect(answerText(q)).toContain(heading);
  });
});

describe("a field of therapy named", () => {
  it
    .skipIf(!officialLayerInstalled)
    .each([
      "my daughter is thinking about physical therapy instead of cs, hows the outlook",
      "is physiotherapy a good career",
      "what does physical therapy pay",
    ])("%s: Physical Therapists", (q) => {
    expect(saidWithLayer(q)).toContain("Physical Therapists (SOC 29-1123)");
  });
});
