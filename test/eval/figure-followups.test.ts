import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// Follow-ups of a fresh user about what was just shown: the figures of a pay answer (tax, period, currency,
// bonus), its sources, a comparison with one role named, the day-to-day of two roles, and what the
// knowledge has nothing on.
const answer = lastAnswerText;

describe("a comparison command that names one role in a thread about another", () => {
  it("compares the role named with the thread's role", () => {
    for (const compare of ["compare with backend", "compare to backend", "compare backend"]) {
      const text = answer("devops engineer salary", compare);
      expect(text).toContain("DevOps Engineer vs Back-End Developer");
      expect(text).not.toContain("needs a fix");
    }
  });

  it("then weighs both roles' outlooks", () => {
    const text = answer("devops engineer salary", "compare with backend", "which one has the better outlook");
    expect(text).toContain("Back-End Developer grows faster");
    expect(text).toContain("Outlook for a DevOps Engineer");
    expect(text).toContain("Outlook for a Back-End Developer");
  });

  it("still asks for two roles with no thread to give the other", () => {
    expect(answer("compare with backend")).toContain("name two or three roles");
  });
});

describe("a question about the pay figures just shown", () => {
  const pay = "data scientist salary";

  it("says the figures are gross, before tax, with no take-home figures", () => {
    for (const q of ["is that before tax", "is that gross or net", "take home?", "whats that after tax"]) {
      const text = answer(pay, q);
      expect(text).toContain("They are gross figures, before tax.");
      expect(text).toContain("BLS OEWS wages are gross pay");
      expect(text).toContain("no after-tax (take-home) figures");
      expect(text).not.toContain("Pick what you want to know");
    }
  });

  it("says the figures are annual, and gives BLS's hourly wage instead", () => {
    for (const q of ["per hour?", "hourly?", "what would that be per hour"]) {
      const text = answer(pay, q);
      expect(text).toContain("not hourly");
      expect(text).toContain(
        "Median hourly wage, data scientists (US): $57.80 (BLS OEWS, May 2025; base pay only)",
      );
    }
    expect(answer(pay, "is that per year")).toContain("Yes: the figures are annual");
    expect(answer(pay, "monthly?")).toContain("no monthly figures");
  });

  it("says the figures are US dollars, with nothing to convert them", () => {
    for (const [q, currency] of [
      ["in euros?", "euros"],
      ["how much is that in pounds", "pounds sterling"],
      ["convert to rupees", "rupees"],
      ["in CAD?", "Canadian dollars"],
    ] as const) {
      const text = answer(pay, q);
      expect(text).toContain("The figures are in US dollars, for jobs in the US.");
      expect(text).toContain(`no figures in ${currency}`);
    }
  });

  it("says what the figure shown takes in, and gives total pay where the knowledge has it", () => {
    const ds = answer(pay, "does that include bonus");
    expect(ds).toContain(
      "No: the BLS OEWS wages are base pay only: year-end bonuses, overtime, stock and benefits are not in them.",
    );
    expect(ds).toContain("no total-compensation figure (with bonus or stock) for Data Scientist");
    const mle = answer("mle salary", "is that with stock");
    expect(mle).toContain("The AiPathly figures are salaries");
    expect(mle).toContain("Average total compensation: $202,331");
    expect(mle).not.toContain("BLS OEWS wages");
  });

  it("keeps the thread on the role and its pay", () => {
    expect(answer("mle salary", "is that before tax", "what about seattle?")).toContain(
      "Machine Learning Engineer, Seattle, WA: $173,517",
    );
  });

  it("leaves questions that ask the figure itself, or growth, to the pay and outlook answers", () => {
    expect(answer("mle salary", "how much do they make a year")).toContain("Machine Learning Engineer pay");
    expect(answer("mle salary", "and in seattle?")).toContain("$173,517");
    expect(answer(pay, "how much does it grow each year")).toContain("Outlook for a Data Scientist");
  });
});

describe("a question about where the last answer comes from", () => {
  it("names the sources of the thread's last answer", () => {
    for (const q of ["source?", "where is that from", "how do you know", "where did you get that"]) {
      const text = answer("data scientist salary", q);
      expect(text).toContain("Where the last answer about Data Scientist comes from:");
      expect(text).toContain(
        "BLS Occupational Employment and Wage Statistics, national estimates: Data Scientists",
      );
    }
  });

  it("after any answer about a role, or two", () => {
    expect(answer("what does a data architect do", "source?")).toContain(
      "BLS Occupational Outlook Handbook: Database Administrators and Architects",
    );
    expect(answer("backend vs frontend", "sources?")).toContain(
      "Where the last answer about Back-End Developer and Front-End Developer comes from:",
    );
  });
});

describe("what two roles do day to day, after a comparison", () => {
  it("gives each role's duties", () => {
    for (const q of [
      "whats the difference in what they do day to day",
      "whats the day to day like",
      "whats the daily work like for each",
      "what does a typical day look like",
    ]) {
      const text = answer("database administrator vs data architect", q);
      expect(text).toContain("What a Database Administrator does:");
      expect(text).toContain("What a Data Architect does:");
    }
  });
});

describe("what the knowledge has nothing on", () => {
  it("says the sources give no opinion on which of two roles is less stressful, with what each does", () => {
    for (const q of ["which is less stressful", "which one is more fun"]) {
      const text = answer("backend vs frontend", q);
      expect(text).toContain(
        "The sources give no opinion on whether working as a Back-End Developer or a Front-End Developer is",
      );
      expect(text).toContain("What a Front-End Developer does:");
    }
  });

  it("says so of a topic no section of the role holds, with what the role does", () => {
    const meetings = answer("data architect", "is it mostly meetings");
    expect(meetings).toContain("The knowledge base has nothing on “meetings” for Data Architect.");
    expect(meetings).toContain("What a Data Architect does:");
    // Working hours and travel are aspects of working life, named as such (see working-life.test.ts).
    for (const [q, aspect] of [
      ["do they work long hours", "working hours"],
      ["do they travel much", "travel"],
    ] as const) {
      const text = answer("data architect", q);
      expect(text).toContain(`The knowledge base has nothing on ${aspect} for a Data Architect`);
      expect(text).toContain("What a Data Architect does:");
    }
  });

  it("still asks back where the words name no topic", () => {
    expect(answer("data architect", "anything else?")).toContain("Pick what you want to know");
  });
});

describe("a question about the figures of a comparison", () => {
  it("answers from the pay the comparison showed", () => {
    expect(answer("backend vs frontend", "in euros?")).toContain("The figures are in US dollars");
    expect(answer("backend vs frontend", "is that before tax")).toContain(
      "They are gross figures, before tax.",
    );
  });
});

describe("which point of the pay spread a figure shown is", () => {
  it("says the figure is the median, with the low end shown, for 'is that median or starting'", () => {
    const text = answer("how much does a network administrator make", "is that median or starting");
    expect(text).toContain("The main figure shown is the median");
    expect(text).toContain("10th–90th percentile, network and computer systems administrators");
    expect(text).not.toContain("Pick what you want to know");
  });

  it("reads a level set against the average as the same question, not that level's pay", () => {
    const text = answer("it support pay", "is that the average or entry level");
    expect(text).toContain("The main figure shown is the median");
    expect(text).not.toContain("Education");
    // A level asked alone is still that level's pay.
    expect(answer("mle salary", "entry level?")).not.toContain("The main figure shown is the median");
  });

  it("gives the 90th percentile shown for 'whats the top 10% then'", () => {
    const text = answer("is it normal for IT support to top out around 60k", "whats the top 10% then");
    expect(text).toContain("90th percentile, computer user support specialists: $100,540");
    expect(text).not.toContain("Career path for");
  });
});
