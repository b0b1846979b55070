import { describe, expect, it } from "vitest";
import {
  employerAfterAt,
  employerAskedAgain,
  employerSetAgainst,
} from "../../../src/understanding/entities/employer-frames.js";
import {
  productWorkedWith,
  programOfEmployer,
} from "../../../src/understanding/entities/employer-not-meant.js";
import { unlistedEmployers } from "../../../src/understanding/entities/unlisted-employers.js";

const words = (s: string) => s.split(" ");

// Each reading of an employer in its own file: where the words put one, where a name names none, and an
// employer no list names read from a pay question's frame.
describe("where the words put an employer", () => {
  it("after 'at' ending the message or before its place, after 'same q for', across a comparing word", () => {
    expect(employerAfterAt(words("a dba at kaiser in kentucky"), 3, 4)).toBe(true);
    expect(employerAfterAt(words("at kaiser they pay well"), 1, 2)).toBe(false);
    expect(employerAskedAgain(words("same q for target"), 3)).toBe(true);
    expect(employerSetAgainst(words("accenture vs aws pay"), 2, 3)).toBe(true);
  });
});

describe("an employer's name that names no employer", () => {
  it("is a product worked with or a course the employer gives", () => {
    expect(productWorkedWith(words("working with vmware"), 2, 3, () => false)).toBe(true);
    expect(productWorkedWith(words("google + meta"), 0, 1, (at) => at === 2)).toBe(false);
    expect(programOfEmployer(words("did the google data cert thing"), 3)).toBe(true);
    expect(programOfEmployer(words("google pay for swe"), 1)).toBe(false);
  });
});

describe("an employer no list names", () => {
  it("is read where a pay question puts whoever pays, spelt with capitals", () => {
    const never = () => false;
    const reading = { known: never, english: never, skill: never, tool: never, lineOfBusiness: never };
    const found = unlistedEmployers(words("what does costco pay it support"), {
      ...reading,
      jobAt: (i) => i === 4,
    });
    expect(found.map((m) => m.entries[0])).toEqual(["Costco"]);
    expect(unlistedEmployers(words("how much does freelancing pay"), { ...reading, jobAt: never })).toEqual(
      [],
    );
  });

  it("is read heading a job's pay, but not a word of where or in what business the job is", () => {
    const never = () => false;
    const job = (i: number): boolean => i === 1 || i === 2;
    const jobAfterTwo = (i: number): boolean => i === 2 || i === 3;
    const oneWordJob = (i: number): boolean => i === 1;
    const tool = (w: string) => w === "golang";
    const english = (w: string) => w === "state";
    const heading = (text: string, jobAt = job) =>
      unlistedEmployers(words(text), {
        known: never,
        english,
        jobAt,
        skill: never,
        tool,
        lineOfBusiness: never,
      }).map((m) => m.entries[0]);
    expect(heading("publix supermarkets data analyst salary", jobAfterTwo)).toEqual(["Publix Supermarkets"]);
    // One unknown word before a job named whole, in two words: an employer.
    expect(heading("boeing network architect salary")).toEqual(["Boeing"]);
    // Before a one-word job, or a skill's, a people's or an English word: a tool or a kind of the job.
    expect(heading("acme developer salary", oneWordJob)).toEqual([]);
    expect(heading("golang data analyst salary")).toEqual([]);
    expect(heading("dutch data analyst salary")).toEqual([]);
    expect(heading("saudi data analyst salary")).toEqual([]);
    expect(heading("state data analyst salary")).toEqual([]);
    expect(heading("canadian data analyst salary")).toEqual([]);
    expect(heading("fintech data analyst salary")).toEqual([]);
  });
});
