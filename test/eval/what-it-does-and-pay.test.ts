import { describe, expect, it } from "vitest";
import { answerText, understand } from "../support/questions.js";

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
