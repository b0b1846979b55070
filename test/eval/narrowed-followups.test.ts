import { describe, expect, it } from "vitest";
import { formatFigure } from "../../src/knowledge/core/figure-text.js";
import type { Figure, Role } from "../../src/knowledge/core/schema.js";
import { hourlyPayFigures } from "../../src/official/figures.js";
import { realKnowledge } from "../support/knowledge.js";
import { lastAnswerText } from "../support/questions.js";

// A follow-up that narrows the thread's pay (a place, the hour, one of two roles compared) keeps every side
// the thread was on, and the place the thread asked, never half the question.
const kb = realKnowledge();
const answer = lastAnswerText;
const role = (id: string) => kb.roleById.get(id) as Role;
const placeFigure = (r: Role, place: string) =>
  formatFigure(r.salary?.locations.find((l) => l.location === place)?.figure as Figure);
const median = (r: Role) =>
  formatFigure(r.salary?.government.find((f) => /^median/i.test(f.label)) as Figure);
/** BLS's hourly median for an official occupation, as the answer writes it. */
const hourlyMedian = (soc: string) => {
  const o = kb.official?.bySoc.get(soc);
  const m = kb.official?.manifest;
  const f = o && m ? hourlyPayFigures(o, m).find((x) => /median/i.test(x.label)) : undefined;
  return formatFigure(f as Figure);
};
// (The tests' official layer holds the computer occupations only: web developers stand for a job held
// outside the curated roles; the eval corpus asks accountants, electricians and nurses on the full layer.)

describe("a place after a move from an occupation", () => {
  const move = "web developer to data analyst worth it";

  it("keeps the occupation's side, saying its figures are national only, beside the role's", () => {
    const text = answer(move, "in texas?");
    expect(text).toContain(
      "No Texas (Austin, Dallas) figure for Web Developers: the official figures are national only",
    );
    expect(text).toContain("no Texas (Austin, Dallas) figure for Data Analyst");
    expect(text).toContain(median(role("data-analyst")));
  });

  it("does so for a move asked with pay, and a city", () => {
    const text = answer(
      "im a web developer thinking of switching to it support, pay?",
      "what about in seattle",
    );
    expect(text).toContain("figure for Web Developers: the official figures are national only");
    expect(text).toContain(median(role("it-support-specialist")));
  });

  it("shows the role's figure for the place where it has one", () => {
    const text = answer("web developer to ml engineer worth it", "in nyc?");
    expect(text).toContain("Web Developers");
    expect(text).toContain(placeFigure(role("machine-learning-engineer"), "new-york-city"));
  });
});

describe("'there' after an occupation's pay in a place", () => {
  it("carries the place to the role named next", () => {
    const text = answer("how much do web developers make in california", "and mle there?");
    expect(text).toContain(placeFigure(role("machine-learning-engineer"), "california"));
  });
});

describe("per hour after an occupation set against a role", () => {
  it("gives both hourly medians, never that the last answer showed no figures", () => {
    const text = answer("web developer vs software engineer pay", "per hour?");
    expect(text).not.toContain("showed no pay figures");
    expect(text).toContain(hourlyMedian("15-1254"));
    expect(text).toContain(hourlyMedian("15-1252"));
  });
});

describe("one of two roles compared, named with a place", () => {
  it("is that role's pay there, not a comparison asked back", () => {
    const text = answer("mle vs data scientist salary", "mle in nyc?");
    expect(text).not.toContain("with which role?");
    expect(text).toContain(placeFigure(role("machine-learning-engineer"), "new-york-city"));
  });
});

describe("a role at an employer, with no word of pay", () => {
  it("says there are no figures for an employer the knowledge lacks, never dropping it", () => {
    const text = answer("mle at google");
    expect(text).toContain("No figures for Google");
    expect(text).not.toContain("What a Machine Learning Engineer does");
  });

  it("gives the employer's figures where the knowledge has them", () => {
    const meta = role("machine-learning-engineer").salary?.companies.find((c) => c.company === "Meta");
    const text = answer("mle at meta");
    expect(text).toContain(formatFigure(meta?.figures[0] as Figure));
  });
});

describe("one role's pay in two places named", () => {
  it("shows both places' figures and the difference", () => {
    const mle = role("machine-learning-engineer");
    const nyc = mle.salary?.locations.find((l) => l.location === "new-york-city")?.figure.value as number;
    const texas = mle.salary?.locations.find((l) => l.location === "texas")?.figure.value as number;
    const text = answer("moving from nyc to austin as an ml engineer how much of a pay cut");
    expect(text).toContain(placeFigure(mle, "new-york-city"));
    expect(text).toContain(placeFigure(mle, "texas"));
    expect(text).toContain(`$${(nyc - texas).toLocaleString("en-US")}`);
    expect(text).toContain("less in Texas");
  });
});
