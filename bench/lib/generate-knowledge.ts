import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import YAML from "yaml";
import { loadKnowledge } from "../../src/knowledge/core/loader.js";

const seniority =
  "Junior Associate Senior Staff Principal Lead Chief Head Distinguished Apprentice Fellow Expert Master Trainee Deputy Assistant Executive Managing Founding Resident".split(
    " ",
  );
const domains =
  "Data Platform Cloud Security Mobile Frontend Backend Embedded Quantum Robotics Vision Speech Search Ads Payments Growth Infrastructure Reliability Analytics Compiler Graphics Network Storage Kernel Game".split(
    " ",
  );
const kinds =
  "Engineer Scientist Developer Analyst Architect Researcher Designer Specialist Consultant Manager Administrator Programmer Tester Strategist Technologist Operator Integrator Modeler Evangelist Advocate".split(
    " ",
  );

/** Writes a knowledge folder: the real shared files plus `count` generated roles shaped like the real ones. */
export function generateKnowledge(realDir: string, outDir: string, count: number): void {
  const real = loadKnowledge(realDir);
  mkdirSync(path.join(outDir, "roles"), { recursive: true });
  for (const file of readdirSync(realDir).filter((f) => f.endsWith(".yaml")))
    copyFileSync(path.join(realDir, file), path.join(outDir, file));
  // The curated comparisons name real roles; keep those roles so the file stays valid.
  for (const role of real.roles)
    writeFileSync(path.join(outDir, "roles", `${role.id}.yaml`), YAML.stringify(role));
  for (let i = 0; i < count - real.roles.length; i++) {
    const name = `${seniority[i % 20]} ${domains[Math.floor(i / 20) % 25]} ${kinds[Math.floor(i / 500) % 20]}`;
    const id = name.toLowerCase().replaceAll(" ", "-");
    const template = real.roles[i % real.roles.length];
    const initials = name
      .split(" ")
      .map((w) => w[0])
      .join("")
      .toLowerCase();
    const role = { ...template, id, name, aliases: [name.toLowerCase(), `${initials}${i}`], related: [] };
    writeFileSync(path.join(outDir, "roles", `${id}.yaml`), YAML.stringify(role));
  }
}

/** Questions for the generated base: generated roles, typos, comparisons, and questions it cannot answer. */
export const generatedQuestions = [
  "what does a senior robotics architect earn in seattle",
  "skills for a principal cloud analyst",
  "staf platfrom enginer salery in new york",
  "compare lead data engineer vs chief security scientist",
  "what tools does a junior vision developer use",
  "what are the trends in machine learning",
  "how much can generative ai skills boost pay",
  "who won the world cup",
  "what is mlops",
  "career path for a distinguished kernel researcher",
];
