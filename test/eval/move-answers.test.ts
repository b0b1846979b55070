import { describe, expect, it } from "vitest";
import type { Comparison, SkillGap } from "../../src/advisor/answers.js";
import { formatFigure } from "../../src/knowledge/core/figure-text.js";
import type { Figure, Role } from "../../src/knowledge/core/schema.js";
import { realKnowledge } from "../support/knowledge.js";
import { officialLayerInstalled, saidWithLayer } from "../support/official-layer.js";
import { answerText, lastAnswerText, thread, understand } from "../support/questions.js";

// What a move's answer shows: each side's figure at the level or in the place the question names, a move
// asked only for what it does to pay, and options from the role someone holds, with that role's own pay.
const kb = realKnowledge();
const role = (id: string) => kb.roleById.get(id) as Role;
const mle = role("machine-learning-engineer");
const levelFigure = (r: Role, level: string) =>
  formatFigure(r.salary?.levels.find((l) => l.level === level)?.figure as Figure);
const placeFigure = (r: Role, place: string) =>
  formatFigure(r.salary?.locations.find((l) => l.location === place)?.figure as Figure);
/** The official median the role's pay is shown by, as the answer writes it. */
const median = (r: Role) =>
  formatFigure(r.salary?.government.find((f) => /^median/i.test(f.label)) as Figure);
const payPart = (text: string) =>
  text.slice(text.indexOf("Pay side by side"), text.indexOf("Outlook side by side"));

describe("a move asked at a level or in a place", () => {
  it("shows the side's figure there where it has one, and says which side has none", () => {
    const text = answerText("as a senior swe in seattle should i move to ml");
    expect(text).toMatch(/^From Software Engineer to Machine Learning Engineer/);
    expect(payPart(text)).toContain(placeFigure(mle, "seattle"));
    expect(payPart(text)).toContain(levelFigure(mle, "senior"));
    expect(payPart(text)).toContain(median(role("software-engineer")));
    expect(text).toContain(
      "The knowledge base has no Software Engineer figure at the senior level or in Seattle, WA: its pay below is national.",
    );
    expect(text).not.toContain("No figures for a move");
    // Then the outlook and the gap, as in any move.
    expect(text).toContain("Outlook side by side");
    expect(text).toContain("To learn:");
  });

  it("does so for the side a move starts from as for the one it leads to", () => {
    const text = answerText("mid level mle in nyc thinking of going to research scientist");
    expect(payPart(text)).toContain(placeFigure(mle, "new-york-city"));
    expect(payPart(text)).toContain(levelFigure(mle, "mid"));
    expect(payPart(text)).toContain(median(role("research-scientist")));
    expect(text).toContain(
      "The knowledge base has no Computer and Information Research Scientist figure at the mid level or in New York City, NY",
    );
    const place = answerText("mle to swe in seattle");
    expect(payPart(place)).toContain(placeFigure(mle, "seattle"));
    expect(place).toContain("The knowledge base has no Software Engineer figure in Seattle, WA");
  });

  it("weighs the figure asked for where it is one amount, else the role's own", () => {
    const there = thread("as a senior swe in seattle should i move to ml")[0] as SkillGap;
    expect(there.weighing?.pay.verdict).toContain("Machine Learning Engineer's is higher");
    // A level's range is no one amount: the role's own figure stays first, the range right under it.
    const junior = thread("junior swe thinking of moving to mle")[0] as SkillGap;
    const mleSide = junior.weighing?.pay.roles[1];
    expect(mleSide?.figures[0]?.label).toBe("Average salary (market overview)");
    expect(mleSide?.figures[1]?.value).toBe(levelFigure(mle, "entry"));
  });

  it("names the level as well as the place when neither side has a figure for them", () => {
    const text = answerText("as a junior data analyst in austin, should i move into data engineering");
    expect(text).toContain(
      "No figures for a move at the entry level or in Texas (Austin, Dallas): the pay and outlook below are national.",
    );
    expect(payPart(text)).toContain(median(role("data-analyst")));
    expect(payPart(text)).toContain(median(role("software-data-engineer")));
    expect(answerText("principal swe to mle, worth it?")).toContain(
      "No figures for a move at the principal level: the pay and outlook below are national.",
    );
  });

  it("leaves aside places or levels named for each side apart, and says so", () => {
    for (const q of ["moving from swe in austin to mle in sf, worth it?", "junior qa to senior devops?"])
      expect(answerText(q)).toContain(
        "A place or level named for each side apart is left aside: the pay and outlook below are national.",
      );
  });
});

describe("a move asked for what it does to pay", () => {
  it("is the move, with both sides' pay first, then the outlook and the gap", () => {
    for (const q of [
      "security analyst → security engineer, how big is the pay jump",
      "swe to mle, would i earn more?",
      "data engineer to data architect, how much more would i make",
    ]) {
      expect(understand(q).intent).toBe("gap");
      const text = answerText(q);
      expect(text).toMatch(/^From /);
      expect(text.indexOf("Pay side by side")).toBeLessThan(text.indexOf("Outlook side by side"));
      expect(text).toContain("To learn:");
    }
    expect(answerText("security analyst → security engineer, how big is the pay jump")).toContain(
      median(role("security-analyst")),
    );
  });

  it("reads 'pay off' as being worth it, not a question of pay", () => {
    const text = answerText("would going from sre to eng manager pay off");
    expect(text).toMatch(/^From Site Reliability Engineer to Engineering Manager/);
    expect(text).toContain(median(role("engineering-manager")));
    expect(text).toContain("Outlook side by side");
    expect(understand("does switching to devops pay off").intent).toBe("gap");
  });

  it("keeps pay alone where no move is named, or after the move's answer", () => {
    expect(understand("whats the pay difference between swe and mle").intent).toBe("payCompare");
    expect(understand("does mle pay more than swe").intent).toBe("payCompare");
    expect(lastAnswerText("frontend → fullstack worth it?", "pay bump?")).toMatch(
      /^Pay: Full Stack Developer vs Front-End Developer/,
    );
  });
});

describe("options from the role someone holds", () => {
  it("reads '<role> here' as where a move starts, the roles after it as its options", () => {
    const [answer] = thread("sysadmin here. sre or cloud architect?") as [Comparison];
    expect(answer.kind).toBe("compare");
    expect(answer.roles.map((r) => r.id)).toEqual(["site-reliability-engineer", "cloud-architect"]);
    expect(answer.note).toMatch(/^Options from System Administrator, side by side/);
    expect(answer.followups.every((f) => f.startsWith("gap system administrator to "))).toBe(true);
    // One role after it is the move to it.
    expect(answerText("sysadmin here, should i go sre")).toMatch(
      /^From System Administrator to Site Reliability Engineer/,
    );
  });

  it("shows the starting role's own pay first, so the raise each option brings can be seen", () => {
    const text = answerText("should i go from it support to sysadmin or to security analyst");
    const pay = text.slice(text.indexOf("\nPay:"));
    expect(pay.indexOf("IT Support Specialist:")).toBeGreaterThan(0);
    expect(pay.indexOf("IT Support Specialist:")).toBeLessThan(pay.indexOf("System Administrator:"));
    for (const id of ["it-support-specialist", "system-administrator", "security-analyst"])
      expect(pay).toContain(median(role(id)));
    expect(text).toContain("Pay starts with IT Support Specialist's own, to set each option against.");
  });
});

// (An accountant's figures are the official layer's: the tests' knowledge holds the curated roles' only.)
describe.skipIf(!officialLayerInstalled)("a move asked at an employer", () => {
  // Past bug: "im an accountant at deloitte. what would a data scientist make at deloitte" set both sides'
  // general pay side by side with no word of Deloitte, as if it were Deloitte's.
  it("says first that the pay is general, with no figures for that employer, then the move", () => {
    const text = saidWithLayer("im an accountant at deloitte. what would a data scientist make at deloitte");
    expect(text).toContain(
      "No figures for Deloitte: the knowledge base has no Deloitte pay figures for Accountants and Auditors or Data Scientist. The pay below is general, not Deloitte's.",
    );
    expect(text.indexOf("No figures for Deloitte")).toBeLessThan(text.indexOf("Pay side by side"));
    expect(payPart(text)).toContain(median(role("data-scientist")));
  });

  it("says nothing of employers where none was named", () => {
    expect(saidWithLayer("im an accountant. what would a data scientist make")).not.toContain(
      "No figures for",
    );
  });
});
