import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ask } from "../../src/advisor/ask.js";
import { type KnowledgeBase, loadKnowledgeBase } from "../../src/knowledge/base.js";
import { readLayer, readSubset, writeLayer } from "../../src/official/files.js";
import { importOfficial } from "../../src/official/import/run.js";
import { officialSummary } from "../../src/official/summary.js";
import { renderText } from "../../src/render/plain-text.js";
import type { ConversationContext } from "../../src/understanding/thread/conversation-state.js";
import { knowledgeDir } from "../support/knowledge.js";
import { writeAgencyFolder } from "../support/official-extracts.js";
import { lastAnswerText, understand } from "../support/questions.js";

// Pay asked per hour: BLS's hourly wages (OEWS hourly median and middle half, base pay only) for a curated
// role through its occupation or for any official occupation, and "per hour?" after a pay answer. The
// curated roles answer from the committed figures; other occupations from a layer imported from extracts of
// BLS's file written in its format (nurses', teachers' and actors' rows carry BLS's May 2025 figures).
const answer = lastAnswerText;

/** A thread's last answer as plain text, on a knowledge base of its own. */
function said(kb: KnowledgeBase, ...messages: string[]): string {
  let context: ConversationContext | undefined;
  let text = "";
  for (const m of messages) {
    const turn = ask(kb, m, context ? { context } : {});
    context = turn.context;
    text = renderText(turn.answer);
  }
  return text;
}

describe("a curated role's pay asked per hour", () => {
  const developers =
    "Median hourly wage, software developers (US): $65.38 (BLS OEWS, May 2025; base pay only)";

  it("gives BLS's hourly median for its occupation first, then the annual figures", () => {
    for (const q of [
      "software engineer hourly rate",
      "software engineer pay per hour",
      "how much does a software engineer make an hour",
      "swe hourly?",
    ]) {
      const text = answer(q);
      expect(text, q).toContain("Software Engineer pay per hour:");
      expect(text, q).toContain(developers);
      expect(text, q).toContain(
        "Middle half earned per hour (25th–75th percentile), software developers: $50.58 – $82.68",
      );
      expect(text, q).toContain("Annual pay:");
      expect(text, q).toContain("$135,980");
      expect(text.indexOf(developers), q).toBeLessThan(text.indexOf("$135,980"));
      expect(text, q).not.toContain("What a Software Engineer does");
    }
  });

  it("says BLS's hourly wages are national and for all levels when a level or place is asked", () => {
    const text = answer("entry level data analyst salary per hour");
    expect(text).toContain("Data Analyst pay per hour:");
    expect(text).toContain("Median hourly wage, data scientists (US): $57.80");
    expect(text).toContain("it does not split them by level, place or employer");
    expect(text).toContain("The knowledge base has no entry level figure for Data Analyst.");
  });

  it("says the source articles' figures are annual, with no hourly ones", () => {
    const text = answer("mle salary in seattle per hour");
    expect(text).toContain("Median hourly wage, data scientists (US): $57.80");
    expect(text).toContain("The source articles' figures are annual salaries; they give no hourly ones.");
    expect(text).toContain("Machine Learning Engineer, Seattle, WA: $173,517");
  });

  it("gives each side's hourly median in a pay comparison asked per hour, the figures below annual", () => {
    const text = answer("swe vs mle hourly pay");
    expect(text).toContain("Per hour, BLS's hourly medians (BLS OEWS, May 2025): Software Engineer $65.38");
    expect(text).toContain("The figures below are annual.");
  });

  it("reads the hour as pay only where nothing else is asked of it", () => {
    expect(understand("data scientist per hour")).toMatchObject({ intent: "salary", perHour: true });
    expect(understand("how much per hour for a data scientist")).toMatchObject({ perHour: true });
    expect(understand("how many hours a week do data scientists work").perHour).toBeUndefined();
    expect(understand("tickets per hour for it support").perHour).toBeUndefined();
    expect(understand("data scientist salary").perHour).toBeUndefined();
  });
});

describe("'per hour?' after a pay answer", () => {
  it("gives BLS's hourly wage for the occupation behind the annual figures shown", () => {
    for (const q of ["per hour?", "hourly?", "what is that per hour"]) {
      const text = answer("devops engineer salary", q);
      expect(text, q).toContain(
        "No: the figures are annual, pay for a year, not hourly. BLS's hourly wages:",
      );
      expect(text, q).toContain("Median hourly wage, computer occupations, all other (US): $56.05");
      expect(text, q).toContain("Median hourly wage, software developers (US): $65.38");
    }
  });

  it("says the hourly figures already shown are hourly, and keeps them for a question about tax", () => {
    const again = answer("software engineer hourly rate", "per hour?");
    expect(again).toContain("Yes: the hourly figures shown are BLS's wages per hour");
    expect(again).toContain("$65.38");
    expect(answer("software engineer hourly rate", "is that before tax")).toContain(
      "BLS OEWS wages are gross pay, before taxes and other deductions, and base pay only.",
    );
    // The next question without the hour is answered by the year again.
    expect(answer("software engineer hourly rate", "what about seattle?")).not.toContain("per hour");
  });
});

describe("an official occupation's pay asked per hour", () => {
  let work: string;
  let kb: KnowledgeBase;
  let old: KnowledgeBase;
  beforeAll(async () => {
    work = mkdtempSync(path.join(tmpdir(), "hourly-"));
    await writeAgencyFolder(path.join(work, "downloads"));
    const { layer } = await importOfficial([path.join(work, "downloads")]);
    writeLayer(path.join(work, "layer"), layer);
    kb = loadKnowledgeBase(knowledgeDir, { officialDir: path.join(work, "layer") });
    // A layer imported before hourly wages were kept: the same records without them.
    const before = {
      ...layer,
      occupations: layer.occupations.map((o) => {
        if (!o.pay) return o;
        const { hourlyP25: _p25, hourlyMedian: _median, hourlyP75: _p75, ...annual } = o.pay;
        return { ...o, pay: annual };
      }),
    };
    writeLayer(path.join(work, "old"), before);
    old = loadKnowledgeBase(knowledgeDir, { officialDir: path.join(work, "old") });
  }, 60_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it("gives BLS's hourly median first, labelled base pay only, with its release and source", () => {
    for (const q of ["registered nurse hourly wage", "how much do nurses make an hour", "rn pay per hour"]) {
      const text = said(kb, q);
      expect(text, q).toContain("Registered Nurses (SOC 29-1141)");
      expect(text, q).toContain(
        "Median hourly wage, registered nurses (US): $46.90 (BLS OEWS, May 2025; base pay only)",
      );
      expect(text, q).toContain("$38.62 – $54.02");
      expect(text.indexOf("$46.90"), q).toBeLessThan(text.indexOf("$97,550"));
    }
    expect(said(kb, "how much do nurses make")).not.toContain("hourly");
  });

  it("says plainly when BLS publishes annual wages only", () => {
    expect(said(kb, "25-2021 pay per hour")).toContain(
      "Median hourly wage, elementary school teachers, except special education (US): none: BLS publishes annual wages only for this occupation (BLS OEWS, May 2025)",
    );
    const followUp = said(kb, "25-2021 salary", "per hour?");
    expect(followUp).toContain(
      "No: the figures are annual, pay for a year, not hourly. BLS publishes no hourly wage for elementary school teachers, except special education: only annual ones.",
    );
    expect(followUp).toContain("fewer than 2,080 hours");
  });

  it("gives the hourly figure after a pay answer about the occupation", () => {
    const text = said(kb, "how much do registered nurses make", "per hour?");
    expect(text).toContain("Median hourly wage, registered nurses (US): $46.90");
    expect(text).toContain("bls.gov/oes/2025/may/oes291141.htm");
  });

  it("shows the hourly wages BLS publishes instead of annual ones", () => {
    const actors = said(kb, "what do actors earn");
    expect(actors).toContain("Median hourly wage, actors (US): $29.05");
    expect(actors).toContain("Median annual wage, actors (US): not released by BLS");
  });

  it("loads a layer imported before hourly wages were kept, and says to import it again", () => {
    expect(readLayer(path.join(work, "old"))?.occupations.length).toBeGreaterThan(0);
    const text = said(old, "registered nurse hourly wage");
    expect(text).toContain("Median annual wage, registered nurses (US): $97,550");
    expect(text).toContain("imported before BLS's hourly wages were kept");
    expect(said(old, "how much do registered nurses make", "per hour?")).toContain(
      "imported before BLS's hourly wages were kept",
    );
    expect(officialSummary(old.official, "data/official")).toContain(
      "imported before hourly wages were kept): run `career data import` again",
    );
    expect(officialSummary(kb.official, "data/official")).not.toContain("hourly");
  });

  it("keeps the committed figures' hourly wages for the curated roles' occupations", () => {
    const developers = readSubset(knowledgeDir)?.occupations.find((o) => o.soc === "15-1252");
    expect(developers?.pay).toMatchObject({ hourlyP25: 50.58, hourlyMedian: 65.38, hourlyP75: 82.68 });
  });
});
