import type { KnowledgeBase } from "../../knowledge/base.js";
import type { Role } from "../../knowledge/core/schema.js";
import { escapeRegExp, tokenize } from "../../knowledge/core/text.js";
import { builtInLanguage } from "../../understanding/intent/language.js";
import { fondOfAsked } from "../../understanding/names/skill-names.js";
import { asksDifficulty } from "../../understanding/steps/skill-alone.js";
import type { QuestionAnswer } from "../answers.js";
import { roleCitations } from "../parts/answer-parts.js";
import { factAnswer, roleFollowups, withArticle } from "../parts/fact-answer.js";

/*
 * "do i need kubernetes for devops": whether the role's sources name the skill, and where. A skill they do
 * not name is said to be unnamed, never said to be unneeded: the sources are silent, not against it.
 */

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** Which of a role's lists names a skill ("tools and platforms"), if any does. */
function listNaming(role: Role, skill: string): string | undefined {
  const s = role.skills;
  const lists: [string, string[]][] = [
    ["technical skills", s.technical],
    ["frameworks and libraries", s.frameworks],
    ["tools and platforms", s.tools],
    ["soft skills", s.soft],
  ];
  return lists.find(([, items]) => items.some((i) => same(i, skill)))?.[0];
}

/** Lines of the role's file that mention the skill in passing (what it does, how people get in). */
function mentions(role: Role, skill: string): string[] {
  const word = new RegExp(`(^|[^\\w])${escapeRegExp(skill)}($|[^\\w])`, "i");
  return [...role.responsibilities, ...role.education, ...role.gettingStarted, ...role.path.advice].filter(
    (l) => word.test(l),
  );
}

/**
 * "what tools ml ppl use? pytorch only or more": a tool the role's sources do not name, of a kind they name
 * in general ("ML frameworks"): the kind's name and what they list of it, said beside the tool unnamed.
 */
function kindListed(role: Role, skill: string): { name: string; listed: string[] } | undefined {
  const s = role.skills;
  const everything = [...s.technical, ...s.frameworks, ...s.tools];
  for (const kind of builtInLanguage().skillKinds) {
    if (!kind.members.some((m) => same(m, skill))) continue;
    const listed = everything.filter((i) => kind.members.some((m) => same(m, i)));
    if (listed.length > 0) return { name: kind.name, listed };
  }
  return undefined;
}

/** "Cloud platforms" → "cloud platforms"; "ML frameworks" keeps its initials. */
const lowerFirst = (name: string) =>
  /^[A-Z]{2}/.test(name) ? name : name.charAt(0).toLowerCase() + name.slice(1);

/** One line per skill asked: named in a list, mentioned, or not named at all (with the roles that do name it). */
function skillLine(kb: KnowledgeBase, role: Role, skill: string): string[] {
  const list = listNaming(role, skill);
  if (list) return [`Yes: the sources list ${skill} among ${withArticle(role.name)}'s ${list}.`];
  const said = mentions(role, skill);
  if (said.length)
    return [`The sources do not list ${skill} as a skill of the role, but mention it:`, ...said];
  const others = kb.knowledge.roles.filter((r) => r !== role && listNaming(r, skill)).slice(0, 3);
  const kind = kindListed(role, skill);
  return [
    `The sources for ${role.name} do not name ${skill}, so I cannot say the role needs it.`,
    ...(kind
      ? [
          `They list ${kind.listed.join(" and ")} without naming which ones (${skill} is among ${lowerFirst(kind.name)}).`,
        ]
      : []),
    ...(others.length
      ? [`Roles whose sources do list ${skill}: ${others.map((r) => r.name).join(", ")}.`]
      : []),
  ];
}

/** What the sources say of each skill asked of a role, a line or two each (as `skillCheckAnswer` says it). */
export const skillCheckLines = (kb: KnowledgeBase, role: Role, skills: readonly string[]): string[] =>
  skills.flatMap((skill) => skillLine(kb, role, skill));

/** "is it hard to pick up kubernetes": no source rates it, said rather than guessed. */
const difficultyUnrated = (skills: string[]) =>
  `No source rates how hard ${skills.join(" or ")} is to learn, so I cannot say.`;

/** Whether a role needs the skills asked about, by what its sources say, then everything they list. */
export function skillCheckAnswer(
  kb: KnowledgeBase,
  question: string,
  role: Role,
  skills: string[],
): QuestionAnswer {
  const s = role.skills;
  const everything = [...s.technical, ...s.frameworks, ...s.tools];
  const alias = role.aliases[0] ?? role.name;
  return factAnswer(
    question,
    `${skills.join(" and ")} for ${withArticle(role.name)}:`,
    [
      ...(asksDifficulty(question) ? [difficultyUnrated(skills)] : []),
      ...skills.flatMap((skill) => skillLine(kb, role, skill)),
      ...(everything.length ? [`What the sources list for the role: ${everything.join(", ")}`] : []),
    ],
    roleCitations(kb, role),
    // All the role's skills first, then its other topics (the skills one not offered twice).
    [`skills ${alias}`, ...roleFollowups(role).filter((f) => !f.startsWith("skills "))],
  );
}

/** Most roles named as listing one skill. */
const mostListing = 5;

const unlistedSkills = (skills: string[]) =>
  `No role I cover lists ${skills.join(" or ")} in its sources, so I cannot say who needs it.`;

/**
 * Words that ask which jobs use a skill ("what jobs use python", "i know sql, what roles can i do", "im good
 * at sql, what can i do").
 */
const jobsAsked = /\b(?:jobs?|roles?|careers?|positions?|what can i (?:do|become))\b/i;

/** Words that set one skill against another ("rust or go", "kubernetes vs terraform"). */
const setAgainst = /\b(?:or|vs|versus)\b/i;

/**
 * What can be said of skills asked of no role, before the roles that list them: that no source rates how
 * hard one is, or weighs one against another; else that whether one is needed depends on the role.
 */
function skillAloneHeadline(
  question: string,
  skills: string[],
  unlisted: boolean,
  certification?: string,
): string {
  // "a cloud cert, or learn python instead": the certification weighed against the skill.
  if (certification)
    return `No source weighs a ${certification} certification against ${skills.join(" or ")}, so I cannot pick one for you; it depends on the role you aim for.`;
  if (asksDifficulty(question)) return difficultyUnrated(skills);
  if (unlisted) return unlistedSkills(skills);
  if (jobsAsked.test(question) || fondOfAsked(question))
    return `Jobs that use ${skills.join(" or ")}, by what the roles' sources list:`;
  if (skills.length > 1 && setAgainst.test(question))
    return `No source weighs ${skills.join(" against ")}, so I cannot pick one for you; it depends on the role you aim for.`;
  // "is it worth learning sql if ur not a dev": no source measures a skill's worth.
  if (/\bworth\b/i.test(question))
    return `No source measures whether ${skills.join(" or ")} is worth learning; it depends on the role you aim for.`;
  return `Whether you need ${skills.join(" or ")} depends on the role you aim for.`;
}

/**
 * The roles a certification's field word names ("cloud": Cloud Architect, Big Data Cloud Engineer; the
 * reading keeps only such a word); the sources name no certification's worth for any of them.
 */
function certifiedRolesLine(kb: KnowledgeBase, field: string): string {
  const named = kb.knowledge.roles.filter((r) => tokenize(r.name).includes(field));
  return `Roles with ${field} in their name, whose work a ${field} certification is about: ${named
    .slice(0, mostListing)
    .map((r) => r.name)
    .join(", ")}.`;
}

/**
 * "is it hard to pick up kubernetes", "do i need sql", asked of no role: which roles' sources list each
 * skill, after what no source says (how hard a skill is, which of two to learn), so that is never guessed.
 */
export function skillAloneAnswer(
  kb: KnowledgeBase,
  question: string,
  skills: string[],
  certification?: string,
): QuestionAnswer {
  const listing = skills.map((skill) => ({
    skill,
    roles: kb.knowledge.roles.filter((r) => listNaming(r, skill)),
  }));
  const lines = listing.map(({ skill, roles }) =>
    roles.length
      ? `Roles whose sources list ${skill}: ${roles
          .slice(0, mostListing)
          .map((r) => r.name)
          .join(", ")}${roles.length > mostListing ? ` and ${roles.length - mostListing} more` : ""}.`
      : `No role's sources list ${skill}.`,
  );
  const roles = [...new Set(listing.flatMap((l) => l.roles))];
  const example = listing.find((l) => l.roles[0]);
  const exampleRole = example?.roles[0];
  // No role lists any of them and no difficulty is asked: the headline says so, and the lines would repeat it.
  const unlisted = roles.length === 0 && !asksDifficulty(question);
  return factAnswer(
    question,
    skillAloneHeadline(question, skills, unlisted, certification),
    [
      ...(certification ? [certifiedRolesLine(kb, certification)] : []),
      ...(unlisted ? [] : lines),
      ...(example && exampleRole
        ? [
            `Ask whether a role needs it (e.g. \`do i need ${example.skill.toLowerCase()} for ${exampleRole.aliases[0] ?? exampleRole.name}\`) to see what its sources say.`,
          ]
        : []),
    ],
    roles.slice(0, 2).flatMap((r) => roleCitations(kb, r)),
    roles.slice(0, 3).map((r) => `skills ${r.aliases[0] ?? r.name}`),
  );
}
