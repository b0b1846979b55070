import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// Long threads whose follow-ups name no role. "whats it pay" is the thread's role's pay; "which of
// all these" weighs every role the thread named lately; the job held stays a move's start when the target
// changes; "which should a sysadmin aim for" weighs the thread's pair as options from it.

describe("'whats it pay' in a thread about a role", () => {
  it.each([
    ["is IT support a decent start?", "IT Support Specialist pay"],
    ["tell me about data analysts", "Data Analyst pay"],
    ["what does a devops engineer do", "DevOps Engineer pay"],
  ])("after %j is the role's pay, not a ranking of IT", (first, title) => {
    for (const ask of ["whats it pay", "what's it pay like?"]) {
      const text = lastAnswerText(first, ask);
      expect(text).toContain(title);
      expect(text).not.toContain("Best paid roles");
    }
  });

  it("with no thread, 'whats IT pay like' still ranks the field's roles", () => {
    expect(lastAnswerText("whats IT pay like")).toContain("Best paid IT roles");
  });
});

describe("'which of all these' after a pair and a third role", () => {
  it("weighs all three roles named, not the last pair", () => {
    const text = lastAnswerText(
      "data analyst vs data scientist pay",
      "what about data engineer, does it pay more than that?",
      "which of all these pays best",
    );
    expect(text).toContain("Pay: Data Analyst vs Data Scientist vs Software Data Engineer");
  });

  it("counts 'these 3' from the roles named last", () => {
    const text = lastAnswerText(
      "big data cloud engineer vs cloud architect",
      "what about for a devops engineer",
      "which of these 3 is growing fastest",
    );
    expect(text).toMatch(/Cloud Architect grows fastest: .*Big Data Cloud Engineer .*DevOps Engineer/);
  });

  it("'which of them' with one role left weighs the roles asked about in turn", () => {
    const text = lastAnswerText(
      "research scientist salary",
      "what does the genai one pay",
      "and the ads ranking one?",
      "which of them needs a phd",
    );
    expect(text).toContain("Education for a Computer and Information Research Scientist");
    expect(text).toContain("Education for a Principal Applied Scientist (Generative AI)");
    expect(text).toContain("Education for a Senior Applied Scientist (Ads Ranking)");
  });

  it("leaves 'which of these' after a pair to the pair", () => {
    const text = lastAnswerText("sre vs devops pay", "and cloud architect?", "which of these grows faster");
    expect(text).not.toMatch(/Site Reliability Engineer.*Cloud Architect.*DevOps Engineer/);
  });
});

describe("the job held as a move's start", () => {
  it.each([
    [
      "im a qa engineer rn, thinking of moving into devops or sre",
      "actually what about going to full stack instead",
      "From QA Engineer to Full Stack Developer",
    ],
    [
      "i'm a data analyst. should i go for data science or data engineering?",
      "hmm what about going to ml engineering instead",
      "From Data Analyst to Machine Learning Engineer",
    ],
  ])("survives a new target after options (%j)", (first, next, title) => {
    expect(lastAnswerText(first, next)).toContain(title);
  });

  it("survives a pick of one option before the new target", () => {
    const text = lastAnswerText(
      "im a qa engineer rn, thinking of moving into devops or sre. thoughts?",
      "what would i need to learn for the devops one",
      "and for sre?",
      "actually what about going to full stack instead",
      "which of those three pays best",
    );
    expect(text).toContain("Pay: DevOps Engineer vs Site Reliability Engineer vs Full Stack Developer");
  });

  it("'which should a sysadmin aim for' weighs the pair as options from System Administrator", () => {
    const text = lastAnswerText(
      "big data cloud engineer vs cloud architect",
      "which should a sysadmin aim for",
    );
    expect(text).toContain("Options from System Administrator");
    expect(text).toContain("Big Data Cloud Engineer vs Cloud Architect");
  });
});
