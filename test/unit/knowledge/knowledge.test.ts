import { readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { answerQuestion } from "../../../src/advisor/ask.js";
import { loadKnowledgeBase } from "../../../src/knowledge/base.js";
import { loadKnowledge } from "../../../src/knowledge/core/loader.js";
import { renderText } from "../../../src/render/plain-text.js";
import {
  companyFolder,
  copyOfKnowledge,
  internalRole,
  knowledgeDir,
  realKnowledge,
} from "../../support/knowledge.js";

const rolesFromTheSeeds = [
  "Machine Learning Engineer",
  "Distinguished Machine Learning Engineer",
  "Lead Machine Learning Engineer",
  "Software Engineer",
  "Software Data Engineer",
  "Data Science Engineer",
  "Principal Applied Scientist (Generative AI)",
  "Senior Applied Scientist (Ads Ranking)",
  "Big Data Cloud Engineer",
  "Big Data Software Engineer",
  "Full Stack Developer",
];

/** The common tech roles issue 14 added, from official occupation data. */
const rolesPeopleAskAbout = [
  "Data Scientist",
  "Data Analyst",
  "DevOps Engineer",
  "Site Reliability Engineer",
  "Security Engineer",
  "Information Security Analyst",
  "Front-End Developer",
  "Back-End Developer",
  "Mobile Developer",
  "QA Engineer",
  "Cloud Architect",
  "Network Architect",
  "Network Administrator",
  "System Administrator",
  "Database Administrator",
  "Data Architect",
  "Engineering Manager",
  "Product Manager",
  "Computer Systems Analyst",
  "IT Support Specialist",
  "Computer and Information Research Scientist",
];

/** Roles with no official occupation that could be verified: they cite no O*NET code and give no official figure. */
const withoutOfficialOccupation = new Set(["product-manager"]);

function problemsOf(dir: string | string[]): string[] {
  try {
    loadKnowledge(dir);
    return [];
  } catch (error) {
    return (error as { problems: string[] }).problems;
  }
}

describe("knowledge files", () => {
  it("load every role the seed articles describe and the common tech roles, at least 30", () => {
    const names = realKnowledge().knowledge.roles.map((r) => r.name);
    expect([...names].sort()).toEqual([...rolesFromTheSeeds, ...rolesPeopleAskAbout].sort());
    expect(names.length).toBeGreaterThanOrEqual(30);
  });

  it("label every official figure of a role with the occupation it is, from one release per series", () => {
    for (const [id, occupation] of [
      ["devops-engineer", "computer occupations, all other"],
      ["site-reliability-engineer", "software developers"],
      ["back-end-developer", "web developers"],
      ["mobile-developer", "software developers"],
    ] as const) {
      const government = realKnowledge().roleById.get(id)?.salary?.government ?? [];
      expect(government.length, id).toBeGreaterThan(0);
      expect(government.map((f) => f.label).join("\n"), id).toContain(`, ${occupation}`);
      expect(new Set(government.map((f) => f.asOf)), id).toEqual(new Set(["May 2025"]));
    }
  });

  it("give no role an alias that another role already uses, except the ambiguous ones on purpose", () => {
    const owners = new Map<string, string[]>();
    for (const r of realKnowledge().knowledge.roles)
      for (const a of [r.name, ...r.aliases])
        owners.set(a.toLowerCase(), [...(owners.get(a.toLowerCase()) ?? []), r.id]);
    const shared = [...owners].filter(([, ids]) => new Set(ids).size > 1).map(([a]) => a);
    expect(shared.sort()).toEqual(["applied scientist", "sde"]);
  });

  it("hold the shared knowledge: nine trends, soft skills, practices, challenges and three curated comparisons", () => {
    const k = realKnowledge().knowledge;
    expect(k.trends.trends).toHaveLength(9);
    expect(k.softSkills.skills).toHaveLength(8);
    expect(k.bestPractices.groups.map((g) => g.name)).toContain("Deployment");
    expect(k.challenges.challenges).toHaveLength(10);
    expect(k.comparisons.map((c) => c.roles.join("|")).sort()).toEqual([
      "data-science-engineer|lead-machine-learning-engineer",
      "lead-machine-learning-engineer|software-data-engineer",
      "software-engineer|machine-learning-engineer",
    ]);
  });

  it("give every role a learn-more O*NET link from the cited facts", () => {
    for (const role of realKnowledge().knowledge.roles)
      if (!withoutOfficialOccupation.has(role.id)) expect(role.onet.length, role.id).toBeGreaterThan(0);
  });

  it("cite BLS and O*NET material from the agencies' own sites, never from a site that copies it", () => {
    const agency =
      /^https:\/\/([a-z]+\.)?(bls\.gov|onetonline\.org|onetcenter\.org|onetcodeconnector\.org)\//;
    const official = realKnowledge().knowledge.sources.filter(
      (s) =>
        s.publisher === "US Bureau of Labor Statistics" ||
        s.publisher === "National Center for O*NET Development",
    );
    expect(official.length).toBeGreaterThan(10);
    for (const s of official) expect(s.url ?? "", s.id).toMatch(agency);
  });

  it("report a broken field as file: path: message", () => {
    const dir = copyOfKnowledge();
    const file = path.join(dir, "roles", "software-engineer.yaml");
    writeFileSync(file, readFileSync(file, "utf8").replace("summary: >-", "summary: ''\nold_summary: >-"));
    expect(problemsOf(dir)).toEqual([
      `${file}: summary: must not be empty`,
      `${file}: (top): Unrecognized key: "old_summary"`,
    ]);
  });

  it("report a figure without a source, and a source that does not exist", () => {
    const dir = copyOfKnowledge();
    const file = path.join(dir, "market.yaml");
    const text = readFileSync(file, "utf8");
    writeFileSync(
      file,
      text.replace("    source: aipathly-dmle\n", "").replace("source: lead-mle-vs-sde", "source: nowhere"),
    );
    const problems = problemsOf(dir);
    expect(problems).toContain(
      `${file}: figures.0.source: Invalid input: expected string, received undefined`,
    );
  });

  it("report references to roles and sources that do not exist", () => {
    const dir = copyOfKnowledge();
    const file = path.join(dir, "roles", "full-stack-developer.yaml");
    writeFileSync(
      file,
      readFileSync(file, "utf8").replace("related: [software-engineer", "related: [web-wizard"),
    );
    expect(problemsOf(dir)).toEqual([`${file}: related.0: role "web-wizard" has no file in roles/`]);
  });

  it("report invalid YAML and a missing file without stopping at the first problem", () => {
    const dir = copyOfKnowledge();
    writeFileSync(path.join(dir, "trends.yaml"), "trends: [unclosed\n");
    rmSync(path.join(dir, "levels.yaml"));
    const problems = problemsOf(dir);
    expect(problems).toContain(`${path.join(dir, "levels.yaml")}: (file): file is missing`);
    expect(problems.some((p) => p.startsWith(`${path.join(dir, "trends.yaml")}: line `))).toBe(true);
  });
});

const acmeSources =
  "- { id: acme-bands, short: Acme bands, title: Acme pay bands (internal), asOf: '2026' }\n";

describe("layered knowledge folders (KNOWLEDGE_DIR=base:company)", () => {
  it("adds a later folder's roles, sources and levels, and keeps the built-in level names", () => {
    const company = companyFolder({
      "sources.yaml": acmeSources,
      "levels.yaml":
        "- { id: mid, name: Mid level, aliases: [l4, e4] }\n- { id: staff, name: Staff, aliases: [l6] }\n",
      "roles/acme-widget-engineer.yaml": internalRole(
        "acme-widget-engineer",
        "salary: { levels: [{ level: staff, figure: { label: Acme band L6, min: 200000, max: 250000, unit: usd, source: acme-bands, asOf: '2026' } }] }\n",
      ),
    });
    const k = loadKnowledge([knowledgeDir, company]);
    expect(k.roles).toHaveLength(realKnowledge().knowledge.roles.length + 1);
    expect(k.sources.map((s) => s.id)).toContain("acme-bands");
    expect(k.levels.find((l) => l.id === "mid")?.aliases).toEqual(
      expect.arrayContaining(["mid-level", "l4", "e4"]),
    );
    expect(k.levels.map((l) => l.id)).toEqual(["entry", "mid", "senior", "staff"]);
  });

  it("reads the folders from one KNOWLEDGE_DIR string split on the path delimiter", () => {
    const company = companyFolder({
      "sources.yaml": acmeSources,
      "roles/acme-a.yaml": internalRole("acme-a"),
    });
    const k = loadKnowledge(`${knowledgeDir}${path.delimiter}${company}`);
    expect(k.roles.map((r) => r.id)).toContain("acme-a");
  });

  it("replaces a role whose file has the same id, and adds names to built-in roles with aliases.yaml", () => {
    const swe = readFileSync(path.join(knowledgeDir, "roles", "software-engineer.yaml"), "utf8");
    const company = companyFolder({
      "roles/software-engineer.yaml": swe.replace(
        "name: Software Engineer",
        "name: Software Engineer (Acme)",
      ),
      "aliases.yaml": "data-scientist: [insights engineer]\n",
    });
    const k = loadKnowledge([knowledgeDir, company]);
    expect(k.roles.filter((r) => r.id === "software-engineer").map((r) => r.name)).toEqual([
      "Software Engineer (Acme)",
    ]);
    expect(k.roles).toHaveLength(realKnowledge().knowledge.roles.length);
    expect(k.roles.find((r) => r.id === "data-scientist")?.aliases).toContain("insights engineer");
  });

  it("names the later folder and file of each problem", () => {
    const company = companyFolder({
      "sources.yaml": "- { id: acme-bands, short: '' }\n",
      "roles/acme-b.yaml": internalRole("acme-b", "related: [nobody]\n"),
      "aliases.yaml": "ghost-role: [boo]\n",
    });
    const problems = problemsOf([knowledgeDir, company]);
    expect(problems).toContain(`${path.join(company, "sources.yaml")}: 0.short: must not be empty`);
    // Once the files themselves are valid, references are checked across the layered whole.
    writeFileSync(path.join(company, "sources.yaml"), acmeSources);
    expect(problemsOf([knowledgeDir, company])).toEqual([
      `${path.join(company, "aliases.yaml")}: ghost-role: role "ghost-role" has no file in roles/ of any knowledge folder`,
      `${path.join(company, "roles", "acme-b.yaml")}: related.0: role "nobody" has no file in roles/`,
    ]);
  });

  it("says which later folder does not exist, and keeps the single-folder message for the first", () => {
    expect(problemsOf([knowledgeDir, "/nonexistent/company"])).toEqual([
      `/nonexistent/company: (folder): no such folder: KNOWLEDGE_DIR names it as knowledge folder 2 (folders are separated by "${path.delimiter}")`,
    ]);
    expect(problemsOf("/nonexistent/knowledge")).toEqual([
      "/nonexistent/knowledge: (folder): no such folder: set KNOWLEDGE_DIR to the folder holding sources.yaml and roles/",
    ]);
  });

  it("answers from the example company folder in examples/company-knowledge", () => {
    const example = path.resolve(import.meta.dirname, "../../../examples/company-knowledge");
    const kb = loadKnowledgeBase([knowledgeDir, example].join(path.delimiter));
    expect(kb.knowledge.roles.map((r) => r.id)).toContain("example-platform-engineer");
    const pay = renderText(answerQuestion(kb, "what does an L5 platform engineer make?"));
    expect(pay).toContain("Platform Engineer (Example Co.)");
    expect(pay).toContain("$180,000 – $220,000");
    expect(renderText(answerQuestion(kb, "what does a swe2 do"))).toContain("What a Software Engineer does");
  });
});
