import { describe, expect, it } from "vitest";
import { isMedian } from "../../src/advisor/parts/answer-parts.js";
import { realKnowledge } from "../support/knowledge.js";
import { lastAnswerText } from "../support/questions.js";

// "IT" the field as one side of a move or a comparison, bare "support" and "security" as a
// move's sides, and IT-titled occupations asked how to become one or set against each other.
const answer = lastAnswerText;
const kb = realKnowledge();

/** A role's official median as the answers print it ("$61,860"). */
function medianOf(id: string): string {
  const value = kb.roleById.get(id)?.salary?.government?.find(isMedian)?.value;
  if (value === undefined) throw new Error(`no official median for ${id}`);
  return `$${value.toLocaleString("en-US")}`;
}

describe("IT as where a move starts", () => {
  it("asks which IT role the move starts from, with the move from each to the role named", () => {
    for (const [q, to] of [
      ["from IT to devops", "devops engineer"],
      ["from IT to data analytics", "data analyst"],
      ["from it to devops", "devops engineer"],
    ] as const) {
      const text = answer(q);
      expect(text).toContain("Which IT role are you in now?");
      expect(text).toContain(`gap it support specialist to ${to}`);
      expect(text).not.toContain("Career path for");
    }
  });

  it("reads a move from IT to the thread's role ('to this') the same way", () => {
    const text = answer("data engineer", "how hard is it to go from IT to this");
    expect(text).toContain("Which IT role are you in now?");
    expect(text).toContain("gap system administrator to software data engineer");
  });
});

describe("IT as where a move leads", () => {
  it("from an occupation: its figures beside IT support's, the usual way in said first", () => {
    // (The tests' knowledge holds the curated roles' occupations only: the nurse's figures are the eval's.)
    const text = answer("nurse to IT worth it?");
    expect(text).toMatch(/^From .*nurse.* to IT Support Specialist$/im);
    expect(text).toContain("IT support is the usual way into IT");
    expect(text).toContain(medianOf("it-support-specialist"));
  });

  it("from a field's occupation: the move into IT support, said to be the usual way in", () => {
    const text = answer("switching to IT from retail");
    expect(text).toMatch(/From (Retail Salespersons|retail) to IT Support Specialist/);
    expect(text).toContain("IT support is the usual way into IT");
    expect(text).not.toContain("Which IT role do you mean?");
  });

  it("from a role held: which IT role, with the move to each", () => {
    const text = answer("from data analyst to IT");
    expect(text).toContain("Which IT role do you want to move to from Data Analyst?");
    expect(text).toContain("gap data analyst to network administrator");
  });
});

describe("IT set against a role", () => {
  it("reads 'cyber' and a lowercase 'it' opening a comparison, and asks which IT role", () => {
    expect(answer("IT vs cyber")).toContain("Compare Information Security Analyst with which IT role?");
    const dev = answer("it vs software dev");
    expect(dev).toContain("Compare Software Engineer with which IT role?");
    expect(dev).toContain("compare swe it support specialist");
  });

  it("weighs the role against IT support, said so, when the reply to the question back picks no IT role", () => {
    const openings = answer("it vs swe", "which has more openings");
    expect(openings).toContain(
      "IT support is the usual IT role, so IT Support Specialist stands for IT here",
    );
    expect(openings).toMatch(
      /Software Engineer has more: Software Engineer about [\d,]+ \(software developers\), IT Support Specialist about [\d,]+/,
    );
    expect(openings).not.toMatch(/^Outlook for a Software Engineer:/m);
    const pay = answer("IT vs software engineering", "which one pays more");
    expect(pay).toContain("Pay: Software Engineer vs IT Support Specialist");
    expect(pay).toContain("IT Support Specialist stands for IT here");
  });

  it("sets the IT role a reply picks beside the role compared", () => {
    expect(answer("it or swe?", "the first one")).toContain("Software Engineer vs IT Support Specialist");
    expect(answer("it or swe?", "the second one")).toContain("Software Engineer vs Network Administrator");
  });
});

describe("bare 'support' and 'security' as a move's sides", () => {
  it("reads IT support to information security analyst, both sides' pay shown", () => {
    for (const q of ["worth going from support into security", "worth going from it support into security"]) {
      const text = answer(q);
      expect(text).toContain("From IT Support Specialist to Information Security Analyst");
      expect(text).toContain(medianOf("it-support-specialist"));
      expect(text).toContain(medianOf("security-analyst"));
    }
  });

  it("still asks which security role from a role whose field names none", () => {
    expect(answer("network admin thinking about security")).toContain(
      "Which security role do you want to move to from Network Administrator?",
    );
  });
});

describe("IT-titled occupations", () => {
  const managers = kb.official?.bySoc.get("11-3021");

  it("answers how to become an IT manager with BLS's way in, not the ways out of it", () => {
    const text = answer("how to become an IT manager");
    expect(text).toContain("To become one, by BLS Employment Projections");
    expect(text).toContain((managers?.outlook?.education ?? "no education").toLowerCase());
    expect(text).toContain((managers?.outlook?.experience ?? "no experience").toLowerCase());
    expect(text).not.toContain("To get into tech from");
  });

  it("says two titles of one occupation share its figures, given once", () => {
    const text = answer("IT director vs IT manager");
    expect(text).toContain("“it manager” is a title of this same occupation");
    expect(text).not.toContain("Beside Computer and Information Systems Managers");
  });
});
