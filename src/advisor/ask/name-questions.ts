/**
 * Names that are not one role each: two names of one role, a role likened to a name that is none, a name
 * that could be several roles (alone, or as one side of a move or comparison).
 */
import type { KnowledgeBase } from "../../knowledge/base.js";
import type { Role } from "../../knowledge/core/schema.js";
import { tokenize } from "../../knowledge/core/text.js";
import { pairIntents } from "../../understanding/intent/intents.js";
import type { Understanding } from "../../understanding/shape/understanding.js";
import { contrastWords } from "../../understanding/words/contrast-words.js";
import { wordsPattern } from "../../understanding/words/topic-words.js";
import type { Answer } from "../answers.js";
import { doesMlWork, mentionsOf } from "../general/general-answers.js";
import { clarify } from "../occupations/scope.js";
import { alias, isMlRole, payHeadline, roleCitations } from "../parts/answer-parts.js";
import { factAnswer, factLines, roleFollowups, withArticle } from "../parts/fact-answer.js";
import { roleTopicAnswer } from "../roles/role-topic-answer.js";
import { skillsAnswer } from "../roles/skills-answer.js";
import { commandFor, whichOther } from "./ask-back.js";

/** Words that liken one thing to another: "the same as", "same thing as", "different from". */
const likens = /\bsame (thing )?as\b|\bdifferent (from|than|to)\b/i;

/** A word setting one name against another: "support or help desk", "data architect vs sde". */
const setAgainstWord = wordsPattern(contrastWords);

/** An "or" that is a tag on a yes-no question ("good bet or nah", "worth it or not"), setting no side. */
const orTag = /\bor\s+(?:not|nah|naw|no|nope|what)\b/gi;

/** Where a name's words first stand in a question's words, or -1. */
function firstAt(words: readonly string[], typed: string): number {
  const name = tokenize(typed);
  return words.findIndex((_, i) => name.length > 0 && name.every((w, k) => words[i + k] === w));
}

/**
 * "support or help desk", "sre vs site reliability": a contrast word stands between the two names (where
 * both are found as typed; a short name spelt out, "ml", is not). A tag "or nah" sets nothing against
 * them: "ml engineers r getting replaced … is ml still a good bet or nah" names one role twice and asks its
 * outlook (r75 #9).
 */
function setAgainstBetween(u: Understanding): boolean {
  const text = u.text.replace(orTag, " ");
  const [first, second] = u.entities.sameRole?.typed ?? [];
  const words = tokenize(text);
  const [a, b] = [firstAt(words, first ?? ""), firstAt(words, second ?? "")];
  if (a < 0 || b < 0) return setAgainstWord.test(text);
  return words.slice(Math.min(a, b) + 1, Math.max(a, b)).some((w) => contrastWords.has(w));
}

/**
 * "from qa to sdet, pay?": the two ends of a move are two names of one role, the second right after "to" or
 * "into"; a move within one role is none. ("sysadmin here, … for system administrator" is no move.)
 */
function movedWithin(u: Understanding): boolean {
  const [, end] = u.entities.sameRole?.typed ?? [];
  if (!end) return false;
  const words = tokenize(u.text);
  const name = tokenize(end);
  const at = words.findIndex((_, i) => name.every((w, k) => words[i + k] === w));
  return at > 0 && (words[at - 1] === "to" || words[at - 1] === "into");
}

/**
 * "is it support or help desk better paid", "is product analyst the same thing as data analyst": two names
 * of one role are said to be one, with its pay (or its skills, where skills are asked).
 */
export function oneRoleTwoNames(kb: KnowledgeBase, u: Understanding): Answer | undefined {
  const e = u.entities;
  const setSideBySide =
    pairIntents.has(u.intent) || setAgainstBetween(u) || likens.test(u.text) || movedWithin(u);
  if (!(e.sameRole && e.roles.length === 1 && setSideBySide)) return undefined;
  const one = e.sameRole.role;
  const headline = `${e.sameRole.typed.map((t) => `“${t}”`).join(" and ")} name one role here: ${one.name}.`;
  // "ok and ios vs android?" after a mobile developer's skills: the one role's skills, which name both.
  if (u.intent === "skills" || u.intent === "tools") {
    const skills = skillsAnswer(kb, u.text, one, u.intent, e.skillKind);
    return { ...skills, headline, followups: roleFollowups(one) };
  }
  const pay = payHeadline(kb, one);
  const said = whereNamesDiffer(kb, one, e.sameRole.typed);
  return factAnswer(
    u.text,
    `${headline} No source splits ${one.name} into them: its duties and pay below are the role's as a whole.`,
    [one.summary, ...said.lines, ...factLines(pay)],
    [...roleCitations(kb, one), ...said.citations, ...pay.map((f) => f.citation)],
    roleFollowups(one, "pay"),
  );
}

/**
 * "ios vs android any difference?" after a mobile developer: where the two names differ by one word each
 * ("ios", "android" before "developer"), the lines of the one role naming those words ("iOS work uses
 * Swift…; Android work uses Java or Kotlin…"), as said, since its sources split it no further (otherwise it
 * asked which role to compare it with). A word of the role's own name ("data" of Data Analyst) tells
 * nothing apart.
 */
function whereNamesDiffer(kb: KnowledgeBase, one: Role, typed: readonly string[]) {
  const [first = [], second = []] = typed.map(tokenize);
  const apart = first.flatMap((w, i) => (w === second[i] ? [] : [w, second[i] ?? ""]));
  const own = new Set(tokenize(one.name));
  const differing = apart.filter((w) => w && !own.has(w));
  if (first.length !== second.length || apart.length !== 2 || differing.length === 0)
    return { lines: [], citations: [] };
  const mentions = differing.map((w) => mentionsOf(kb, w));
  const ofRole = (line: string) => line.startsWith(`${one.name} › `) && !line.includes(one.summary);
  const lines = [...new Set(mentions.flatMap((m) => m.lines).filter(ofRole))];
  return {
    lines: lines.length
      ? [`Where its sources name ${differing.map((w) => `“${w}”`).join(" or ")}:`, ...lines]
      : [],
    citations: lines.length ? mentions.flatMap((m) => m.citations) : [],
  };
}

/**
 * "ml or ai", "ai vs machine learning", "is ml better than ai": the field's two names set against each other,
 * a word at most between the first and the word that sets them apart.
 */
const mlAgainstAi =
  /\b(?:ml|machine learning)(?:\s+\w+)?\s+(?:or|vs\.?|versus|v|than)\s+(?:ai|artificial intelligence)\b|\b(?:ai|artificial intelligence)(?:\s+\w+)?\s+(?:or|vs\.?|versus|v|than)\s+(?:ml|machine learning)\b|\bbetween (?:ml|machine learning|ai|artificial intelligence) and (?:ml|machine learning|ai|artificial intelligence)\b/i;

/**
 * "ml or ai which is better", "ai vs ml": both names read as one role here (Machine Learning Engineer: the
 * knowledge counts AI work as machine learning's), so no comparison of the two can be made; said so, and
 * which role whose work is AI too it is to be set against asked, with a button each (otherwise: the ML
 * trends were given instead).
 */
export function mlAgainstAiAsked(kb: KnowledgeBase, u: Understanding): Answer | undefined {
  const [one, ...others] = u.roles;
  if (!one || others.length > 0 || !isMlRole(one) || !mlAgainstAi.test(u.text)) return undefined;
  const siblings = kb.knowledge.roles.filter((r) => doesMlWork(r) && !isMlRole(r));
  return clarify(
    `“ML” and “AI” both read as ${one.name} here: the knowledge counts AI work as machine learning work, so it has no separate AI role to weigh it against. Set ${one.name} against which other role whose work is AI?`,
    siblings.map((r) => `compare ${alias(one)} ${alias(r)}`),
    siblings.map((r) => r.id),
  );
}

/**
 * "is devsecops the same as a security engineer": what the role does, saying first that the other name is
 * no role it knows, and where the knowledge names it (a DevOps Engineer's career path names DevSecOps).
 */
export function roleLikenedToUnreadName(kb: KnowledgeBase, u: Understanding): Answer | undefined {
  const [role, other] = u.roles;
  const name = u.entities.unread;
  if (!(name && role && !other && likens.test(u.text))) return undefined;
  const q = u.text;
  const described = roleTopicAnswer(kb, q, role, "responsibilities");
  const mentions = mentionsOf(kb, name);
  const said = mentions.lines.length
    ? [`The knowledge names “${name}” only here:`, ...mentions.lines]
    : [`The knowledge says nothing of “${name}”.`];
  return factAnswer(
    q,
    `I could not read “${name}” as a role I know, so I cannot say whether it is ${withArticle(role.name)}. ${described.headline ?? ""}`.trim(),
    [...described.facts, ...said],
    [...described.citations, ...mentions.citations],
    described.followups,
  );
}

/**
 * "EM back to IC, pay cut?", "from data analyst to growth hacker": a move whose end names no role. Said
 * first what could not be read, and where the move leads asked back, never one side answered as the whole.
 */
export function moveEndUnread(kb: KnowledgeBase, u: Understanding): Answer | undefined {
  const end = u.entities.unreadEnd;
  const [start, other] = u.roles;
  if (!(end && start && !other)) return undefined;
  return whichOther(kb, "gap", start, end, true);
}

/** A name that could be several roles, with no role named beside it: which one. */
export function ambiguousName(u: Understanding): Answer | undefined {
  const [unsureName] = u.entities.ambiguous;
  if (!(unsureName && u.roles.length === 0)) return undefined;
  const options = unsureName.options;
  return clarify(
    `"${unsureName.typed}" could mean more than one role: ${options.map((r) => r.name).join(" or ")}. Which one?`,
    options.map((r) => `${commandFor(u.intent)} ${r.name.toLowerCase()}`),
    options.map((r) => r.id),
  );
}

/**
 * "should i move from data architect to sde": one side of a move or comparison could be several roles. So
 * may the third of a comparison ("mle vs research scientist vs applied scientist"): which one, beside the
 * two named, never the comparison of those two with the third dropped. The options are kept
 * for a reply that picks one.
 */
export function ambiguousSide(u: Understanding): Answer | undefined {
  const e = u.entities;
  const intent = u.intent;
  const [unsureName] = e.ambiguous;
  const [role] = u.roles;
  const contrastSaid = setAgainstWord.test(u.text);
  const compared = intent === "compare" || intent === "common" || (contrastSaid && intent !== "gap");
  const named = e.roles.length === 1 || (e.roles.length === 2 && compared && !e.moving && !e.to);
  if (!(unsureName && role && named && (pairIntents.has(intent) || e.moving || e.to || contrastSaid)))
    return undefined;
  const options = unsureName.options.filter((o) => !e.roles.includes(o));
  const pair = (o: Role) =>
    compared
      ? `compare ${[...e.roles, o].map(alias).join(" ")}`
      : u.to === role
        ? `gap ${alias(o)} to ${alias(role)}`
        : `gap ${alias(role)} to ${alias(o)}`;
  return clarify(
    `"${unsureName.typed}" could mean more than one role: ${options.map((r) => r.name).join(" or ")}. Which one?`,
    options.map(pair),
    compared ? options.map((o) => o.id) : undefined,
  );
}
