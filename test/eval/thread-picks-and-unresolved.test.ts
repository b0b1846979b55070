import { describe, expect, it } from "vitest";
import type { Answer } from "../../src/advisor/answers.js";
import type { Role } from "../../src/knowledge/core/schema.js";
import { occupationsOf } from "../../src/official/data.js";
import { renderText } from "../../src/render/plain-text.js";
import { realKnowledge } from "../support/knowledge.js";
import { lastAnswerText, thread } from "../support/questions.js";

// Follow-ups that name no role of their own: a pick from the list the thread showed, kept after
// one pick; a subject the thread cannot resolve asked back, never the ML market; a pay verdict with a place
// in the thread; "is that good money" put in context. Figures are read from the knowledge.
const kb = realKnowledge();
const role = (id: string) => kb.roleById.get(id) as Role;
const usd = (n: number) => `$${n.toLocaleString("en-US")}`;
const official = (id: string) => occupationsOf(role(id), kb.official)[0];
const text = (answers: Answer[], at: number) => renderText(answers[at] as Answer);

describe("a pick from a ranking shown", () => {
  it("reads 'the top one', '#1' and 'the best paid one' as its first row", () => {
    const growth = `${official("engineering-manager")?.outlook?.changePercent}%`;
    for (const pick of ["the top one, outlook?", "#1, outlook?", "the first one, outlook?"]) {
      const answer = lastAnswerText("which roles pay the most?", pick);
      expect(answer).toContain("Outlook for an Engineering Manager");
      expect(answer).toContain(growth);
      expect(answer).not.toContain("Demand for ML engineers");
    }
    const median = official("engineering-manager")?.pay?.median as number;
    expect(lastAnswerText("best paid tech jobs", "the best paid one")).toContain(usd(median));
  });

  it("reads 'the last one' as the last row shown, not the fifth", () => {
    const ranking = thread("best paid tech jobs", "the last one, outlook?");
    const rows = text(ranking, 0)
      .split("\n")
      .filter((l) => /^\s+\d+\. /.test(l));
    const lastShown =
      rows
        .at(-1)
        ?.replace(/^\s+\d+\. /, "")
        .split(" (as ")[0] ?? "";
    expect(rows.length).toBeGreaterThan(5);
    expect(text(ranking, 1)).toContain(`Outlook for a ${lastShown}`);
  });

  it("keeps the ranking to pick from after one pick", () => {
    const answers = thread("which roles pay the most?", "the top one, outlook?", "and the second one");
    expect(text(answers, 2)).toContain("Computer and Information Research Scientist");
  });
});

describe("a pick from a comparison, after one side was picked", () => {
  it("still picks from the pair compared", () => {
    const answers = thread("data scientist vs data analyst", "the first one, skills", "and the second one");
    expect(text(answers, 1)).toContain("Skills for a Data Scientist");
    expect(text(answers, 2)).toContain("Skills for a Data Analyst");
    for (const skill of role("data-analyst").skills.technical.slice(0, 2))
      expect(text(answers, 2)).toContain(skill);
  });
});

describe("a follow-up whose subject the thread cannot resolve", () => {
  it("after an occupation not covered, says there is nothing on it and offers the closest roles", () => {
    const answers = thread("what does a platform engineer make", "are they in demand?", "the first one");
    const asked = text(answers, 1);
    expect(asked).toContain("I don't cover Platform Engineers");
    expect(asked).toContain("Site Reliability Engineer");
    expect(asked).not.toContain("Demand for ML engineers");
    expect(asked).not.toMatch(/\d+(\.\d+)?%/);
    expect(text(answers, 2)).toContain("Outlook for a Site Reliability Engineer");
  });

  it("with nothing before it, asks which role rather than giving the ML market", () => {
    for (const q of ["the top one, outlook?", "are they in demand?"]) {
      const answer = lastAnswerText(q);
      expect(answer).toContain("Which role do you mean?");
      expect(answer).not.toContain("Demand for ML engineers");
    }
    // A question about the market itself is still the market's.
    expect(lastAnswerText("is the job market good")).not.toContain("Which role do you mean?");
  });
});

describe("'which pays more' with a place in the thread", () => {
  it("says which side has a figure there and gives a verdict on the figures shown", () => {
    const texas = role("machine-learning-engineer").salary?.locations.find((l) => l.location === "texas");
    const answer = lastAnswerText("swe vs mle salary", "and in austin?", "which pays more");
    expect(answer).toContain("no Texas (Austin, Dallas) figure for Software Engineer");
    expect(answer).toContain(
      `Only Machine Learning Engineer has a Texas (Austin, Dallas) figure (${usd(texas?.figure.value as number)})`,
    );
    expect(answer).toContain("Nationally");
    expect(answer).toContain("Software Engineer's is higher");
  });
});

describe("'is that good money' after a pay answer", () => {
  it("puts an official median among the curated roles' and shows the middle half", () => {
    const pay = official("it-support-specialist")?.pay;
    const answer = lastAnswerText("it support salary", "is that good money");
    expect(answer).toContain("depends on where you live");
    expect(answer).toContain(`${usd(pay?.p25 as number)} – ${usd(pay?.p75 as number)}`);
    expect(answer).toMatch(/IT Support Specialist's \$[\d,]+ (is the lowest|has \d+ of them higher)/);
  });

  it("sets a city's figure against the same source's national one", () => {
    const mle = role("machine-learning-engineer").salary;
    const seattle = mle?.locations.find((l) => l.location === "seattle")?.figure.value as number;
    const national = mle?.headline.find((h) => h.unit === "usd")?.value as number;
    const answer = lastAnswerText("mle pay in seattle", "is that good money");
    expect(answer).toContain(`${Math.round(((seattle - national) / national) * 100)}% above`);
    expect(answer).toContain(usd(national));
  });
});
