import pluralize from "pluralize";
import type { KnowledgeBase } from "../../knowledge/base.js";
import type { Role } from "../../knowledge/core/schema.js";
import { stem, tokenize } from "../../knowledge/core/text.js";
import { itRoles } from "../../knowledge/it-roles.js";
import { fieldOptionsIn, rolesByNameWord } from "../../knowledge/role-name-words.js";
import type { Topic } from "../../knowledge/sections.js";
import { singular } from "../../official/titles.js";
import { type Intent, payIntents, roleIntents } from "../../understanding/intent/intents.js";
import type { Understanding } from "../../understanding/shape/understanding.js";
import { understanderFor } from "../../understanding/understand.js";
import { leftFor } from "../../understanding/words/entity-words.js";
import { asksOpenMove } from "../../understanding/words/question-asks.js";
import { reportingVerbs } from "../../understanding/words/reporting-verbs.js";
import { asksGrowthAlone } from "../../understanding/words/topic-words.js";
import type { Answer, UserContext } from "../answers.js";
import { searchSections, sectionAnswer } from "../general/general-answers.js";
import { namedCertificationAnswer } from "../getting-in/getting-in.js";
import { itFieldAnswer, itWayInAfterItsRoles } from "../it/it-field.js";
import { kindsOutsideTech } from "../occupations/of-a-kind-outside-tech.js";
import { clarify } from "../occupations/scope.js";
import { alias, relatedRolesOf } from "../parts/answer-parts.js";
import { withArticle } from "../parts/fact-answer.js";

/*
 * Questions back: which role a question means when it names none, or too many, or one that several roles
 * share a word of; each with the choices as buttons and what they offer kept for the reply.
 */

/** The command whose answer covers an intent, for buttons that ask which role was meant. */
export function commandFor(intent: Intent): string {
  if (payIntents.has(intent)) return "salary";
  if (intent === "skills" || intent === "tools" || intent === "softSkill" || intent === "gap")
    return "skills";
  if (intent === "path" || intent === "gettingStarted") return "path";
  return "role";
}

/** Where in the knowledge a question of each kind can be answered without knowing the role. */
function topicsOf(intent: Intent): Topic[] | undefined {
  if (payIntents.has(intent)) return ["salary"];
  if (intent === "skills" || intent === "tools") return ["skills", "tools"];
  if (intent === "outlook") return ["outlook", "market"];
  return undefined;
}

/** Roles people ask about most, offered when a question names none. */
function popularRoles(kb: KnowledgeBase): Role[] {
  const known = ["machine-learning-engineer", "software-engineer", "data-science-engineer"]
    .map((id) => kb.roleById.get(id))
    .filter((r): r is Role => r !== undefined);
  // Filled up from the first roles of a knowledge base without them; never a scan of them all.
  return [...new Set([...known, ...kb.knowledge.roles.slice(0, 3)])].slice(0, 3);
}

/** Words of heading towards a field: "thinking about security", "interested in cloud", "end up in cloud". */
export const towardsField =
  /\b(thinking (about|of)|interested in|looking at|eyeing|into|towards?|end(ing)? up (in|as|doing))\b/i;

/** Words after which a field's name stands as where a move leads: "to cloud", "into security". */
const fieldLeads = new Set(["to", "into", "about", "towards", "toward", "in", "on"]);

/**
 * The roles a word of the question names part of, where it stands alone as where a move leads ("to cloud",
 * "about security": after a word of heading there, not followed by another word of a role's name, as in
 * "into software engineering"), leaving out the role held.
 */
export function fieldAfterRole(
  kb: KnowledgeBase,
  text: string,
  held?: Role,
): ReturnType<typeof rolesOfAWord> {
  const tokens = tokenize(text);
  const byWord = rolesByNameWord(kb).any;
  // "into management": a field named by a word of the same stem as the roles' ("Engineering Manager").
  // Only a derived word ("management", not "learn", whose stem is itself: "to learn" leads nowhere).
  const derived = (w: string) => w.length >= 6 && stem(w) !== w;
  const rolesOf = (w: string) =>
    (byWord.get(w) ?? (derived(w) ? byStem(kb).get(stem(w)) : undefined) ?? []).filter((r) => r !== held);
  const named = (w: string) => byWord.has(w) || byStem(kb).has(stem(w));
  // "leaving helpdesk for cloud": what a job is left for is where the move leads, as after "to".
  // "to end up in cloud": a word of roles' names followed by "up" is a phrasal verb there, not a field
  // ("end" of Back-End and Front-End).
  const at = tokens.findIndex(
    (w, i) =>
      (fieldLeads.has(tokens[i - 1] ?? "") || leftFor(tokens, i)) &&
      !named(tokens[i + 1] ?? "") &&
      tokens[i + 1] !== "up" &&
      rolesOf(w).length >= 2,
  );
  const word = tokens[at];
  return word === undefined ? undefined : { word, last: false, roles: ordered(kb, word, rolesOf(word)) };
}

/**
 * A field found by `fieldAfterRole` as a question back names it: a verb that found it ("want to manage
 * people") by the roles' own word it begins ("Which manager role"); a noun ("into management") as typed.
 */
export function fieldWordShown(field: { word: string; roles: readonly Role[] }): string {
  const own = field.roles.flatMap((r) => tokenize(r.name));
  return own.find((w) => w !== field.word && w.startsWith(field.word)) ?? field.word;
}

/**
 * The fields set as options beside roles named ("would sysadmin pay more or is cloud the move"), each with
 * its roles, the ones people ask about most first, leaving out those in `named` and those of a field before.
 */
export function fieldOptionsBeside(
  kb: KnowledgeBase,
  text: string,
  named: readonly Role[],
): { word: string; roles: Role[] }[] {
  const seen = new Set(named);
  return fieldOptionsIn(kb, tokenize(text), named).flatMap(({ word, roles }) => {
    const left = ordered(kb, word, roles).filter((r) => !seen.has(r));
    for (const r of left) seen.add(r);
    return left.length > 0 ? [{ word, roles: left }] : [];
  });
}

/** The roles by the stems of the words of their names, built once per knowledge base. */
const stems = new WeakMap<KnowledgeBase, Map<string, Role[]>>();
function byStem(kb: KnowledgeBase): Map<string, Role[]> {
  let map = stems.get(kb);
  if (!map) {
    map = new Map();
    for (const [w, roles] of rolesByNameWord(kb).any) {
      const key = stem(w);
      map.set(key, [...new Set([...(map.get(key) ?? []), ...roles])]);
    }
    stems.set(kb, map);
  }
  return map;
}

/**
 * Roles a word names part of, the ones people ask about most first, then those whose names begin with the
 * word ("Cloud Architect" before "Big Data Cloud Engineer").
 */
function ordered(kb: KnowledgeBase, word: string, roles: Role[]): Role[] {
  const popular = popularRoles(kb);
  const at = (r: Role) => tokenize(r.name).findIndex((w) => w === word || stem(w) === stem(word));
  return [...roles].sort(
    (a, b) => Number(popular.includes(b)) - Number(popular.includes(a)) || at(a) - at(b),
  );
}

/**
 * The roles a word of the question names part of, when they are several: "analyst" (the analysts), "cloud"
 * (the cloud roles), with the word that named them; the role people ask about most first.
 */
export function rolesOfAWord(
  kb: KnowledgeBase,
  text: string,
): { word: string; last: boolean; roles: Role[] } | undefined {
  const tokens = tokenize(text);
  const typed = [...new Set(tokens.filter((_, i) => !someoneWhoSays(tokens, i)).map(singular))];
  const byWord = rolesByNameWord(kb);
  const first = (last: boolean) => {
    const map = last ? byWord.last : byWord.any;
    // A word only ever inside names ("learning" of "Machine Learning Engineer") is no kind of role on its
    // own: "is it worth learning sql" asks of a skill (otherwise: "Which learning role do you mean?").
    const heads = (w: string) =>
      last || (map.get(w) ?? []).some((r) => singular(tokenize(r.name)[0] ?? "") === w);
    const word = typed.find((w) => (map.get(w)?.length ?? 0) >= 2 && heads(w));
    if (!word) return undefined;
    return { word, last, roles: ordered(kb, word, map.get(word) ?? []) };
  };
  return first(true) ?? first(false);
}

/** Words before a person the asker knows: "my manager", "our lead". */
const possessives = new Set(["my", "our", "his", "her", "their"]);

/** Verbs of saying or wanting after such a person: "my manager say move me", "my lead wants me to". */
const sayingOrWanting = new Set([
  ...reportingVerbs,
  ..."say want wants wanted wanna plans planned offered offers decided decides".split(" "),
]);

/**
 * Whether the word at `i` is a person the asker knows who says or wants something ("my manager say move me
 * from IT to dev team"): who speaks, no kind of role asked about.
 */
const someoneWhoSays = (tokens: readonly string[], i: number) =>
  possessives.has(tokens[i - 1] ?? "") && sayingOrWanting.has(tokens[i + 1] ?? "");

/**
 * "; managers outside tech (financial managers, sales managers…) can be named too": where the word that
 * names the roles offered ("manager") also names official occupations outside tech, which a reply may name.
 */
function outsideTech(kb: KnowledgeBase, kind: { word: string; last: boolean }): string {
  const kinds = kind.last ? kindsOutsideTech(kb, kind.word) : [];
  return kinds.length > 0
    ? `; ${pluralize.plural(kind.word)} outside tech (${kinds.join(", ")}…) can be named too`
    : "";
}

/** "Which IT role do you mean?", with IT's roles to pick from, the usual way in first. */
export function whichItRole(
  intent: Intent,
  it: readonly Role[],
  prompt = "Which IT role do you mean? IT support is the usual way in. Pick one, or name it in your question:",
): Answer {
  return clarify(
    prompt,
    it.slice(0, 5).map((r) => `${commandFor(intent)} ${alias(r)}`),
    it.slice(0, 5).map((r) => r.id),
  );
}

/**
 * "what kinds of jobs r there in IT": IT's roles, the usual way in first, to pick one to ask about; never
 * "which do you mean", since the question asked what there is. `besides`: the thread's roles, left out where
 * the question asks what else there is ("what does a sysadmin do", then "what else is there in IT").
 */
export function itRolesListed(kb: KnowledgeBase, besides: readonly Role[] = []): Answer {
  const others = itRoles(kb).filter((r) => !besides.some((b) => b.id === r.id));
  const left = besides.filter((b) => itRoles(kb).some((r) => r.id === b.id));
  if (left.length === 0 || others.length === 0)
    return whichItRole(
      "responsibilities",
      itRoles(kb),
      "The IT roles I know, IT support the usual way in. Pick one to ask about, or name another role:",
    );
  return whichItRole(
    "responsibilities",
    others,
    `The other IT roles I know, beside ${left.map((r) => r.name).join(" and ")}. Pick one to ask about, or name another role:`,
  );
}

/**
 * A question of a kind that needs a role but names none: a fact its own words point at ("how much can
 * generative AI skills boost pay"), else a question back.
 */
export function whichRole(kb: KnowledgeBase, intent: Intent, user: UserContext, u?: Understanding): Answer {
  // "is a comptia a+ worth it": a certification of one role's work names that role. (Asked of IT the
  // field, "is a ccna worth it for IT", the field's way in answers below.)
  const certified =
    u && !u.entities.itField && !payIntents.has(intent) ? namedCertificationAnswer(kb, u.text) : undefined;
  if (certified) return certified;
  // "analyst salary": the roles that word ends the name of are the ones to pick from; "cloud salary", the
  // roles it is part of the name of. Not where IT is named as the field and none of the word's roles is
  // IT's ("i'm the computer person in the family… where would he start in IT"): the field is what is asked.
  const kind = rolesOfAWord(kb, u?.text ?? "");
  const itAsked = u?.entities.itField && !kind?.roles.some((r) => itRoles(kb).includes(r));
  if (kind && !itAsked)
    return clarify(
      `Which ${kind.word}${kind.last ? "" : " role"} do you mean? Pick one, or name it in your question${outsideTech(kb, kind)}:`,
      kind.roles.slice(0, 5).map((r) => `${commandFor(intent)} ${alias(r)}`),
      kind.roles.slice(0, 5).map((r) => r.id),
    );
  // "what does openai pay", "costco it jobs pay": the employer was read; which role there is what is missing.
  const company = payIntents.has(intent) ? (u?.company ?? u?.entities.employers[0]) : undefined;
  const at = company ? ` at ${company}` : "";
  // "does target pay good for tech jobs": where no role has figures at the employer, that is said first, so
  // that the figures the pick brings cannot read as theirs.
  const none =
    company && !kb.knowledge.roles.some((r) => r.salary?.companies.some((c) => c.company === company))
      ? `No figures for ${company}: the knowledge base has no ${company} pay figures, only general ones for each role. `
      : "";
  // "what skills do i need for IT", "careers in IT": the roles that run and support computer systems.
  if (u?.entities.itField) {
    const it = itRoles(kb);
    const field = itFieldAnswer(kb, intent, u, it);
    if (field) return field;
    if (it.length >= 2)
      return whichItRole(
        intent,
        it,
        `${none}Which IT role${at} do you mean? IT support is the usual way in. Pick one, or name it in your question:`,
      );
  }
  // "what does it pay starting out" after a list of roles: which of those.
  const listed = u?.offeredRoles ?? [];
  // "what can i move into" after "i work in IT": the move starts from one of them, the one held.
  const fromHeld = u !== undefined && (intent === "path" || intent === "gap") && asksOpenMove(u.text);
  const itWayIn = u && !fromHeld ? itWayInAfterItsRoles(kb, intent, u, listed) : undefined;
  if (itWayIn) return itWayIn;
  // "what should i learn first" right after roles were set out: the way into which of them is asked back,
  // before any section whose words match ("first" found a network architect's career path).
  const wayIntoListed = listed.length >= 2 && (intent === "gap" || intent === "gettingStarted");
  // "what tools does it use?" with no thread to say what "it" is: only the person can say. So with a step
  // between levels ("from junior to staff"): every role has levels, so no section's words say which.
  // Nor with growth alone ("growing?"): the word finds whatever section says "grow", of no role asked.
  if (u && !wayIntoListed && !u.entities.pronoun && !u.levelStep && !asksGrowthAlone(u.text)) {
    const words = understanderFor(kb).wordsOf(intent);
    const hits = searchSections(kb, u.text, topicsOf(intent), [], (w) => words.has(w));
    if (hits.length > 0) return sectionAnswer(kb, u.text, hits, ["roles", "trends", "help"]);
  }
  if (listed.length >= 2)
    return clarify(
      fromHeld
        ? "Which of these roles do you hold now? Pick one to see where it leads, or name it in your question:"
        : "Which of these roles do you mean? Pick one, or name it in your question:",
      listed.slice(0, 5).map((r) => `${commandFor(intent)} ${alias(r)}`),
      listed.slice(0, 5).map((r) => r.id),
    );
  const saved = user.role ? kb.roleById.get(user.role) : undefined;
  const options = (saved ? [saved] : []).concat(popularRoles(kb)).filter((r, i, all) => all.indexOf(r) === i);
  return clarify(
    // The official layer answers any occupation, so one outside tech may be named as well as a role.
    `${none}Which role${at} do you mean? Name one in your question (any occupation, tech or not), or pick one:`,
    options.slice(0, 3).map((r) => `${commandFor(intent)} ${alias(r)}`),
    options.slice(0, 3).map((r) => r.id),
  );
}

/**
 * Two roles wanted, one given: ask for the other, offering its related roles, naming what could not be read.
 * For a move, `role` is where it leads, or with `leaving` where it starts ("should i leave qa").
 */
export function whichOther(
  kb: KnowledgeBase,
  intent: Intent,
  role: Role,
  unread?: string,
  leaving = false,
  itField = false,
): Answer {
  const gap = intent === "gap";
  // "IT vs software engineering", "from IT to data analytics": the other side is one of the IT roles.
  // Only IT's roles stand for IT: no popular role of another field fills the list.
  const others = (itField ? itRoles(kb) : relatedRolesOf(kb, role).concat(popularRoles(kb)))
    .filter((r, i, all) => r !== role && all.indexOf(r) === i)
    .slice(0, itField ? 5 : 3);
  const a = withArticle(role.name);
  const itAsked = !gap
    ? `Compare ${role.name} with which IT role? Pick one:`
    : leaving
      ? `Which IT role do you want to move to from ${role.name}? Pick one:`
      : `Which IT role are you in now? Pick one to see the move to ${a}:`;
  const prompt = itField
    ? `IT covers several roles. ${itAsked}`
    : (unread ? `I could not read "${unread}" as a role I know. ` : "") +
      (!gap
        ? `Compare ${role.name} with which role? For example:`
        : leaving
          ? `Which role do you want to move to from ${role.name}? For example:`
          : `Which role are you moving from to become ${a}? For example:`);
  const command = (o: Role) =>
    !gap
      ? `compare ${alias(role)} ${alias(o)}`
      : leaving
        ? `gap ${alias(role)} to ${alias(o)}`
        : `gap ${alias(o)} to ${alias(role)}`;
  // IT's roles beside the role compared are kept for the reply: "the first one" picks one, and "which has
  // more openings", picking none, weighs the role against IT support, the usual IT role. So are the roles
  // where a move from the role leads, for a reply that picks one ("the security one"), as the buttons do.
  const keep = (itField && !gap) || (gap && leaving);
  const asked = clarify(prompt, others.map(command), keep ? others.map((r) => r.id) : undefined);
  // Where a move from the role leads is asked: kept, so a reply that picks none is asked again.
  return gap && leaving && !itField ? { ...asked, leaving: role.id } : asked;
}

/**
 * "gap sysadmin to sysadmin", "going sysadmin to sysadmin": a move whose two sides read as one role leads
 * nowhere; where it leads from that role is asked back, never answered as a move to itself.
 */
export function moveToItself(kb: KnowledgeBase, role: Role): Answer {
  const asked = whichOther(kb, "gap", role, undefined, true);
  return asked.kind === "clarify"
    ? { ...asked, prompt: `Both sides of this move read as ${role.name}. ${asked.prompt}` }
    : asked;
}

/**
 * "is IT or nursing better paid", "IT vs nursing": IT the field set against an occupation. Which IT role,
 * with the role against the occupation as buttons; the occupation (where it is one official occupation)
 * is kept beside, for a reply that picks one ("the first one").
 */
export function whichItRoleBeside(
  kb: KnowledgeBase,
  intent: Intent,
  typed: string,
  socs: readonly string[],
): Answer {
  const [soc] = socs;
  const title = socs.length === 1 && soc ? kb.official?.bySoc.get(soc)?.title : undefined;
  const named = title ? `“${typed}” (${title})` : `“${typed}”`;
  const roles = itRoles(kb).slice(0, 5);
  const pay = payIntents.has(intent) ? " pay" : "";
  return {
    ...clarify(
      `IT covers several roles. Which IT role do you want to set beside ${named}? Pick one:`,
      roles.map((r) => `ask ${alias(r)} vs ${typed}${pay}`),
      roles.map((r) => r.id),
    ),
    ...(title && soc ? { beside: soc } : {}),
  };
}

/**
 * A follow-up the pipeline cannot place in a thread about a role ("ok and what else?"): ask whether it is
 * about that role, with what can be asked about it as buttons, rather than guess or repeat the last answer.
 */
export function aboutThreadRole(roles: Role[], guessed: Intent): Answer {
  const [first, second] = roles as [Role, Role | undefined];
  const a = alias(first);
  const options = [
    ...(second ? [`compare ${a} ${alias(second)}`] : []),
    // What the question looked most like first, then the usual things to ask about a role.
    ...(roleIntents.has(guessed) ? [`${commandFor(guessed)} ${a}`] : []),
    `salary ${a}`,
    `skills ${a}`,
    `path ${a}`,
    `role ${a}`,
  ];
  return clarify(
    `About ${roles.map((r) => r.name).join(" and ")}? Pick what you want to know, or name another role:`,
    [...new Set(options)],
    roles.map((r) => r.id),
  );
}

/**
 * "more" after a move's answer: what else can be asked about the move, as buttons, rather than the same
 * answer again.
 */
export function aboutThreadMove(from: Role, to: Role): Answer {
  const [f, t] = [alias(from), alias(to)];
  return clarify(
    `More on the move from ${from.name} to ${to.name}? Pick what you want to know, or name another role:`,
    [`path ${t}`, `role ${t}`, `skills ${t}`, `compare ${f} ${t}`],
    [to.id, from.id],
  );
}

/** The occupations a title was asked back about, asked again: the reply picked none of them. */
export function whichOccupation(kb: KnowledgeBase, socs: string[]): Answer {
  const known = socs.map((s) => kb.official?.bySoc.get(s)).filter((o) => o !== undefined);
  return clarify(
    `Which occupation do you mean: ${known.map((o) => `${o.title} (${o.soc})`).join(" or ")}? Pick one:`,
    known.map((o) => `role ${o.soc}`),
    known.map((o) => o.soc),
  );
}
