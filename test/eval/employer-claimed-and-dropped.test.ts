import { describe, expect, it } from "vitest";
import { renderText } from "../../src/render/plain-text.js";
import { lastAnswerText, thread } from "../support/questions.js";

// Unseen-question round (company-d): an employer's pay asked in four shapes the answers got wrong.

describe("an employer named first, with a figure claimed for it", () => {
  // "netflix pays like 500k … right?" first reads as a follow-up, made pay only after the employer was read:
  // the general figures came with no word that none are Netflix's.
  it.each([
    ["<@U123ABC> netflix pays like 500k for senior swe right?", "No figures for Netflix"],
    ["stripe pays backend devs like 250k?", "No figures for Stripe"],
  ])("%s", (asked, first) => {
    const text = lastAnswerText(asked);
    expect(text).toContain(first);
    expect(text).toContain("General figures for");
    expect(text).not.toContain("500k");
  });
});

describe("an amount judged at an employer or in a place with no figures", () => {
  // "is 95k good …" the classifier only guessed was total pay, and answered with the role's duties.
  it("is 95k good for a data analyst at target in minneapolis", () => {
    const text = lastAnswerText("is 95k good for a data analyst at target in minneapolis");
    expect(text).toContain("No figures for Target");
    expect(text).toContain("No figures for Minneapolis");
    expect(text).toContain("Data Analyst pay:");
    expect(text).not.toContain("What a Data Analyst does");
  });
});

describe("a skill-named employer set against another", () => {
  // "aws" after "than" or "vs", beside another employer, is the employer compared, not cloud skills.
  it.each([
    "does accenture pay cloud architects less than aws does",
    "accenture vs aws pay for cloud architects",
    "does aws pay cloud architects more than accenture",
  ])("%s", (asked) => {
    const text = lastAnswerText(asked);
    expect(text).toContain("No figures for Accenture or Amazon");
    expect(text).toContain("Cloud Architect pay:");
    expect(text).not.toContain("Cloud platforms a Cloud Architect works with");
  });
});

describe("a follow-up that drops the thread's employer", () => {
  it("keeps it dropped for the place named with it and the level after", () => {
    const [, general, senior] = thread(
      "how much does google pay swe's",
      "ok just general then, in sf",
      "senior?",
    ).map(renderText);
    expect(general).not.toContain("Google");
    expect(general).toContain("no San Francisco, CA figure for Software Engineer");
    expect(senior).not.toContain("Google");
    expect(senior).toContain("no senior level figure for Software Engineer");
  });

  it.each([
    ["what does stripe pay backend devs", "not at stripe, just in general", "Stripe"],
    ["data scientist salary at netflix", "what about anywhere?", "Netflix"],
    ["how much does amazon pay data engineers", "any company, in seattle", "Amazon"],
  ])("%s, then %s", (first, then, employer) => {
    const text = lastAnswerText(first, then);
    expect(text).not.toContain(`No figures for ${employer}`);
    expect(text).toContain("pay:");
  });

  it("keeps an employer still named beside one set aside", () => {
    expect(lastAnswerText("how much does google pay swe's", "what about at meta, not at google")).toContain(
      "Meta",
    );
  });
});

describe("employers named in a follow-up, or weighed, in a thread", () => {
  // Past bug: after two roles' pay and growth, "and at like dell or indeed?" was read as growth ("nothing on
  // dell indeed"); "indeed" is an everyday word, read as an employer only beside another.
  it("asks the thread's pay at them, both roles' side by side, the employers said once, the thread's place kept", () => {
    const text = lastAnswerText(
      "devops engineer pay in austin",
      "what about sre",
      "which of them is growing faster",
      "and at like dell or indeed? those are the big ones here",
    );
    expect(text).toContain("Pay: DevOps Engineer vs Site Reliability Engineer");
    expect(text).toContain(
      "No figures for Dell or Indeed: the knowledge base has no Dell or Indeed pay figures for DevOps Engineer or Site Reliability Engineer. The pay below is general, not Dell's or Indeed's.",
    );
    expect(text.split("No figures for Dell or Indeed").length).toBe(2);
    expect(text).toContain(
      "The knowledge base has no Texas (Austin, Dallas) figure for DevOps Engineer or Site Reliability Engineer.",
    );
    expect(text).not.toContain("nothing on");
  });

  it("leaves a follow-up that asks something else of an employer to what it asks", () => {
    expect(lastAnswerText("devops outlook", "does amazon hire them")).not.toContain("No figures for Amazon");
  });

  // Past bug: "which one is higher for senior" after Meta, Amazon and then Microsoft answered for Microsoft
  // alone: every employer of the thread is weighed, at the level asked.
  it("weighs every employer the thread named, at the level asked", () => {
    const text = lastAnswerText(
      "<@U0BOT123> mle pay at meta vs amazon",
      "and microsoft",
      "which one is higher for senior",
    );
    expect(text).toContain("No figures for Microsoft or Amazon");
    expect(text).toContain("No senior level figures at Meta");
    expect(text).toContain("$177,177 – $184,000");
    expect(text).toContain("$231,000 – $338,000");
  });
});
