import { writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/core/loader.js";
import { copyOfKnowledge } from "../support/knowledge.js";
import { answerText, lastAnswerText, understand } from "../support/questions.js";

// An employer's own name for a level ("L5", "E4", "IC5", "level 63", "SDE II") means a different level at
// each employer, so it is read on the ladder of the employer named or carried in the thread, and the answer
// says how it was read; named with no employer, where employers disagree, it is read as no level, said so.
describe("employers' names for levels", () => {
  it("reads L5 at Google as senior and L4 at Amazon as entry, and says so first", () => {
    const google = answerText("L5 swe pay at google");
    expect(google.startsWith("L5 at Google is read as Senior level.")).toBe(true);
    expect(google).toContain("No figures for Google");
    expect(understand("L5 swe pay at google").level).toBe("senior");
    const amazon = answerText("whats an L4 at amazon make as an mle");
    expect(amazon).toContain("L4 at Amazon is read as Entry level");
    expect(amazon).toContain("$96,000 – $152,601");
  });

  it("says L5 alone is a different level at each employer, and gives the figures for all levels", () => {
    const text = answerText("L5 swe pay");
    expect(text).toContain("L5 is a different level at each employer");
    expect(text).toContain("so it is read as no level");
    expect(text).not.toContain("senior level figure");
    expect(understand("L5 swe pay").level).toBeUndefined();
  });

  it("reads the thread's employer, and the thread's level name again at the next employer", () => {
    expect(lastAnswerText("mle pay at google", "what about L5")).toContain("$177,177 – $184,000");
    const amazon = lastAnswerText("mle pay at google", "what about L5", "and amazon?");
    expect(amazon).toContain("L5 at Amazon is read as Mid level");
    expect(amazon).toContain("$144,000 – $166,399");
    expect(lastAnswerText("L5 swe pay", "at google")).toContain("L5 at Google is read as Senior level");
  });

  it("reads a rank above senior as that rank, with no figures of its own, and Meta's figures as all levels'", () => {
    const text = answerText("e6 at meta mle pay");
    expect(text).toContain("E6 at Meta is read as the staff level");
    expect(text).toContain("No staff level figures at Meta");
    expect(text).toContain("Machine Learning Engineer pay at Meta (all levels)");
  });

  it("reads Microsoft's numbers and the SDE rungs, never an amount as a level", () => {
    expect(answerText("what does a 63 at microsoft make as a software engineer")).toContain(
      "Level 63 at Microsoft is read as Senior level",
    );
    expect(answerText("SDE II amazon pay")).toContain("SDE II at Amazon is read as Mid level");
    expect(answerText("63k at microsoft swe")).not.toContain("Level 63");
    expect(answerText("L5 at meta swe pay")).toContain("Meta has no level named L5");
  });

  // Past bug: "E5 at meta, what's the comp like" asked back which role at Meta, of a level only its
  // engineers have. A name on one role's ladder, beside its employer, names that role, said so.
  it("reads a Meta E-level with no role named as Software Engineer, and says why", () => {
    const text = answerText("E5 at meta, what's the comp like");
    expect(text).toContain(
      "E5 is on Meta's Software Engineer ladder, so the role is read as Software Engineer.",
    );
    expect(text).toContain("E5 at Meta is read as Senior level.");
    expect(text).toContain("No figures for Meta");
    expect(answerText("e4 at facebook salary")).toContain("E4 at Meta is read as Mid level.");
    expect(understand("whats an E5 at meta make").roles.map((r) => r.id)).toEqual(["software-engineer"]);
    // A role named is the one asked; a name on every role's ladder names none; alone, it asks of no career.
    expect(answerText("e5 data scientist at meta pay")).not.toContain("Software Engineer ladder");
    expect(answerText("ic5 at meta comp")).toContain("Which role at Meta do you mean?");
    expect(answerText("l5 at amazon pay")).toContain("Which role at Amazon do you mean?");
    expect(understand("e5").roles).toEqual([]);
  });

  it("refuses a role the knowledge does not have on an employer's ladder", () => {
    const dir = copyOfKnowledge();
    const file = path.join(dir, "company-levels.yaml");
    writeFileSync(file, "- company: Acme\n  levels:\n    - { name: A1, level: entry, role: wizard }\n");
    expect(() => loadKnowledge(dir)).toThrow(
      `${file}: 0.levels.0.role: role "wizard" has no file in roles/ of any knowledge folder: name a role \`career roles\` lists, or drop the field`,
    );
  });

  it("refuses a level the knowledge's levels do not have", () => {
    const dir = copyOfKnowledge();
    const file = path.join(dir, "company-levels.yaml");
    writeFileSync(file, "- company: Acme\n  levels:\n    - { name: A1, level: junior-ish }\n");
    expect(() => loadKnowledge(dir)).toThrow(
      `${file}: 0.levels.0.level: level "junior-ish" is not in levels.yaml`,
    );
  });
});
