import { describe, expect, it } from "vitest";
import { officialLayerInstalled, saidWithLayer } from "../support/official-layer.js";
import { answerText, lastAnswerText, understand } from "../support/questions.js";

// People who want figures they can trust (r108): where the figures shown come from and when ("is that from
// BLS? which year"), how much of the country they cover ("is that national?"), what BLS itself says of a
// role whose articles give their own figures, where the advisor's figures come from as a whole, and the
// occupations asked outside the roles: their duties (which the official figures hold none of), a
// percentile of their pay, and the RN an LPN moves to.

describe("a follow-up asking where the figures shown come from, or when", () => {
  it("lists the last answer's sources with their dates", () => {
    for (const q of [
      "is that from BLS? which year",
      "is that from bls",
      "which year is that",
      "what year is that data from",
      "how recent is that",
      "is that current",
      "is this official data",
    ]) {
      const text = lastAnswerText("data scientist salary", q);
      expect(text, q).toContain("Where the last answer about Data Scientist comes from:");
      expect(text, q).toContain("U.S. Bureau of Labor Statistics (May 2025)");
    }
  });

  it("leaves questions about the role, or about when to start, as they were", () => {
    expect(lastAnswerText("devops engineer salary", "what year should i start learning it")).not.toContain(
      "comes from",
    );
    expect(lastAnswerText("what does a sysadmin do", "is it current")).not.toContain("comes from");
  });
});

describe("a follow-up asking whether the figures shown are national", () => {
  it("says the BLS wages are national estimates, with no state or city breakdown", () => {
    for (const q of [
      "is that national?",
      "is that nationwide",
      "is this us only",
      "is that for the whole us",
      "is that national or just sf",
    ]) {
      const text = lastAnswerText("data scientist salary", q);
      expect(text, q).toContain(
        "National: the BLS OEWS wages shown are national estimates, for the whole US (May 2025)",
      );
      expect(text, q).not.toContain("Soft skills");
    }
  });

  it("says the articles' figures are the US's, but for a place a label names", () => {
    expect(lastAnswerText("machine learning engineer salary", "is that national")).toContain(
      "The AiPathly figures are for jobs in the US, except any whose label names a place",
    );
  });

  it("leaves the national figures asked for, and 'us' the pronoun, as they were", () => {
    expect(lastAnswerText("data analyst salary", "what about nationally")).toContain("Data Analyst pay:");
    expect(lastAnswerText("data analyst salary", "is it for us juniors")).not.toContain("National:");
  });
});

describe("what BLS says of a role", () => {
  it("shows the government's figures, not the articles', for a role with figures of its own", () => {
    for (const text of [
      answerText("what does BLS say machine learning engineers make"),
      lastAnswerText("machine learning engineer salary", "what does bls say"),
    ]) {
      expect(text).toContain("Machine Learning Engineer pay by the official US figures (BLS):");
      expect(text).toContain("BLS counts no occupation called machine learning engineer");
      expect(text).toContain("Median annual wage, data scientists (US): $120,230");
      expect(text).not.toContain("Average salary (market overview)");
    }
  });

  it("asks the thread's pay again after a role's pay, and its outlook after its outlook", () => {
    expect(lastAnswerText("data scientist salary", "what does bls say")).toContain(
      "Median annual wage, data scientists (US): $120,230",
    );
    expect(lastAnswerText("devops engineer outlook", "according to bls?")).toContain(
      "Outlook for a DevOps Engineer",
    );
  });

  it("reads the official figures of a role named as its pay, a topic named as that topic", () => {
    expect(understand("what are the official figures for data analysts").intent).toBe("salary");
    expect(understand("bls numbers for devops engineers").intent).toBe("salary");
    expect(understand("what does bls say about the outlook for data analysts").intent).toBe("outlook");
  });

  it("leaves a role's own pay, and an employer that is the government, as they were", () => {
    expect(answerText("machine learning engineer salary")).toContain("Average salary (market overview)");
    expect(
      answerText("i got an offer from the government as a data analyst, whats normal pay"),
    ).not.toContain("by the official US figures");
  });
});

describe("where the advisor's figures come from, asked of it", () => {
  it("names the official releases and the roles' sources", () => {
    for (const q of [
      "where do your salary numbers come from",
      "where does your data come from",
      "what are your sources",
      "where do you get your salary data",
      "can i trust your numbers",
    ]) {
      const text = answerText(q);
      expect(text, q).toContain("Where the figures come from:");
      expect(text, q).toContain("curated roles' own descriptions and figures");
    }
  });

  it("in a thread, gives the last answer's sources", () => {
    expect(lastAnswerText("data scientist salary", "where do you get your numbers")).toContain(
      "Where the last answer about Data Scientist comes from:",
    );
  });

  it("leaves where pay is best, and where someone works, as they were", () => {
    expect(answerText("where do you get the best pay as a data analyst")).not.toContain(
      "Where the figures come from",
    );
    expect(answerText("where do data scientists work")).not.toContain("Where the figures come from");
  });
});

describe("the last 'rn' after a word a job follows", () => {
  it("is the registered nurse", () => {
    for (const q of [
      "should i go from lpn to rn",
      "is it worth becoming an rn",
      "how do i go from cna to rn",
    ]) {
      const typed = understand(q).entities.uncovered.map((o) => o.typed);
      expect(typed, q).toContain("rn");
    }
  });

  it("is still 'right now' closing what is said", () => {
    for (const q of ["what should i learn rn", "are data analysts in demand rn", "im a nurse rn"]) {
      expect(understand(q).entities.masked, q).toContain("now");
    }
  });
});

describe.skipIf(!officialLayerInstalled)("an occupation outside the roles", () => {
  it("asked what it does, says the official figures hold no duties before its figures", () => {
    for (const [q, title] of [
      ["what do actuaries do", "Actuaries"],
      ["what does an occupational therapist do", "Occupational Therapists"],
    ] as const) {
      const text = saidWithLayer(q);
      expect(text, q).toContain(`The official figures hold no description of what ${title} do day to day`);
    }
    expect(saidWithLayer("actuary salary")).not.toContain("no description");
  });

  it("asked what BLS says of it, gives its figures, not a word on its duties nor a role's work", () => {
    const nurses = saidWithLayer("what does bls say about nurses");
    expect(nurses).toContain("Registered Nurses (SOC 29-1141): official US figures");
    expect(nurses).not.toContain("no description");
    const web = saidWithLayer("what does bls say about web developers");
    expect(web).toContain("Median annual wage, web developers (US)");
    expect(web).not.toContain("What a Front-End Developer does");
    expect(saidWithLayer("what does bls say about the outlook for nurses")).toContain(
      "Growing, by BLS Employment Projections",
    );
  });

  it("asked a percentile of its pay, gives its pay, not a career path", () => {
    const text = saidWithLayer("whats the 90th percentile for electricians");
    expect(text).toContain("10th–90th percentile, electricians: $42,640 – $108,510");
    expect(text).not.toContain("No source here maps a career path");
  });

  it("reads the HVAC trade by its letters alone, an HVAC engineer still a mechanical engineer", () => {
    for (const q of ["hvac salary", "electrician to hvac worth it", "hvac technician pay"])
      expect(saidWithLayer(q), q).toContain(
        "Heating, Air Conditioning, and Refrigeration Mechanics and Installers",
      );
    expect(saidWithLayer("hvac engineer salary")).toContain("Mechanical Engineers (SOC 17-2141)");
  });

  it("an LPN asking about RN sets the two side by side", () => {
    expect(saidWithLayer("should i go from lpn to rn")).toContain("Beside Registered Nurses");
  });
});
