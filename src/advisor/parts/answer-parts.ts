import type { KnowledgeBase } from "../../knowledge/base.js";
import { type Citation, cite, formatFigure } from "../../knowledge/core/figure-text.js";
import { type Figure, type Role, type SkillGroup, skillGroups } from "../../knowledge/core/schema.js";
import { slugify, stem, tokenize } from "../../knowledge/core/text.js";
import type { FigureView, Notice, RoleRef, SkillList } from "../answers.js";

const skillGroupLabels: Record<SkillGroup, string> = {
  technical: "Technical skills",
  frameworks: "Frameworks and libraries",
  tools: "Tools and platforms",
  soft: "Soft skills",
};

/** A short confirmation or explanation, as an answer. */
export function notice(
  title: string,
  lines: string[],
  tone: Notice["tone"],
  followups: string[] = [],
): Notice {
  return { kind: "notice", title, lines, tone, followups };
}

/** A median figure with a value ("Median annual wage, …"). */
export const isMedian = (f: Figure) => f.value !== undefined && /^median/i.test(f.label);

/** A machine learning role, by its names ("ML engineer", "lead mle"): the one the market figures are about. */
export const isMlRole = (r: Role) =>
  [r.name, ...r.aliases].some((n) => /\b(machine learning|ml|mle)\b/i.test(n));

/** The name a command takes for a role: its first alias ("mle"), else its name. */
export const alias = (r: Role) => r.aliases[0] ?? r.name.toLowerCase();

export function roleRef(role: Role): RoleRef {
  return { id: role.id, name: role.name };
}

export function figureView(kb: KnowledgeBase, f: Figure, highlight = false): FigureView {
  return {
    label: f.label,
    value: formatFigure(f),
    citation: cite(kb.sources, f.source, f.asOf),
    ...(f.basis === "base" ? { baseOnly: true } : {}),
    ...(highlight ? { highlight: true } : {}),
    // The numbers themselves, so that a chart draws what the knowledge says rather than parsing `value`.
    ...(f.text === undefined && f.unit
      ? {
          amount: {
            unit: f.unit,
            ...(f.value !== undefined ? { value: f.value } : {}),
            ...(f.min !== undefined ? { min: f.min } : {}),
            ...(f.max !== undefined ? { max: f.max } : {}),
            ...(f.qualifier ? { qualifier: f.qualifier } : {}),
            ...(f.openEnded ? { openEnded: true } : {}),
          },
        }
      : {}),
  };
}

export function uniqueCitations(citations: Citation[]): Citation[] {
  const seen = new Map<string, Citation>();
  for (const c of citations) seen.set(`${c.sourceId}|${c.asOf}`, c);
  return [...seen.values()];
}

export function roleCitations(kb: KnowledgeBase, role: Role): Citation[] {
  return role.sources.map((id) => cite(kb.sources, id, kb.sources.get(id)?.asOf ?? "undated"));
}

export function skillLists(role: Role): SkillList[] {
  return skillGroups
    .map((group) => ({ group, label: skillGroupLabels[group], items: role.skills[group] }))
    .filter((g) => g.items.length > 0);
}

const skillIds = new Map<string, string>();

/** A skill's identity across roles: "Apache Spark" in two roles is one skill, ticked once. */
export function skillId(skill: string): string {
  // Skill names come only from the knowledge, so this cache is as large as the knowledge and no larger.
  let id = skillIds.get(skill);
  if (id === undefined) {
    id = slugify(skill);
    skillIds.set(skill, id);
  }
  return id;
}

/** The roles a role's file lists as related, those the knowledge base knows, in its order. */
export function relatedRolesOf(kb: KnowledgeBase, role: Role): Role[] {
  return role.related.map((id) => kb.roleById.get(id)).filter((r): r is Role => r !== undefined);
}

/** The roles the knowledge base knows among those a path names (by name, as the files write them), in its order. */
export function rolesNamed(kb: KnowledgeBase, names: readonly string[]): Role[] {
  return names.flatMap((name) =>
    kb.knowledge.roles.filter((r) => r.name.toLowerCase() === name.toLowerCase()),
  );
}

export function relatedRoles(kb: KnowledgeBase, role: Role): RoleRef[] {
  return relatedRolesOf(kb, role).map(roleRef);
}

/** The short pay line for a role: its headline, else its level ranges, else the nearest government figure. */
export function payHeadline(kb: KnowledgeBase, role: Role): FigureView[] {
  const s = role.salary;
  if (!s) return [];
  if (s.headline.length > 0) return s.headline.map((f) => figureView(kb, f));
  if (s.levels.length > 0) return s.levels.map((l) => figureView(kb, l.figure));
  return s.government.map((f) => figureView(kb, f));
}

export function noPayFigure(role: Role): string {
  return `The knowledge base has no salary figure for ${role.name}.`;
}

export function onetLinks(kb: KnowledgeBase, role: Role): { title: string; url: string }[] {
  return role.onet
    .map((code) => kb.knowledge.occupations.find((o) => o.code === code))
    .filter((o) => o !== undefined)
    .map((o) => ({ title: `O*NET ${o.code} ${o.title}`, url: o.url }));
}

/** Words that say nothing of a line's content, for telling two lines that say one thing apart. */
const fillerWords = new Set(
  "a an the and or of to in on for with can be is are may might some many most much which that this they their it its also often usually consider get bls".split(
    " ",
  ),
);

const contentWords = (line: string) =>
  new Set(
    tokenize(line)
      .filter((w) => w.length > 2 && !fillerWords.has(w))
      .map(stem),
  );

/**
 * Lines with any that says what an earlier one says left out: most of its words (70%) are the earlier
 * line's ("…can be enough (BLS)." and "…can be enough to start." from two parts of one role's file).
 */
export function withoutRepeats(lines: readonly string[]): string[] {
  const kept: { line: string; words: Set<string> }[] = [];
  for (const line of lines) {
    const words = contentWords(line);
    const repeats = kept.some(
      (k) => words.size > 0 && [...words].filter((w) => k.words.has(w)).length / words.size >= 0.7,
    );
    if (!repeats) kept.push({ line, words });
  }
  return kept.map((k) => k.line);
}

/** Names in a list: "A", "A and B", "A, B and C". */
export const listed = (names: readonly string[]) =>
  names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;

/** "Amazon", "Amazon or Google", "Amazon, Google or Meta". */
export const orList = (names: readonly string[]) =>
  names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} or ${names.at(-1)}`;

/** A name as owner, a plural ending in s taking the apostrophe alone: "Actuaries'", "Data Scientist's". */
export const possessive = (name: string) => (name.endsWith("s") ? `${name}'` : `${name}'s`);

/**
 * A place's name as owner: "Denver's", "Paris's", and a plural name with its article, "the Philippines'"
 * (a place's name ending in s is mostly singular, unlike an occupation's), or a kind of place, written in
 * lower case, "small towns'".
 */
export const placePossessive = (name: string) =>
  /^(?:the |[a-z]).*s$/.test(name) ? `${name}'` : `${name}'s`;
