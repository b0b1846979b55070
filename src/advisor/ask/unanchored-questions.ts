/**
 * Questions with nothing before them to lean on and no role named ("is it hard to get into", "careers in
 * IT"): only the person can say which role, so which one.
 */
import type { KnowledgeBase } from "../../knowledge/base.js";
import { roleIntents } from "../../understanding/intent/intents.js";
import type { Understanding } from "../../understanding/shape/understanding.js";
import { asksGrowthAlone } from "../../understanding/words/topic-words.js";
import type { Answer, UserContext } from "../answers.js";
import { workLifeWhichRole } from "../roles/work-life.js";
import { whichRole } from "./ask-back.js";
import { namesNothing } from "./question-reading.js";

/** A question that names no role and leans on nothing before it: which role it is about. */
export function whichRoleUnanchored(
  kb: KnowledgeBase,
  u: Understanding,
  user: UserContext,
): Answer | undefined {
  const e = u.entities;
  const intent = u.intent;
  const leansOnNothing =
    u.threadRoles.length === 0 && !u.threadOccupation && u.roles.length === 0 && namesNothing(u);
  // "is it hard to get into", "skills for both?", "which has better outlook": which role.
  if (leansOnNothing && roleIntents.has(intent) && (e.pronoun || /^which\b/i.test(u.text)) && !u.ranking)
    return (
      workLifeWhichRole(
        u.text,
        () => whichRole(kb, intent, user, u),
        () => whichRole(kb, intent, user),
      ) ?? whichRole(kb, intent, user, u)
    );
  // "growing?", "in demand?": growth asked of nothing named, which only a role or an occupation has,
  // whatever the intent's guess (otherwise: an ML trend, MLOps's market, for "growing?").
  if (leansOnNothing && asksGrowthAlone(u.text) && !u.ranking) return whichRole(kb, "outlook", user, u);
  // "careers in IT", "is IT a good career": the field's roles to pick from, whatever the intent's guess.
  // "do IT people get stuck with on call": the knowledge has nothing on that, said first.
  if (leansOnNothing && e.itField && !u.ranking) {
    const askBack = () => whichRole(kb, roleIntents.has(intent) ? intent : "responsibilities", user, u);
    return workLifeWhichRole(u.text, askBack) ?? askBack();
  }
  return undefined;
}
