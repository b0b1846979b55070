import { describe, expect, it } from "vitest";
import { answerQuestion } from "../../src/advisor/ask.js";
import { answerOccupation } from "../../src/advisor/occupations/scope.js";
import { rankedTitles, TitleIndex } from "../../src/official/titles.js";
import { renderText } from "../../src/render/plain-text.js";
import { parseCommand } from "../../src/understanding/command-grammar.js";
import { realKnowledge } from "../support/knowledge.js";
import { answerText, lastAnswerText, understand } from "../support/questions.js";

// Occupation names read right (issue 21: unknown-occupation, compare-typos). This project has only the
// committed subset of the official layer (the curated roles' occupations); what needs every occupation is
// checked where the layer is built from the agencies' files (test/unit/official/import.test.ts).
const kb = realKnowledge();
const occupations = (q: string) => understand(q).entities.uncovered.map((o) => o.typed);

describe("a misspelt job title of one word", () => {
  it("is read as the title where the question has a place for a job", () => {
    expect(occupations("electrcian salary")).toEqual(["electrician"]);
    expect(occupations("plumbr salary")).toEqual(["plumber"]);
    expect(occupations("how much does a plumbr make")).toEqual(["plumber"]);
    expect(occupations("acountant or data analyst")).toEqual(["accountant"]);
    expect(occupations("data scientist vs statistican")).toEqual(["statistician"]);
    expect(occupations("swe vs mle vs acountant")).toEqual(["accountant"]);
  });

  it("is answered as the title spelt right, never as a job called by the typo", () => {
    const nurse = answerText("nurce salary");
    expect(nurse).not.toContain("nurces");
    expect(nurse).toContain("Nurses");
    expect(answerText("teachr salary")).not.toContain("teachrs");
  });

  it("keeps ordinary words that are one letter from a job as they are", () => {
    expect(occupations("fixed salary vs equity")).toEqual([]);
    expect(occupations("twitter salary")).toEqual([]);
    expect(occupations("streamer salary")).toEqual([]);
    // Outside a place for a job, a near miss is no job: "water" is no "waiter".
    expect(occupations("how much water should a data scientist drink")).toEqual([]);
  });

  it("never turns a job named right into a curated role's misspelt name", () => {
    expect(parseCommand(kb, "project manager vs data analyst").kind).toBe("ask");
    expect(answerText("project manager vs data analyst")).not.toContain("Product Manager vs Data Analyst");
    expect(occupations("product manager vs project manager")).toEqual(["project manager"]);
    expect(occupations("is project management better than product management")).toEqual([
      "project management",
    ]);
  });
});

describe("an occupation set beside several things", () => {
  it("stands beside every role named, none dropped", () => {
    const t = answerText("it manager vs swe vs mle salary");
    expect(t).toContain("Computer and Information Systems Managers (SOC 11-3021)");
    expect(t).toContain("Beside Software Engineer: median annual wage, software developers (US), $135,980");
    expect(t).toContain("Beside Machine Learning Engineer:");
  });

  it("names a side it has no one figure for, and why", () => {
    const t = answerText("it manager vs teacher salary");
    expect(t).toContain("“teacher”");
    expect(answerText("it manager vs blorptist salary")).toContain("No official figures for “blorptist”");
  });

  it("says how a name was read: an O*NET job title of the occupation, or read as it", () => {
    expect(answerText("scrum master salary")).toContain(
      "“scrum master” is one of the job titles O*NET lists under Computer Occupations, All Other (SOC 15-1299): these are that whole occupation's figures.",
    );
    expect(answerText("how much does a cio make")).toContain(
      "“cio” is read as Computer and Information Systems Managers (SOC 11-3021)",
    );
    expect(renderText(answerQuestion(kb, "scrum master salary"))).not.toContain("BLS counts");
  });
});

describe("official titles several occupations share", () => {
  // A few occupations as the agencies publish them, enough to show each rule.
  const index = new TitleIndex(
    [
      {
        soc: "53-3032",
        title: "Heavy and Tractor-Trailer Truck Drivers",
        titles: "Trucker\nSystems Engineer",
      },
      { soc: "53-7062", title: "Laborers and Freight, Stock, and Material Movers, Hand", titles: "Trucker" },
      { soc: "17-2011", title: "Aerospace Engineers", titles: "Systems Engineer" },
      { soc: "43-6014", title: "Secretaries and Administrative Assistants", titles: "Police" },
      {
        soc: "33-3051",
        title: "Police and Sheriff's Patrol Officers",
        featured: "Police Officer",
        employment: 660000,
      },
      {
        soc: "33-1012",
        title: "First-Line Supervisors of Police and Detectives",
        featured: "Police Sergeant",
        employment: 100000,
      },
      {
        soc: "25-2031",
        title: "Secondary School Teachers, Except Special Education",
        titles: "High School Teacher",
        featured: "Teacher",
      },
      {
        soc: "25-2058",
        title: "Special Education Teachers, Secondary School",
        titles: "High School Teacher",
        featured: "Teacher",
      },
      {
        soc: "41-3091",
        title: "Sales Representatives of Services",
        titles: "Customer Service Representative (Customer Service Rep)",
      },
      { soc: "43-4051", title: "Customer Service Representatives" },
    ].map((o) =>
      rankedTitles({
        soc: o.soc,
        title: o.title,
        pay: { employment: o.employment },
        onet: { featuredTitles: o.featured, titles: o.titles ?? "", subTitles: "" },
      }),
    ),
  );

  it("goes to the occupation whose own title says what the name says", () => {
    expect(index.lookup("truckers")).toEqual(["53-3032"]);
    expect(index.lookup("high school teacher")).toEqual(["25-2031"]);
    // Where the own titles say it alike, or share only a word many jobs end in, it is still asked back.
    expect(index.lookup("teacher")).toEqual(["25-2031", "25-2058"]);
    expect(index.lookup("systems engineer")).toEqual(["53-3032", "17-2011"]);
  });

  it("reads a bare word listed only under an unrelated occupation as the commonest one named by it", () => {
    expect(index.lookup("police")).toEqual(["33-3051"]);
    expect(index.lists("police", "33-3051")).toBe(false);
    expect(index.lists("police officer", "33-3051")).toBe(true);
  });

  it("reads a title's short name as its long name", () => {
    expect(index.lookup("customer service rep")).toEqual(["43-4051"]);
  });
});

describe("an occupation named in the plural", () => {
  const said = (asked: Parameters<typeof answerOccupation>[1]) => renderText(answerOccupation(kb, asked));
  const occupation = (name: string, soc?: string) => ({
    name,
    ...(soc ? { soc } : {}),
    tech: true,
    near: ["database-administrator"],
    titles: [],
  });

  it("keeps an official title that is plural already, and makes the occupations list's singular plural", () => {
    // An official title O*NET lists under two occupations no curated role is: the occupation's title as BLS
    // writes it. (One a curated role is, such as Database Administrators, is offered as that role.)
    const asked = said({
      typed: "admin",
      occupation: occupation("Network and Computer Systems Administrators", "15-1244"),
      official: ["15-1244", "15-1299"],
    });
    expect(asked).toContain(
      "I don't cover Network and Computer Systems Administrators as a role of their own",
    );
    expect(asked).not.toContain("Administratorses");
    expect(said({ typed: "chefs", occupation: occupation("Chefs and Head Cooks") })).toContain(
      "I don't cover Chefs and Head Cooks yet",
    );
    // The head noun stands before a comma: "All Other" is no noun to make plural.
    expect(said({ typed: "x", occupation: occupation("Computer Occupations, All Other") })).toContain(
      "I don't cover Computer Occupations, All Other yet",
    );
    expect(answerText("how much do mlops engineers make")).toContain("I don't cover MLOps Engineers yet");
    expect(answerText("dog walker salary")).toContain("I don't cover dog walkers yet");
  });
});

describe("a title with a short form of a word of a role's name", () => {
  it("reads 'db admin' as the database administrator, and keeps the thread for a follow-up", () => {
    expect(understand("db admin pay").roles.map((r) => r.id)).toEqual(["database-administrator"]);
    expect(answerText("db admin pay")).toMatch(/^Database Administrator pay/);
    const after = lastAnswerText("db admin pay", "is that after taxes");
    expect(after).toContain("They are gross figures, before tax.");
    expect(after).toContain("oes151242");
    // "db" alone is still the kind of skill.
    expect(understand("what db should i learn").roles).toEqual([]);
  });
});

describe("titles O*NET lists under a curated role's own occupation", () => {
  it("reads a database developer as the Data Architect, whose occupation O*NET lists the title under", () => {
    const text = answerText("database developer salary");
    expect(text).toContain("Data Architect pay");
    expect(text).not.toContain("Software Engineer");
    expect(answerText("what does a database programmer do")).toContain("What a Data Architect does");
  });

  it("reads a business systems analyst as the Computer Systems Analyst, not the Business Analyst", () => {
    expect(answerText("business systems analyst salary")).toContain("Computer Systems Analyst pay");
    expect(answerText("IT business analyst salary")).toContain("Computer Systems Analyst pay");
    // "business analyst" alone is still the occupation of that name, no curated role.
    expect(answerText("business analyst salary")).toContain("I don't cover Business Analysts yet");
  });
});
