import { describe, expect, it } from "vitest";
import type { Role } from "../../src/knowledge/core/schema.js";
import { socOf } from "../../src/official/data.js";
import { realKnowledge } from "../support/knowledge.js";
import { answerText, lastAnswerText, understand } from "../support/questions.js";

// "IT" in a pay question (r15): read in its broad sense, the whole tech industry, so every curated role is
// ranked, and the answer says so and where the IT department's own roles stand; never every occupation.
const kb = realKnowledge();
const role = (id: string) => kb.roleById.get(id) as Role;
/** A role's median annual wage as the answer writes it, from its first official occupation. */
function median(id: string): string {
  const pay = kb.official?.bySoc.get(socOf(role(id).onet[0] ?? ""))?.pay?.median;
  if (typeof pay !== "number") throw new Error(`no median for ${id}`);
  return `$${pay.toLocaleString("en-US")}`;
}

describe("an IT pay question", () => {
  const asked = [
    "jobs in it that pay well",
    "best paid jobs in IT",
    "IT salary",
    "does IT pay well",
    "IT apprenticeship pay",
    "how much do IT people make",
  ];

  it("ranks every curated role, titled as tech, saying IT is read in its broad sense", () => {
    for (const q of asked) {
      const text = answerText(q);
      expect(text, q).toContain("Best paid roles in tech");
      expect(text, q).toContain("“IT” is read here in its broad sense, the whole tech industry");
      // The figures the ranking showed before stay: the best paid curated role first.
      expect(text, q).toContain(
        `1. Engineering Manager (as Computer and Information Systems Managers): ${median("engineering-manager")}`,
      );
    }
  });

  it("says where IT support and the other IT-department roles stand, with their figures", () => {
    const text = answerText("best paid jobs in IT");
    const standing = text.split("\n").find((l) => l.includes("The IT department's own roles stand")) ?? "";
    for (const id of [
      "it-support-specialist",
      "system-administrator",
      "database-administrator",
      "security-analyst",
    ]) {
      expect(standing).toContain(role(id).name);
      expect(standing).toContain(median(id));
    }
    // IT support, the lowest paid of them, is said last, with its place.
    const last = `IT Support Specialist \\d+(st|nd|rd|th) \\(${median("it-support-specialist").replace("$", "\\$")}\\)\\.$`;
    expect(standing).toMatch(new RegExp(last));
  });

  it("never ranks every occupation, even asked 'in the us'", () => {
    for (const q of ["average IT salary in the us", "fastest growing IT jobs in the us"]) {
      const ranking = understand(q).ranking;
      expect(ranking?.all, q).toBe(false);
      expect(ranking?.itField, q).toBe(true);
    }
    expect(answerText("average IT salary in the us")).toContain("Best paid roles in tech");
    expect(answerText("fastest growing IT jobs in the us")).toContain("Fastest growing IT roles");
  });

  it("reads 'what about IT' after a role's pay as the IT pay question", () => {
    expect(lastAnswerText("front end dev salary", "what about IT")).toContain("Best paid roles in tech");
  });

  it("keeps a pay ranking without IT as it was", () => {
    const text = answerText("which roles make the most");
    expect(text).toContain("Best paid roles\n");
    expect(text).not.toContain("broad sense");
  });
});
