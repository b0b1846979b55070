import type { KnowledgeBase } from "../../knowledge/base.js";
import type { Role } from "../../knowledge/core/schema.js";
import { itRoles } from "../../knowledge/it-roles.js";
import { type Intent, payIntents } from "../../understanding/intent/intents.js";
import { asksFieldFuture } from "../../understanding/it/field-asks.js";
import type { Understanding } from "../../understanding/shape/understanding.js";
import { asksEnteringAtAge } from "../../understanding/words/age-words.js";
import { choiceWords } from "../../understanding/words/contrast-words.js";
import { asksMakingIt } from "../../understanding/words/question-asks.js";
import { asksCertificates, credentialsSought, wordsPattern } from "../../understanding/words/topic-words.js";
import type { Answer } from "../answers.js";
import { becoming, certificationsAnswer } from "../getting-in/getting-in.js";
import { entryEducation } from "../getting-in/without-degree.js";
import { rankingAnswer, threatNoted } from "../outlook/ranking.js";
import { alias, roleRef } from "../parts/answer-parts.js";
import { factAnswer } from "../parts/fact-answer.js";
import { serviceName } from "../parts/service-name.js";
import { payAnswer } from "../pay/pay-answer.js";
import { roleTopicAnswer } from "../roles/role-topic-answer.js";

/*
 * "IT" the field, with no role named: what the acronym means, the way in (IT support), its future, or
 * which of its roles.
 */

/** "what does IT stand for", "what is IT": the acronym's meaning. */
const asksMeaning = /\b(stand|stands|short|acronym|abbreviation|meaning|mean)\b/i;

/** Intents of getting into a field, which IT support (the usual way in) answers. */
const gettingIn: ReadonlySet<Intent> = new Set<Intent>(["gettingStarted", "education", "experience", "gap"]);

/**
 * Words of getting in: "careers in IT" lists the field's roles; "how to get into IT", "could i hack it in IT"
 * ask the way in; so does the field studied ("my son wants to study it").
 */
const asksWayIn = (question: string) =>
  asksCertificates(question) ||
  asksMakingIt(question) ||
  /\b(get|getting|break|breaking|start|starting|begin|beginner|beginners|entry|first|degree|diploma|experience|qualifications?|study|studying|major|majoring)\b/i.test(
    question,
  );

/** "for a career changer", "switching careers", "as a beginner": someone coming to the field new. */
const newcomer =
  /\b(career[- ]?(?:changers?|switchers?|change|switch)|chang(?:e|ing) careers?|switch(?:ing)? careers?|new to|newcomers?|no experience)\b/i;

/**
 * "IT or cybersecurity for a career changer?": IT set against a role, asked by someone coming in new or about
 * the way in. IT support, the usual way into IT, is the IT side; undefined otherwise (which IT role is asked
 * back) or where the role named is IT support itself.
 */
export function itSideForNewcomer(question: string, it: Role[], role: Role): Role | undefined {
  const entry = it[0];
  if (!entry || entry === role) return undefined;
  return newcomer.test(question) || asksWayIn(question) ? entry : undefined;
}

/** The side IT the field stands on where IT support stands for it: of a move, or beside another role. */
type StoodSide = NonNullable<Understanding["itFieldRole"]>["side"];

/**
 * Why IT support stands for the field: the way in where a move leads there (or for a newcomer), the usual
 * IT role where one starts or where it is set beside another role.
 */
const standsInBecause = (side: StoodSide) =>
  side === "to" ? "IT support is the usual way into IT" : "IT support is the usual IT role";

/**
 * What the answer says first when IT support stands for IT beside another role: for a newcomer, as the way
 * in; after a question back of which IT role that the reply picked none of, as the usual IT role.
 */
export const itSideSaid = (entry: Role, side: StoodSide = "to") =>
  `${standsInBecause(side)}, so ${entry.name} stands for IT here; name another IT role to compare instead.`;

/** What an answer about IT support standing for IT the field says first. */
const aboutItRoleLead = (entry: Role, side: StoodSide) =>
  `${standsInBecause(side)}, so this answer is about ${entry.name}; name another IT role to ask about it instead.`;

/** What a move from IT support standing for IT the field, or the question back of where it leads, says first. */
const itStartLead = `${standsInBecause("from")}, so the move starts there (name another IT role to start from instead).`;

/**
 * "nurse to IT worth it?", "moving from IT to data": the answer about IT support standing for the field as a
 * side of a move (see `itFieldRole`) says so first, with why: the way in where the move leads there, the
 * usual IT role where it starts. A move's answer says it in its note, a role's answer before its facts, and
 * the question back of where a move from IT leads before the question.
 */
export function itFieldRoleSaid(answer: Answer, u: Understanding): Answer {
  const stood = u.itFieldRole;
  if (!stood) return answer;
  // "IT or software engineering for a career changer, which pays more": for a newcomer, the way in.
  if (stood.side === "beside")
    return itBesideSaid(
      answer,
      itSideSaid(stood.role, newcomer.test(u.text) || asksWayIn(u.text) ? "to" : "beside"),
    );
  const start = stood.side === "from";
  const moveLead = start ? itStartLead : aboutItRoleLead(stood.role, "to");
  if (answer.kind === "gap")
    return { ...answer, note: answer.note ? `${moveLead} ${answer.note}` : moveLead };
  if (answer.kind === "clarify" && start) return { ...answer, prompt: `${itStartLead} ${answer.prompt}` };
  if (answer.kind === "answer")
    return { ...answer, facts: [aboutItRoleLead(stood.role, stood.side), ...answer.facts] };
  return answer;
}

/**
 * "which has more openings" after "Compare Software Engineer with which IT role?", or "it vs swe, which has
 * more openings": the answer weighing the role against IT support says first that IT support stands for IT
 * (`said`), before its verdict or its note.
 */
function itBesideSaid(answer: Answer, said: string): Answer {
  if (answer.kind === "answer") return { ...answer, headline: `${said} ${answer.headline ?? ""}`.trim() };
  if (answer.kind === "compare" || answer.kind === "pay-compare")
    return { ...answer, note: answer.note ? `${said} ${answer.note}` : said };
  return answer;
}

/**
 * A question about "IT" the field that one answer fits: what the acronym means, how to get in (IT support,
 * said to be the usual way in), or its future (the roles ranked by growth). Otherwise undefined: which IT
 * role is asked back.
 */
export function itFieldAnswer(
  kb: KnowledgeBase,
  intent: Intent,
  u: Understanding,
  it: Role[],
): Answer | undefined {
  const q = u.text;
  if (intent === "definition" || u.intent === "definition" || asksMeaning.test(q))
    return {
      ...factAnswer(
        q,
        "IT is short for information technology:",
        [
          "The work of running and supporting an organization's computers, networks, systems, data and their security.",
          `Its roles I know, the usual way in first: ${it.map((r) => r.name).join(", ")}.`,
        ],
        [],
        it.slice(0, 3).map((r) => `role ${alias(r)}`),
      ),
      // "what jobs count as IT", then "which pays most": the roles listed are what the reply weighs.
      offered: it.map((r) => r.id),
    };
  // "anyone here moved into it in their 40s? is it too late": getting in at an age is the way in (which the
  // answer says no source speaks of age), not the field's future.
  const inAtAge = asksEnteringAtAge(q);
  // The field's future is its own roles', as for a ranking asked of IT (see `ask`).
  if (!inAtAge && (asksFieldFuture(q) || intent === "outlook" || intent === "market"))
    return threatNoted(
      rankingAnswer(kb, { metric: "growth", all: false }, { field: "IT", roles: it }),
      q,
      true,
    );
  const entry = it[0];
  if (!entry || u.to) return undefined;
  // "whats the entry level pay in IT": what the way in pays.
  const entryPay = payIntents.has(intent) && (u.level === "entry" || asksWayIn(q));
  // "thinking about IT after the army": a service left for the field asks the way in.
  const wayIn =
    (gettingIn.has(intent) && (asksWayIn(q) || u.serviceLeft !== undefined)) ||
    credentialsSought(q) ||
    inAtAge;
  if (!entryPay && !wayIn) return undefined;
  const answer = entryPay
    ? payAnswer(kb, q, entry, {
        focus: "salary",
        ...(u.level ? { level: u.level } : {}),
        // "how much do IT interns make": a level with no figures is said to have none, never passed over.
        ...(u.unlistedLevel ? { unlistedLevel: u.unlistedLevel } : {}),
        // "entry level IT salary texas": the place asked is said to have no figures, never dropped.
        ...(u.place ? { place: u.place } : {}),
      })
    : credentialsSought(q)
      ? certificationsAnswer(kb, q, entry)
      : intent === "education"
        ? roleTopicAnswer(kb, q, entry, "education")
        : // "is it worth getting into IT for the money": what the way in pays and how it grows, first, as
          // for a role weighed so.
          becoming(kb, q, entry, u.entities.weighing);
  if (answer.kind !== "answer") return answer;
  const lead = `${aboutItRoleLead(entry, "to")}${u.serviceLeft ? ` No source I hold says how time in the ${serviceName(u.serviceLeft)} counts toward IT work.` : ""}`;
  // The thread is then about IT support: "and the money?" asks its pay.
  return { ...answer, facts: [lead, ...answer.facts], about: [roleRef(entry)] };
}

/** Words that weigh two things: "the difference between", "different from", "IT or CS", "compared", "the same". */
const weighsTwo = wordsPattern(["difference", "differences", "diff", "differ", "different"], choiceWords, [
  "compare",
  "compared",
  "same",
  "similar",
]);

/** "what's the difference between IT and computer science", "IT or CS?": the field set against the subject. */
export const asksItVersusComputerScience = (question: string) =>
  /\b(computer science|comp ?sci|cs)\b/i.test(question) && weighsTwo.test(question);

/**
 * IT set against computer science: the one a field of work, with its roles; the other a subject of study,
 * with the roles whose education or way in the sources name it for.
 */
export function itVersusComputerScience(kb: KnowledgeBase, q: string, it: Role[]): Answer {
  const studied = kb.knowledge.roles.filter((r) =>
    [...r.education, ...r.gettingStarted].some((l) => /\bcomputer science\b/i.test(l)),
  );
  return factAnswer(
    q,
    "IT names a field of work; computer science is a subject of study.",
    [
      "IT (information technology) is the work of running and supporting an organization's computers, networks, systems, data and their security.",
      `Its roles I know, the usual way in first: ${it.map((r) => r.name).join(", ")}.`,
      ...(studied.length
        ? [
            `The sources name a computer science degree in the way into ${studied.length} of the roles I know, such as ${studied
              .slice(0, 4)
              .map((r) => r.name)
              .join(", ")}.`,
          ]
        : []),
    ],
    [],
    [...it.slice(0, 2), ...studied.slice(0, 1)].map((r) => `role ${alias(r)}`),
  );
}

/** A line of a role's sources on certifications ("relevant IT certifications", "a security certification"). */
const certificationLine = /\bcertif/i;

/**
 * "should i do a CS degree or an IT certificate": two ways into IT weighed, a degree against a certificate,
 * which no source weighs as such; what each IT role's sources say of both is what can be said: BLS's typical
 * entry-level education beside what they say of certifications, the usual way in first (otherwise: IT the
 * field against computer science the subject, as if the two were asked as fields).
 */
export function itDegreeOrCertificate(kb: KnowledgeBase, q: string, it: Role[]): Answer | undefined {
  if (!/\bdegrees?\b/i.test(q) || !asksCertificates(q) || it.length === 0) return undefined;
  const facts = it.map((r) => {
    const education = entryEducation(kb, r)
      .map((o) => `${o.education.toLowerCase()} (${o.title}, BLS Employment Projections 2024–34)`)
      .join(", or ");
    const certified = [...r.education, ...r.gettingStarted].find((l) => certificationLine.test(l));
    const said = [
      education ? `typical entry-level education ${education}` : "",
      certified
        ? `on certifications its sources say: ${certified.charAt(0).toLowerCase()}${certified.slice(1)}`
        : "",
    ].filter(Boolean);
    return `${r.name}: ${said.length ? said.join("; ") : "the sources say nothing of degrees or certifications"}`;
  });
  return factAnswer(
    q,
    "No source weighs a degree against a certificate as ways into IT; what the sources say of each IT role's entry education and certifications, the usual way in first:",
    facts,
    [],
    it.slice(0, 3).map((r) => `role ${alias(r)}`),
  );
}

/**
 * "is IT a good field for my son" (IT's own roles ranked), then "what should he learn first": the way in asked
 * right after IT's roles were set out is the field's way in, IT support, as when asked of IT by name
 * (otherwise: asked back which of the five, though the usual way in is known).
 */
export function itWayInAfterItsRoles(
  kb: KnowledgeBase,
  intent: Intent,
  u: Understanding,
  listed: readonly Role[],
): Answer | undefined {
  const it = itRoles(kb);
  const itsOwn = listed.length === it.length && it.every((r) => listed.includes(r));
  return itsOwn && gettingIn.has(intent) ? itFieldAnswer(kb, intent, u, it) : undefined;
}
