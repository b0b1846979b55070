import { describe, expect, it } from "vitest";
import { answerText, understand } from "../support/questions.js";

// left6 #4: "chicagoland data analyst salary", "upstate data analyst salary" read the region as an employer
// ("No figures for Chicagoland"), and "east coast swe salary" read no place at all: a region named by a word
// of its own is a place, said to have no figures, with the nearest the knowledge has.
describe("a region named by a word of its own", () => {
  it.each([
    ["chicagoland data analyst salary", "No figures for Chicagoland", "Illinois (Chicago)"],
    ["upstate data analyst salary", "No figures for Upstate New York", "General figures for Data Analyst"],
    ["midwest data analyst salary", "No figures for the Midwest", "General figures for Data Analyst"],
    ["east coast swe salary", "No figures for the East Coast", "General figures for Software Engineer"],
    ["data analyst salary in chicagoland", "No figures for Chicagoland", "Illinois (Chicago)"],
  ])("%s", (asked, first, then) => {
    const u = understand(asked);
    expect(u.company).toBeUndefined();
    const text = answerText(asked);
    expect(text).toContain(first);
    expect(text).toContain(then);
  });

  it("leaves an employer before the job an employer", () => {
    expect(understand("google data analyst salary").company).toBe("Google");
  });
});
