import type { KnowledgeBase } from "../../knowledge/base.js";
import type { Role } from "../../knowledge/core/schema.js";
import { tokenize } from "../../knowledge/core/text.js";
import { occupationsOf } from "../../official/data.js";
import { entryFigures, outlookFigures, payFigures } from "../../official/figures.js";
import { singular } from "../../official/titles.js";
import type { Intent } from "../../understanding/intent/intents.js";
import { jobNouns, oneOrMany } from "../../understanding/words/job-nouns.js";
import { jobSoonerAsked } from "../../understanding/words/job-to-get.js";
import { payWords, wordsPattern } from "../../understanding/words/topic-words.js";
import type { Clarification, OccupationAnswer, QuestionAnswer } from "../answers.js";
import { clarify } from "../occupations/scope.js";
import { alias, figureView, roleRef } from "../parts/answer-parts.js";
import { factAnswer, withArticle } from "../parts/fact-answer.js";
import { roleTopicAnswer } from "../roles/role-topic-answer.js";

/*
 * "which one is easiest to get into" after a list of roles: the one whose official occupation asks the
 * least education to enter, by the Employment Projections' typical entry-level education.
 */

/** The Employment Projections' categories of entry education, least first, as BLS orders them. */
export const educationOrder = [
  "No formal educational credential",
  "High school diploma or equivalent",
  "Some college, no degree",
  "Postsecondary nondegree award",
  "Associate's degree",
  "Bachelor's degree",
  "Master's degree",
  "Doctoral or professional degree",
];

/** How fast one gets in, asked: "which one is quicker to get into", "fastest to break into". */
const speedAsked = /\b(quickest|quicker|fastest|faster) to\b/i;

/**
 * "which one can i get as a first job", "which could i land straight out of school": one a beginner can
 * get, which is the one that asks least to enter ("which should i pick as a new grad" weighs them whole).
 */
const openToBeginner =
  /\bwhich\b.*\b(?:get|land|find)\b.*\b(?:as (?:a|my) first (?:job|role)|(?:straight )?out of (?:school|college|uni))\b/i;

/** "which one is easiest to get into", "which is quickest to break into": ease of entry, asked. */
export const asksEasiestEntry = (question: string) =>
  ((/\b(easiest|easier|simplest|quickest)\b/i.test(question) || speedAsked.test(question)) &&
    /\b(get into|get in|break into|enter|start|land|become|begin|hired|hire|get a job|find a job)\b/i.test(
      question,
    )) ||
  openToBeginner.test(question) ||
  jobSoonerAsked(question);

/**
 * "would qa be an easier jump", "is it support a quicker way in than data analyst": a role weighed as a step
 * to take by how easy it is, which is how much it asks to enter.
 */
export const easierStepAsked =
  /\b(?:easier|easiest|simpler|quicker|quickest)\s+(?:jump|switch|move|transition|pivot|step|leap|way in|route|path|start)\b/i;

/**
 * "which is harder to get into", "which is tougher to get hired as": the same question of two roles weighed
 * from the other side, answered by what each asks to enter.
 */
export const asksHarderEntry = (question: string) =>
  /\b(?:harder|hardest|tougher|toughest|more difficult)\b/i.test(question) &&
  /\b(get into|get in|break into|enter|land|become|hired|get a job|find a job)\b/i.test(question);

/**
 * "which one should i start with", "which should i begin in": which of the roles listed to start out in,
 * which is the one that asks least to enter.
 */
export const asksWhichToStartWith = (question: string) =>
  /\bwhich\b.*\b(?:start|begin)(?:ing)?\b(?:\s+(?:with|in|as|out|from))?\s*[?.!]*$/i.test(question) ||
  /\bwhich\b.*\b(?:first|to start|for a beginner|for beginners)\s*[?.!]*$/i.test(question);

/** A role's typical entry education and related work experience: its first official occupation's with them. */
function entryOf(kb: KnowledgeBase, role: Role): { education: string; experience: string } | undefined {
  const o = occupationsOf(role, kb.official).find(
    (x) => x.outlook?.education !== undefined && educationOrder.includes(x.outlook.education),
  );
  const education = o?.outlook?.education;
  return education ? { education, experience: o?.outlook?.experience ?? "None" } : undefined;
}

/** What entry asks, in words: "bachelor's degree", "bachelor's degree and 5 years or more of related work experience". */
const entryWords = (e: { education: string; experience: string }) =>
  `${e.education.toLowerCase()}${e.experience === "None" || !experienceOrder.includes(e.experience) ? "" : ` and ${e.experience.toLowerCase()} of related work experience`}`;

/**
 * Of the roles listed, the one that asks the least to enter, with how to get started in it and what each of
 * the others needs; undefined where fewer than two have an entry education to compare. Years of related
 * work experience come first: a role that asks five years of work before it ("Engineering Manager") is no
 * way in, whatever its degree; then the education.
 */
export function easiestEntry(
  kb: KnowledgeBase,
  question: string,
  roles: Role[],
  among = "the roles listed",
): QuestionAnswer | undefined {
  const rank = (e: { education: string; experience: string }) =>
    Math.max(0, experienceOrder.indexOf(e.experience)) * educationOrder.length +
    educationOrder.indexOf(e.education);
  const known = roles
    .flatMap((role) => {
      const entry = entryOf(kb, role);
      return entry ? [{ role, ...entry }] : [];
    })
    .sort((a, b) => rank(a) - rank(b));
  const [first, ...others] = known;
  if (!first || others.length === 0) return undefined;
  const start = roleTopicAnswer(kb, question, first.role, "gettingStarted");
  const leastEducation = others.every(
    (o) => educationOrder.indexOf(o.education) >= educationOrder.indexOf(first.education),
  );
  const needs = leastEducation ? "needs the least education to enter" : "asks the least to enter";
  return {
    ...start,
    // The role picked is what the thread's next question is about.
    about: [roleRef(first.role)],
    headline: `Of ${among}, ${first.role.name} ${needs}: typically ${entryWords(first)} (BLS Employment Projections). Getting started as ${withArticle(first.role.name)}:`,
    facts: [
      ...start.facts,
      `The others typically need: ${others.map((o) => `${o.role.name}, ${entryWords(o)}`).join("; ")}.`,
    ],
  };
}

/** The Employment Projections' categories of related work experience, least first. */
const experienceOrder = ["None", "Less than 5 years", "5 years or more"];

/**
 * "which is easier to get hired as" after two roles were compared: what each one's official occupation
 * asks to enter (typical education, related work experience) and its openings each year, by BLS's
 * Employment Projections; which asks least where the figures tell them apart, and plainly where one
 * occupation counts them all. No source rates how hard hiring is, which is said too. Undefined where fewer
 * than two roles have the figures.
 */
export function easierToEnter(
  kb: KnowledgeBase,
  question: string,
  roles: Role[],
): QuestionAnswer | undefined {
  // Each role's line in the order asked; the one that asks least first for the headline.
  const rows = entryRows(kb, roles);
  const sorted = byLeastAsked(rows);
  const [first, second] = sorted;
  const last = sorted.at(-1);
  if (!first || !second || !last) return undefined;
  // Of three or more, the first two may ask the same and the last more ("is ml harder to break into than
  // full stack and mobile"): those asking least are named together, never "they ask the same".
  const leaders = sorted.filter((r) => r.education === first.education && r.experience === first.experience);
  const leadersAsk =
    last.education > first.education
      ? "education"
      : last.experience > first.experience
        ? "related work experience"
        : undefined;
  const names = rows.map((r) => r.role.name).join(" and ");
  const least = rows.length > 2 ? "the least" : "less";
  const headline = rows.every((r) => r.soc === first.soc)
    ? `BLS counts ${names} in one occupation (${first.title}), so its figures do not tell them apart on getting hired:`
    : first.education < second.education
      ? `${first.role.name} asks ${least} education to enter, by BLS's Employment Projections:`
      : first.experience < second.experience
        ? `${first.role.name} asks ${least} related work experience to enter, by BLS's Employment Projections:`
        : leadersAsk
          ? `${leaders.map((r) => r.role.name).join(" and ")} ask the least ${leadersAsk} to enter, by BLS's Employment Projections:`
          : first.openings > second.openings
            ? `They ask the same to enter; ${first.role.name}'s occupation has ${rows.length > 2 ? "the most" : "more"} openings each year, by BLS's Employment Projections:`
            : `They ask the same to enter, by BLS's Employment Projections:`;
  const pay = payAsked(question) ? medianRows(kb, roles) : [];
  return factAnswer(
    question,
    headline,
    [
      ...rows.map((r) => r.line),
      ...payLines(pay),
      "No source rates how hard each is to get hired as; these are what the official occupations ask to enter and how many openings they have.",
      // "which one is quicker to get into": no source says how long getting in takes.
      ...(speedAsked.test(question)
        ? [`The sources give no timeline for getting into ${rows.length > 2 ? "any of them" : "either"}.`]
        : []),
    ],
    [...entryCitations(rows), ...pay.map((p) => p.citation)].filter(
      (c, i, all) => all.findIndex((o) => o.label === c.label && o.url === c.url) === i,
    ),
    rows.slice(0, 3).map((r) => `path ${alias(r.role)}`),
  );
}

/**
 * "which one has better pay and is easier to get hired as": pay asked beside the way in, each role's
 * official median said too (before: only what each asks to enter, the pay asked left out).
 */
const payAsked = (question: string) => tokenize(question).some((w) => payWords.has(w));

/** Each role's first official median, in the order given. */
function medianRows(kb: KnowledgeBase, roles: readonly Role[]) {
  const manifest = kb.official?.manifest;
  if (!manifest) return [];
  return roles.flatMap((role) => {
    const median = occupationsOf(role, kb.official)
      .flatMap((o) => payFigures(o, manifest).slice(0, 1))
      .find((f) => f.value !== undefined);
    if (!median) return [];
    const view = figureView(kb, median);
    return [{ role, value: median.value ?? 0, line: `${role.name}: ${view.value}`, citation: view.citation }];
  });
}

/** The medians side by side, the higher (or highest) named; none where no role has one. */
function payLines(pay: ReturnType<typeof medianRows>): string[] {
  const [top] = [...pay].sort((a, b) => b.value - a.value);
  if (!top || pay.length < 2) return [];
  const shared = pay.every((p) => p.value === top.value);
  const which = shared
    ? "their occupations share one median"
    : `${top.role.name}'s is the ${pay.length > 2 ? "highest" : "higher"}`;
  return [
    `Pay, by median annual wage (BLS OEWS; base pay only): ${pay.map((p) => p.line).join("; ")}; ${which}.`,
  ];
}

/**
 * What each role's official occupation asks to enter (typical education, related work experience) and its
 * openings each year, by BLS's Employment Projections, in the order of the roles given.
 */
function entryRows(kb: KnowledgeBase, roles: readonly Role[]) {
  const manifest = kb.official?.manifest;
  if (!manifest) return [];
  const rows = roles.flatMap((role) => {
    const [o] = occupationsOf(role, kb.official);
    const t = o?.outlook;
    if (!o || !t?.education || !t.experience) return [];
    const figures = [...entryFigures(o, manifest), ...outlookFigures(o, manifest)].filter(
      (f) => !/^(Typical on-the-job|Employment|Projected)/.test(f.label),
    );
    const openings = Math.round(t.openingsThousands * 1000).toLocaleString("en-US");
    return [
      {
        role,
        soc: o.soc,
        title: o.title,
        education: educationOrder.indexOf(t.education),
        experience: experienceOrder.indexOf(t.experience),
        openings: t.openingsThousands,
        line: `${role.name} (as ${o.title}): typically ${t.education.toLowerCase()}; related work experience: ${t.experience.toLowerCase()}; about ${openings} openings a year`,
        citations: figures.map((f) => figureView(kb, f).citation),
      },
    ];
  });
  return rows;
}

/** The rows, the one that asks least to enter first (then the one with the most openings). */
const byLeastAsked = (rows: ReturnType<typeof entryRows>) =>
  [...rows].sort(
    (a, b) => a.education - b.education || a.experience - b.experience || b.openings - a.openings,
  );

/** One line for each source, though each occupation's projections are a source id of their own. */
const entryCitations = (rows: ReturnType<typeof entryRows>) =>
  rows
    .flatMap((r) => r.citations)
    .filter((c, i, all) => all.findIndex((o) => o.label === c.label && o.url === c.url) === i);

/**
 * "secuirty analyst vs sec eng vs it support, whats the ladder look like?": several roles set against each
 * other, their path asked. No source sets them on one ladder, so they are ordered by what each one's
 * occupation asks to enter (education, then related work experience), which is said, with each one's
 * figures (otherwise: the first role's path alone, the others dropped; r75 #1). Undefined where fewer than
 * two have the figures or where BLS counts them in one occupation, which cannot order them.
 */
export function ladderByEntry(
  kb: KnowledgeBase,
  question: string,
  roles: readonly Role[],
): QuestionAnswer | undefined {
  const rows = byLeastAsked(entryRows(kb, roles));
  // An occupation of everything else ("Computer Occupations, All Other", Security Engineer's) says nothing of
  // where its role stands: listed after the ladder, not placed on it.
  const placed = rows.filter((r) => !catchAll.test(r.title));
  const unplaced = rows.filter((r) => catchAll.test(r.title));
  const [first, second] = placed;
  if (!first || !second || placed.every((r) => r.soc === first.soc)) return undefined;
  const order = placed.map((r) => r.role.name).join(" → ");
  const answer = factAnswer(
    question,
    `No source sets these roles on one ladder. Ordered by what each one's occupation asks to enter (BLS's Employment Projections: education, then related work experience), the usual way up is ${order}:`,
    [
      ...placed.map((r) => r.line),
      ...unplaced.map(
        (r) =>
          `${r.role.name} is counted among ${r.title}, whose entry figures are not its own, so it is not placed on this ladder.`,
      ),
      ...(placed.some(
        (r, i) =>
          i > 0 && r.education === placed[i - 1]?.education && r.experience === placed[i - 1]?.experience,
      )
        ? ["Roles that ask the same to enter are ordered by openings."]
        : []),
      "None of this says how long each step takes.",
    ],
    entryCitations(placed),
    rows.slice(0, 3).map((r) => `path ${alias(r.role)}`),
  );
  // The roles on the ladder, in its order, are offered for the thread's next question ("which one would i
  // land first": the one that asks least to enter).
  const offered = [...placed, ...unplaced].map((r) => r.role.id);
  return { ...answer, about: rows.map((r) => roleRef(r.role)), offered };
}

/** An official occupation of everything else in its group: "Computer Occupations, All Other". */
const catchAll = /\ball other\b/i;

/** The Projections' wording of no related work experience needed. */
const noExperience = "None";

/**
 * The curated role that stands for an official occupation among the roles counted in it: the one that
 * bears the occupation's title as a name ("software developer" is a Software Engineer), else the one the
 * other roles name most often as related.
 */
function standsFor(kb: KnowledgeBase, title: string, roles: Role[]): Role | undefined {
  const named = (r: Role) =>
    [r.name, ...r.aliases].some((n) => singular(n.toLowerCase()) === singular(title.toLowerCase()));
  const relatedTimes = (r: Role) => kb.knowledge.roles.filter((o) => o.related.includes(r.id)).length;
  return roles.find(named) ?? [...roles].sort((a, b) => relatedTimes(b) - relatedTimes(a))[0];
}

/**
 * The usual ways into tech from another job, from the official figures: one curated role per occupation,
 * those that need no related work experience, the least typical entry education first, then the most
 * openings each year.
 */
function entryRoles(kb: KnowledgeBase, count: number): Role[] {
  const byOccupation = new Map<string, { roles: Role[]; rank: number; openings: number; title: string }>();
  for (const role of kb.knowledge.roles) {
    const [o] = occupationsOf(role, kb.official);
    const rank = educationOrder.indexOf(o?.outlook?.education ?? "");
    if (!o || rank < 0 || o.outlook?.experience !== noExperience) continue;
    const entry = byOccupation.get(o.soc) ?? {
      roles: [],
      rank,
      openings: o.outlook?.openingsThousands ?? 0,
      title: o.title,
    };
    entry.roles.push(role);
    byOccupation.set(o.soc, entry);
  }
  return [...byOccupation.values()]
    .sort((a, b) => a.rank - b.rank || b.openings - a.openings)
    .map((o) => standsFor(kb, o.title, o.roles))
    .filter((r): r is Role => r !== undefined)
    .slice(0, count);
}

/** What the usual ways into tech from a job are, said in one line, and how to weigh the move into one. */
function waysIntoTechLine(from: string, roles: readonly Role[], first: Role): string {
  return `To get into tech from ${from}: the roles here that need the least to enter (no related work experience, the least typical entry education, then the most openings, by BLS's figures) are ${roles.map((r) => r.name).join(", ")}. Name the one you have in mind to weigh the move (“maybe ${first.name.toLowerCase()}?”).`;
}

/**
 * "i'm a nurse, wanna get into tech. where do i start": the occupation's own figures, said first what the
 * usual ways into tech are, each a button, and how to weigh the move into one.
 */
export function waysIntoTech(kb: KnowledgeBase, answer: OccupationAnswer): OccupationAnswer {
  const roles = entryRoles(kb, 4);
  const [first] = roles;
  if (!first) return answer;
  const line = waysIntoTechLine(answer.title, roles, first);
  return {
    ...answer,
    matchNote: answer.matchNote ? `${line} ${answer.matchNote}` : line,
    followups: roles.map((r) => `path ${alias(r)}`),
  };
}

/**
 * "i'm a teacher, thinking about getting into tech": a title of several occupations has no one occupation's
 * figures to show, so the usual ways into tech alone, each a role to pick (otherwise: which of eleven
 * teachers was asked back, and nothing of the move answered). Undefined with no entry role known.
 */
export function waysIntoTechFromTitle(kb: KnowledgeBase, typed: string): Clarification | undefined {
  const roles = entryRoles(kb, 4);
  const [first] = roles;
  if (!first) return undefined;
  const several = `“${typed}” stands for several O*NET occupations, so no one occupation's figures are shown for it.`;
  return clarify(
    `${waysIntoTechLine(typed, roles, first)} ${several}`,
    roles.map((r) => `path ${alias(r)}`),
    roles.map((r) => r.id),
  );
}

/** Intents of getting into a job: asked of an occupation where a move leads, its way in answers them. */
export const becomingIntents: ReadonlySet<Intent> = new Set<Intent>([
  "gap",
  "gettingStarted",
  "education",
  "experience",
]);

/**
 * "how to become an IT manager": an occupation asked how to get into, its own answer led by what BLS gives
 * as the way in (entry education, related work experience, training), not by the ways into tech from it.
 */
export function becomingOccupation(answer: OccupationAnswer): OccupationAnswer {
  const [first] = answer.entry;
  if (!first) return answer;
  const way = answer.entry.map((f) => `${f.label.toLowerCase()}, ${f.value.toLowerCase()}`).join("; ");
  const line = `To become one, by ${first.citation.label}, ${first.citation.asOf}: ${way}.`;
  return { ...answer, matchNote: answer.matchNote ? `${line} ${answer.matchNote}` : line };
}

/**
 * "what do ppl usually do before becoming one", "pharmacist career path": no source maps an occupation's
 * path, so that is said first, with what BLS gives as the way in (the related work experience it asks).
 */
export function pathAsWayIn(answer: OccupationAnswer): OccupationAnswer {
  const led = becomingOccupation(answer);
  if (led === answer) return answer;
  const line = `No source here maps a career path for ${answer.title}; what BLS gives is the way in.`;
  // "do people stay in it long term or move up": what the sources hold of staying (the outlook) and of
  // moving on (the occupations O*NET relates to it) is pointed to, not left unsaid under the figures.
  const beyond = [
    ...(answer.outlook.length > 0 ? ["BLS's outlook for it"] : []),
    ...(answer.related.length > 0 ? ["the occupations O*NET relates to it"] : []),
  ];
  const rest =
    beyond.length > 0 ? ` Of staying or moving on, what they hold is ${beyond.join(" and ")}, below.` : "";
  return { ...led, matchNote: `${line} ${led.matchNote}${rest}` };
}

/** "good first job in tech", "easiest tech job to get into", "entry level tech jobs": the way in asked for. */
export const asksWayIntoTech = (question: string) =>
  /\b(first (tech )?(job|role)|entry[- ]level|easiest|easier|simplest|quickest|break into|get into|get in|getting into|starter|beginner|no experience)\b/i.test(
    question,
  ) && /\b(tech|jobs?|roles?|careers?|field)\b/i.test(question);

/** "which role", "what jobs", "what path", "aim for": a job asked for to go for. */
const roleAimedFor = new RegExp(
  String.raw`\b(?:what|which)\b.*${wordsPattern(oneOrMany([...jobNouns, "path"])).source}|\b(?:aim for|go for|target|apply (?:for|to))\b`,
  "i",
);

/**
 * "im a new grad w a cs degree, what role should i aim for": someone just out of school asking which role to
 * go for, which the roles open without related work experience answer.
 */
export const asksNewGraduateRole = (question: string) =>
  /\b(?:new|recent|fresh)\s+grad(?:s|uate|uates)?\b|\bjust graduated\b|\bgraduating\b|\bout of (?:college|uni|university|school)\b/i.test(
    question,
  ) && roleAimedFor.test(question);

/**
 * "im learning to code, what job should i aim for", "teaching myself to code, which role": someone new to the
 * work asking which role to go for, which the roles that need the least to enter answer.
 */
export const asksLearnerRole = (question: string) =>
  /\b(?:learn|learns|learning|learned|learnt|study|studying)\s+(?:how\s+)?to\s+(?:code|program)\b|\blearning\s+(?:coding|programming)\b/i.test(
    question,
  ) && roleAimedFor.test(question);

/** Who the ways in are said for: someone coming from another job, or a new graduate. */
export type Newcomer = "changer" | "graduate";

/** What each newcomer's answer says first and last: what the list rests on, and what to ask next. */
const framing: Record<Newcomer, { headline: string; close: string }> = {
  changer: {
    headline:
      "The roles here that need the least to enter: no related work experience, the least typical entry education, then the most openings each year (BLS Employment Projections):",
    close:
      "Name the one you have in mind, or the job you have now, to weigh the move (“from retail to it support”).",
  },
  graduate: {
    headline:
      "For a new graduate, the roles here that BLS's Employment Projections say need no related work experience to enter, the least typical entry education first, then the most openings each year:",
    close:
      "That is all the knowledge can base it on: it has the entry education and experience official figures give, nothing on which role suits one person. Name one to see its skills or pay (“skills software engineer”).",
  },
};

/**
 * The usual ways into tech with none of its roles held yet: the roles that need the least to enter, each
 * with its occupation's typical entry education and related experience, by BLS's Employment Projections.
 */
export function wayIntoTechAnswer(
  kb: KnowledgeBase,
  question: string,
  newcomer: Newcomer = "changer",
): QuestionAnswer | undefined {
  const manifest = kb.official?.manifest;
  const roles = entryRoles(kb, 5);
  if (!manifest || roles.length < 2) return undefined;
  const rows = roles.flatMap((role) => {
    const [o] = occupationsOf(role, kb.official);
    const [education] = o ? entryFigures(o, manifest) : [];
    if (!o || !education) return [];
    const view = figureView(kb, education);
    return [
      {
        role,
        line: `${role.name} (as ${o.title}): typically ${view.value.toLowerCase()}, no related work experience`,
        citation: view.citation,
      },
    ];
  });
  const { headline, close } = framing[newcomer];
  const answer = factAnswer(
    question,
    headline,
    [...rows.map((r) => r.line), close],
    rows.map((r) => r.citation),
    rows.slice(0, 4).map((r) => `path ${r.role.aliases[0] ?? r.role.name.toLowerCase()}`),
  );
  // The roles listed are options: "the first one in sf" picks IT support, as it would a ranking's top row.
  return { ...answer, offered: rows.map((r) => r.role.id) };
}
