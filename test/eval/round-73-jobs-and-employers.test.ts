import { beforeAll, describe, expect, it } from "vitest";
import { knowledgeWithLayer, officialLayerInstalled, saidWithLayer } from "../support/official-layer.js";
import { lastAnswerText } from "../support/questions.js";

// The whole official layer loads once, before the first question, however busy the machine.
beforeAll(() => {
  if (officialLayerInstalled) knowledgeWithLayer();
}, 120_000);

// Round 73's misses, each asserting what a user notices. Short forms of titles: "sec engr" and "sys
// analyst" (before, the security engineer was not read and the systems analyst was dropped).
describe("short forms of a title's words", () => {
  it("reads 'engr' as engineer and 'sys' as systems in a comparison", () => {
    expect(lastAnswerText("sec analyst vs sec engr whats the real diff? i do a bit of both")).toContain(
      "Information Security Analyst vs Security Engineer",
    );
    expect(lastAnswerText("sys analyst vs data analist which has more room to grow")).toContain(
      "Computer Systems Analyst vs Data Analyst",
    );
  });
});

// An employer asked after another in a thread, with its town and state: its own, not the thread's.
describe("a new employer and place in a follow-up", () => {
  it("says it has no figures for the employer and state named, not the thread's", () => {
    const text = lastAnswerText(
      "anyone know what Tyson pays data analysts up in springdale",
      "what about Epic in madison wisconsin, i hear they pay real good for swe",
    );
    expect(text).toContain("No figures for Epic");
    expect(text).toContain("No figures for Wisconsin");
    expect(text).toContain("Software Engineer pay");
    expect(text).not.toContain("Tyson");
    expect(text).not.toContain("Springdale");
  });

  it("reads no employer in a skill typed with a capital before 'in'", () => {
    expect(lastAnswerText("swe salary in seattle", "what about Python in data science")).not.toContain(
      "No figures for Python",
    );
  });
});

// A database named among the tools worked with is no employer, and no skills question.
describe("a pay question with the tools worked with in brackets", () => {
  it("answers the pay, with no Oracle employer carried on", () => {
    const first =
      "what does the State of Ohio pay a database administrator? been DBA at a state agency 6 yrs (sql server, some oracle) and i think im underpaid";
    expect(lastAnswerText(first)).toContain("Database Administrator pay");
    const next = lastAnswerText(first, "what about illinois then, wife has family near springfield");
    expect(next).toContain("no Illinois (Chicago) figure for Database Administrator");
    expect(next).not.toContain("Oracle");
  });
});

describe.skipIf(!officialLayerInstalled)("jobs outside tech said by their work or kind", () => {
  it("reads a truck driven with a CDL as a heavy truck driver's job", () => {
    const text = saidWithLayer(
      "my husband drives a truck (CDL A, flatbed). what's the national median and is it dying bc of the self driving trucks everyone talks about",
    );
    expect(text).toContain("Heavy and Tractor-Trailer Truck Drivers (SOC 53-3032)");
    expect(text).toContain("$58,640");
  });

  it("reads running the water treatment plant as its operator's job, and 'shrinking' as no job", () => {
    const text = saidWithLayer(
      "public works here, i run the water treatment plant for our county, been doing it 14 yrs. whats my job pay nationally and is it growing or shrinking",
    );
    expect(text).toContain("Water and Wastewater Treatment Plant and System Operators (SOC 51-8031)");
    expect(text).not.toContain("“shrinking”");
  });

  it("reads a DMV clerk as a license clerk, not a compliance officer", () => {
    const text = saidWithLayer(
      "i'm a dmv clerk, official title is motor vehicle rep II. what would my job be called in the government stats and what does it pay",
    );
    expect(text).toContain("Court, Municipal, and License Clerks (SOC 43-4031)");
    expect(text).not.toContain("Compliance Officers (SOC 13-1041)");
  });

  it("reads the kind said after a job as the job of that kind", () => {
    const text = saidWithLayer(
      "for comparison whats the national pay for social workers, the child and family kind",
    );
    expect(text).toContain("Child, Family, and School Social Workers (SOC 21-1021)");
    expect(text).not.toContain("Which one?");
  });
});

// A move hedged without the job's article, and an employer given by example.
describe.skipIf(!officialLayerInstalled)("a hedged move from the thread's occupation", () => {
  it("reads 'into something like systems analyst from that' as the move", () => {
    expect(
      saidWithLayer(
        "i run the water treatment plant for our county, whats my job pay nationally",
        "could i get into something like systems analyst from that? i already do a ton with the SCADA and the PLC side",
      ),
    ).toContain("From Water and Wastewater Treatment Plant and System Operators to Computer Systems Analyst");
  });
});

describe("an employer given as 'somewhere like X'", () => {
  it("says it has no figures for that employer, its name ending before 'pay'", () => {
    const text = lastAnswerText("what would somewhere like acme pay a data analyst");
    expect(text).toContain("No figures for Acme");
    expect(text).not.toContain("Acme Pay");
    expect(text).toContain("Data Analyst pay");
  });
});

// Layoffs asked of the thread's role: its outlook, said first to hold no layoff figures.
describe("layoffs asked of one role", () => {
  it("answers the outlook, saying no layoff or live hiring figures are held", () => {
    const text = lastAnswerText("swe pay", "is it a growing field tho or are they all laying ppl off");
    expect(text).toContain("The knowledge holds nothing on layoffs or live hiring");
    expect(text).toContain("Projected employment change, software developers, 2024–34");
    expect(text).not.toContain("nothing on “field");
  });
});
