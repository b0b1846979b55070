import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import YAML from "yaml";
import type { z } from "zod";
import {
  bestPracticesSchema,
  challengesSchema,
  comparisonsSchema,
  type Figure,
  type Knowledge,
  levelsSchema,
  locationsSchema,
  marketSchema,
  occupationsSchema,
  type Role,
  roleSchema,
  softSkillsSchema,
  sourcesSchema,
  trendsSchema,
} from "./schema.js";

/** Every problem found in the knowledge folder, each as `file: path: message`. */
export class KnowledgeError extends Error {
  constructor(readonly problems: string[]) {
    super(`The knowledge base has ${problems.length} problem(s):\n${problems.join("\n")}`);
    this.name = "KnowledgeError";
  }
}

const sharedFiles = {
  sources: ["sources.yaml", sourcesSchema],
  levels: ["levels.yaml", levelsSchema],
  locations: ["locations.yaml", locationsSchema],
  occupations: ["occupations.yaml", occupationsSchema],
  market: ["market.yaml", marketSchema],
  trends: ["trends.yaml", trendsSchema],
  softSkills: ["soft-skills.yaml", softSkillsSchema],
  bestPractices: ["best-practices.yaml", bestPracticesSchema],
  challenges: ["challenges.yaml", challengesSchema],
  comparisons: ["comparisons.yaml", comparisonsSchema],
} as const;

function formatPath(segments: readonly PropertyKey[]): string {
  return segments.length === 0 ? "(top)" : segments.map(String).join(".");
}

class ProblemList {
  readonly items: string[] = [];
  add(file: string, at: string, message: string): void {
    this.items.push(`${file}: ${at}: ${message}`);
  }
}

function readYaml(file: string, problems: ProblemList): unknown {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    problems.add(file, "(file)", code === "ENOENT" ? "file is missing" : `cannot be read (${code})`);
    return undefined;
  }
  const doc = YAML.parseDocument(text, { prettyErrors: false });
  if (doc.errors.length > 0) {
    for (const e of doc.errors)
      problems.add(file, `line ${e.linePos?.[0]?.line ?? "?"}`, `YAML ${e.message}`);
    return undefined;
  }
  return doc.toJS();
}

function validate<S extends z.ZodType>(file: string, schema: S, data: unknown, problems: ProblemList) {
  const result = schema.safeParse(data);
  if (result.success) return result.data as z.infer<S>;
  for (const issue of result.error.issues) problems.add(file, formatPath(issue.path), issue.message);
  return undefined;
}

function listRoleFiles(rolesDir: string, problems: ProblemList): string[] {
  try {
    return readdirSync(rolesDir)
      .filter((name) => name.endsWith(".yaml") || name.endsWith(".yml"))
      .sort();
  } catch {
    problems.add(rolesDir, "(folder)", "folder is missing: each role needs a YAML file here");
    return [];
  }
}

/** Reads, validates and cross-checks every knowledge file; throws KnowledgeError listing every problem. */
export function loadKnowledge(dir: string): Knowledge {
  const problems = new ProblemList();
  if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory()) {
    // One clear line rather than one "file is missing" per expected file.
    problems.add(
      dir,
      "(folder)",
      "no such folder: set KNOWLEDGE_DIR to the folder holding sources.yaml and roles/",
    );
    throw new KnowledgeError(problems.items);
  }
  const shared: Record<string, unknown> = {};
  for (const [key, [name, schema]] of Object.entries(sharedFiles)) {
    const file = path.join(dir, name);
    const data = readYaml(file, problems);
    if (data !== undefined) shared[key] = validate(file, schema, data, problems);
  }

  const roles: Role[] = [];
  const roleFiles = new Map<string, string>();
  const rolesDir = path.join(dir, "roles");
  for (const name of listRoleFiles(rolesDir, problems)) {
    const file = path.join(rolesDir, name);
    const data = readYaml(file, problems);
    const role = data === undefined ? undefined : validate(file, roleSchema, data, problems);
    if (!role) continue;
    if (path.parse(name).name !== role.id)
      problems.add(file, "id", `must match the file name ("${path.parse(name).name}")`);
    if (roleFiles.has(role.id))
      problems.add(file, "id", `"${role.id}" is already used by ${roleFiles.get(role.id)}`);
    roleFiles.set(role.id, file);
    roles.push(role);
  }
  if (roles.length === 0 && problems.items.length === 0)
    problems.add(rolesDir, "(folder)", "has no role files");

  if (problems.items.length > 0) throw new KnowledgeError(problems.items);
  const knowledge = { ...shared, roles } as unknown as Knowledge;
  crossCheck(knowledge, dir, roleFiles, problems);
  if (problems.items.length > 0) throw new KnowledgeError(problems.items);
  return knowledge;
}

/** References between files: sources, roles, levels, locations and occupations must exist. */
function crossCheck(k: Knowledge, dir: string, roleFiles: Map<string, string>, problems: ProblemList): void {
  const sources = new Set(k.sources.map((s) => s.id));
  const roleIds = new Set(k.roles.map((r) => r.id));
  const levels = new Set(k.levels.map((l) => l.id));
  const places = new Set(k.locations.map((l) => l.id));
  const codes = new Set(k.occupations.map((o) => o.code));
  const checkSource = (file: string, at: string, sourceId: string) => {
    if (!sources.has(sourceId)) problems.add(file, at, `source "${sourceId}" is not in sources.yaml`);
  };
  const checkFigures = (file: string, at: string, figures: Figure[]) =>
    figures.forEach((f, i) => {
      checkSource(file, `${at}.${i}.source`, f.source);
      if (f.level && !levels.has(f.level))
        problems.add(file, `${at}.${i}.level`, `level "${f.level}" is not in levels.yaml`);
    });

  for (const role of k.roles) {
    const file = roleFiles.get(role.id) ?? role.id;
    role.sources.forEach((s, i) => {
      checkSource(file, `sources.${i}`, s);
    });
    role.related.forEach((r, i) => {
      if (!roleIds.has(r)) problems.add(file, `related.${i}`, `role "${r}" has no file in roles/`);
    });
    role.onet.forEach((c, i) => {
      if (!codes.has(c)) problems.add(file, `onet.${i}`, `occupation "${c}" is not in occupations.yaml`);
    });
    checkFigures(file, "outlook.figures", role.outlook.figures);
    const salary = role.salary;
    if (!salary) continue;
    salary.levels.forEach((l, i) => {
      if (!levels.has(l.level))
        problems.add(file, `salary.levels.${i}.level`, `level "${l.level}" is not in levels.yaml`);
      checkFigures(file, `salary.levels.${i}.extra`, [l.figure, ...l.extra]);
    });
    salary.locations.forEach((l, i) => {
      if (!places.has(l.location))
        problems.add(
          file,
          `salary.locations.${i}.location`,
          `location "${l.location}" is not in locations.yaml`,
        );
      checkFigures(file, `salary.locations.${i}.extra`, [l.figure, ...l.extra]);
    });
    for (const key of ["totalComp", "headline", "modifiers", "government"] as const)
      checkFigures(file, `salary.${key}`, salary[key]);
    salary.companies.forEach((c, i) => {
      checkFigures(file, `salary.companies.${i}.figures`, c.figures);
    });
  }
  const shared = (name: string) => path.join(dir, name);
  checkFigures(shared("market.yaml"), "figures", k.market.figures);
  k.occupations.forEach((o, i) => {
    checkFigures(shared("occupations.yaml"), `${i}.figures`, o.figures);
  });
  k.comparisons.forEach((c, i) => {
    checkSource(shared("comparisons.yaml"), `${i}.source`, c.source);
    c.roles.forEach((r, j) => {
      if (!roleIds.has(r))
        problems.add(shared("comparisons.yaml"), `${i}.roles.${j}`, `role "${r}" has no file in roles/`);
    });
  });
  for (const [key, name] of [
    ["market", "market.yaml"],
    ["trends", "trends.yaml"],
    ["softSkills", "soft-skills.yaml"],
    ["bestPractices", "best-practices.yaml"],
    ["challenges", "challenges.yaml"],
  ] as const)
    checkSource(shared(name), "source", k[key].source);
}
