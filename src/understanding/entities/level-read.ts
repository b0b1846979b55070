/*
 * The level a question names ("senior", "l5"), or one the knowledge has no pay figures for ("intern",
 * "staff"), which stands for the nearest level that has them.
 */
import type { KnowledgeBase } from "../../knowledge/base.js";
import { stem } from "../../knowledge/core/text.js";
import type { Match } from "../../knowledge/core/vocabulary.js";
import type { UnlistedLevel } from "../intent/language.js";
import { type EntityReading, pickOne } from "../names/entity-reading.js";
import { questionWords, titleHeads } from "../words/entity-words.js";

/**
 * Words after a word of rank that make it a level: "principal level", "staff roles", and a step up to it
 * ("the staff jump", "a principal promo").
 */
const rankNouns = new Set(
  "level levels role roles position positions title titles jump bump promo promotion".split(" "),
);

/**
 * Whether a word of rank stands as a level: right before a role's name ("principal sre"), a word that ends
 * a job title ("staff engineer") or a word of level ("staff level"), or alone after question words
 * ("principal?", "what about staff"). Elsewhere it is another word: "support staff", "what roles lead into".
 */
function standsAsRank(tokens: readonly string[], m: Match<unknown>, job: readonly boolean[]): boolean {
  const next = tokens[m.end];
  // "principal level", or a rank right after the job it is of ("devops engineer principal level pay").
  if (tokens[m.end - 1] === "level" || job[m.start - 1] === true) return true;
  if (next === undefined) return tokens.slice(0, m.start).every((t) => questionWords.has(t));
  return job[m.end] === true || titleHeads.has(stem(next)) || rankNouns.has(next);
}

/**
 * Whether a level found within the typo allowance is a word of the level's own stem in another part of
 * speech: "i graduated 10 years ago" names no new graduate's level, though "graduated" is one letter from
 * "graduate". Levels are compared as singulars (`buildKnowledgeBase`), so only the typo search reaches it.
 */
function otherFormOfLevel(kb: KnowledgeBase, tokens: readonly string[], m: Match<unknown>): boolean {
  if (m.distance === 0 || m.end - m.start !== 1) return false;
  const typed = stem(tokens[m.start] ?? "");
  return kb.knowledge.levels.some((l) => l.aliases.some((a) => stem(a) === typed));
}

/**
 * Words right before a level that set it aside: "dont care about senior numbers yet", "not senior", "forget
 * the junior pay". A level set aside is no level asked, nor a second one to set beside the level asked.
 */
const setAsideBefore =
  /(?:\b(?:dont|don t|do not|doesnt|does not) care (?:about|for)|\b(?:not|no|forget|ignore|skip|except|besides|never mind)(?: about)?)(?: the| any| a)?$/;

/**
 * Words after a level's word that make it an employer's size: "a mid size company", "mid-sized firms",
 * "mid market". The size of an employer is no rung of a ladder.
 */
const sizeNouns = new Set(["size", "sized", "market", "cap"]);

/** Whether the level matched at `m` says how big an employer is ("mid size"), not a rung. */
const employerSize = (tokens: readonly string[], m: Match<unknown>): boolean =>
  sizeNouns.has(tokens[m.end] ?? "");

/** Whether the level matched at `m` is said as set aside, not asked. */
const setAside = (tokens: readonly string[], m: Match<unknown>): boolean =>
  setAsideBefore.test(tokens.slice(Math.max(0, m.start - 4), m.start).join(" "));

/** The level named, and the one with no figures it was read from, if so; a second level named beside it. */
export function levelRead(r: EntityReading): {
  level?: string;
  unlistedLevel?: UnlistedLevel;
  otherLevel?: string;
} {
  const { kb, v, tokens, typos, job } = r;
  let level = pickOne(
    r,
    kb.levels,
    "xlevel",
    typos,
    (m) => !otherFormOfLevel(kb, tokens, m) && !setAside(tokens, m) && !employerSize(tokens, m),
  );
  // "ml intern salary": a level with no figures of its own stands for the nearest one, so the answer can say so.
  // A word of rank ("staff", "principal") is a level only where it stands as one (see `standsAsRank`); a
  // rung numbered ("III") only right after the job's name.
  const unlistedLevel = level
    ? undefined
    : pickOne(r, v.unlistedLevels, "xlevel", false, (m) =>
        m.entries[0]?.numbered
          ? job[m.start - 1] === true
          : !m.entries[0]?.rank || standsAsRank(tokens, m, job),
      );
  if (unlistedLevel) level = kb.levels.lookup(unlistedLevel.nearest)?.entries[0];
  // "QA Engineer II", "SRE III": a rung numbered in a title is a level of seniority at best, one each
  // employer numbers its own way, so it is read as the level most ladders mean, said as that level is, as
  // "sde 2" is (otherwise: "No figures for level II" led a pay answer, as if "II" were a place or employer).
  if (unlistedLevel?.numbered) return { level };
  // "entry level pay straight out of school": the level said again in other words is the same level, and
  // its words ("school") are no topic of the question.
  if (level && !unlistedLevel) while (pickOne(r, kb.levels, "xlevel", false, (m) => m.entries[0] === level));
  // "sde 2 vs sde 3 pay", "junior vs senior data scientist": a second level with figures, for one role's
  // pay at the two set side by side.
  const first = level;
  const otherLevel =
    first && !unlistedLevel
      ? pickOne(r, kb.levels, "xlevel", false, (m) => m.entries[0] !== first && !setAside(tokens, m))
      : undefined;
  return { level, unlistedLevel, ...(otherLevel ? { otherLevel } : {}) };
}
