/*
 * "ml skills for a data analyst", "should a data analyst learn ml or sql first": a field's name that is also
 * a skill ("machine learning", "ml"), beside a word of skills or learning, with another role the one asked
 * about, is a skill that role may need, not the field's role set beside it.
 */
import type { Role } from "../../knowledge/core/schema.js";
import type { Vocabulary } from "../../knowledge/core/vocabulary.js";
import { fieldAbbreviations } from "../../knowledge/resolve.js";
import type { PipelineParts } from "../shape/pipeline-parts.js";
import type { Understanding } from "../shape/understanding.js";
import { comparers } from "../words/contrast-words.js";
import { costMoreThanAsked, learnAsked, wordsPattern } from "../words/topic-words.js";

/** Words that ask what a role should know: its skills, learning, needing or knowing something. */
const skillWords = wordsPattern(["skill", "skills", "need", "needs", "know", "knowing"]);

/** The field's names as written out ("machine learning"): what "ml" spells. */
const fieldNames = new Set(fieldAbbreviations.values());

export function fieldAsSkill(
  parts: Pick<PipelineParts, "kb" | "skills">,
  u: Understanding,
  tokens: readonly string[],
): Understanding | undefined {
  if (u.roles.length !== 2 || u.from || u.to || u.entities.moving) return undefined;
  if (!skillWords.test(u.text) && !learnAsked.test(u.text)) return undefined;
  // "ml roles need a special budget. how much more than a software engineer?": the two roles' cost weighed.
  if (u.intent === "payCompare" && costMoreThanAsked.test(u.text)) return undefined;
  const words = tokens.flatMap((t) => fieldAbbreviations.get(t)?.split(" ") ?? [t]);
  const found = parts.kb.roleNames.findAll(words, undefined, false);
  const field = found.find((m) => fieldNames.has(words.slice(m.start, m.end).join(" ")));
  const subject = found.find((m) => m !== field);
  const role = (m: { entries: string[] } | undefined) =>
    m?.entries.length === 1 ? parts.kb.roleById.get(m.entries[0] ?? "") : undefined;
  const fieldRole = role(field);
  const subjectRole = role(subject);
  if (!field || !subject || !fieldRole || !subjectRole || !u.roles.includes(fieldRole)) return undefined;
  // "ml vs data analyst skills": the field set against the other role is that role, compared; "the skills
  // gap between backend dev and ml": the field is one side of the gap, a role too.
  if (onlyComparerBetween(words, field, subject) || sidesOfBetween(words, field, subject)) return undefined;
  // "skills for ml if im a python backend dev": the other role is the one the person holds, so the field is
  // where they are headed (the gap between the two), not a skill of the job they already do.
  if (heldBySpeaker(words, subject)) return undefined;
  const skillsAsked = skillsNamed(parts.skills, words, found);
  if (skillsAsked.length === 0) return undefined;
  return asSkillOf(u, subjectRole, skillsAsked);
}

type Span = { start: number; end: number };

/** The two spans in the order typed, and the words between them. */
function spansInOrder(words: readonly string[], a: Span, b: Span) {
  const [first, second] = a.start < b.start ? [a, b] : [b, a];
  return { first, between: words.slice(first.end, second.start) };
}

/** Whether only a word of comparing stands between the field and the other role ("ml vs data analyst"). */
const onlyComparerBetween = (words: readonly string[], a: Span, b: Span) => {
  const { between } = spansInOrder(words, a, b);
  return between.length > 0 && between.length <= 2 && between.some((w) => comparers.has(w));
};

/** Whether the two are the sides of "between ... and ..." ("the gap between backend dev and ml"). */
const sidesOfBetween = (words: readonly string[], a: Span, b: Span) => {
  const { first, between } = spansInOrder(words, a, b);
  return words[first.start - 1] === "between" && between.length === 1 && between[0] === "and";
};

/** "im a", "i am a python", "working as a": the person's own job said just before the role's name. */
const heldSaid = /\b(?:i'?m|i am|work(?:ing)? as)(?: an?)?(?: \w+)?$/;

/** Whether the role at `subject` is said to be the person's own job ("if im a python backend dev"). */
const heldBySpeaker = (words: readonly string[], subject: Span) =>
  heldSaid.test(words.slice(Math.max(0, subject.start - 4), subject.start).join(" "));

/** The skills the words name, the field's name among them, with every role's name but the field's left out. */
function skillsNamed(
  skills: Vocabulary<string>,
  words: readonly string[],
  roles: readonly { start: number; end: number }[],
): string[] {
  const open = [...words];
  for (const m of roles)
    if (!fieldNames.has(words.slice(m.start, m.end).join(" "))) open.fill("", m.start, m.end);
  return [...new Set(skills.findAll(open, undefined, false).flatMap((m) => m.entries.slice(0, 1)))];
}

function asSkillOf(u: Understanding, role: Role, skillsAsked: string[]): Understanding {
  const { from: _from, to: _to, ...rest } = u;
  const entities = { ...u.entities, roles: [role] };
  return { ...rest, intent: "skills", confidence: 1, entities, roles: [role], skillsAsked };
}
