import { beforeAll, describe, expect, it } from "vitest";
import { knowledgeWithLayer, officialLayerInstalled, saidWithLayer } from "../../support/official-layer.js";
import { lastAnswerText } from "../../support/questions.js";

// The whole official layer loads once, before the first question, however busy the machine.
beforeAll(() => {
  if (officialLayerInstalled) knowledgeWithLayer();
}, 120_000);

// Someone in customer support asking about QA: where they stand is Customer Service Representatives, so the
// move is weighed from there, not QA's pay alone.
describe.skipIf(!officialLayerInstalled)("customer support as where a move starts", () => {
  it("weighs the move from customer service representatives", () => {
    const text = saidWithLayer(
      "been in customer support 3 yrs at a payments co, should i move into QA? is it worth it pay wise",
    );
    expect(text).toContain("From Customer Service Representatives to QA Engineer");
    expect(text).toContain("Median annual wage, customer service representatives (US): $44,770");
  });

  it("is not read where customer support is what a product does", () => {
    const text = saidWithLayer("is ai used in customer support");
    expect(text).not.toContain("Customer Service Representatives");
  });
});

// After a move's answer, "i know python and sql already" says where the asker stands: what is left to learn
// leaves Python off, says so, and says SQL is not on the list; never a check of whether the role needs them.
describe("skills said known after a move", () => {
  it("are left off what to learn, and said so", () => {
    const text = lastAnswerText(
      "from backend to ml engineer, worth it? 4 yoe",
      "what would i need to learn, i know python and sql already",
    );
    expect(text).toContain("From Back-End Developer to Machine Learning Engineer");
    expect(text).toContain(
      "You said you know Python: left off what Machine Learning Engineer still asks you to learn.",
    );
    expect(text).toContain("The sources for Machine Learning Engineer do not list SQL.");
    expect(text).not.toContain("Python and SQL for a Machine Learning Engineer");
    expect(text).not.toMatch(/Technical skills: Python/);
  });

  it("still asks of a skill the asker does not say they know", () => {
    const text = lastAnswerText("i know python, do i need sql for data science");
    expect(text).toContain("SQL for a Data Scientist");
  });
});

// "is it hard to get promoted out of it" asks the effort of going up from the role: its path, not the way in.
describe("promotion out of a role", () => {
  it("is the role's path", () => {
    const text = lastAnswerText(
      "whats IT support pay like these days??",
      "is it hard to get promoted out of it tho",
    );
    expect(text).toContain("Career path for an IT Support Specialist");
    expect(text).not.toContain("Getting started as an IT Support Specialist");
  });
});

// "would i take a pay cut at entry level" after a move: the cut is against the pay the move starts from,
// both sides' pay, not the entry pay of where it leads alone.
describe("a pay cut at entry level after a move", () => {
  it("sets both sides' pay against each other", () => {
    const text = lastAnswerText(
      "from qa engineer to data analyst, worth it?",
      "would i take a pay cut at entry level",
    );
    expect(text).toContain("Pay: Data Analyst vs QA Engineer");
    expect(text).toContain("Nationally, on these figures Data Analyst pays more.");
  });
});

// "is IT a good field to get into" said by someone in retail: IT is where the move leads, entered by IT
// support, so the move from retail is weighed and "it" then is IT support.
describe.skipIf(!officialLayerInstalled)("IT as a field to get into, from an occupation", () => {
  it("weighs the move into IT support", () => {
    const text = saidWithLayer("i work in retail, is IT a good field to get into at 35? feel like im late");
    expect(text).toContain("From Retail Salespersons to IT Support Specialist");
    expect(text).toContain("The knowledge holds nothing on age");
  });

  it("reads the field so in lower case too, the asker's own job being no field to get into", () => {
    const text = saidWithLayer("i work in retail, is it a good field to get into at 35?");
    expect(text).toContain("From Retail Salespersons to IT Support Specialist");
  });

  it("gives IT support's pay when asked what it pays starting out", () => {
    const text = saidWithLayer(
      "i work in retail, is IT a good field to get into at 35? feel like im late",
      "what does it pay starting out",
    );
    expect(text).toContain("IT Support Specialist pay:");
    expect(text).not.toContain("retail salespersons");
  });
});

// "at the same level" after an employer's level name: the level it stood for, at the employer named now.
describe("another employer at the same level", () => {
  it("keeps the thread's level and says the employer has no figures", () => {
    const text = lastAnswerText("mle pay at google", "what about L5", "and amazon at the same level?");
    expect(text).toContain("No figures for Amazon");
    expect(text).toContain("Senior level: $177,177 – $184,000");
    expect(text).not.toContain("read as Mid level");
  });

  it("is the thread's pay, not a question of which role to compare", () => {
    const text = lastAnswerText(
      "google L4 swe total comp?",
      "and L5?",
      "how does that compare to amazon at the same level",
    );
    expect(text).toContain("No figures for Amazon");
    expect(text).not.toContain("Compare Software Engineer with which role?");
  });
});

// Fintech employers are read as employers: the answer says it has no figures for them.
describe("fintech employers named in a pay question", () => {
  it("are each said to have no figures", () => {
    const text = lastAnswerText("do klarna or affirm pay ml engineers more than google");
    expect(text).toContain("No figures for Klarna, Affirm or Google");
  });
});

// Two options named for a move from an occupation: the one not weighed is said, with how to ask for it.
describe.skipIf(!officialLayerInstalled)("a second option of a move from an occupation", () => {
  it("is said first, not dropped", () => {
    const text = saidWithLayer(
      "accountant 8 yrs here, thinking of moving into data science or product management, which makes more sense",
    );
    expect(text).toContain("From Accountants and Auditors to Data Scientist");
    expect(text).toContain("You named Product Manager too");
  });
});
