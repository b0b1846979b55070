import { describe, expect, it } from "vitest";
import { measuredRoles } from "../../src/advisor/outlook/ranking.js";
import type { Role } from "../../src/knowledge/core/schema.js";
import { realKnowledge } from "../support/knowledge.js";
import { answerText } from "../support/questions.js";

// A ranking keeps how the question bounds it: "lowest paying" runs from the lowest up, "top 5" lists
// five, "pay over 100k" lists every role over that figure and says the bound was read from the question.
const kb = realKnowledge();
const role = (id: string) => kb.roleById.get(id) as Role;
const dollars = (n: number) => `$${n.toLocaleString("en-US")}`;
/** Every curated role with its median pay, from the official figures. */
const paid = measuredRoles(kb, kb.knowledge.roles, "pay");
const medianOf = (id: string) => paid.find((m) => m.role.id === id)?.sortBy as number;
/** The ranking's numbered rows, in order. */
const rows = (text: string) => text.split("\n").filter((l) => /^\s+\d+\. /.test(l));

describe("a ranking asked from the lowest", () => {
  it("ranks the lowest paid first, titled so", () => {
    const lowest = [...paid].sort((a, b) => a.sortBy - b.sortBy)[0];
    for (const q of ["lowest paying jobs in IT", "lowest paid roles", "worst paying tech jobs"]) {
      const text = answerText(q);
      // Of IT, IT's own roles (words-f), whose lowest paid is the lowest paid of all.
      expect(text, q).toMatch(/Lowest paid (?:IT )?roles/);
      expect(rows(text)[0], q).toContain(`1. ${lowest?.role.name}`);
      expect(rows(text)[0], q).toContain(dollars(lowest?.sortBy ?? 0));
    }
  });

  it("still ranks the best paid first when nothing asks otherwise", () => {
    const text = answerText("best paid jobs in IT");
    expect(text).toContain("Best paid IT roles");
    expect(rows(text)[0]).toContain(`1. ${role("security-analyst").name}`);
  });

  it("does not read 'at least' as the lowest", () => {
    expect(answerText("which jobs pay at least 130k")).toContain("Best paid roles");
  });
});

describe("a ranking of a length asked for", () => {
  it("lists as many rows as the question names", () => {
    expect(rows(answerText("top 5 IT jobs by salary"))).toHaveLength(5);
    expect(rows(answerText("3 fastest growing jobs"))).toHaveLength(3);
  });
});

describe("a ranking above a figure of pay", () => {
  it("lists every role over the figure, and none under it, saying the bound", () => {
    const text = answerText("which jobs pay over 100k");
    expect(text).toContain("Read from the question: a median annual wage over $100,000");
    const over = paid.filter((m) => m.sortBy > 100_000);
    expect(rows(text)).toHaveLength(over.length);
    for (const id of ["systems-analyst", "database-administrator", "qa-engineer", "security-analyst"])
      expect(text, id).toContain(`${role(id).name} (as `);
    expect(text).toContain(dollars(medianOf("systems-analyst")));
    expect(rows(text).join("\n")).not.toContain(role("network-administrator").name);
    expect(text).not.toContain("more not shown");
  });

  it("reads the figure however it is typed", () => {
    for (const q of ["jobs that pay more than $125,000", "roles paying over 125k"]) {
      const text = answerText(q);
      expect(text, q).toContain("over $125,000");
      expect(text, q).toContain(role("security-analyst").name);
      expect(rows(text).join("\n"), q).not.toContain(role("data-scientist").name);
    }
  });

  it("reads no pay limit from a count of years", () => {
    // "paid tech" is no job title either: the pay word says what the jobs pay.
    const text = answerText("best paid tech jobs for someone with over 10 years experience");
    expect(text).toContain("Best paid roles");
    expect(text).not.toContain("over $10,000");
    expect(text).not.toContain("Read from the question");
  });
});

describe("a ranking of entry-level roles", () => {
  it("is headed as entry-level roles, not as the best paid", () => {
    const text = answerText("entry level IT jobs?");
    expect(text).toContain("Entry-level roles: those that need no degree");
    expect(text).toContain(dollars(medianOf("it-support-specialist")));
    expect(answerText("jobs with no degree")).toContain("Best paid roles that need no degree");
  });
});
