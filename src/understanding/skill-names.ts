import pluralize from "pluralize";
import type { KnowledgeBase } from "../knowledge/base.js";
import { Vocabulary } from "../knowledge/core/vocabulary.js";
import type { Language } from "./language.js";
import { learnWords, wordsPattern } from "./topic-words.js";

/*
 * "do i need kubernetes for devops", "is python required for data analyst": a question that names one
 * skill or tool and asks whether a role needs it. The answer says whether the role's sources name it,
 * rather than listing everything the role needs.
 */

/** Words that ask whether a skill is needed, used or worth learning for a role. */
const checkWords = wordsPattern(
  learnWords,
  "need needs needed require requires required requirement necessary important essential must mandatory use uses used using know knowing helpful useful worth matter matters relevant".split(
    " ",
  ),
);

/** Skill names two letters long or less ("R", "C", "Go") are ordinary words in lowercase; never read alone. */
const shortest = 3;

/** Every skill and tool name the roles and the kinds of skill write, each standing for how it is written. */
export function skillNames(kb: KnowledgeBase, language: Language): Vocabulary<string> {
  // Words for a kind that are no skill of it ("databases"; "SQL" is both).
  const members = new Set(language.skillKinds.flatMap((k) => k.members.map((m) => m.toLowerCase())));
  const kindWords = new Set(
    language.skillKinds.flatMap((k) => k.words.map((w) => w.toLowerCase())).filter((w) => !members.has(w)),
  );
  const names = [
    ...kb.knowledge.roles.flatMap((r) => [...r.skills.technical, ...r.skills.frameworks, ...r.skills.tools]),
    ...language.skillKinds.flatMap((k) => k.members),
  ]
    .filter((n) => n.replace(/\W/g, "").length >= shortest)
    // "which databases…" asks for a kind of skill, not whether one named "Databases" is needed.
    .filter((n) => !kindWords.has(pluralize.singular(n.toLowerCase())));
  return new Vocabulary<string>(names.map((n) => [n, n] as [string, string]));
}

/**
 * The skills a question asks a role needs ("kubernetes" in "do i need kubernetes for devops"), as written
 * in the knowledge; empty when it names none or asks something else about them. A role's name is read
 * first, so its words ("machine learning" engineer) are never taken for a skill ("Machine learning").
 */
export function skillsChecked(
  names: Vocabulary<string>,
  roleNames: Vocabulary<string>,
  tokens: string[],
  text: string,
): string[] {
  if (!checkWords.test(text)) return [];
  const words = [...tokens];
  for (const m of roleNames.findAll(tokens, undefined, false)) words.fill("", m.start, m.end);
  return [...new Set(names.findAll(words, undefined, false).flatMap((m) => m.entries.slice(0, 1)))];
}

/**
 * "do they need to code", "is coding required", "do product managers code": whether a role writes code, asked
 * as a check or a yes-or-no question; not "why does my code crash", which is no question about a role.
 */
export const asksCoding = (text: string) =>
  /\b(code|coding|coder|coders)\b/i.test(text) &&
  (checkWords.test(text) || /^(do|does|did|is|are|will|would|can|must|should)\b/i.test(text));
