import { describe, expect, it } from "vitest";
import { lastAnswerText, understand } from "../support/questions.js";

// Past bug: a US state the place lists did not hold ("it admin salary in nebraska") was passed over in
// silence, national figures given as if they answered it. Every US state is listed now, each said to have
// no figures before the general ones, for a curated role and for an official occupation alike.
const cases: [string[], string][] = [
  [["it admin salary in nebraska"], "No figures for Nebraska"],
  [["how much does an IT manager make in kansas"], "No figures for Kansas"],
  [["what does a network architect do", "how much do they make in oklahoma"], "No figures for Oklahoma"],
  [["west virginia sysadmin salary"], "No figures for West Virginia"],
  [["data analyst pay in omaha"], "No figures for Nebraska"],
  [["dba salary in fort worth"], "No figures for Fort Worth"],
];

describe("a US state with no figures is said so", () => {
  it.each(cases)("%s", (asked, said) => {
    expect(lastAnswerText(...asked)).toContain(said);
  });

  // Official occupations are answered from the data layer, not loaded in tests: the place read is what they say.
  it.each([
    ["whats the salary for a dental hygienist in iowa", "Iowa"],
    ["roofer salary in montana", "Montana"],
    ["how much do welders make in alabama", "Alabama"],
  ])("%s reads the state for an official occupation", (asked, place) => {
    expect(understand(asked).unlistedPlace).toBe(place);
  });

  it("still gives the role's general figures after saying so", () => {
    const text = lastAnswerText("it admin salary in nebraska");
    expect(text).toContain("System Administrator pay");
    expect(text).toContain("$99,130");
  });

  it("leaves words that share a state's stem alone ('main' is not Maine)", () => {
    expect(lastAnswerText("whats the main skill for a dba")).not.toContain("No figures for");
  });
});
