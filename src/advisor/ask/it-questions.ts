/** "IT" the field asked about on its own: against an occupation, what the acronym stands for, against computer science. */
import type { KnowledgeBase } from "../../knowledge/base.js";
import { itRoles } from "../../knowledge/it-roles.js";
import { namedJobs } from "../../understanding/entities/entities.js";
import type { Understanding } from "../../understanding/shape/understanding.js";
import { roleToldBesideField } from "../../understanding/steps/own-job-beside-field.js";
import { jobNouns, plurals } from "../../understanding/words/job-nouns.js";
import { wordsPattern } from "../../understanding/words/topic-words.js";
import type { Answer } from "../answers.js";
import { asksDegree, degreeAnswer } from "../getting-in/getting-in.js";
import {
  asksItVersusComputerScience,
  itDegreeOrCertificate,
  itFieldAnswer,
  itVersusComputerScience,
} from "../it/it-field.js";
import { occupationSocs } from "../occupations/scope.js";
import { withArticle } from "../parts/fact-answer.js";
import { whichItRoleBeside } from "./ask-back.js";
import { contrastAsked } from "./question-reading.js";
import { rankingAsked } from "./ranking-questions.js";

/** "it manager", "IT director": an occupation whose own title is of IT, which "IT" said beside it names again. */
const itInTitle = /^it\b/i;

/**
 * "is IT or nursing better paid", "IT vs nursing": IT the field is several roles, so which one, with the
 * occupation kept as the other side; never the occupation's figures alone, nor a comparison with one
 * IT role picked unasked.
 */
export function itFieldAgainstOccupation(kb: KnowledgeBase, u: Understanding): Answer | undefined {
  const e = u.entities;
  const uncovered = e.uncovered[0];
  const fieldAgainstOccupation =
    uncovered &&
    e.itField &&
    e.roles.length === 0 &&
    e.uncovered.length === 1 &&
    !e.moving &&
    u.intent !== "gap" &&
    !itInTitle.test(uncovered.typed) &&
    contrastAsked.test(u.text);
  return fieldAgainstOccupation
    ? whichItRoleBeside(kb, u.intent, uncovered.typed, occupationSocs(kb, uncovered))
    : undefined;
}

/**
 * "whats IT exactly", "which jobs count as IT", "what roles are part of IT": what the field is and which
 * roles it covers, asked with no role named (one named asks whether it counts: see `countsAsItAnswer`).
 */
const asksWhatItCovers = new RegExp(
  [
    String.raw`\bwhat(?:['’]?s|\s+is)\s+(?:IT|information technology)\b(?:\s+(?:exactly|actually|even|really|anyway))?\s*(?:[?,.!;:]|like\b|$)`,
    String.raw`\b(?:which|what)\s+${wordsPattern(plurals([...jobNouns, "occupation", "title"])).source}\s+(?:count|counts|are considered|are counted|are part of|fall under|belong)\b`,
    String.raw`\bwhat\s+counts\s+as\s+IT\b`,
  ].join("|"),
  "i",
);

/**
 * "what does IT stand for in IT support": the acronym, whatever role its words also name; "whats IT
 * exactly, like which jobs count": the same definition with the roles it counts, when no job is named.
 */
export function itAcronym(kb: KnowledgeBase, u: Understanding): Answer | undefined {
  const stands = /\bIT\b.*\bstands? for\b/.test(u.text);
  const covers = u.entities.itField && namedJobs(u.entities) === 0 && asksWhatItCovers.test(u.text);
  return stands || covers ? itFieldAnswer(kb, "definition", u, itRoles(kb)) : undefined;
}

/**
 * Words that open a question: the last one after the first word starts the question asked last, with or
 * without a stop before it ("… compared to cs whats the outlook for IT jobs").
 */
const questionOpeners = /\b(?:what|whats|what's|how|hows|is|are|will|does|do|should|can)\b/gi;

/** The question asked last in a message: from its last question word after the first word. */
function lastQuestion(text: string): string {
  const at = [...text.matchAll(questionOpeners)]
    .map((m) => m.index)
    .filter((i) => i > 0)
    .at(-1);
  return at === undefined ? text : text.slice(at);
}

/**
 * "my advisor says IT is a dead end compared to cs. whats the outlook for IT jobs": what is asked, last, is
 * the field's outlook alone, its roles ranked by growth as "IT jobs outlook" is; the field against the subject
 * is only what was said before it, so it leads in one line.
 */
function itOutlookAfterSubject(kb: KnowledgeBase, u: Understanding): Answer | undefined {
  const last = lastQuestion(u.text.trim());
  if (!u.ranking?.itField || last === u.text.trim() || asksItVersusComputerScience(last)) return undefined;
  const ranked = rankingAsked(kb, u);
  if (ranked?.kind !== "ranking") return undefined;
  const said =
    "IT names a field of work and computer science a subject of study, so no source weighs the two; what the sources project for IT's own roles is below.";
  return { ...ranked, lead: ranked.lead ? `${said} ${ranked.lead}` : said };
}

/** Experience in IT as a thing to have: "IT experience", "experience in IT", "IT work experience". */
const itExperience = /\bIT (?:work )?experience\b|\bexperience (?:in|with) IT\b/i;

/**
 * "what's the difference between IT and computer science": the field against the subject of study. "it or cs
 * degree if i want data science later": the two degrees weighed for one role named, which no source does; the
 * role's own education is what can be said (otherwise: IT Support Specialist against Data Scientist).
 */
export function itAgainstComputerScience(kb: KnowledgeBase, u: Understanding): Answer | undefined {
  if (!u.entities.itField || !asksItVersusComputerScience(u.text)) return undefined;
  // "do i need IT experience first or can i go straight from a cs degree" after a security engineer's pay:
  // experience in IT asked of a role is a step into that role, no field weighed against a subject.
  if (u.roles.length > 0 && itExperience.test(u.text)) return undefined;
  const jobs = namedJobs(u.entities);
  // "it's IT, not CS - what's the difference? I'm a junior sysadmin fwiw": the role told in a sentence of
  // its own is who asks; the field and the subject are what is weighed.
  const [told] = u.entities.roles;
  const toldBeside = jobs === 1 && told !== undefined && roleToldBesideField(u.text, told);
  if (jobs === 0 || toldBeside)
    return (
      itOutlookAfterSubject(kb, u) ??
      // "a CS degree or an IT certificate": two ways in weighed, not the field against the subject.
      itDegreeOrCertificate(kb, u.text, itRoles(kb)) ??
      itVersusComputerScience(kb, u.text, itRoles(kb))
    );
  const [role] = u.roles;
  if (jobs !== 1 || u.roles.length !== 1 || !role || !asksDegree(u.text)) return undefined;
  const education = degreeAnswer(kb, u.text, role);
  const namesComputerScience = education.facts.some((l) => /\bcomputer science\b/i.test(l));
  return {
    ...education,
    headline: `No source weighs an IT degree against a computer science degree for ${withArticle(role.name)}. ${
      namesComputerScience ? "Its sources name computer science among the subjects. " : ""
    }What they say of its education:`,
  };
}
