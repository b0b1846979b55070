import type { KnowledgeBase } from "../../knowledge/base.js";
import type { Role } from "../../knowledge/core/schema.js";
import { itRoles } from "../../knowledge/it-roles.js";
import { namedJobs } from "../../understanding/entities/entities.js";
import type { Understanding } from "../../understanding/shape/understanding.js";
import { roleToldBesideField } from "../../understanding/steps/own-job-beside-field.js";
import { understanderFor } from "../../understanding/understand.js";
import { jobNouns } from "../../understanding/words/job-nouns.js";
import { wordsPattern } from "../../understanding/words/topic-words.js";
import type { Answer } from "../answers.js";
import { alias, roleRef } from "../parts/answer-parts.js";
import { factAnswer } from "../parts/fact-answer.js";
import { asksItVersusComputerScience } from "./it-field.js";

/*
 * "is that considered IT?", "does data science count as IT", "is a sysadmin an IT job", "it is IT?": whether a role is
 * one of IT's, answered from the advisor's own reading of IT (the roles `itRoles` names), never searched
 * for the word "considered".
 */

/**
 * Words that ask whether something belongs to IT: "considered IT", "count as IT", "part of IT", "an IT job",
 * "does IT include software dev", "or is that its own thing". Read in the question as the understander's
 * `fieldWrittenIT` writes it, lower case but for the field's "IT", the jobs around each "it" read as the
 * pipeline reads them: "is that it?" asks whether that is all, not about IT.
 */
const asksMembership = new RegExp(
  [
    String.raw`\bIT\s+(?:include|includes|including|cover|covers|contain|contains)\b`,
    String.raw`\bits own (?:thing|field)\b`,
    String.raw`\b(?:considered|counted|count|counts|classed|classified|part of|belongs? to|falls? under)\s+(?:as\s+)?(?:an?\s+|the\s+)?IT\b`,
    String.raw`\b(?:is|are)\s+(?:that|this|it|they|those|these)\s+(?:an?\s+)?IT\b(?!\s+(?:support|manager|director|security))`,
    // "it is IT?": the question in the word order of a statement, asked by its question mark, or typed
    // without one ("it is IT"), which said back to the bot asks the same.
    String.raw`^(?:so\s+|and\s+)?(?:that|this|it|they|those|these)\s+(?:is|are)\s+(?:an?\s+)?IT\s*(?:\?|$)`,
    // Not the job one comes from or goes to ("which is easier to get into from an IT job").
    String.raw`(?<!\b(?:from|of|leaving|after|into|to|in|at|with)\s+)\ban?\s+IT\s+${wordsPattern([...jobNouns, "thing"]).source}\s*\??$`,
    // "is either of them IT", "are both IT": of the roles the thread set side by side.
    String.raw`\b(?:is|are)\s+(?:either|any|both|neither|one|all)(?:\s+one)?\s+(?:of\s+(?:them|those|these|the two|em)\s+)?(?:an?\s+)?IT\b`,
    // "is IT the same thing or different", "same as IT?", "different from IT": how a role stands to IT, which
    // is whether it is one of IT's (otherwise: asked back which IT role to compare).
    String.raw`\bIT\s+(?:just\s+)?(?:the\s+)?same\b`,
    String.raw`\bsame(?:\s+thing)?\s+as\s+IT\b`,
    String.raw`\bdiff(?:erent)?\s+(?:from|than|to)\s+IT\b`,
    String.raw`\b(?:is|are)\s+IT\s+(?:any\s+)?diff(?:erent)?\b`,
    // "is a network engineer IT?", "is data science IT": a job asked whether it is IT, the question ending
    // there; not where IT is where something is ("is pay good in IT?", "is there growth for IT").
    String.raw`^\W*(?:so\s+|and\s+|but\s+)?(?:is|are)\s+(?:an?\s+)?(?:[a-z]+\s+){1,3}(?<!\b(?:in|into|to|from|of|at|for|with|about|than|there)\s+)(?:an?\s+)?IT\s*\??\s*$`,
    // "is infosec analyst IT too?": a role named, asked whether it is IT as well as the one before.
    String.raw`\b(?:is|are)\s+(?:an?\s+)?(?:[a-z]+\s+){1,3}(?:an?\s+)?IT\s+(?:too|also|as well)\b`,
    // "which is more IT", "which one is closer to IT": the same question, weighing the two.
    String.raw`\bwhich(?:\s+one)?\s+(?:is|seems|feels)\s+(?:more|most|less|closer to)\s+(?:an?\s+)?IT\b`,
  ].join("|"),
);

/**
 * "is that counted as IT or software?", "is it IT or engineering": a thread's role set between IT and
 * another field, whose name ("software") is the other field, not a role asked of.
 */
const threadRoleBetweenFields =
  /\b(?:is|are)\s+(?:that|this|it|they|those|these)\s+(?:(?:counted|considered|classed|classified)\s+)?(?:as\s+)?(?:an?\s+)?IT\s*(?:or|\/)\s/;

/** Said of IT, as the answer to "what does IT stand for" says it. */
const itIs =
  "IT (information technology) is the work of running and supporting an organization's computers, networks, systems, data and their security";

/** Most roles one answer says it of. */
const mostAsked = 3;

/**
 * The roles a question asks whether they count as IT: those it names ("does IT include software dev … i'm a
 * backend dev" names two), or with none named the thread's one ("is that considered IT?" after a sysadmin
 * question, or both of a pair: "is either of them IT"); empty if it asks no such thing.
 */
function rolesAskedOf(kb: KnowledgeBase, u: Understanding): Role[] {
  const written = understanderFor(kb).fieldWrittenIT(u.text, {
    hasRole: u.threadRoles.length > 0,
    occupationHeld: u.threadOccupation !== undefined,
  });
  if (!u.entities.itField || !asksMembership.test(written)) return [];
  if (threadRoleBetweenFields.test(written) && u.threadRoles.length > 0)
    return u.threadRoles.slice(0, mostAsked);
  if (u.roles.length === 1 || u.entities.roles.length > 1) return u.roles.slice(0, mostAsked);
  if (namedJobs(u.entities) > 0) return [];
  // The roles the thread lent the question, else the thread's own.
  return (u.roles.length > 0 ? u.roles : u.threadRoles).slice(0, mostAsked);
}

/** "Yes: X is…" or "Not in the narrow sense: …", said of each role asked of in turn. */
function membershipOf(role: Role, it: readonly Role[]): string {
  return it.includes(role)
    ? `Yes: ${role.name} is one of the roles I count as IT.`
    : `Not in the narrow sense: ${role.name} is not one of the roles I count as IT; in the broad sense many people use, the whole tech industry, it is.`;
}

/**
 * Whether each role asked of is one of IT's roles: yes where it is; where it is not, that it is not in IT's
 * narrow sense but is in the broad one many people use (the whole tech industry). IT's roles follow, the
 * usual way in first. Undefined where the question asks no such thing.
 */
export function countsAsItAnswer(kb: KnowledgeBase, u: Understanding): Answer | undefined {
  // "sysadmin here. is IT the same as CS?": the role told is who asks; IT is weighed against the subject.
  const [told] = u.entities.roles;
  if (
    u.entities.roles.length === 1 &&
    told &&
    asksItVersusComputerScience(u.text) &&
    roleToldBesideField(u.text, told)
  )
    return undefined;
  const roles = rolesAskedOf(kb, u);
  const [role, ...others] = roles;
  if (!role) return occupationCountsAsIt(kb, u);
  const it = itRoles(kb);
  const answer = factAnswer(
    u.text,
    membershipOf(role, it),
    [
      ...others.map((r) => membershipOf(r, it)),
      `${itIs}.`,
      `Its roles I know, the usual way in first: ${it.map((r) => r.name).join(", ")}.`,
    ],
    [],
    [
      `role ${alias(role)}`,
      ...it
        .filter((r) => !roles.includes(r))
        .slice(0, 2)
        .map((r) => `role ${alias(r)}`),
    ],
  );
  // The thread stays about the roles asked of.
  return { ...answer, about: roles.map(roleRef) };
}

/** BLS's computer occupations (SOC 15-12xx): the official occupations of IT's work, and of tech's. */
const computerOccupation = /^15-12/;

/**
 * "is it IT though?" after dental hygienists' figures: whether the thread's occupation is one of IT's. Only
 * BLS's computer occupations are, in the broad sense; none is one of the roles counted as IT here.
 */
function occupationCountsAsIt(kb: KnowledgeBase, u: Understanding): Answer | undefined {
  const soc = u.threadOccupation;
  const title = soc ? kb.official?.bySoc.get(soc)?.title : undefined;
  if (!soc || !title || namedJobs(u.entities) > 0 || u.threadRoles.length > 0) return undefined;
  const written = understanderFor(kb).fieldWrittenIT(u.text, { hasRole: false, occupationHeld: true });
  if (!u.entities.itField || !asksMembership.test(written)) return undefined;
  const it = itRoles(kb);
  const said = computerOccupation.test(soc)
    ? `In the broad sense: ${title} (SOC ${soc}) is one of BLS's computer occupations, though not one of the roles I count as IT.`
    : `No: ${title} (SOC ${soc}) is not an IT occupation; BLS counts it outside the computer occupations.`;
  return factAnswer(
    u.text,
    said,
    [`${itIs}.`, `Its roles I know, the usual way in first: ${it.map((r) => r.name).join(", ")}.`],
    [],
    it.slice(0, 3).map((r) => `role ${alias(r)}`),
  );
}
