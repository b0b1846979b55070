import { describe, expect, it } from "vitest";
import { answerText, lastAnswerText, understand } from "../support/questions.js";

// Session 23's rules probed with look-alikes: messages that share a rule's words but mean something else,
// each answered as it was before the rule (or as the question asks).

// "have a github w some projects" is an account, no employer; "got a microsoft and a google offer" names two
// employers, the first no less than the second.
describe("an employer named before an offer is no account held", () => {
  it("got a microsoft and a google offer for swe, which pays more?", () => {
    expect(answerText("got a microsoft and a google offer for swe, which pays more?")).toContain(
      "No figures for Microsoft or Google",
    );
  });
  it("i have a github with some projects: still no employer", () => {
    expect(understand("i have a github with some projects. how much does a data analyst make?").company).toBe(
      undefined,
    );
  });
});

// "Recruiter: "Senior SRE, 175k base"" is who spoke; "recruiter: how much do they make with 5 years
// experience?" asks of recruiters, a count of years being no amount said to them.
describe("a recruiter's label before a count of years asks of recruiters", () => {
  it("recruiter: how much do they make with 5 years experience?", () => {
    // Read as said, not as "recruiter said how much …" (a question asked back which role).
    expect(understand("recruiter: how much do they make with 5 years experience?").text).not.toContain(
      "recruiter said",
    );
  });
  it('Recruiter: "Senior SRE, 175k base": still the SRE weighed', () => {
    const u = understand('Recruiter: "Senior SRE, 175k base" — is that good??');
    expect(u.roles.map((r) => r.id)).toEqual(["site-reliability-engineer"]);
  });
});

// The outlook asked while pay is only told is the outlook; an amount a question judges ("is that good?") is
// weighed, as it was.
describe("an amount judged beside the outlook asked is weighed", () => {
  it.each([
    ["i was offered 80k as a data analyst. is that good? what's the outlook for data analysts?", "$80,000"],
    ["got an offer for 95k as a data engineer. is it fair? and what's the future of the role?", "$95,000"],
  ])("%s", (asked, amount) => {
    expect(answerText(asked)).toContain(`where ${amount} a year stands`);
  });
});

// "is 80k low for qa" judges the amount; "100k low cost of living" is the place's cost.
describe("an amount before 'low cost of living' is not judged low", () => {
  it("100k low cost of living vs 130k in nyc for a swe, which is better?", () => {
    expect(understand("100k low cost of living vs 130k in nyc for a swe, which is better?").payStated).toBe(
      undefined,
    );
  });
});

// "is it worth it vs the 52k i'm making now" sets the asker's pay against the thread's job; "the 80k offer
// vs 95k" weighs two offers, neither said to be the asker's.
describe("an amount set against the thread's job is the asker's only if said so", () => {
  it("is it better to take the 80k offer vs 95k?", () => {
    expect(
      lastAnswerText("how much does a data engineer make?", "is it better to take the 80k offer vs 95k?"),
    ).toContain("where $80,000 a year stands");
  });
  it("would the remote one pay more than 90k?: remote said to have no figures", () => {
    expect(
      lastAnswerText("how much does a data engineer make?", "would the remote one pay more than 90k?"),
    ).toContain("No figures for remote work");
  });
});

// "besides python", "not research" set a skill aside; "but not sure python is enough?" asks of python.
describe("a skill doubted is asked about, not set aside", () => {
  it("what skills for data engineer but not sure python is enough?", () => {
    expect(answerText("what skills for data engineer but not sure python is enough?")).toContain(
      "Python for a Software Data Engineer",
    );
  });
});

// "whats market for a senior backend engineer" asks the market rate; with hiring asked it is the job market.
describe("'what's market for' a job beside hiring asked is its market", () => {
  it("whats market for a new grad software engineer right now, is hiring picking up?", () => {
    expect(
      understand("whats market for a new grad software engineer right now, is hiring picking up?").intent,
    ).toBe("market");
  });
  it("whats market for a senior backend engineer: still its pay", () => {
    expect(understand("whats market for a senior backend engineer").intent).toBe("salary");
  });
});

// "i'm a claims adjuster (57k). what does X pay data analysts??" reads the employer's pay sentence alone; a
// place or level told in the other sentences is part of what is asked.
describe("a place told beside an employer's pay asked is kept", () => {
  it.each([
    ["i live in seattle. what does google pay software engineers?", "seattle"],
    ["i work remote from austin. how much does microsoft pay software engineers?", "texas"],
  ])("%s", (asked, place) => {
    const u = understand(asked);
    expect(u.company).toBe(asked.includes("google") ? "Google" : "Microsoft");
    expect(u.entities.place).toBe(place);
  });
  it("i'm a claims adjuster (6 yrs, 57k): still the employer's pay", () => {
    const u = understand(
      "i'm a claims adjuster (6 yrs, 57k). what does Northbridge Mutual pay data analysts?? i don't want to lowball myself",
    );
    expect(u.company).toBe("Northbridge Mutual");
    expect(u.from).toBe(undefined);
  });
});

// "recruiter from kroger pinged me", "a nurse at kaiser messaged me" are who reached out; "im a nurse at kaiser
// with interviews lined up" is the asker's own job, the move kept.
describe("a job held at an employer, with interviews, stays the asker's", () => {
  it("im a nurse at kaiser with interviews lined up for data analyst roles, what skills do i need?", () => {
    const u = understand(
      "im a nurse at kaiser with interviews lined up for data analyst roles, what skills do i need?",
    );
    expect(u.entities.uncovered.map((o) => o.typed)).toContain("nurse");
  });
  it("recruiter from kroger pinged me: still no job asked of", () => {
    const u = understand("recruiter from kroger pinged me about a sysadmin role. what do they pay?");
    expect(u.entities.uncovered.map((o) => o.typed)).not.toContain("recruiter");
  });
});
