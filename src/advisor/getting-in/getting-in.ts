import type { KnowledgeBase } from "../../knowledge/base.js";
import type { Role } from "../../knowledge/core/schema.js";
import { escapeRegExp } from "../../knowledge/core/text.js";
import {
  type NamedCertification,
  namedCertification,
  namedCertifications,
} from "../../understanding/words/certifications.js";
import { drawbacksAsked } from "../../understanding/words/drawbacks-asked.js";
import {
  asksBesideWork,
  asksEffort,
  asksSkillsOrdered,
  asksSkillsRanked,
  asksTime,
  opinionAsked,
  workLeaningAsked,
  workShareAsked,
} from "../../understanding/words/question-asks.js";
import { degreeWords, wordsPattern } from "../../understanding/words/topic-words.js";
import type { Answer, QuestionAnswer } from "../answers.js";
import { projection } from "../outlook/outlook.js";
import {
  alias,
  figureView,
  listed,
  payHeadline,
  relatedRolesOf,
  roleCitations,
  roleRef,
  uniqueCitations,
  withoutRepeats,
} from "../parts/answer-parts.js";
import { factAnswer, factLines, withArticle } from "../parts/fact-answer.js";
import { roleTopicAnswer } from "../roles/role-topic-answer.js";

/*
 * How to get into a role: how people get in and what it needs, certifications as the role's file names
 * them, and what no source gives (a timeline, an opinion), said first.
 */

/**
 * "is a comptia a+ worth it", with no role named: the certifications the role it certifies names, said to
 * be that role's. Undefined when the question names no certification of one role.
 */
export function namedCertificationAnswer(kb: KnowledgeBase, question: string): Answer | undefined {
  const compared = certificationsCompared(kb, question);
  if (compared) return compared;
  const named = namedCertification(question);
  const role = named ? kb.roleById.get(named.role) : undefined;
  if (!named || !role) return undefined;
  const answer = certificationsAnswer(kb, question, role);
  if (answer.kind !== "answer") return answer;
  const lead = `This answer is about ${withArticle(role.name)}, whose work ${named.name} certifies; the sources do not name ${named.name} itself.`;
  // The thread is then about that role: "what does it pay" asks its pay.
  return { ...answer, facts: [lead, ...answer.facts], about: [roleRef(role)] };
}

/**
 * "CISSP vs Security+", "cissp or security+ first": certifications set side by side. No source compares
 * certifications or names these; said first, with the role whose work each certifies, then what the
 * sources say of certifications for that role (each role's, where they certify different ones).
 */
export function certificationsCompared(kb: KnowledgeBase, question: string): QuestionAnswer | undefined {
  const named = namedCertifications(question)
    .map((c) => ({ ...c, of: kb.roleById.get(c.role) }))
    .filter((c): c is NamedCertification & { of: Role } => c.of !== undefined);
  if (named.length < 2) return undefined;
  const roles = [...new Set(named.map((c) => c.of))];
  const names = named.map((c) => c.name);
  const both = listed(names);
  const certify = (r: Role) => `${withArticle(r.name)}'s work`;
  const [only] = roles;
  const whose =
    roles.length === 1 && only
      ? `${both} ${named.length === 2 ? "both" : "all"} certify ${certify(only)}`
      : named.map((c, i) => `${c.name} ${i === 0 ? "certifies " : ""}${certify(c.of)}`).join(", ");
  const lead = `${whose}. The sources name none of them and compare no certifications: not which to take first, nor what each adds to pay or to getting hired.`;
  const answers = roles.slice(0, 2).map((r) => certificationsAnswer(kb, question, r));
  const [first] = answers;
  if (!first) return undefined;
  return {
    ...factAnswer(
      question,
      lead,
      answers.flatMap((a) => [...(a.headline ? [a.headline] : []), ...a.facts]),
      uniqueCitations(answers.flatMap((a) => a.citations)),
      first.followups,
    ),
    about: roles.slice(0, 2).map(roleRef),
  };
}

/**
 * "what certs help?": what the role's file says about certifications, wherever it says it (education,
 * getting started, advice); where it names none, its education, saying first that it names none. With a
 * certification asked about by name ("is comptia a+ enough"), said first whether the sources name it: the
 * lines that do, or that none does (never that it is not worth having).
 */
export function certificationsAnswer(
  kb: KnowledgeBase,
  question: string,
  role: Role,
  asked?: string,
): QuestionAnswer {
  const answer = withDegreeAsked(kb, question, role, certificationsOnly(kb, question, role, asked));
  // "need certs or is it all experience": experience asked beside certifications gets the role's
  // experience too, or that the knowledge lists none.
  if (!/\bexperience\b/i.test(question)) return answer;
  const shown = new Set(answer.facts);
  const experience = role.experience.filter((l) => !shown.has(l));
  const more = experience.length
    ? experience
    : role.experience.length
      ? []
      : [`The knowledge base lists no experience requirements for ${role.name}.`];
  return { ...answer, facts: [...answer.facts, ...more] };
}

/**
 * "degree or certs?": a degree asked beside certifications gets the role's education too (the typical
 * entry education), each thing said once.
 */
function withDegreeAsked(
  kb: KnowledgeBase,
  question: string,
  role: Role,
  answer: QuestionAnswer,
): QuestionAnswer {
  if (!/\bdegrees?\b/i.test(question)) return answer;
  const shown = new Set(answer.facts);
  const education = roleTopicAnswer(kb, question, role, "education");
  const more = education.facts.filter((l) => !shown.has(l));
  return {
    ...answer,
    facts: [...answer.facts, ...more],
    citations: uniqueCitations([...answer.citations, ...education.citations]),
  };
}

function certificationsOnly(kb: KnowledgeBase, question: string, role: Role, asked?: string): QuestionAnswer {
  const lines = [...role.education, ...role.experience, ...role.gettingStarted, ...role.path.advice];
  // Each thing said once, though the role's education and its getting-started tips may both say it.
  const said = withoutRepeats(lines.filter((l) => /certif/i.test(l)));
  const education = roleTopicAnswer(kb, question, role, "education");
  const naming = asked ? said.filter((l) => namesCertification(l, asked)) : [];
  const unnamed = `The sources for ${role.name} do not name ${asked}, so they say nothing of what it is worth for the role in particular`;
  if (said.length === 0)
    return {
      ...education,
      facts: [
        asked
          ? `${unnamed}; they name no certification at all.`
          : `The knowledge base names no certification for ${role.name}.`,
        ...education.facts,
      ],
    };
  // "Relevant IT certifications": a word that certifications help is no answer to which to get; said so.
  const named = said.some((l) => certificateNames.test(l));
  const noneNamed = `The sources name no particular certification for ${role.name}; they say only this:`;
  const facts = naming.length
    ? [`The sources for ${role.name} name ${asked}:`, ...naming, ...said.filter((l) => !naming.includes(l))]
    : asked
      ? [`${unnamed}; ${named ? "the certifications they name" : "they say only this"}:`, ...said]
      : named
        ? said
        : [noneNamed, ...said];
  return factAnswer(
    question,
    `Certifications for ${withArticle(role.name)}:`,
    facts,
    education.citations,
    education.followups,
  );
}

/** Whether a line of a role's file names a certification ("CCNA", "CompTIA A+"), as a whole name. */
function namesCertification(line: string, certification: string): boolean {
  const escaped = escapeRegExp(certification);
  return new RegExp(`(^|[^\\w])${escaped}($|[^\\w+])`, "i").test(line);
}

/** Names of certificates people get ("CompTIA A+", "CCNA", "AWS Certified …"), to tell a named one from a word on them. */
const certificateNames =
  /\b(comptia|ccna|ccnp|ccie|cissp|cism|cisa|ceh|oscp|itil|mcsa|pmp|cka|ckad|rhcsa|rhce|aws certified|azure|google cloud certified|oracle certified)\b|\b(a|network|security|cloud|linux)\+/i;

/** A degree by its name, its short form ("ms", "msc") or its highest kind ("doctorate"). */
const degreeNamed = wordsPattern(degreeWords, ["doctorate", "ms", "msc"]);

/** "do i need a phd", "is a masters required": a degree asked about by its name. */
export const asksDegree = (question: string) => degreeNamed.test(question);

/** Words of experience before the role in a line of a role's file. */
const saysExperience = /\bexperience\b/i;

/** Words of degrees in a line of a role's file. */
const saysDegree = /\b(ph\.d|doctoral|master's|m\.s\.|bachelor's|associate's|degree|diploma)/i;

/**
 * "data scientist to research scientist, do i need a phd": the role's education, with what the rest of its
 * file says of degrees (its getting-started tips, its advice) that the education does not say already.
 */
export function degreeAnswer(kb: KnowledgeBase, question: string, role: Role): QuestionAnswer {
  const education = roleTopicAnswer(kb, question, role, "education");
  const elsewhere = [...role.gettingStarted, ...role.path.advice].filter((l) => saysDegree.test(l));
  const said = role.education.length ? education.facts : [];
  const added = withoutRepeats([...said, ...elsewhere]).slice(said.length);
  if (added.length === 0) return education;
  return { ...education, facts: role.education.length ? [...education.facts, ...added] : added };
}

/**
 * "How do I become a data engineer?" with no role to start from: how people get into it and everything it
 * needs, with buttons for the skill gap from the roles people usually come from.
 */
export function becoming(kb: KnowledgeBase, question: string, role: Role, weighing = false): QuestionAnswer {
  const s = role.skills;
  // "is it worth going into it support": what the role pays and how its jobs grow, before how to get in.
  const pay = payHeadline(kb, role)[0];
  const growth = projection(role);
  const worth = weighing
    ? [
        ...(pay ? factLines([pay]).map((l) => `Pay: ${l}`) : []),
        ...(growth ? factLines([figureView(kb, growth)]).map((l) => `Outlook: ${l}`) : []),
      ]
    : [];
  const skills = [...s.technical, ...s.frameworks, ...s.tools];
  const others = relatedRolesOf(kb, role).slice(0, 2);
  // "do i need experience first or can i go straight from a degree": where the tips say nothing of a degree
  // or of experience before, the role's education and experience (BLS's entry level among them) say it.
  const tips = role.gettingStarted;
  const entry = [
    ...(tips.some((l) => saysDegree.test(l)) ? [] : role.education),
    ...(tips.some((l) => saysExperience.test(l)) ? [] : role.experience),
  ];
  return factAnswer(
    question,
    `How to become ${withArticle(role.name)}:`,
    [
      ...worth,
      ...tips,
      ...entry,
      ...(role.path.into.length ? [`People move into it from: ${role.path.into.join(", ")}`] : []),
      ...(skills.length ? [`What it needs: ${skills.join(", ")}`] : []),
      "For what you still need to learn from your current role, ask for the skill gap (e.g. `gap swe to mle`).",
    ],
    roleCitations(kb, role),
    [...others.map((o) => `gap ${alias(o)} to ${alias(role)}`), `skills ${alias(role)}`],
  );
}

export const noMoveTimeline =
  "The sources give no timeline for this move: it depends on what you already know. What it takes is below.";

export const noMoveRating =
  "The sources do not rate how hard this move is: it depends on what you already know. What it takes is below.";

/**
 * How to get into a role, asked how long it takes, how hard it is or what its catch is: no source gives a
 * timeline, rates the effort or lists drawbacks, said first.
 */
export function noTimeline(question: string, role: Role, answer: QuestionAnswer): QuestionAnswer {
  const a = withArticle(role.name);
  // "while working 12 hr shifts": said first, as the time is, before any time asked beside it.
  const note = asksBesideWork(question)
    ? `The knowledge base holds nothing on studying alongside a job or shift work, and no source gives how long becoming ${a} takes. How people get in is below.`
    : asksTime(question)
      ? `The sources give no timeline for becoming ${a}: it depends on what you already know. How people get in is below.`
      : asksEffort(question)
        ? `The sources do not rate how hard it is to become ${a}: it depends on what you already know. How people get in is below.`
        : // "whats the catch" after "former teacher here, thinking of data analyst": no source lists drawbacks.
          drawbacksAsked(question)
          ? `No source lists the drawbacks of becoming ${a}. How people get in is below.`
          : undefined;
  return note ? { ...answer, facts: [note, ...answer.facts] } : answer;
}

/** A role's skills, asked how long they take to learn: no source gives a timeline, said first. */
export function noLearningTimeline(question: string, answer: QuestionAnswer): QuestionAnswer {
  if (!asksTime(question)) return answer;
  const note =
    "The sources give no timeline for learning these: it depends on what you already know. What the role needs is below.";
  return { ...answer, facts: [note, ...answer.facts] };
}

/** A role's skills, asked which weigh most or which to learn first: no source ranks or orders them, said first. */
export function noSkillRanking(question: string, answer: QuestionAnswer): QuestionAnswer {
  const note = asksSkillsRanked(question)
    ? "The sources do not rank these skills by importance; everything they list for the role is below."
    : // "which skills should i learn first" (otherwise: the list with no word that it has no order).
      asksSkillsOrdered(question)
      ? "The sources give no order to learn these skills in; everything they list for the role is below."
      : undefined;
  return note ? { ...answer, facts: [note, ...answer.facts] } : answer;
}

/**
 * What roles do, asked in a word of opinion ("is it boring?", "which is less stressful") or as the share of
 * the work one thing takes ("is it mostly management"): no source gives either, said first.
 */
export function noOpinion(question: string, roles: Role[], answer: Answer): Answer {
  if (answer.kind !== "answer") return answer;
  const opinion = opinionAsked(question);
  const share = workShareAsked(question);
  const leaning = workLeaningAsked(question);
  const who = roles.map((r) => withArticle(r.name)).join(" or ");
  // "is it mostly management": the duties say what the work is, never how much of it one thing takes.
  const note = opinion
    ? `The sources give no opinion on whether working as ${who} is ${opinion}.`
    : share
      ? `The sources do not say how much of ${roles.map((r) => `${withArticle(r.name)}'s`).join(" or ")} work is ${share}.`
      : // "is it business or technical?": no source weighs the two; the duties show what the work is.
        leaning
        ? `The sources do not weigh whether working as ${who} is more ${leaning[0]} or ${leaning[1]}.`
        : undefined;
  const unheld = opinion ?? share ?? leaning?.join(" or ");
  return note && unheld ? { ...answer, headline: `${note} ${answer.headline ?? ""}`.trim(), unheld } : answer;
}
