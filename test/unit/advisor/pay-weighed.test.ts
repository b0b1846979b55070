import { describe, expect, it } from "vitest";
import type { Answer, PayWeighed } from "../../../src/advisor/answers.js";
import { answerQuestion } from "../../../src/advisor/ask.js";
import { renderText } from "../../../src/render/plain-text.js";
import { renderMessage } from "../../../src/slack/blocks/message.js";
import { payStatedIn } from "../../../src/understanding/words/pay-stated.js";
import { realKnowledge } from "../../support/knowledge.js";
import { knowledgeWithLayer, officialLayerInstalled, saidWithLayer } from "../../support/official-layer.js";
import { lastAnswerText, thread, understand } from "../../support/questions.js";

// An amount someone was offered or earns, set against the figures: where it stands, never whether it is fair.
const answer = (q: string): Answer => answerQuestion(realKnowledge(), q);
const weighed = (q: string): PayWeighed => {
  const a = answer(q);
  if (a.kind !== "pay-weighed") throw new Error(`"${q}" answered as ${a.kind}`);
  return a;
};

describe("the pay a message states", () => {
  it("reads k, dollars, commas and the hour, and whether it was base", () => {
    expect(payStatedIn("got an offer for 82k, is that fair?")).toEqual({
      amount: 82000,
      per: "year",
      base: false,
    });
    expect(payStatedIn("they offered me $95,000 for devops, lowball?")?.amount).toBe(95000);
    expect(payStatedIn("offer: 120k base as a data scientist. good?")).toEqual({
      amount: 120000,
      per: "year",
      base: true,
    });
    expect(payStatedIn("nurse offered 38/hr in denver")).toEqual({ amount: 38, per: "hour", base: false });
    expect(payStatedIn("offered $28 an hour, fair?")?.per).toBe("hour");
  });

  it("reads no amount that is not pay", () => {
    expect(payStatedIn("i have 5k saved, is that enough for a bootcamp")).toBeUndefined();
    expect(payStatedIn("2 yoe, is that enough for a senior role")).toBeUndefined();
    expect(payStatedIn("is a 10k raise good")).toBeUndefined();
    expect(payStatedIn("my ctc is 12 lpa, is that good")).toBeUndefined();
    expect(payStatedIn("how much do data analysts make")).toBeUndefined();
  });

  it("keeps a move a move, and a plain pay question plain", () => {
    expect(
      understand("i make 90k as a data analyst, should i switch to data science").payStated,
    ).toBeUndefined();
    expect(understand("how much does a data analyst make in austin").payStated).toBeUndefined();
    expect(answer("i have 5k saved, should i become a data analyst").kind).not.toBe("pay-weighed");
  });
});

describe("an amount set against the figures", () => {
  it("says where it stands among the BLS percentiles, with the place asked said to have none", () => {
    const a = weighed("got an offer for 82k as a data analyst in austin, is that fair?");
    expect(a.verdicts.join(" ")).toContain(
      "$82,000 is below the median ($120,230) for data scientists across the US (BLS OEWS, May 2025), between the 10th percentile ($67,240) and the 25th percentile ($85,660).",
    );
    expect(a.placed.map((p) => p.below)).toEqual([1]);
    expect(a.notes.join(" ")).toContain(
      "The knowledge base has no Texas (Austin, Dallas) figure for Data Analyst",
    );
    expect(a.notes.join(" ")).toContain("BLS has no occupation called Data Analyst");
    expect(a.notes.join(" ")).toContain("base wages");
    expect(a.citations.map((c) => c.label)).toContain("BLS OEWS");
  });

  it("says base pay is what the figures measure when the amount was base", () => {
    const a = weighed("offer: 120k base as a data scientist. good?");
    expect(a.verdicts[0]).toContain("$120,000 is about the median ($120,230)");
    expect(a.notes.join(" ")).toContain("You gave base pay");
  });

  it("sets it against the curated level figure where the role has one, as well as the percentiles", () => {
    const a = weighed("senior mle offer 180k good?");
    expect(a.verdicts[0]).toContain(
      "$180,000 is within the senior level range for Machine Learning Engineer",
    );
    expect(a.against.map((f) => f.value)).toContain("$177,177 – $184,000");
    expect(a.scale).toHaveLength(5);
  });

  it("says a level BLS does not split by, and never calls the offer fair", () => {
    const out = renderText(answer("is 140k good for a senior swe in seattle"));
    expect(out).toContain("BLS does not split pay by level");
    expect(out).toContain("whether an offer is fair also rests on");
    expect(out).not.toMatch(/\b(is|looks) (fair|unfair|a lowball|underpaid)\./);
  });

  it("weighs an amount given after a pay answer in the thread, with its place kept", () => {
    const out = lastAnswerText(
      "how much does a data analyst make in austin",
      "i was offered 110k, is that good?",
    );
    expect(out).toContain("Data Analyst pay: where $110,000 a year stands");
    expect(out).toContain("no Texas (Austin, Dallas) figure");
  });
});

describe.skipIf(!officialLayerInstalled)("an amount for an occupation outside tech", () => {
  it("turns an hourly amount into a year at 2,080 hours and says so", () => {
    const a = answerQuestion(knowledgeWithLayer(), "nurse offered 38/hr in denver");
    if (a.kind !== "pay-weighed") throw new Error(`answered as ${a.kind}`);
    expect(a.subject).toBe("Registered Nurses");
    expect(a.yearly).toBe("$38.00 an hour is about $79,040 a year at 2,080 hours (40 a week for 52 weeks).");
    expect(a.verdicts[0]).toMatch(/^\$79,040 is below the median \(\$97,550\) for registered nurses/);
    expect(a.notes[0]).toContain("No figures for Denver");
  });

  it("weighs an hourly amount given after the occupation's pay", () => {
    expect(saidWithLayer("how much does a nurse make", "i got offered 40 an hour, fair?")).toContain(
      "Registered Nurses pay: where $40.00 an hour stands",
    );
  });
});

describe("rendering an amount weighed", () => {
  it("puts the amount in its place among the percentiles, in text and in Slack", () => {
    const a = answer("they offered me $95,000 for devops, lowball?");
    const text = renderText(a);
    const lines = text.split("\n");
    const at = lines.findIndex((l) => l.includes("» $95,000 a year: the amount you gave"));
    expect(lines[at - 1]).toContain("25th percentile: $79,370");
    expect(lines[at + 1]).toContain("Median: $116,580");
    const slack = JSON.stringify(renderMessage(a));
    expect(slack).toContain("DevOps Engineer pay: where $95,000 a year stands");
    expect(slack).toContain("*$95,000 a year*: the amount you gave");
    expect(slack).toContain("BLS OEWS, May 2025");
  });
});

describe("a range of pay offered", () => {
  it("reads both ends, however the range is written, and a single amount as before", () => {
    const range = { amount: 95000, upTo: 110000, per: "year", base: false };
    for (const q of [
      "got an offer for 95-110k as a data analyst, fair?",
      "got an offer for $95k–$110k as a data analyst, fair?",
      "got an offer for 95 to 110k as a data analyst, fair?",
      "data analyst offer between 95 and 110, fair?",
      "offered $95,000 to $110,000 as a data analyst, good?",
    ])
      expect(payStatedIn(q)).toEqual(range);
    expect(payStatedIn("offered between $25 and $30 an hour, fair?")).toEqual({
      amount: 25,
      upTo: 30,
      per: "hour",
      base: false,
    });
    expect(payStatedIn("offered 5-10k signing bonus and 90k base, fair?")).toEqual({
      amount: 90000,
      per: "year",
      base: true,
    });
    expect(payStatedIn("offer for 2024-2025 season, 90k, fair?")?.upTo).toBeUndefined();
  });

  it("places each end among the percentiles, the title giving the whole range", () => {
    const a = weighed("got an offer for 95-110k as a data analyst, fair?");
    expect(a.stated).toBe("$95,000 – $110,000 a year");
    expect(a.placed.map((p) => p.below)).toEqual([2, 2]);
    const text = renderText(a);
    expect(text).toContain("Data Analyst pay: where $95,000 – $110,000 a year stands");
    expect(text).toContain("At the low end of the range, $95,000 is below the median ($120,230)");
    expect(text).toContain("At the top of the range, $110,000 is below the median ($120,230)");
    expect(text).toContain("» $95,000 a year: the low end of the range you gave");
    expect(text).toContain("» $110,000 a year: the top of the range you gave");
    expect(text).not.toContain("the amount you gave");
    expect(JSON.stringify(renderMessage(a))).toContain("the top of the range you gave");
  });

  it("turns an hourly range into a yearly one, each end where it falls", () => {
    const text = renderText(weighed("it support offered 25-30/hr, fair?"));
    expect(text).toContain("$25.00 – $30.00 an hour is about $52,000 – $62,400 a year");
    expect(text).toContain("At the low end of the range, $52,000 is below the median ($61,860)");
    expect(text).toContain("At the top of the range, $62,400 is about the median ($61,860)");
  });
});

describe.skipIf(!officialLayerInstalled)(
  "an amount stated before a question back of which occupation",
  () => {
    it("is weighed for the occupation the reply picks, however it picks", () => {
      for (const reply of ["heavy", "the first one", "53-3032", "tractor trailer"]) {
        const text = saidWithLayer("truck driver offered 28/hr in ohio, good?", reply);
        expect(text).toContain("Heavy and Tractor-Trailer Truck Drivers pay: where $28.00 an hour stands");
        expect(text).toContain("the amount you gave");
      }
      expect(saidWithLayer("truck driver offered 28/hr in ohio, good?", "light truck")).toContain(
        "Light Truck Drivers pay: where $28.00 an hour stands",
      );
    });
  },
);

describe("an amount stated before a question back of which role", () => {
  it("is weighed for the role picked, and kept no longer than that reply", () => {
    expect(lastAnswerText("got an offer for 90k as an analyst, is that fair?", "the data one")).toContain(
      "Data Analyst pay: where $90,000 a year stands",
    );
    const later = lastAnswerText("got an offer for 90k as an engineer, fair?", "devops", "what about sre");
    expect(later).toContain("Site Reliability Engineer");
    expect(later).not.toContain("stands");
  });
});

// "can i make 200k in any of them" after several roles: the amount set against each role's own figures, a
// line a role, and the thread keeps every role (before: the first role's figures alone, r88).
describe("an amount weighed against several roles", () => {
  it("places it for each role, shows no one role's scale, and renders for Slack", () => {
    const a = thread("swe vs ds pay", "is 120k good").at(-1);
    if (a?.kind !== "pay-weighed") throw new Error(`answered as ${a?.kind}`);
    expect(a.subject).toBe("Software Engineer and Data Scientist");
    expect(a.verdicts.some((v) => v.startsWith("Software Engineer: $120,000"))).toBe(true);
    expect(a.verdicts.some((v) => v.startsWith("Data Scientist: $120,000"))).toBe(true);
    expect(a.scale).toEqual([]);
    expect(JSON.stringify(renderMessage(a))).toContain("Data Scientist: $120,000");
    expect(lastAnswerText("swe vs ds pay", "is 120k good", "and in seattle")).toContain("Data Scientist");
  });
});
