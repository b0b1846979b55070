import { describe, expect, it } from "vitest";
import type { Role } from "../../src/knowledge/core/schema.js";
import { socOf } from "../../src/official/data.js";
import { realKnowledge } from "../support/knowledge.js";
import { answerText, lastAnswerText, understand } from "../support/questions.js";

// "IT" in a pay question: IT's own roles ranked by pay, as its growth is; the broad sense
// (the whole tech industry) said in a note naming its best paid roles; never every occupation.
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

  it("ranks IT's own roles, saying what the broad sense's best paid roles are", () => {
    for (const q of [...asked, "it jobs pay well?", "jobs in IT that pay well without much coding?"]) {
      const text = answerText(q);
      expect(text, q).toContain("Best paid IT roles");
      expect(text, q).toContain(
        `1. Information Security Analyst (as Information Security Analysts): ${median("security-analyst")}`,
      );
      expect(text, q).toContain(`IT Support Specialist (as Computer User Support Specialists)`);
      expect(text, q).not.toMatch(/\d\. Engineering Manager/);
      // The broad sense still answered: its best paid role named with its figure.
      expect(text, q).toContain("Read in its broad sense, the whole tech industry");
      expect(text, q).toContain(`Engineering Manager (${median("engineering-manager")})`);
    }
  });

  it("never ranks every occupation, even asked 'in the us'", () => {
    for (const q of ["average IT salary in the us", "fastest growing IT jobs in the us"]) {
      const ranking = understand(q).ranking;
      expect(ranking?.all, q).toBe(false);
      expect(ranking?.itField, q).toBe(true);
    }
    expect(answerText("average IT salary in the us")).toContain("Best paid IT roles");
    expect(answerText("fastest growing IT jobs in the us")).toContain("Fastest growing IT roles");
  });

  it("reads 'what about IT' after a role's pay as the IT pay question", () => {
    expect(lastAnswerText("front end dev salary", "what about IT")).toContain("Best paid IT roles");
  });

  it("keeps a pay ranking without IT as it was", () => {
    const text = answerText("which roles make the most");
    expect(text).toContain("Best paid roles\n");
    expect(text).not.toContain("broad sense");
  });
});
