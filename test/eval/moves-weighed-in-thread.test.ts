import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// Past bug: two moves set out one at a time ("sysadmin → devops", "how about sre instead"), then "which is
// the easier jump of the two", gave the second move again; roles asked in turn ("what do PMs make", "what
// about em") then "which one is easier to get into from swe" gave the way into software engineering. Both
// are the options from one start, side by side, with how many of each option's skills are new from it.
const cases: [string[], string[]][] = [
  [
    [
      "i'm a sysadmin, want to move into devops. what am i missing",
      "how about sre instead",
      "which is the easier jump of the two",
    ],
    [
      "DevOps Engineer vs Site Reliability Engineer",
      "Options from System Administrator",
      "new to a System Administrator: DevOps Engineer 9 of 9, Site Reliability Engineer 7 of 8",
    ],
  ],
  [
    ["what do PMs make", "what about em", "which one is easier to get into from swe"],
    ["Product Manager vs Engineering Manager", "Options from Software Engineer"],
  ],
  [
    ["sysadmin for 10 years, should i move to devops or sre"],
    ["Options from System Administrator", "new to a System Administrator: DevOps Engineer 9 of 9"],
  ],
];

describe("moves weighed against each other in a thread", () => {
  it.each(cases)("%j", (messages, said) => {
    const text = lastAnswerText(...messages);
    for (const s of said) expect(text).toContain(s);
  });

  it("keeps one move's answer when only one move was set out", () => {
    const text = lastAnswerText(
      "i'm a sysadmin, want to move into devops. what am i missing",
      "which is easier",
    );
    expect(text).not.toContain("Options from");
  });
});

// Past bug: "analyst" as the whole reply to the best paid data roles read as off topic. A reply of one word
// of one listed role's own name picks that role.
describe("a one-word reply to a list picks the role whose name has it", () => {
  it("picks Data Analyst from the data roles by 'analyst'", () => {
    const text = lastAnswerText("how much do data jobs pay", "analyst");
    expect(text).toContain("Data Analyst pay");
  });

  it("picks nothing with a word several listed roles share", () => {
    const text = lastAnswerText("how much do data jobs pay", "engineer");
    expect(text).not.toContain("Data Analyst pay");
  });
});

// Past bug: "devops engineer salary in denver. is it good compared to sre?" gave each role's pay one after
// the other, since "to sre" read as a move; "compared to" sets the roles side by side, as "vs" does.
describe("a role compared to another, with a place that has no figures", () => {
  it("sets both roles' pay side by side, saying there are none for the place", () => {
    const text = lastAnswerText("devops engineer salary in denver. is it good compared to sre?");
    expect(text).toContain("Pay: DevOps Engineer vs Site Reliability Engineer");
    expect(text).toContain("No figures for Denver for DevOps Engineer or Site Reliability Engineer");
  });
});

// Past bug: "data architect pay compared with dba" gave the whole comparison; "compared" sets the
// roles against each other by pay alone, as "vs" and "compare" do, and a place with no figures changes that not.
describe("roles' pay 'compared with' each other", () => {
  it.each(["data architect pay compared with dba", "data architect pay in phoenix compared with dba"])(
    "%s",
    (question) => {
      expect(lastAnswerText(question)).toContain("Pay: Data Architect vs Database Administrator");
    },
  );
});
