import pluralize from "pluralize";
import type { KnowledgeBase } from "../../knowledge/base.js";
import { Vocabulary } from "../../knowledge/core/vocabulary.js";
import type { Language } from "../intent/language.js";
import { likedBySelf } from "../text/liked-subject.js";
import { comparers } from "../words/contrast-words.js";
import { questionWords } from "../words/entity-words.js";
import { learnWords, wordsPattern } from "../words/topic-words.js";

/*
 * "do i need kubernetes for devops", "is python required for data analyst": a question that names one
 * skill or tool and asks whether a role needs it. The answer says whether the role's sources name it,
 * rather than listing everything the role needs.
 */

/**
 * Words that ask whether a skill is needed, used or worth learning for a role, or named for it ("on the
 * list"); so does asking whether it is still in use ("is spark still a thing there"), or whether to start
 * with it ("ok where do i even start, sql?", "should i start with python").
 */
const checkWords = wordsPattern(
  learnWords,
  "need needs needed require requires required requirement necessary important essential must mandatory use uses used using know knowing helpful useful worth matter matters relevant enough list listed named mentioned".split(
    " ",
  ),
  [
    "a thing",
    "still around",
    "still big",
    "still common",
    "start with",
    "starting with",
    "start on",
    "begin with",
    "where to start",
    "where do i start",
    "where do i even start",
    "where should i start",
  ],
);

/**
 * Liking or being good at something, said of oneself, in a question of which role or job fits: "i love sql,
 * which job fits me", "which one if i like statistics" ask which roles' sources list the skill (otherwise:
 * the list of every role). Not "i enjoy sql, what does a data engineer do", which asks the duties.
 */
const fitAsked =
  /\bwhich\b.*\b(?:pick|choose|go for|fits?|suits?|better|best)\b|\bwhat (?:jobs?|roles?|careers?)\b|\bwhat can i (?:do|become)\b|\b(?:fits?|suits?) me\b/i;
export const fondOfAsked = (text: string): boolean => likedBySelf.test(text) && fitAsked.test(text);

/**
 * Skill names two letters long or less ("R", "C", "Go") are ordinary words in lowercase; never read alone,
 * only by another name ("golang").
 */
const shortest = 3;

/** Every skill and tool name the roles and the kinds of skill write, each standing for how it is written. */
export function skillNames(kb: KnowledgeBase, language: Language): Vocabulary<string> {
  // Words for a kind that are no skill of it ("databases"; "SQL" is both).
  const members = new Set(language.skillKinds.flatMap((k) => k.members.map((m) => m.toLowerCase())));
  const kindWords = new Set(
    language.skillKinds.flatMap((k) => k.words.map((w) => w.toLowerCase())).filter((w) => !members.has(w)),
  );
  const written = [
    ...kb.knowledge.roles.flatMap((r) => [...r.skills.technical, ...r.skills.frameworks, ...r.skills.tools]),
    ...language.skillKinds.flatMap((k) => k.members),
  ];
  const names = written
    .filter((n) => n.replace(/\W/g, "").length >= shortest)
    // "which databases…" asks for a kind of skill, not whether one named "Databases" is needed.
    .filter((n) => !kindWords.has(pluralize.singular(n.toLowerCase())));
  // Other names people type ("k8s"), for the skills the knowledge names; a short name is read by its other
  // names alone ("golang" for Go).
  const known = new Set(written);
  const aliases = Object.entries(language.skillAliases)
    .filter(([name]) => known.has(name))
    .flatMap(([name, others]) => others.map((a) => [a, name] as [string, string]));
  return new Vocabulary<string>([...names.map((n) => [n, n] as [string, string]), ...aliases]);
}

/**
 * The skills a question names, as written in the knowledge: a role's name is read first, so its words
 * ("machine learning" engineer) are never taken for a skill ("Machine learning").
 */
function skillMatches(names: Vocabulary<string>, roleNames: Vocabulary<string>, tokens: string[]) {
  const words = [...tokens];
  for (const m of roleNames.findAll(tokens, undefined, false)) words.fill("", m.start, m.end);
  return names.findAll(words, undefined, false);
}

const firstNames = (matches: ReturnType<typeof skillMatches>) => [
  ...new Set(matches.flatMap((m) => m.entries.slice(0, 1))),
];

/** The skills a question names, whatever it asks of them ("does it pay to learn kubernetes"). */
export const skillsNamed = (names: Vocabulary<string>, roleNames: Vocabulary<string>, tokens: string[]) =>
  firstNames(skillMatches(names, roleNames, tokens));

/**
 * The skills a question asks a role needs ("kubernetes" in "do i need kubernetes for devops"), as written
 * in the knowledge; empty when it names none or asks something else about them.
 */
export function skillsChecked(
  names: Vocabulary<string>,
  roleNames: Vocabulary<string>,
  tokens: string[],
  text: string,
): string[] {
  const matches = skillMatches(names, roleNames, tokens);
  const asked =
    checkWords.test(text) ||
    fondOfAsked(text) ||
    choiceBetween(matches, tokens) ||
    namedForRole(roleNames, tokens, matches);
  return asked ? withAlternatives(matches, tokens) : [];
}

/** Words after "still" that ask whether a skill is in use: "still a thing", "still around", "still used". */
const inUseStill = /^(?:a|around|used|in|relevant|common|big|popular|worth|alive|needed)$/;

/**
 * "kubeflow still a thing?", "is spark still around": a skill named right before "still" and a word of its
 * being in use asks whether it is used, of the skill, not of the role's outlook, whatever the role's
 * "still" elsewhere ("is data engineering still a thing" asks of the role).
 */
export function skillStillInUse(names: Vocabulary<string>, roleNames: Vocabulary<string>, tokens: string[]) {
  return skillMatches(names, roleNames, tokens).some(
    (m) => tokens[m.end] === "still" && inUseStill.test(tokens[m.end + 1] ?? ""),
  );
}

/** Words that only join skills to the role they are asked of: "golang for devops", "python for a data analyst". */
const forRole = new Set(["for", "a", "an", "the", "as"]);

/**
 * "golang for devops", "kubernetes for an sre?": skills and the role they are for, and nothing else, ask
 * whether the role needs them, as "do i need golang for devops" does.
 */
function namedForRole(
  roleNames: Vocabulary<string>,
  tokens: string[],
  matches: ReturnType<typeof skillMatches>,
): boolean {
  const roles = roleNames.findAll(tokens, undefined, false);
  if (matches.length === 0 || roles.length === 0 || !tokens.includes("for")) return false;
  const within = (i: number) => [...matches, ...roles].some((m) => i >= m.start && i < m.end);
  return tokens.every((t, i) => within(i) || forRole.has(t) || besideSkills.has(t));
}

/**
 * "go or python for devops", "rust vs go": two skills the knowledge names, set against each other as a
 * choice, ask which to learn as a word of needing would, though no such word is said.
 */
function choiceBetween(matches: ReturnType<typeof skillMatches>, tokens: string[]): boolean {
  return matches.some((m, k) => {
    const next = matches[k + 1];
    return next !== undefined && next.start === m.end + 1 && comparers.has(tokens[m.end] ?? "");
  });
}

/** The skills matched, and the words set as alternatives to them ("rust or go"), as typed. */
function withAlternatives(matches: ReturnType<typeof skillMatches>, tokens: string[]): string[] {
  if (matches.length === 0) return [];
  const inSkill = (i: number) => matches.some((m) => i >= m.start && i < m.end);
  return [
    ...new Set([
      ...firstNames(matches),
      ...alternatives(tokens, inSkill).map((i) => asTyped(tokens[i] ?? "")),
    ]),
  ];
}

/** Words beside skill names that leave a message about the skills alone ("react or vue?", "what about k8s"). */
/** Words that narrow a question to the skill named ("and linux specifically?"), asking nothing of their own. */
const narrowing = "and specifically particularly especially exactly in particular".split(" ");

/** Words that stand in an alternative to a skill without naming one ("python or something?"). */
const noAlternative = new Set(
  "something anything else other others not both either neither stuff things etc whatnot such".split(" "),
);

const besideSkills = new Set([
  ...questionWords,
  ...comparers,
  ...narrowing,
  "also",
  "too",
  "ok",
  "okay",
  "so",
  "hmm",
]);

/**
 * "react or vue?", "k8s?", "what about python": a message that names skills and nothing else of its own,
 * which in a thread about a role asks whether the role needs them; empty for any other message.
 */
export function skillsAlone(
  names: Vocabulary<string>,
  roleNames: Vocabulary<string>,
  tokens: string[],
): string[] {
  const matches = skillMatches(names, roleNames, tokens);
  if (matches.length === 0) return [];
  const inSkill = (i: number) => matches.some((m) => i >= m.start && i < m.end);
  const unlisted = alternatives(tokens, inSkill);
  const others = tokens.filter((t, i) => !inSkill(i) && !besideSkills.has(t) && !unlisted.includes(i));
  return others.length > 0 ? [] : withAlternatives(matches, tokens);
}

/**
 * "spark or flink?": the one word set as an alternative to a skill the knowledge names, which is asked
 * about as a skill too, so the answer can say the sources do not name it rather than miss the question.
 */
function alternatives(tokens: string[], inSkill: (i: number) => boolean): number[] {
  return tokens.flatMap((t, i) => {
    if (inSkill(i) || besideSkills.has(t) || noAlternative.has(t) || !/^[a-z][\w.+#-]*$/.test(t)) return [];
    const joined = (j: number, k: number) => tokens[j] === "or" && inSkill(k);
    return joined(i - 1, i - 2) || joined(i + 1, i + 2) || listedBeside(tokens, i, inSkill) ? [i] : [];
  });
}

/** Words that open the question after a list of skills ("i know sql and excel, what jobs…"). */
const afterList = new Set(
  "what whats which where how can could do does is are should would will any so but".split(" "),
);

/**
 * "i know sql and excel, what jobs can i get", "i use excel and sql": a word listed with "and" beside a skill
 * the knowledge names is a skill too, asked of as the other is (otherwise: Excel was dropped, only
 * SQL's roles given). Only a word that ends the list (the question or its end after it) or opens it (a word
 * of knowing or needing before it): "i know sql and love data" lists no "love".
 */
function listedBeside(tokens: string[], i: number, inSkill: (i: number) => boolean): boolean {
  const next = tokens[i + 1];
  const endsList = tokens[i - 1] === "and" && inSkill(i - 2) && (next === undefined || afterList.has(next));
  const before = tokens[i - 1] ?? "";
  const opensList =
    tokens[i + 1] === "and" && inSkill(i + 2) && (checkWords.test(before) || (i > 0 && inSkill(i - 1)));
  return endsList || opensList;
}

/** A skill name the knowledge does not hold, written as a name ("Flink"). */
const asTyped = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/**
 * "do they need to code", "is coding required", "do product managers code": whether a role writes code, asked
 * as a check or a yes-or-no question; not "why does my code crash", which is no question about a role.
 */
export const asksCoding = (text: string) =>
  (/\b(code|coding|coder|coders)\b/i.test(text) &&
    (checkWords.test(text) || /^(do|does|did|is|are|will|would|can|must|should)\b/i.test(text))) ||
  // "how much coding for the automation roles": an amount of coding is asked of the work, never of pay.
  howMuchCoding.test(text);

const howMuchCoding = /\bhow much (?:code|coding)\b/i;

/** An error's name as programs print it ("TypeError", "NullPointerException"), in its own capitals. */
const errorName = /\b[A-Z][A-Za-z]*(?:Error|Exception)\b/;

/**
 * Asking for work done on code: "debug this", "fix my script", "write me a python script", a stack trace,
 * "why does my docker container exit".
 */
const codeWork =
  /\bdebug(?:ging)? (?:this|my|it|the)\b|\b(?:debug|fix|review|refactor|write)(?: me)?(?: (?:this|my|the|a|an|some))?(?: [\w.+#-]+){0,2} (?:code|script|function|program|bug|regex|query|snippet|class)\b|\bstack ?trace\b|\btraceback\b|\bsegfault\b|\bmy (?:[\w.+#-]+ ){1,2}(?:crash|crashes|exits?|throws|won'?t (?:start|run|compile|build)|keeps crashing)\b/i;

/**
 * "can you help me debug this `TypeError` in my react app", "write me a python script": help with code
 * itself, which no career question asks for ("do they need to code" is answered from a role's skills).
 */
export const asksForCodeWork = (text: string) => codeWork.test(text) || errorName.test(text);
