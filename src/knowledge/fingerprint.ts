import { createHash } from "node:crypto";
import type { KnowledgeBase } from "./base.js";
import { citationText, cite, figureLine } from "./core/figure-text.js";
import type { Figure, Role } from "./core/schema.js";

/**
 * What the knowledge said, compactly: a hash per role and a line per figure, under a version that changes
 * whenever any of them does. Digests compare the version a channel last saw with today's to say what is new.
 */
export interface KnowledgeFingerprint {
  version: string;
  roles: Record<string, string>;
  /** Figure key ("<role id or file> › <label>") → the figure as shown, with its source. */
  figures: Record<string, string>;
}

const hash = (text: string) => createHash("sha256").update(text).digest("hex").slice(0, 16);

function roleFigures(role: Role): Figure[] {
  const s = role.salary;
  return [
    ...(s
      ? [
          ...s.headline,
          ...s.levels.flatMap((l) => [l.figure, ...l.extra]),
          ...s.locations.flatMap((l) => [l.figure, ...l.extra]),
          ...s.totalComp,
          ...s.companies.flatMap((c) => c.figures),
          ...s.government,
        ]
      : []),
    ...role.outlook.figures,
  ];
}

const fingerprints = new WeakMap<object, KnowledgeFingerprint>();

/** The fingerprint of the knowledge a knowledge base holds now (computed once per loaded knowledge). */
export function fingerprintOf(kb: KnowledgeBase): KnowledgeFingerprint {
  let f = fingerprints.get(kb.knowledge);
  if (!f) {
    f = computeFingerprint(kb);
    fingerprints.set(kb.knowledge, f);
  }
  return f;
}

function computeFingerprint(kb: KnowledgeBase): KnowledgeFingerprint {
  const roles: Record<string, string> = {};
  const figures: Record<string, string> = {};
  for (const role of kb.knowledge.roles) {
    roles[role.id] = hash(JSON.stringify(role));
    for (const f of roleFigures(role)) figures[`${role.name} › ${f.label}`] = figureLine(kb.sources, f);
  }
  for (const f of kb.knowledge.market.figures) figures[`Market › ${f.label}`] = figureLine(kb.sources, f);
  for (const o of kb.knowledge.occupations)
    for (const f of o.figures) figures[`${o.title} › ${f.label}`] = figureLine(kb.sources, f);
  const version = hash(JSON.stringify([roles, figures]));
  return { version, roles, figures };
}

/** What is new in `now` against `before`: roles added or changed, and figures added or changed (with sources). */
export interface KnowledgeChanges {
  newRoles: { name: string; source: string }[];
  updatedRoles: string[];
  figures: string[];
}

export function changesSince(
  kb: KnowledgeBase,
  before: KnowledgeFingerprint,
  now: KnowledgeFingerprint,
): KnowledgeChanges {
  const newRoles = Object.keys(now.roles)
    .filter((id) => !(id in before.roles))
    .flatMap((id) => {
      const role = kb.roleById.get(id);
      if (!role) return [];
      const source = role.sources[0];
      const s = source ? kb.sources.get(source) : undefined;
      return [{ name: role.name, source: s && source ? citationText(cite(kb.sources, source, s.asOf)) : "" }];
    });
  const updatedRoles = Object.keys(now.roles)
    .filter((id) => id in before.roles && before.roles[id] !== now.roles[id])
    .map((id) => kb.roleById.get(id)?.name ?? id);
  const newNames = new Set(newRoles.map((r) => r.name));
  const figures = Object.entries(now.figures)
    .filter(([key, line]) => before.figures[key] !== line && !newNames.has(key.split(" › ")[0] ?? ""))
    .map(([key, line]) => `${key.split(" › ")[0]}: ${line}`);
  return { newRoles, updatedRoles, figures };
}
