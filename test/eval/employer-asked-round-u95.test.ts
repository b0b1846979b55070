import { describe, expect, it } from "vitest";
import { answerText, lastAnswerText, understand } from "../support/questions.js";

// u95: employers asked of where the name is followed by more than a place, or spelt so no list reads it.
describe("an employer asked of, read whatever follows its name", () => {
  it("reads the employer before a phrase of when in one's working life", () => {
    for (const [q, name] of [
      ["what do data analysts make at initech out of college", "Initech"],
      ["what would a qa engineer make at globex right out of school", "Globex"],
      ["what does a dba make at hooli after graduation", "Hooli"],
    ] as const) {
      const text = answerText(q);
      expect(text, q).toContain(`No figures for ${name}:`);
      expect(text, q).not.toContain(`${name} Right`);
    }
  });

  it("reads the employer before a word singling it out, and a name ending in a kind of employer", () => {
    expect(answerText("what would an sre make at Zentrix Health specifically?")).toContain(
      "No figures for Zentrix Health:",
    );
    expect(answerText("what would a data analyst make at initech specifically")).toContain(
      "No figures for Initech:",
    );
  });

  it("reads a hyphened name whole, and a county's government", () => {
    expect(answerText("data analyst salary at rite-aid corporate in atlanta?")).toContain(
      "No figures for Rite-Aid:",
    );
    expect(answerText("dba pay at loudoun county government?")).toContain(
      "No figures for Loudoun County Government:",
    );
  });

  it("reads 'a place like X' as 'somewhere like X' is, in a thread of pay", () => {
    const text = lastAnswerText("what does a data engineer make", "what about at a place like initech");
    expect(text).toContain("No figures for Initech:");
  });

  it("reads 'how much do <role> ppl get' as the role's pay", () => {
    const u = understand("how much do devops ppl get at globex");
    expect(u.intent).toBe("salary");
    expect(answerText("how much do devops ppl get at globex")).toContain("No figures for Globex:");
  });

  it("leaves look-alikes alone", () => {
    expect(understand("what do data analysts make at home after work").entities.employers).toEqual([]);
    expect(understand("how much time do ml people get off").intent).not.toBe("salary");
    expect(understand("what do data analysts make at a start-up").entities.employers).toEqual([]);
  });

  it("the salary command asks of an employer named after 'at' with no role", () => {
    const text = lastAnswerText("what does a data engineer make", "salary at initech?");
    expect(text).toContain("No figures for Initech");
    expect(text).not.toContain("I don't know a role called");
  });
});
