/*
 * "cloud engineer, the big data one", "data engineer - the software one", "applied scientist, the ads one":
 * a job said by the head of its name, then narrowed by the words that tell it from others of that head. The
 * role whose name holds both, where one does, spelt out by its name, so that the question reads as if it
 * named it (otherwise: "cloud engineer" read as an occupation the advisor does not cover, asked back).
 */
import type { KnowledgeBase } from "../../knowledge/base.js";
import type { Role } from "../../knowledge/core/schema.js";
import { stem, tokenize } from "../../knowledge/core/text.js";

/**
 * A head, a comma or dash, and "the <one to three words> one": "cloud engineer, the big data one"; or that
 * in brackets, "big data engineer (the cloud one)", the brackets read with it.
 */
const narrowed =
  /((?:[a-z][\w+#-]*\s+){0,2}[a-z][\w+#-]*)(?:\s*(?:,|-|–|—)?\s+|\s*\(\s*)the\s+((?:[a-z][\w+#-]*\s+){0,2}[a-z][\w+#-]*)\s+one\b\)?/i;

const nameStems = new WeakMap<KnowledgeBase, { role: Role; names: ReadonlySet<string>[] }[]>();

/**
 * Each role with the stems of each of its names (name and aliases), built once per knowledge base: every
 * question saying "the … one" compares its words with all of them, several times.
 */
function rolesByNameStems(kb: KnowledgeBase): { role: Role; names: ReadonlySet<string>[] }[] {
  let roles = nameStems.get(kb);
  if (!roles) {
    roles = kb.knowledge.roles.map((role) => ({
      role,
      names: [role.name, ...role.aliases].map((name) => new Set(tokenize(name).map(stem))),
    }));
    nameStems.set(kb, roles);
  }
  return roles;
}

/** The roles whose names (or one of them) hold every word said, by stem. */
export function rolesHolding(kb: KnowledgeBase, words: readonly string[]): Role[] {
  const said = words.map(stem);
  return rolesByNameStems(kb)
    .filter(({ names }) => names.some((own) => said.every((w) => own.has(w))))
    .map(({ role }) => role);
}

/** The question with a head narrowed to one role spelt out as that role's name; else as it was. */
export function headNarrowedSpelt(kb: KnowledgeBase, text: string): string {
  const m = narrowed.exec(text);
  if (!m) return text;
  const head = tokenize(m[1] ?? "");
  const qualifier = tokenize(m[2] ?? "");
  // The shortest end of the words before that narrows to one role: "engineer, the big data one" fits two
  // (Big Data Software and Cloud Engineers); "cloud engineer, the big data one" fits one.
  for (let k = 1; k <= head.length; k++) {
    const words = head.slice(-k);
    const [role, ...others] = rolesHolding(kb, [...words, ...qualifier]);
    if (!role || others.length > 0) continue;
    const typedHead = (m[1] ?? "").split(/\s+/).slice(-k).join(" ");
    const start = (m.index ?? 0) + (m[1] ?? "").lastIndexOf(typedHead);
    return text.slice(0, start) + role.name + text.slice((m.index ?? 0) + m[0].length);
  }
  return text;
}
