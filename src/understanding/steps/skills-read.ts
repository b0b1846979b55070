import { tokenize } from "../../knowledge/core/text.js";
/*
 * Skills asked of one role: whether it needs the skills named ("do i need kubernetes for devops"),
 * whether it codes, or what to learn for it, of the role named or the thread's.
 */
import { type Entities, namedJobs } from "../entities/entities.js";
import { type Intent, payIntents, skillIntents } from "../intent/intents.js";
import {
  asksCoding,
  fondOfAsked,
  skillStillInUse,
  skillsAlone,
  skillsChecked,
  skillsNamed,
} from "../names/skill-names.js";
import type { PipelineParts } from "../shape/pipeline-parts.js";
import { confidentAt, type Understanding } from "../shape/understanding.js";
import { afterOpeningPick } from "../thread/thread-pick.js";
import { namedCertification } from "../words/certifications.js";
import { asksHowLong } from "../words/question-asks.js";
import { knownClauses, setAsideClauses, skillsSaidKnown } from "../words/skills-said-known.js";
import { asksCertificates, asksLearning, credentialsOrElse, payAsked } from "../words/topic-words.js";
import { fieldAsSkill } from "./field-as-skill.js";
import { skillAloneRead } from "./skill-alone.js";

/** What the skill steps read with: the skill names, the role names, and the kind of skill languages are. */
type SkillParts = Pick<PipelineParts, "kb" | "skills" | "languagesKind">;

/** "do i need kubernetes for devops": whether the one role needs the skill named, not all it needs. */
export function skillsRead(
  parts: SkillParts,
  resolved: Understanding,
  entities: Entities,
  tokens: string[],
  text: string,
): Understanding {
  const checked = skillsChecked(parts.skills, parts.kb.roleNames, tokens, text);
  // "what would i need to learn, i know python and sql already" about a role or a move: the skills known
  // are where the asker stands, left off what is asked (with no role, "i know sql, what jobs can i get"
  // asks of the skills themselves).
  const onRole = resolved.roles.length > 0 || resolved.to !== undefined;
  const known = onRole ? knownOf(parts, text, checked) : [];
  // "what skills for ml — not research, the engineering side", "besides python": a skill set aside is
  // not asked about (read as asked, the answer was about research alone).
  const setAside = new Set(
    setAsideClauses(text).flatMap((c) => skillsNamed(parts.skills, parts.kb.roleNames, tokenize(c))),
  );
  const skillsAsked = checked.filter((s) => !known.includes(s) && !setAside.has(s));
  if (known.length > 0 && skillsAsked.length === 0) return knownRead(resolved, entities, known);
  return (
    fieldAsSkill(parts, resolved, tokens) ??
    threadSkillChecked(parts, resolved, skillsAsked, tokens) ??
    (skillsAsked.length > 0 &&
    resolved.roles.length === 1 &&
    // "certs for ml? is the aws ml specialty worth it": a platform's name in a certification is no skill.
    !namedCertification(text) &&
    // "any certs worth it for ml or is it all github": the credentials asked, GitHub only their alternative.
    !(resolved.intent === "education" && credentialsOrElse.test(text)) &&
    // "does it make sense to learn python for IT support": a skill for a role, with no move's start.
    // "is it worth learning sql for data analyst jobs": a skill to learn for a role, however the words
    // weigh it (worth it reads as the role's outlook), unless its pay is asked.
    (checkable.has(resolved.intent) ||
      (resolved.intent === "gap" && !resolved.from) ||
      // "tools for ml in prod? kubeflow still a thing?": the skill's use asked, however the words lean to
      // the role's outlook.
      (resolved.intent === "outlook" && skillStillInUse(parts.skills, parts.kb.roleNames, tokens)) ||
      // "does it make sense to learn python as a data engineer": the pay intent leant to with no word of
      // pay said ("as a data engineer" is how pay is often asked) leaves learning the question.
      (asksLearning(entities.masked) &&
        !resolved.from &&
        (!payIntents.has(resolved.intent) || !payAsked.test(text))) ||
      checkedAfterPick(tokens, text))
      ? {
          ...resolved,
          // "which languages do mobile devs use, kotlin or swift": a question of tools stays one.
          intent: skillIntents.has(resolved.intent)
            ? resolved.intent
            : toolsAsked.test(text)
              ? ("tools" as const)
              : ("skills" as const),
          confidence: 1,
          skillsAsked,
        }
      : (codingChecked(parts, resolved, skillsAsked) ??
        learningChecked(resolved, skillsAsked) ??
        (fieldOfRolesAsked(parts, skillsAsked, text) ? undefined : skillAloneRead(resolved, skillsAsked)) ??
        resolved))
  );
}

/** "tools for ml in prod?", "which tool": the tools a role uses asked, beside a skill checked. */
const toolsAsked = /\btools?\b|\bframeworks?\b|\bstack\b/i;

/** "what am i still missing", "what would i need on top of sql": what is left to learn, asked. */
const stillNeeded =
  /\b(?:missing|lacking|on top of)\b|\bwhat (?:else )?(?:do|would|will) i (?:still )?need\b/i;

/** Skill names of two letters or less ("R", "C", "Go"), read as known only where written in capitals. */
const shortSkillName = /^[A-Z][A-Za-z+#]?$/;

/**
 * The skills the asker says they know, as written in the knowledge: those checked whose names the clause of
 * knowing says, by any of their other names too ("i know pandas and some sklearn": scikit-learn), and a
 * short name written as the skill is ("i know a little R from school").
 */
function knownOf(parts: SkillParts, text: string, checked: readonly string[]): string[] {
  const clauses = knownClauses(text);
  if (clauses.length === 0) return [];
  const byName = new Set(clauses.flatMap((c) => skillsNamed(parts.skills, parts.kb.roleNames, tokenize(c))));
  const written = new Set(
    parts.kb.knowledge.roles.flatMap((r) => [
      ...r.skills.technical,
      ...r.skills.frameworks,
      ...r.skills.tools,
    ]),
  );
  const saidIn = (c: string) => text.toLowerCase().indexOf(c);
  const shortKnown = clauses.flatMap((c) => {
    const at = saidIn(c);
    const typed = at < 0 ? "" : text.slice(at, at + c.length);
    return (typed.match(/\b[A-Z][A-Za-z+#]?\b/g) ?? []).filter(
      (n) => shortSkillName.test(n) && written.has(n),
    );
  });
  return [
    ...new Set([...skillsSaidKnown(text, checked), ...checked.filter((c) => byName.has(c)), ...shortKnown]),
  ];
}

/**
 * "what skills for ml am i still missing, i know pandas and some sklearn", "what would i need on top of sql":
 * the skills said known are where the asker stands, no kind of skill asked for ("sql" is a kind's word too);
 * what to learn, asked of the role without a move's start, is its skills.
 */
function knownRead(u: Understanding, e: Entities, known: string[]): Understanding {
  const kindSaidKnown = e.skillKind?.words.some((w) => known.some((k) => k.toLowerCase() === w)) ?? false;
  const { skillKind: _kind, ...rest } = e;
  // (A gap with no start, in no thread of a move from an occupation, is the role's skills too.)
  const noStart = !u.from && !u.fromOccupation && !u.threadOccupation;
  const learning =
    noStart &&
    (u.intent === "gap" ||
      (!skillIntents.has(u.intent) &&
        !payIntents.has(u.intent) &&
        (asksLearning(e.masked) || stillNeeded.test(u.text))));
  return {
    ...u,
    ...(kindSaidKnown ? { entities: rest } : {}),
    ...(learning ? { intent: "skills" as const, confidence: 1 } : {}),
    // "what would i need on top of sql": the skills known say the question is of skills, however weakly read.
    ...(skillIntents.has(u.intent) ? { confidence: 1 } : {}),
    skillsKnown: known,
  };
}

/**
 * "ok the devops one. is kubernetes a must?": a skill checked after a pick of one role asks whether that
 * role needs it, whatever topic the pick's own words pull the reading to (pay after a pay comparison,
 * outlook after one of openings). Not where pay or certifications are asked: those have answers of their own.
 */
const checkedAfterPick = (tokens: string[], text: string) =>
  afterOpeningPick(tokens).length > 0 && !payAsked.test(text) && !asksCertificates(text);

/**
 * "do they need to code", "is coding required" of one role (named, or the thread's): its skills, with the
 * programming languages among them first, or a word that its sources name none.
 */
function codingChecked(
  parts: SkillParts,
  u: Understanding,
  skillsAsked: string[],
): Understanding | undefined {
  const { languagesKind } = parts;
  const e = u.entities;
  if (!languagesKind || skillsAsked.length > 0 || e.skillKind || !asksCoding(u.text)) return undefined;
  const role =
    namedJobs(e) === 0 ? (u.roles[0] ?? u.threadRoles[0]) : e.roles.length === 1 ? u.roles[0] : undefined;
  if (!role || u.roles.length > 1) return undefined;
  return {
    ...u,
    intent: "skills",
    confidence: 1,
    roles: [role],
    entities: { ...e, skillKind: languagesKind },
  };
}

/**
 * "what backend stuff should i pick up", "best programming language to learn for backend": what to learn
 * for the one role the question names, or a kind of skill of it ("programing language for backend"), not
 * a move to it (no start, no "to become"), read only as a guess otherwise: that role's skills, the kind
 * of skill named first.
 */
function learningChecked(u: Understanding, skillsAsked: string[]): Understanding | undefined {
  const e = u.entities;
  const [role] = e.roles;
  if (!role || namedJobs(e) !== 1 || skillsAsked.length > 0 || e.to || e.from || e.moving) return undefined;
  // A guess of tools is ruled too: unruled, a guess is answered by search ("what should a data analyst
  // learn" got the getting-started tips); a confident one is left as read.
  if (u.confidence >= confidentAt || asksHowLong(u.text)) return undefined;
  // Read in the masked words: a role's name ("machine learning engineer") is no learning.
  if (!asksLearning(e.masked) && !e.skillKind) return undefined;
  // A kind of skill said of the work done, in a question of pay and not of learning, asks no skills:
  // "what does the State of Ohio pay a dba? been DBA 6 yrs (sql server, some oracle)" (r73).
  if (!asksLearning(e.masked) && payAsked.test(u.text)) return undefined;
  const { from: _from, to: _to, ...rest } = u;
  // Tools stay tools where a kind of them is named ("which cloud platforms"); learning alone is skills.
  const intent = u.intent === "tools" && (e.skillKind || /\btools?\b/i.test(u.text)) ? "tools" : "skills";
  return { ...rest, intent, confidence: 1, roles: [role] };
}

/**
 * "k8s required?", "react or vue?", "is comptia a+ enough" in a thread about one role, naming none: whether
 * that role needs the skills named, asked in a word of checking or in their names alone. Not where pay or
 * certifications are asked ("aws certs?"): those have answers of their own.
 */
function threadSkillChecked(
  parts: SkillParts,
  u: Understanding,
  skillsAsked: string[],
  tokens: string[],
): Understanding | undefined {
  // "which one should i pick if i like statistics" after two roles set side by side: each of them checked.
  // "terraform required?" after a move's answer: checked of where the move leads (the thread's first role).
  const [leadsTo] = u.threadRoles;
  const afterMove = u.threadIntent === "gap" && u.threadRoles.length === 2 && skillsAsked.length > 0;
  const roles =
    afterMove && leadsTo
      ? [leadsTo]
      : u.threadRoles.length === 1 || weighsThreadRoles.test(u.text)
        ? u.threadRoles
        : [];
  if (roles.length === 0 || roles.length > 3 || namedJobs(u.entities) > 0) return undefined;
  if (payIntents.has(u.intent) || payAsked.test(u.text) || asksCertificates(u.text)) return undefined;
  // A question of one role with a word of checking is read as below, the thread's role filled in already.
  if (skillsAsked.length > 0 && u.roles.length === 1 && roles.length === 1 && checkable.has(u.intent))
    return undefined;
  const named = skillsAsked.length > 0 ? skillsAsked : skillsAlone(parts.skills, parts.kb.roleNames, tokens);
  // "which one if i like statistics": a kind of skill liked, each role's skills of that kind.
  const kindLiked = u.entities.skillKind !== undefined && fondOfAsked(u.text);
  if (named.length === 0 && !kindLiked) return undefined;
  const { from: _from, to: _to, ...rest } = u;
  return {
    ...rest,
    intent: skillIntents.has(u.intent) ? u.intent : "skills",
    confidence: 1,
    roles,
    // The skills named say what is asked: no question of the thread's asked again.
    inherited: [...new Set([...u.inherited.filter((i) => i !== "intent"), "roles"])],
    ...(named.length > 0 ? { skillsAsked: named } : {}),
  };
}

/**
 * Words that ask a skill of each of the thread's roles ("do both need sql", "does either use python"), or
 * weigh them for the person ("which one should i pick if i like statistics"): not any "which" ("which one has
 * more openings, i know kubernetes" asks the outlook).
 */
const weighsThreadRoles = /\b(?:both|either|each)\b|\bwhich\b.*\b(?:pick|choose|go for|fits?|suits?)\b/i;

/** What a question naming a skill may be read as when it asks whether a role needs it. */
const checkable: ReadonlySet<Intent> = new Set<Intent>([
  "skills",
  "tools",
  "softSkill",
  "education",
  "experience",
  "responsibilities",
  "gettingStarted",
  "definition",
  "followUp",
]);

/**
 * "what skills do i need for security": a skill's word after "for" or "in" that names two roles or more
 * (Information Security Analyst, Security Engineer) is a field of roles whose skills are asked, which role
 * is asked back, not whether the skill itself is needed.
 */
function fieldOfRolesAsked(parts: SkillParts, skillsAsked: string[], text: string): boolean {
  const [skill] = skillsAsked;
  if (!skill || skillsAsked.length > 1 || /\s/.test(skill)) return false;
  const word = skill.toLowerCase();
  if (!new RegExp(`\\b(?:for|in)\\s+${word}\\b`, "i").test(text)) return false;
  return parts.kb.knowledge.roles.filter((r) => tokenize(r.name).includes(word)).length >= 2;
}
