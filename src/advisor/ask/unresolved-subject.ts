import type { KnowledgeBase } from "../../knowledge/base.js";
import { tokenize } from "../../knowledge/core/text.js";
import { namedJobs } from "../../understanding/entities/entities.js";
import { pairIntents, roleIntents } from "../../understanding/intent/intents.js";
import type { Understanding } from "../../understanding/shape/understanding.js";
import { readsAsPick } from "../../understanding/thread/thread-pick.js";
import type { Answer, UserContext } from "../answers.js";
import { clarify } from "../occupations/scope.js";
import { alias, listed, orList } from "../parts/answer-parts.js";
import { commandFor, whichRole } from "./ask-back.js";

/*
 * A follow-up whose subject the thread cannot resolve ("are they in demand?" after an occupation the advisor
 * does not cover, "the top one, outlook?" with no list to pick from): a question back, never the figures
 * of the ML market or of another role standing in for the subject.
 */

/** At most this many words for "are they in demand?" to be a follow-up leaning on its pronoun alone. */
const shortFollowUp = 5;

/** Whether a question names anything of its own: a job, a level, a place, an employer. */
const namesNothing = (u: Understanding) => {
  const e = u.entities;
  return (
    namedJobs(e) === 0 &&
    !e.level &&
    !e.unlistedLevel &&
    !e.place &&
    !e.unlistedPlace &&
    !e.company &&
    e.companyKinds.length === 0
  );
};

/**
 * "the first one" after "im a nurse", whose answer offered nothing to choose from: said plainly, with what
 * to ask instead, never a greeting as if the reply were small talk.
 */
export function nothingOffered(kb: KnowledgeBase, u: Understanding): Answer | undefined {
  if (!u.pickedFromNothing) return undefined;
  const held = u.threadOccupation ? kb.official?.bySoc.get(u.threadOccupation)?.title : undefined;
  const about = held
    ? ` Ask about ${held} by name (what it pays, what it takes), or about moving from it into tech: name the tech role, or ask for a good first job in tech.`
    : " Name a role or an occupation and what you want to know: what it does, what it pays, how to get in.";
  return clarify(`Nothing was offered here to pick from, so I can't tell which one you mean.${about}`, [
    "roles",
    "ask good first job in tech?",
    "help",
  ]);
}

/**
 * "which one pays the most" after "web dev pay": the thread holds that one job alone, so which ones to rank
 * is asked back, with the ranking of every role offered (never that job's figures again, as if it topped a
 * list of one).
 */
export function nothingToRank(kb: KnowledgeBase, u: Understanding): Answer | undefined {
  if (!u.rankedAlone) return undefined;
  const occupation = u.threadOccupation ? kb.official?.bySoc.get(u.threadOccupation)?.title : undefined;
  const held = occupation ?? u.threadRoles[0]?.name;
  if (!held) return undefined;
  // The example sets it against another job than itself ("data analyst vs data analyst pay" read as a slip).
  const other = /^data analysts?$/i.test(held) ? "software engineer" : "data analyst";
  return clarify(
    `Which jobs do you mean? The last answer was about ${held} alone, so there is nothing to rank it against. Name the jobs to set side by side (“${held.toLowerCase()} vs ${other} pay”), or see every role I know ranked by pay:`,
    ["ask which roles pay the most"],
  );
}

/**
 * "what from my job would even count" with the job held and two or more roles weighed as where it leads:
 * what carries over differs by role, so which move is asked back, with the move to each as the options and
 * the job held kept for the reply (never a search's stray lines).
 */
export function carriedToWhichAsked(kb: KnowledgeBase, u: Understanding): Answer | undefined {
  const asked = u.carriedToWhich;
  if (!asked || namedJobs(u.entities) > 0) return undefined;
  const official = /^\d{2}-\d{4}/.test(asked.held) ? kb.official?.bySoc.get(asked.held)?.title : undefined;
  const held = official ?? asked.held;
  const names = asked.roles.map((r) => r.name);
  return clarify(
    `What carries over from ${held} depends on where you move. Which one: ${orList(names)}? Pick one, or name another role:`,
    asked.roles.slice(0, 5).map((r) => `ask from ${held.toLowerCase()} to ${alias(r)}, what carries over`),
    asked.roles.map((r) => r.id),
  );
}

/**
 * The question back for a follow-up with no subject the thread resolves; undefined when it has one (a
 * role, the thread's occupation) or names its own.
 */
export function unresolvedSubject(
  kb: KnowledgeBase,
  u: Understanding,
  user: UserContext,
): Answer | undefined {
  const past = u.pickedPast;
  // "the third one, outlook?" after two roles: there were only two, named, and which is asked.
  if (past?.length && u.roles.length === 0 && namedJobs(u.entities) === 0) {
    const count = ["one", "two", "three", "four", "five"][past.length - 1] ?? String(past.length);
    const names = past.map((r) => r.name);
    return clarify(
      `There ${past.length === 1 ? "was" : "were"} only ${count}: ${listed(names)}. Which do you mean? Pick one, or name another role:`,
      past.slice(0, 5).map((r) => `${commandFor(u.intent)} ${alias(r)}`),
      past.map((r) => r.id),
    );
  }
  // "the one that trains models" after three data roles, two of which do: which is asked, with them first.
  const unclear = u.pickedUnclear;
  if (unclear && u.roles.length === 0 && namedJobs(u.entities) === 0) {
    const best = unclear.best.map((r) => r.name);
    const command = pairIntents.has(u.intent) ? "role" : commandFor(u.intent);
    const fits = `“${unclear.said}” fits ${listed(best)} alike`;
    // "the engineer one" of where a move from the thread's role leads: which, with the move to each, the
    // start kept for the reply.
    const start = u.intent === "gap" ? unclear.start : undefined;
    if (start) {
      const asked = clarify(
        `${fits}, by their names. Which do you want to move to from ${start.name}? Pick one, or name another role:`,
        unclear.roles.slice(0, 5).map((r) => `gap ${alias(start)} to ${alias(r)}`),
        unclear.roles.map((r) => r.id),
      );
      return { ...asked, leaving: start.id };
    }
    const by = unclear.byName ? "by their names" : "by what their sources say they do";
    return clarify(
      `${fits}, ${by}. Which do you mean? Pick one, or name another role:`,
      unclear.roles.slice(0, 5).map((r) => `${command} ${alias(r)}`),
      unclear.roles.map((r) => r.id),
    );
  }
  if (u.roles.length > 0 || u.threadOccupation || !namesNothing(u)) return undefined;
  const asksOfSubject = roleIntents.has(u.intent) || u.intent === "market";
  // "are they in demand?" after "I don't cover Platform Engineers": nothing on them; the closest roles, picked.
  if (u.threadUncovered && asksOfSubject) {
    const near = u.offeredRoles ?? [];
    return clarify(
      `I don't cover ${u.threadUncovered}, so I have nothing on them to answer that with.${near.length ? ` The closest roles I know: ${near.map((r) => r.name).join(", ")}. Pick one, or name another:` : " Name a role I cover, or ask for the list of roles."}`,
      near.length ? near.slice(0, 5).map((r) => `${commandFor(u.intent)} ${alias(r)}`) : ["roles"],
      near.slice(0, 5).map((r) => r.id),
    );
  }
  // "the top one, outlook?" with nothing listed, "are they in demand?" with nothing before it: which role.
  // (A longer question with "it" may ask of the field: "is it worth getting into machine learning".)
  const tokens = tokenize(u.text);
  const leansOnThread = readsAsPick(tokens) || (u.entities.pronoun && tokens.length <= shortFollowUp);
  const demandAsked = u.intent === "market" || u.intent === "outlook";
  if (leansOnThread && demandAsked && u.threadRoles.length === 0 && !u.entities.itField)
    return whichRole(kb, "outlook", user, u);
  return undefined;
}
