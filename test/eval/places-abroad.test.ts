import { describe, expect, it } from "vitest";
import { isMedian } from "../../src/advisor/parts/answer-parts.js";
import { realKnowledge } from "../support/knowledge.js";
import { answerText, understand } from "../support/questions.js";

// A place outside the US (India, Pune, London) must be said to have no figures, every figure
// being a US one, whatever the answer; "fresher" (Indian English) is a new graduate.
const kb = realKnowledge();

function medianOf(id: string): string {
  const value = kb.roleById.get(id)?.salary?.government?.find(isMedian)?.value;
  if (value === undefined) throw new Error(`no official median for ${id}`);
  return `$${value.toLocaleString("en-US")}`;
}

const usOnly = "every figure I hold is a US one";

describe("a place abroad", () => {
  it("named with 'the' reads as English in the missing-figures line", () => {
    const text = answerText("salary of it support in the philippines");
    expect(text).toContain("has no Philippines pay figures for IT Support Specialist");
    expect(text).toContain("not the Philippines':");
    expect(text).not.toContain("no the Philippines");
  });

  it("asked of something other than pay, is said as where the figures are from, not as missing pay", () => {
    const text = answerText("are ml jobs growing in europe");
    expect(text).toContain("Europe is outside the US");
    expect(text).not.toContain("No figures for Europe");
  });

  it("is said to have no figures before a question back", () => {
    const text = answerText(
      "IT jobs in india pay? thinking of moving back to hyderabad after 5 yrs in the states",
    );
    expect(text).toContain("No figures for India");
    expect(text).toContain(usOnly);
    expect(text).toContain("Which IT role do you mean?");
  });

  it("is said to be outside the US beside a role's pay, and the figures shown are the US ones", () => {
    const text = answerText("software engineer salary in pune");
    expect(text).toContain("No figures for Pune");
    expect(text).toContain(usOnly);
    expect(text).toContain(medianOf("software-engineer"));
  });

  it("is said in a move and in a ranking, as where the figures are from", () => {
    const move = answerText(
      "working as a data analyst in chennai, planning to shift to data engineering. good move or no?",
    );
    expect(move).toContain("Chennai is outside the US");
    expect(move).toContain(usOnly);
    expect(answerText("best paying tech jobs in india")).toContain(usOnly);
  });

  it("a US place whose name holds one abroad stays in the US", () => {
    expect(understand("software engineer salary in new mexico").unlistedPlace).toBe("New Mexico");
  });
});

describe("'fresher'", () => {
  it("is the entry level, never a job title", () => {
    const u = understand("kindly tell what is the salary of IT fresher in india. my cousin is finishing BCA");
    expect(u.level).toBe("entry");
    const text = answerText(
      "kindly tell what is the salary of IT fresher in india. my cousin is finishing BCA",
    );
    expect(text).not.toContain("I don't cover freshers");
    expect(text).toContain("No figures for India");
    expect(text).toContain(medianOf("it-support-specialist"));
    expect(understand("data analyst fresher salary").level).toBe("entry");
  });
});

describe("a place abroad in an aside", () => {
  it("is still said, where a US place would be left as part of the aside", () => {
    const text = answerText(
      "I'm a secondary school maths teacher (UK, 8 yrs) thinking of retraining as a data analyst, is that realistic?",
    );
    expect(text).toMatch(/United Kingdom[^\n]*US/);
  });
});
