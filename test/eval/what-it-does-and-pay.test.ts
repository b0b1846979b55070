import { describe, expect, it } from "vitest";
import type { Answer } from "../../src/advisor/answers.js";
import { renderText } from "../../src/render/plain-text.js";
import { answerText, thread, understand } from "../support/questions.js";

// words-f: "cloud architect, what is it and what does it pay" gave the pay alone. What the role does, asked
// beside its pay in one message, is answered too: what it does first, then the pay in a section of its own.
describe("what a role does and what it pays, asked together", () => {
  it.each([
    ["cloud architect, what is it and what does it pay", "Cloud Architect", "$134,050"],
    ["what does a data analyst do and what do they make", "Data Analyst", "$120,230"],
  ])("%s gives both", (q, name, median) => {
    expect(understand(q).whatItDoesToo).toBe(true);
    const text = answerText(q);
    const does = text.indexOf(`What a ${name} does:`);
    const pay = text.indexOf(`${name} pay:`);
    expect(does).toBeGreaterThanOrEqual(0);
    expect(pay).toBeGreaterThan(does);
    expect(text).toContain(median);
  });

  it("leaves a pay question alone as it was", () => {
    expect(understand("how much does a devops engineer make").whatItDoesToo).toBeUndefined();
    expect(answerText("how much does a devops engineer make")).not.toContain("What a DevOps Engineer does");
    expect(understand("what is it paid, cloud architect").whatItDoesToo).toBeUndefined();
  });
});

// Past bug: a message asking two things got one answered ("how much do IT support ppl make? and do u need a
// degree for it": the education alone). Each question of another kind is answered, in the order asked.
describe("two questions of different kinds in one message", () => {
  it.each([
    [
      "<@U0BOT123> how much do IT support ppl make? and do u need a degree for it",
      ["IT Support Specialist pay:", "$61,860", "Education for an IT Support Specialist:"],
    ],
    [
      "whats the difference btwn ml and data science? and which is easier to get into from a math degree",
      [
        "Machine Learning Engineer vs Data Scientist",
        "What they do:",
        "Data Scientist asks less education to enter",
      ],
    ],
    [
      "securty analyst or security enginer? which pays better and is it hard to switch between them",
      [
        "Pay: Information Security Analyst vs Security Engineer",
        "From Information Security Analyst to Security Engineer",
      ],
    ],
    [
      "sre salary in seattle? also what skills",
      ["Site Reliability Engineer pay:", "Skills for a Site Reliability Engineer:"],
    ],
    ["is devops growing? and whats the pay", ["Outlook for a DevOps Engineer:", "DevOps Engineer pay:"]],
  ])("%s answers both, in turn", (q, said) => {
    const text = answerText(q);
    const at = said.map((s) => text.indexOf(s));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect(at).toEqual([...at].sort((a, b) => a - b));
  });

  it("goes on in the thread from the second question, with the first one's role", () => {
    const [, growing] = thread(
      "how much do IT support ppl make? and do u need a degree for it",
      "is it growing tho",
    );
    expect(renderText(growing as Answer)).toContain("Outlook for an IT Support Specialist");
  });

  it.each([
    // One request: a comparison shows both, a move shows its pay and what to learn, pay asked twice.
    ["sre vs devops, which pays more and which is growing faster", "compare"],
    ["swe to data scientist, pay difference and what skills do i need", "gap"],
    ["what's the pay for sre? and in seattle?", "answer"],
    // A choice offered, then which of it: one question.
    ["securty analyst or security enginer? which pays better", "pay-compare"],
    ["what does a data architect do and what do they make", "answer"],
  ])("%s stays one answer", (q, kind) => {
    expect(thread(q)[0]?.kind).toBe(kind);
  });
});
