import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import YAML from "yaml";
import { z } from "zod";
import {
  bestPracticesSchema,
  type CompanyLevels,
  challengesSchema,
  companyLevelsSchema,
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

/** Employers' own names for their levels: optional in every folder, a later folder's employer replacing one before. */
const companyLevelsFile = "company-levels.yaml";

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

export class ProblemList {
  readonly items: string[] = [];
  add(file: string, at: string, message: string): void {
    this.items.push(`${file}: ${at}: ${message}`);
  }
}

export function readYaml(file: string, problems: ProblemList): unknown {
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

export function validate<S extends z.ZodType>(file: string, schema: S, data: unknown, problems: ProblemList) {
  const result = schema.safeParse(data);
  if (result.success) return result.data as z.infer<S>;
  for (const issue of result.error.issues) problems.add(file, formatPath(issue.path), issue.message);
  return undefined;
}

function listRoleFiles(rolesDir: string, problems: ProblemList, optional = false): string[] {
  try {
    return readdirSync(rolesDir)
      .filter((name) => name.endsWith(".yaml") || name.endsWith(".yml"))
      .sort();
  } catch (error) {
    if (optional && (error as NodeJS.ErrnoException).code === "ENOENT") return [];
    problems.add(rolesDir, "(folder)", "folder is missing: each role needs a YAML file here");
    return [];
  }
}

/**
 * The folders `KNOWLEDGE_DIR` names: one folder, or several separated by the platform's path delimiter
 * (`:` on Linux and macOS, `;` on Windows), like `PATH`. Empty entries are ignored.
 */
export function knowledgeFolders(dirs: string | readonly string[]): string[] {
  const list = typeof dirs === "string" ? dirs.split(path.delimiter) : [...dirs];
  return list.map((d) => d.trim()).filter((d) => d !== "");
}

/** Extra names for roles of an earlier folder (`aliases.yaml`): `role-id: [name, …]`. */
export const roleAliasesSchema = z.record(
  z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be a role id such as 'software-engineer'"),
  z.array(z.string().trim().min(1, "must not be empty")).min(1, "give at least one alias"),
);

type Shared = { -readonly [K in keyof typeof sharedFiles]?: z.infer<(typeof sharedFiles)[K][1]> };

/** Where each piece of the layered knowledge came from, so that a problem names its folder and file. */
interface Origins {
  roles: Map<string, string>;
  comparisons: Map<string, string>;
  occupations: Map<string, string>;
  single: Map<string, string>;
}

/** Entries of a later folder with the same key replace earlier ones in place; new ones are added at the end. */
function mergeBy<T>(earlier: T[], later: T[], key: (t: T) => string, combine = (_old: T, next: T) => next) {
  const out = [...earlier];
  const at = new Map(out.map((t, i) => [key(t), i]));
  for (const item of later) {
    const i = at.get(key(item));
    if (i === undefined) {
      at.set(key(item), out.length);
      out.push(item);
    } else out[i] = combine(out[i] as T, item);
  }
  return out;
}

/**
 * A later level or place with a known id keeps the earlier names people type and adds its own; what else
 * the earlier entry gave (a level's years) stays unless the later one gives it anew.
 */
const extendNamed = <T extends { name: string; aliases: string[] }>(old: T, next: T): T => ({
  ...old,
  ...next,
  aliases: [...new Set([...old.aliases, ...next.aliases])],
});

/** Reads one folder: the first must hold every shared file and roles/; in a later one each is optional. */
function readFolder(dir: string, layer: number, problems: ProblemList) {
  const shared: Shared = {};
  const files: Partial<Record<keyof Shared, string>> = {};
  for (const [key, [name, schema]] of Object.entries(sharedFiles) as [
    keyof Shared,
    (typeof sharedFiles)[keyof Shared],
  ][]) {
    const file = path.join(dir, name);
    if (layer > 0 && !existsSync(file)) continue;
    const data = readYaml(file, problems);
    if (data === undefined) continue;
    const valid = validate(file, schema, data, problems);
    if (valid !== undefined) {
      (shared as Record<string, unknown>)[key] = valid;
      files[key] = file;
    }
  }
  let aliases: { file: string; extra: z.infer<typeof roleAliasesSchema> } | undefined;
  const aliasFile = path.join(dir, "aliases.yaml");
  if (existsSync(aliasFile)) {
    const data = readYaml(aliasFile, problems);
    const extra = data === undefined ? undefined : validate(aliasFile, roleAliasesSchema, data, problems);
    if (extra) aliases = { file: aliasFile, extra };
  }
  // Employers' names for their levels are optional in every folder: without them, "L5" is read on no ladder.
  let companyLevels: { file: string; ladders: CompanyLevels[] } | undefined;
  const laddersFile = path.join(dir, companyLevelsFile);
  if (existsSync(laddersFile)) {
    const data = readYaml(laddersFile, problems);
    const ladders =
      data === undefined ? undefined : validate(laddersFile, companyLevelsSchema, data, problems);
    if (ladders) companyLevels = { file: laddersFile, ladders };
  }
  const roles: { role: Role; file: string }[] = [];
  const seen = new Map<string, string>();
  const rolesDir = path.join(dir, "roles");
  for (const name of listRoleFiles(rolesDir, problems, layer > 0)) {
    const file = path.join(rolesDir, name);
    const data = readYaml(file, problems);
    const role = data === undefined ? undefined : validate(file, roleSchema, data, problems);
    if (!role) continue;
    if (path.parse(name).name !== role.id)
      problems.add(file, "id", `must match the file name ("${path.parse(name).name}")`);
    if (seen.has(role.id)) problems.add(file, "id", `"${role.id}" is already used by ${seen.get(role.id)}`);
    seen.set(role.id, file);
    roles.push({ role, file });
  }
  return { shared, files, roles, aliases, companyLevels, rolesDir };
}

/**
 * Reads, validates and cross-checks the knowledge; throws KnowledgeError listing every problem, each as
 * `file: path: message` with the file's folder in its path.
 *
 * `dirs` is one folder or several (a `KNOWLEDGE_DIR` string separated by `path.delimiter`, or a list). The
 * first is the base and holds every file. Each later folder adds to it, and every file in it is optional:
 * a role file with a known id replaces that role; sources, comparisons and occupations with a known id or
 * code replace the earlier entry; levels and places with a known id keep the earlier aliases and add their
 * own; `aliases.yaml` adds names to roles of any folder; market, trends, soft skills, best practices and
 * challenges, being one document each, are replaced whole. The layered whole is then cross-checked.
 */
export function loadKnowledge(dirs: string | readonly string[]): Knowledge {
  const problems = new ProblemList();
  const folders = knowledgeFolders(dirs);
  if (folders.length === 0) folders.push(typeof dirs === "string" ? dirs : "");
  folders.forEach((dir, layer) => {
    if (statSync(dir, { throwIfNoEntry: false })?.isDirectory()) return;
    // One clear line rather than one "file is missing" per expected file.
    problems.add(
      dir,
      "(folder)",
      layer === 0
        ? "no such folder: set KNOWLEDGE_DIR to the folder holding sources.yaml and roles/"
        : `no such folder: KNOWLEDGE_DIR names it as knowledge folder ${layer + 1} (folders are separated by "${path.delimiter}")`,
    );
  });
  if (problems.items.length > 0) throw new KnowledgeError(problems.items);

  const origins: Origins = {
    roles: new Map(),
    comparisons: new Map(),
    occupations: new Map(),
    single: new Map(),
  };
  let merged: Shared = {};
  let roles: Role[] = [];
  let companyLevels: CompanyLevels[] = [];
  let companyLevelsOrigin = "";
  const extraAliases: { file: string; extra: z.infer<typeof roleAliasesSchema> }[] = [];
  let baseRolesDir = "";
  folders.forEach((dir, layer) => {
    const folder = readFolder(dir, layer, problems);
    if (layer === 0) baseRolesDir = folder.rolesDir;
    const s = folder.shared;
    const next: Shared = { ...merged };
    if (s.sources) next.sources = mergeBy(merged.sources ?? [], s.sources, (x) => x.id);
    if (s.levels) next.levels = mergeBy(merged.levels ?? [], s.levels, (x) => x.id, extendNamed);
    if (s.locations) next.locations = mergeBy(merged.locations ?? [], s.locations, (x) => x.id, extendNamed);
    if (s.occupations) {
      next.occupations = mergeBy(merged.occupations ?? [], s.occupations, (x) => x.code);
      for (const o of s.occupations) origins.occupations.set(o.code, folder.files.occupations ?? dir);
    }
    if (s.comparisons) {
      next.comparisons = mergeBy(merged.comparisons ?? [], s.comparisons, (x) => x.id);
      for (const c of s.comparisons) origins.comparisons.set(c.id, folder.files.comparisons ?? dir);
    }
    for (const key of ["market", "trends", "softSkills", "bestPractices", "challenges"] as const)
      if (s[key]) {
        (next as Record<string, unknown>)[key] = s[key];
        origins.single.set(key, folder.files[key] ?? dir);
      }
    merged = next;
    roles = mergeBy(
      roles,
      folder.roles.map((r) => r.role),
      (r) => r.id,
    );
    for (const { role, file } of folder.roles) origins.roles.set(role.id, file);
    if (folder.aliases) extraAliases.push(folder.aliases);
    if (folder.companyLevels) {
      companyLevels = mergeBy(companyLevels, folder.companyLevels.ladders, (c) => c.company);
      companyLevelsOrigin = folder.companyLevels.file;
    }
  });
  if (roles.length === 0 && problems.items.length === 0)
    problems.add(baseRolesDir, "(folder)", "has no role files");
  if (problems.items.length > 0) throw new KnowledgeError(problems.items);

  const byId = new Map(roles.map((r, i) => [r.id, i]));
  for (const { file, extra } of extraAliases)
    for (const [id, names] of Object.entries(extra)) {
      const i = byId.get(id);
      const role = i === undefined ? undefined : roles[i];
      if (!role || i === undefined) {
        problems.add(file, id, `role "${id}" has no file in roles/ of any knowledge folder`);
        continue;
      }
      roles[i] = { ...role, aliases: [...new Set([...role.aliases, ...names])] };
    }
  const knowledge = { ...merged, companyLevels, roles } as unknown as Knowledge;
  crossCheck(knowledge, folders[0] ?? "", origins, problems);
  companyLevelsChecked(knowledge, companyLevelsOrigin, problems);
  if (problems.items.length > 0) throw new KnowledgeError(problems.items);
  return knowledge;
}

/** Each employer's level is read as a level levels.yaml has, and on the ladder of a role the knowledge has. */
function companyLevelsChecked(k: Knowledge, file: string, problems: ProblemList): void {
  const levels = new Set(k.levels.map((l) => l.id));
  const roles = new Set(k.roles.map((r) => r.id));
  k.companyLevels.forEach((c, i) => {
    c.levels.forEach((rung, j) => {
      if (!levels.has(rung.level))
        problems.add(file, `${i}.levels.${j}.level`, `level "${rung.level}" is not in levels.yaml`);
      if (rung.role && !roles.has(rung.role))
        problems.add(
          file,
          `${i}.levels.${j}.role`,
          `role "${rung.role}" has no file in roles/ of any knowledge folder: name a role \`career roles\` lists, or drop the field`,
        );
    });
  });
}

/** References between files: sources, roles, levels, locations and occupations must exist. */
function crossCheck(k: Knowledge, baseDir: string, origins: Origins, problems: ProblemList): void {
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

  k.levels.forEach((l, i) => {
    if (l.years) checkSource(path.join(baseDir, "levels.yaml"), `${i}.years.source`, l.years.source);
  });
  for (const role of k.roles) {
    const file = origins.roles.get(role.id) ?? role.id;
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
  const shared = (name: string) => path.join(baseDir, name);
  const single = (key: string, name: string) => origins.single.get(key) ?? shared(name);
  checkFigures(single("market", "market.yaml"), "figures", k.market.figures);
  k.occupations.forEach((o, i) => {
    checkFigures(origins.occupations.get(o.code) ?? shared("occupations.yaml"), `${i}.figures`, o.figures);
  });
  k.comparisons.forEach((c, i) => {
    const file = origins.comparisons.get(c.id) ?? shared("comparisons.yaml");
    checkSource(file, `${i}.source`, c.source);
    c.roles.forEach((r, j) => {
      if (!roleIds.has(r)) problems.add(file, `${i}.roles.${j}`, `role "${r}" has no file in roles/`);
    });
  });
  for (const [key, name] of [
    ["market", "market.yaml"],
    ["trends", "trends.yaml"],
    ["softSkills", "soft-skills.yaml"],
    ["bestPractices", "best-practices.yaml"],
    ["challenges", "challenges.yaml"],
  ] as const)
    checkSource(single(key, name), "source", k[key].source);
}
