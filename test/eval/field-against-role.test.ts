import { describe, expect, it } from "vitest";
import { lastAnswerText, understand } from "../support/questions.js";

// Past bug: "ml or cloud, which is more future proof" answered the MLE's outlook alone, "ml vs cloud" the
// cloud platforms an MLE uses: a field word set right against a role across "or"/"vs" is the other side,
// its roles set beside the one named when they are few.
const roles = (q: string) => understand(q).roles.map((r) => r.id);

const cases: [string, string, string[]][] = [
  ["ml or cloud, which is more future proof", "outlook", ["Cloud Architect", "Big Data Cloud Engineer"]],
  ["ml vs cloud", "compare", ["Machine Learning Engineer vs Big Data Cloud Engineer vs Cloud Architect"]],
  ["cloud or ml which pays more", "payCompare", ["$134,050", "$133,336"]],
  ["is security or ml more future proof", "outlook", ["Information Security Analyst 28.5%"]],
  [
    "ml vs security",
    "compare",
    ["Machine Learning Engineer vs Information Security Analyst vs Security Engineer"],
  ],
  ["devops or security, which pays more", "payCompare", ["$129,180", "$116,580"]],
  [
    "sre or cloud better long term",
    "compare",
    ["Site Reliability Engineer vs Big Data Cloud Engineer vs Cloud Architect"],
  ],
];

describe("a field set against a role", () => {
  it.each(cases)("%s", (asked, intent, said) => {
    expect(understand(asked).intent).toBe(intent);
    const text = lastAnswerText(asked);
    for (const s of said) expect(text).toContain(s);
  });

  it("says nothing of the field as a side it could not read, nor as a skill's worth to pay", () => {
    const text = lastAnswerText("devops or security, which pays more");
    expect(text).not.toContain("could not read");
    expect(text).not.toContain("No source measures what");
  });

  it("leaves a skill set against another skill for the role's question", () => {
    expect(roles("do i need cloud or linux for devops")).toEqual(["devops-engineer"]);
    expect(understand("do i need cloud or linux for devops").intent).toBe("skills");
  });

  it("leaves a field of many roles to the readings that ask which", () => {
    expect(roles("data analyst or data")).toEqual(["data-analyst"]);
  });
});
