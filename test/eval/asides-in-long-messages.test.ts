import { describe, expect, it } from "vitest";
import { isMedian } from "../../src/advisor/parts/answer-parts.js";
import { realKnowledge } from "../support/knowledge.js";
import { answerText, understand } from "../support/questions.js";

// In a long message, a word of an aside ("mostly printers", "rn", "my mate reckons", "(CA, 6 yrs)",
// "a year or two", "the phoenix project") was read as the job or the place asked about.
const kb = realKnowledge();
const occupations = (q: string) => understand(q).entities.uncovered.map((o) => o.typed);

/** A role's official median as the answers print it ("$120,230"). */
function medianOf(id: string): string {
  const value = kb.roleById.get(id)?.salary?.government?.find(isMedian)?.value;
  if (value === undefined) throw new Error(`no official median for ${id}`);
  return `$${value.toLocaleString("en-US")}`;
}

describe("a job of one word in a long message", () => {
  it("is no job where it is an aside, not set in a job's frame", () => {
    const printers = answerText(
      "i work in IT at a hospital (mostly printers and badge readers tbh :sweat_smile:), whats the typical pay for what i do",
    );
    expect(printers).not.toContain("Printing Press Operators");
    expect(printers).not.toContain("SOC 27-3041");
    const mate = answerText(
      "what do IT people earn in the UK roughly, in £? my mate reckons £30k is normal for 1st line support",
    );
    expect(mate).not.toContain("Captains, Mates");
  });

  it("is still the job where a job stands: after 'a', 'as', 'from', first, or before a word of pay", () => {
    expect(
      occupations("my sister is a nurse and she wants to get into data analytics, is that realistic"),
    ).toEqual(["nurse"]);
    expect(
      occupations("nurse here, 8 years on the wards, thinking about switching to data analytics"),
    ).toEqual(["nurse"]);
    expect(occupations("what do plumbers make these days compared with electricians in the us")).toContain(
      "plumbers",
    );
  });
});

describe("'rn'", () => {
  it("is 'right now', not Registered Nurses, outside a job's frame", () => {
    const text = answerText("whats the job outlook like in it rn, feels like nobody is hiring");
    expect(text).not.toContain("Registered Nurses");
  });

  it("is a registered nurse in one", () => {
    expect(occupations("rn salary")).toEqual(["rn"]);
    expect(occupations("what does an rn make in texas")).toEqual(["rn"]);
  });
});

describe("a place in a long message", () => {
  it("is no place inside a name or an aside: '(CA, 6 yrs)' after a job, 'the phoenix project'", () => {
    const accountant = answerText(
      "accountant (CA, 6 yrs) thinking of switching to data science, worth it money wise?",
    );
    expect(accountant).not.toContain("California");
    // The accountant side is kept: the move is weighed with both sides' pay.
    expect(accountant).toMatch(/From (accountant|Accountants and Auditors) to Data Scientist/);
    expect(accountant).toContain(medianOf("data-scientist"));
    const phoenix = answerText("i'm a sysadmin wondering about devops, been reading the phoenix project lol");
    expect(phoenix).not.toContain("Phoenix");
    expect(phoenix).toContain("From System Administrator to DevOps Engineer");
  });

  it("is the place where it stands as one", () => {
    expect(
      understand("thinking about moving to the bay area next year, what would a data scientist make there")
        .place,
    ).toBe("san-francisco");
    expect(
      understand("i have been a software engineer for a while and want to know the salary in texas").place,
    ).toBe("texas");
  });
});

describe("a count of time", () => {
  it("is no side of a comparison: 'in a year or two'", () => {
    const text = answerText(
      "what do IT managers make these days? my boss says im on track for it in a year or two",
    );
    expect(text).not.toContain("“two”");
    expect(text).not.toContain("“year”");
    expect(text).toContain("Computer and Information Systems Managers");
  });
});
