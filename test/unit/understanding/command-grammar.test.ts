import { describe, expect, it } from "vitest";
import { parseCommand } from "../../../src/understanding/command-grammar.js";
import { realKnowledge } from "../../support/knowledge.js";

const kb = realKnowledge();
const parse = (text: string) => parseCommand(kb, text);

describe("command parser", () => {
  it("treats empty or blank input as help", () => {
    expect(parse("")).toEqual({ kind: "help" });
    expect(parse("   \n\t ")).toEqual({ kind: "help" });
  });

  it.each([
    ["compare mle swe", ["mle", "swe"]],
    ["compare mle vs swe", ["mle", "swe"]],
    ["compare  MLE  VS.  swe ", ["MLE", "swe"]],
    [
      "compare machine learning engineer and software engineer",
      ["machine learning engineer", "software engineer"],
    ],
    ["compare mle, swe, dse", ["mle", "swe", "dse"]],
    ['compare "lead mle" "data science engineer"', ["lead mle", "data science engineer"]],
    ["compare “lead mle” versus dse", ["lead mle", "dse"]],
    ["compare lead mle data science engineer", ["lead mle", "data science engineer"]],
    ["compare swe mle full stack developer", ["swe", "mle", "full stack developer"]],
  ])("splits %s into roles", (text, roles) => {
    expect(parse(text)).toEqual({ kind: "compare", roles });
  });

  it("reads a bare list of roles as compare and a bare role as role", () => {
    expect(parse("mle vs swe")).toEqual({ kind: "compare", roles: ["mle", "swe"] });
    expect(parse("machine learning engineer")).toEqual({
      kind: "role",
      role: "machine learning engineer",
      bare: true,
    });
    expect(parse("machien lerning")).toEqual({ kind: "role", role: "machien lerning", bare: true });
  });

  it("asks for two or three roles to compare", () => {
    expect(parse("compare")).toMatchObject({ kind: "usage", command: "compare" });
    // One role: the thread's role is the other, which only the conversation knows.
    expect(parse("compare with backend")).toEqual({ kind: "compare", roles: ["backend"] });
    expect(parse("compare mle swe dse fsd")).toMatchObject({
      kind: "usage",
      problem: expect.stringContaining("4 roles"),
    });
  });

  it.each([
    ["salary mle senior seattle", { role: "mle", level: "senior", location: "seattle" }],
    [
      "salary machine learning engineer senior new york city",
      { role: "machine learning engineer", level: "senior", location: "new york city" },
    ],
    ["salary for an mle in san francisco", { role: "mle", location: "san francisco" }],
    ["salary mle entry", { role: "mle", level: "entry" }],
    ["salary senior applied scientist", { role: "senior applied scientist" }],
    ["salary astronaut senior seattle", { role: "astronaut", level: "senior", location: "seattle" }],
  ])("reads %s", (text, expected) => {
    expect(parse(text)).toEqual({ kind: "salary", ...expected });
  });

  it("leaves a missing salary role to the saved preference", () => {
    expect(parse("salary")).toEqual({ kind: "salary" });
    expect(parse("skills")).toEqual({ kind: "skills" });
  });

  it.each([["gap swe to mle"], ["gap from swe to mle"], ["gap swe -> mle"], ["gap swe mle"]])(
    "reads %s as a gap from swe to mle",
    (text) => {
      expect(parse(text)).toEqual({ kind: "gap", from: "swe", to: "mle" });
    },
  );

  it("reads preferences", () => {
    expect(parse("prefs")).toEqual({ kind: "prefs", action: "show" });
    expect(parse("prefs reset")).toEqual({ kind: "prefs", action: "reset" });
    expect(parse("prefs set location New York City")).toEqual({
      kind: "prefs",
      action: "set",
      key: "location",
      value: "New York City",
    });
    expect(parse("prefs set colour blue")).toMatchObject({ kind: "usage", command: "prefs" });
    expect(parse("prefs set level")).toMatchObject({
      kind: "usage",
      problem: expect.stringContaining("give a value"),
    });
  });

  it("reads digest commands and refuses bad times, zones and dates", () => {
    expect(parse("digest subscribe")).toEqual({ kind: "digest", action: "subscribe" });
    expect(parse("digest subscribe 8:30 Europe/Berlin")).toEqual({
      kind: "digest",
      action: "subscribe",
      time: "08:30",
      zone: "Europe/Berlin",
    });
    expect(parse("digest subscribe 25:00")).toMatchObject({
      kind: "usage",
      problem: expect.stringContaining('"25:00" is not a time'),
    });
    expect(parse("digest subscribe 09:00 Mars/Olympus")).toMatchObject({
      kind: "usage",
      problem: expect.stringContaining("IANA"),
    });
    expect(parse("digest preview --date 2026-12-01")).toEqual({
      kind: "digest",
      action: "preview",
      date: "2026-12-01",
    });
    expect(parse("digest preview --date 2026-13-45")).toMatchObject({ kind: "usage" });
    expect(parse("digest dance")).toMatchObject({ kind: "usage", command: "digest" });
  });

  it("treats any other text as a question, whatever it contains", () => {
    for (const text of [
      "what does an mle earn?",
      "<!channel> what pays best?",
      "機械学習エンジニアの給料は？",
      "🚀🚀 ml salary 🤑",
      "\u0000\u0007 control",
    ])
      expect(parse(text).kind).toBe("ask");
  });

  it("leaves a pick, or a gap the grammar cannot split in two, to the question reader", () => {
    // A place in the thread's list is no role's name: "2nd" is read against the thread.
    for (const text of ["ok pay for the 2nd", "pay for #2", "salary of the last", "skills gap backend vs ml"])
      expect(parse(text).kind, text).toBe("ask");
    expect(parse("gap between data analyst and ml")).toEqual({ kind: "gap", from: "data analyst", to: "ml" });
    expect(parse("gap betwen data analist and ml").kind).toBe("ask");
  });

  it("reads only the first 500 characters of a 6,000-character input", () => {
    const long = `ask ${"why ".repeat(1500)}`;
    const parsed = parse(long);
    expect(parsed.kind).toBe("ask");
    expect(parsed.kind === "ask" && parsed.question.length).toBeLessThanOrEqual(500);
  });

  it("asks for what is missing", () => {
    expect(parse("role")).toMatchObject({ kind: "usage", command: "role" });
    expect(parse("ask")).toMatchObject({ kind: "usage", command: "ask" });
    expect(parse("gap mle")).toMatchObject({ kind: "usage", command: "gap" });
  });
});
