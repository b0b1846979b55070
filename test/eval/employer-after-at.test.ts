import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// Past bug: "data analyst salary at target" gave the general figures as if they were Target's. After
// "at", a known employer whose name is an everyday word ("target"), or a name written with capitals ("at
// Best Buy"), is the employer: no figures for it said first, then the role's general figures, labelled.
describe("an employer named after 'at'", () => {
  it.each([
    ["data analyst salary at target", "Target"],
    ["data analyst pay at Target", "Target"],
    ["data analyst salary at home depot", "Home Depot"],
    ["software engineer salary at Best Buy", "Best Buy"],
    ["what does a data analyst make at Family Dollar", "Family Dollar"],
    ["data analyst salary at target in texas", "Target"],
  ])("%s → no figures for %s", (asked, employer) => {
    const text = lastAnswerText(asked);
    expect(text).toContain(`No figures for ${employer}: the knowledge base has no ${employer} pay figures`);
    expect(text).toContain(`not ${employer}'s`);
  });

  it.each([
    "data analyst salary at home",
    "what do data scientists make at Home",
    "data analyst salary at entry level",
    "data scientist salary at 30",
    "devops salary at the moment",
    "whats my target salary as a data analyst",
  ])("%s names no employer", (asked) => {
    expect(lastAnswerText(asked)).not.toContain("No figures for");
  });
});

// Past bug: an employer no list names gave the role's general figures as if they were its own. Read by where
// it stands (after "at" or "@" ending its clause, listed beside another, after "offer from" or "work for",
// before "pays"), it is said first to have no figures, whatever its words.
describe("an employer read by where it stands", () => {
  it.each([
    ["what does a qa engineer make at epic systems? got an offer from them", "Epic Systems"],
    [
      "<@U0BOT123> found this <https://boards.greenhouse.io/acmecorp/jobs/4455|Senior Data Analyst @ Acme Corp> says 95-110k, is that low?",
      "Acme Corp",
    ],
    ["devops eng @ zentrix labs, is 120k ok?", "Zentrix Labs"],
    ["got an offer from cerner for qa, 85k fair?", "Cerner"],
    ["i work for Zentrix as a qa engineer, is 80k low", "Zentrix"],
    ["Acme pays 95k for a senior data analyst, is that low?", "Acme"],
    ["how much do data analysts make at general motors", "General Motors"],
  ])("%s → no figures for %s", (asked, employer) => {
    const text = lastAnswerText(asked);
    expect(text).toContain(`No figures for ${employer}: the knowledge base has no ${employer} pay figures`);
    expect(text).toContain("General figures for");
  });

  it("reads every employer of a list, an everyday word among them only beside another ('dell or indeed')", () => {
    expect(lastAnswerText("swe salary at like epic or cerner?")).toContain("No figures for Epic or Cerner");
    expect(lastAnswerText("sre salary", "and at indeed?")).toContain("No figures for Indeed");
    expect(lastAnswerText("is the sre outlook good indeed?")).not.toContain("No figures for");
  });

  it.each([
    "how much do sysadmins make at night",
    "what do data analysts make at least",
    "what do swes make at first",
    "how much do mles earn at scale",
    "data analyst pay at this point",
    "is 90k good for a dba at this point",
    "what would i make as a data analyst at 25",
    "what are qa engineers paid at big tech companies?",
    "how much do sysadmins earn at school districts?",
    "devops salary at VP level",
    "im looking at Data Science roles, what do they pay",
    "data scientist pay starting at 80k is that normal",
    "i work for myself as a web dev, whats normal pay",
    "got an offer from a startup for data engineer 130k",
    "is devops stressful at all",
    "whats IT support pay like? my son fixes everyones laptops at family dinners lol",
    "my cousin is an hvac tech and at thanksgiving he swore he makes more than me, im an RN. is that true?",
    "is that more than a nurse makes? i wanted to throw the pie at him",
  ])("%s names no employer", (asked) => {
    expect(lastAnswerText(asked)).not.toContain("No figures for");
  });
});
