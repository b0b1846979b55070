import { describe, expect, it } from "vitest";
import { lastAnswerText, understand } from "../support/questions.js";

// Past bug: "… and epic (the madison one) posted <link|QA Engineer II - EHR Integrations>. what do they
// pay" led with "No figures for level II" and said nothing of Epic. Who posted a job, is hiring or has an
// opening is the employer asked of, whatever its words; the title's rung is the level it stands for.
describe("an employer that posted a job or is hiring", () => {
  it.each([
    [
      "currently doing qa at a small agency and epic (the madison one) posted <https://careers.epic.com/jobs/qa-ii|QA Engineer II - EHR Integrations>. what do they pay",
      "Epic",
    ],
    ["epic posted a qa engineer ii opening, what does it pay", "Epic"],
    ["target is hiring a data analyst. pay?", "Target"],
    ["acme corp is looking for a data analyst ii, whats the pay", "Acme Corp"],
    ["zentrix has an opening for a devops engineer, how much would i make", "Zentrix"],
    ["so epic just posted a qa role, what does it pay", "Epic"],
  ])("%s → no figures for %s", (asked, employer) => {
    const text = lastAnswerText(asked);
    expect(text).toContain(`No figures for ${employer}: the knowledge base has no ${employer} pay figures`);
    expect(text).toContain(`not ${employer}'s`);
    expect(text).not.toContain("No figures for level II");
  });

  it.each([
    "everyone is hiring data engineers rn, whats the salary",
    "a recruiter posted a data analyst role, what does it pay",
    "nobody is hiring junior devs, what do they pay",
    "currently doing qa at a small agency, what do qa engineers make",
  ])("%s names no employer", (asked) => {
    expect(lastAnswerText(asked)).not.toContain("No figures for");
  });

  it("reads a rung numbered in a title as the level it stands for, said as any level without figures is", () => {
    const u = understand("qa engineer ii salary");
    expect([u.level, u.unlistedLevel]).toEqual(["mid", undefined]);
    const text = lastAnswerText("qa engineer ii salary");
    expect(text).toContain("The knowledge base has no mid level figure for QA Engineer.");
    expect(text).not.toContain("level II");
    expect(lastAnswerText("machine learning engineer ii salary")).toContain(
      "Machine Learning Engineer, Mid level: $144,000 – $166,399",
    );
  });
});
