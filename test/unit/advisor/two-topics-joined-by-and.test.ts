import { beforeAll, describe, expect, it } from "vitest";
import { knowledgeWithLayer, officialLayerInstalled, saidWithLayer } from "../../support/official-layer.js";

beforeAll(() => {
  if (officialLayerInstalled) knowledgeWithLayer();
}, 120_000);

// Two things asked of a role joined by "and" ("path to devops engineer and salary", "skills and pay for
// sre"): both answered, the first first, as "how to become a data scientist what does it pay" is.
describe.skipIf(!officialLayerInstalled)("two things asked joined by 'and'", () => {
  it("answers the path and the pay of a devops engineer", () => {
    const text = saidWithLayer("path to devops engineer and salary");
    expect(text).toContain("Career path for a DevOps Engineer:");
    expect(text).toContain("DevOps Engineer pay:");
    expect(text.indexOf("Career path")).toBeLessThan(text.indexOf("DevOps Engineer pay:"));
  });

  it("answers both things asked before the role they are asked of", () => {
    const text = saidWithLayer("skills and pay for sre");
    expect(text).toContain("Skills for a Site Reliability Engineer:");
    expect(text).toContain("Site Reliability Engineer pay:");
  });

  it("answers the outlook and the salary", () => {
    const text = saidWithLayer("outlook and salary for data scientists");
    expect(text).toContain("Outlook for a Data Scientist:");
    expect(text).toContain("Median annual wage, data scientists (US): $120,230");
  });

  it("cuts a message typed with slips or a laugh after it the same way", () => {
    const misspelt = saidWithLayer("path to devops enginer and salery");
    expect(misspelt).toContain("Career path for a DevOps Engineer:");
    expect(misspelt).toContain("DevOps Engineer pay:");
    const laughed = saidWithLayer("skills for a data engineer and pay lol");
    expect(laughed).toContain("Skills for a Software Data Engineer:");
    expect(laughed).toContain("Software Data Engineer pay:");
  });

  it("keeps a command naming one topic a command", () => {
    const text = saidWithLayer("path to devops engineer");
    expect(text).toContain("DevOps Engineer career path");
    expect(text).not.toContain("DevOps Engineer pay:");
  });
});
