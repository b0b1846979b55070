import path from "node:path";
import { describe, expect, it } from "vitest";
import { ask } from "../../src/advisor/ask.js";
import { loadKnowledgeBase } from "../../src/knowledge/base.js";
import { renderText } from "../../src/render/plain-text.js";
import { companyFolder, knowledgeDir } from "../support/knowledge.js";
import { answerText, lastAnswerText, thread } from "../support/questions.js";

// Pay at a rank or level the knowledge has no figures for, or with years of experience: said first how it
// was read (no figures there and the nearest level; the years as a level, or left aside), then the figures.

describe("a rank above the levels the knowledge has figures for", () => {
  it("says there are no figures for it, then gives what there is, labelled", () => {
    const sre = answerText("principal sre salary");
    expect(sre).toContain("No figures for the principal level");
    expect(sre).toContain("General figures for Site Reliability Engineer");
    const mle = answerText("staff mle salary");
    expect(mle).toContain("No figures for the staff level");
    expect(mle).toContain("Senior level figures, the nearest level with figures");
  });

  it("does not answer with the thread's level as if it were the rank asked", () => {
    const text = lastAnswerText("senior mle salary", "what about principal mle?");
    expect(text).toContain("No figures for the principal level");
    expect(text.split("\n")[0]).not.toMatch(/^Machine Learning Engineer, Senior level/);
    // The rank stays with the thread's next pay question, until another level is named.
    expect(lastAnswerText("principal mle salary", "in seattle?")).toContain(
      "No figures for the principal level",
    );
    expect(lastAnswerText("principal mle salary", "senior?")).not.toContain("principal");
  });

  it("reads a rank typed after the role, and the lead level, as ranks with no figures", () => {
    expect(answerText("devops engineer principal level pay")).toContain(
      "No figures for the principal level: the knowledge base has no DevOps Engineer pay figures",
    );
    const lead = lastAnswerText("swe salary", "lead level");
    expect(lead).toContain("No figures for the lead level");
    expect(lead).not.toContain("Career path");
    // "lead" alone still names the lead ML engineer.
    expect(answerText("lead mle salary")).not.toContain("No figures for the lead level");
  });

  // Past bug: "and lead" after "senior sre salary" asked back what of SRE, "lead" taken for Lead ML
  // Engineer's first word; where no role is the thread's with "lead" before it, it is the lead level.
  it.each([
    ["senior sre salary", "and lead", "Site Reliability Engineer"],
    ["senior devops engineer salary", "lead?", "DevOps Engineer"],
    ["senior data scientist pay", "what about lead", "Data Scientist"],
  ])("reads lead alone after %s as the lead level", (first, lead, role) => {
    expect(lastAnswerText(first, lead)).toContain(
      `No figures for the lead level: the knowledge base has no ${role} pay figures for the lead level.`,
    );
  });

  it("keeps lead alone after a machine learning engineer as the lead ML engineer", () => {
    const text = lastAnswerText("senior mle salary", "and lead");
    expect(text).toContain("Lead Machine Learning Engineer pay");
    expect(text).not.toContain("No figures for the lead level");
  });

  it("asks which engineer a staff engineer is, and says so of the one picked", () => {
    const [asked, picked] = thread("staff engineer pay", "the first one").map((a) => renderText(a));
    expect(asked).toContain("Which engineer do you mean?");
    expect(asked).not.toContain("Computer Hardware Engineers");
    expect(picked).toContain("No figures for the staff level");
  });

  it("reads the words as ranks only where they stand as one", () => {
    expect(answerText("how much do IT staff make")).not.toContain("No figures for the staff level");
    expect(answerText("what roles lead into principal applied scientist")).toContain(
      "Principal Applied Scientist",
    );
  });
});

describe("years of experience in a pay question", () => {
  it("answers the pay, leaving the years aside with a word, where the levels give no years", () => {
    for (const q of [
      "data scientist salary w/ 5 yrs exp",
      "software engineer salary with 5 years experience",
      "how much does a devops engineer make with 5 yoe",
    ]) {
      const text = answerText(q);
      expect(text).toContain("its levels give no years, so");
      expect(text).toContain("is left aside");
      expect(text).toMatch(/(Data Scientist|Software Engineer|DevOps Engineer) pay/);
      expect(text).not.toContain("Experience for a");
      expect(text).not.toContain("Which");
    }
  });

  it("does not keep the thread's level for years asked after it", () => {
    const text = lastAnswerText("senior mle salary", "and with 2 yoe?");
    expect(text).toContain("“2 yoe” is left aside");
    expect(text).not.toContain("Machine Learning Engineer, Senior level:");
    expect(lastAnswerText("mle salary", "what about with 8 years experience?")).toContain(
      "Machine Learning Engineer pay",
    );
  });

  it("reads them as the level a knowledge folder gives for that many years", () => {
    const company = companyFolder({
      "sources.yaml":
        "- { id: acme-bands, short: Acme bands, title: Acme pay bands (internal), asOf: '2026' }\n",
      "levels.yaml":
        "- { id: mid, name: Mid level, aliases: [l4], years: { min: 3, max: 6, source: acme-bands, asOf: '2026' } }\n",
    });
    const kb = loadKnowledgeBase(`${knowledgeDir}${path.delimiter}${company}`);
    const text = renderText(ask(kb, "mle salary with 5 years experience").answer);
    expect(text).toContain("“5 years experience” is read as Mid level");
    expect(text).toContain("3–6 years of experience (Acme bands, 2026)");
    expect(text).toContain("$144,000 – $166,399");
  });

  it("leaves a question of the experience a role needs as it was", () => {
    expect(answerText("how many years of experience does a senior swe need")).toContain(
      "Experience for a Software Engineer",
    );
  });
});

describe("pay at a level the knowledge has no figures for", () => {
  it("says there are no intern figures, then gives the entry-level ones as the nearest", () => {
    const intern = answerText("ml intern salary");
    expect(intern).toContain("No figures for interns");
    expect(intern).toContain("Entry level figures, the nearest level with figures");
    expect(intern).toContain("$96,000 – $152,601");
    expect(intern).not.toContain("Senior roles");
  });

  it("does not call figures entry-level where the role has none by level", () => {
    const swe = answerText("how much do swe interns make");
    expect(swe).toContain("No figures for interns");
    expect(swe).toContain("General figures for Software Engineer");
  });
});
