import { execFileSync } from "node:child_process";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../src/knowledge/loader.js";
import { copyOfKnowledge, realKnowledge } from "./support/knowledge.js";

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

function problemsOf(dir: string): string[] {
  try {
    loadKnowledge(dir);
    return [];
  } catch (error) {
    return (error as { problems: string[] }).problems;
  }
}

describe("knowledge files", () => {
  it("load every role the seed articles describe", () => {
    expect(
      realKnowledge()
        .knowledge.roles.map((r) => r.name)
        .sort(),
    ).toEqual([...rolesFromTheSeeds].sort());
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
    for (const role of realKnowledge().knowledge.roles) expect(role.onet.length, role.id).toBeGreaterThan(0);
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

  it("npm run knowledge:check prints each problem and exits 1", () => {
    const dir = copyOfKnowledge();
    const file = path.join(dir, "roles", "software-engineer.yaml");
    writeFileSync(file, readFileSync(file, "utf8").replace("id: software-engineer", "id: Software Engineer"));
    let output = "";
    let status = 0;
    try {
      execFileSync("npx", ["tsx", "src/knowledge-check.ts", dir], { encoding: "utf8", stdio: "pipe" });
    } catch (error) {
      const e = error as { stderr: string; status: number };
      output = e.stderr;
      status = e.status;
    }
    expect(status).toBe(1);
    expect(output).toContain(`${file}: id: must be lower-case words joined by '-'`);
  });
});
