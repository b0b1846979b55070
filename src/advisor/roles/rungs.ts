import type { KnowledgeBase } from "../../knowledge/base.js";
import type { Role } from "../../knowledge/core/schema.js";
import { withArticle } from "../../knowledge/core/text.js";
import {
  asksDeadEnd,
  asksRoomToGrow,
  asksSkip,
  asksTenure,
  levelReached,
  levelReachedInTime,
  rungAsked,
} from "../../understanding/words/rung-words.js";
import type { Answer } from "../answers.js";
import { relatedRolesOf } from "../parts/answer-parts.js";
import { payAnswer } from "../pay/pay-answer.js";

/** Words of a title that name a rung above the first: "Lead Machine Learning Engineer", "Engineering Manager". */
const seniorTitle = /\b(senior|lead|principal|staff|distinguished|head|chief|director|manager|architect)\b/i;

/** The roles whose path the knowledge says people come to from this one. */
const rolesLeadingOn = (kb: KnowledgeBase, role: Role): Role[] =>
  kb.knowledge.roles.filter((r) =>
    r.path.into.some((name) => name.toLowerCase() === role.name.toLowerCase()),
  );

/** Where the knowledge says people go from a role: after it, the roles it leads to, else the related roles. */
function whereNext(kb: KnowledgeBase, role: Role): { said: string; names: string[] } {
  if (role.path.beyond.length) return { said: "After it, its sources list", names: role.path.beyond };
  const leading = rolesLeadingOn(kb, role).map((r) => r.name);
  if (leading.length) return { said: "The knowledge lists it as a way into", names: leading };
  return {
    said: "The knowledge gives no next steps for it; the roles it lists as related, where people can look next, are",
    names: relatedRolesOf(kb, role).map((r) => r.name),
  };
}

/**
 * "is it a senior role": what the role's path says of where it sits (a title of a senior rung, roles people
 * come to it from, roles it leads on to), said first, with the path below. No source rates a role's seniority.
 */
function rungNote(kb: KnowledgeBase, role: Role, rung: string): string {
  const title = seniorTitle.exec(role.name)?.[1];
  const into = role.path.into;
  const leading = rolesLeadingOn(kb, role).map((r) => r.name);
  const said = [
    `No source rates ${role.name} as ${rung} as such; here is what its path says of where it sits.`,
    ...(title ? [`Its title names a rung above the first ("${title}").`] : []),
    ...(into.length
      ? [
          `People usually come to it from another role (${into.join(", ")}), so it is not where a career starts.`,
        ]
      : []),
    ...(leading.length ? [`It is a step into ${leading.join(", ")}.`] : []),
    ...(!title && !into.length && !leading.length
      ? ["The knowledge names no role people come to it from and no rung below it."]
      : []),
  ];
  return said.join(" ");
}

/**
 * "what does it take to get to staff as a backend eng": the levels the knowledge has, whether the one asked is
 * among them, and that no source says what it takes to reach it within the role; its path follows.
 */
function levelNote(kb: KnowledgeBase, role: Role, reached: string): string {
  const levels = kb.knowledge.levels.map((l) => l.name.toLowerCase().replace(/ level$/, ""));
  const unknown = levels.includes(reached)
    ? ""
    : `The knowledge base has no ${reached} level (its levels are ${levels.slice(0, -1).join(", ")} and ${levels.at(-1)}), and `;
  const noSource = `no source says what it takes to reach ${reached} level as ${withArticle(role.name)}`;
  return `${unknown ? `${unknown}${noSource}` : `${noSource.charAt(0).toUpperCase()}${noSource.slice(1)}`}; what the knowledge has on where the role leads is below.`;
}

/**
 * A path or outlook answer for a question of where a role sits on its ladder: "is it a senior role" and "how
 * long do ppl stay in it before moving up", "can i skip the dba step" (path) get what the knowledge says,
 * and that it says no more;
 * "is it a dead end job" (outlook) gets where people go from the role. Any other answer is left as it is.
 */
export function rungAnswer(kb: KnowledgeBase, question: string, role: Role, answer: Answer): Answer {
  if (answer.kind !== "answer") return answer;
  const first = (note: string, more: string[] = []) => ({
    ...answer,
    facts: [note, ...answer.facts, ...more],
  });
  const rung = rungAsked(question);
  if (rung) return first(rungNote(kb, role, rung));
  const reachedInTime = levelReachedInTime(question);
  if (reachedInTime)
    return first(
      `No source gives how long it takes to reach ${reachedInTime} level as ${withArticle(role.name)}; what the knowledge has on where the role leads is below.`,
    );
  const reached = levelReached(question);
  if (reached) return first(levelNote(kb, role, reached));
  if (asksTenure(question))
    return first(
      `No source gives how long people stay as ${role.name} before moving up; what the knowledge has on where it leads is below.`,
    );
  // "can i skip the dba step": no source rules on skipping a step, so the path is given as it stands.
  if (asksSkip(question))
    return first(
      `No source says whether a step on the way from ${role.name} can be skipped; its path as the knowledge gives it is below.`,
    );
  // "is IT support a career with room to grow": how far a person goes is its pay now and where it leads,
  // beside its outlook; no source measures the room itself.
  if (asksRoomToGrow(question)) {
    const next = whereNext(kb, role);
    const pay = payAnswer(kb, question, role, { focus: "salary" });
    return {
      ...first(
        `No source measures room to grow for ${role.name}; its outlook is below, then its pay and where people go from it.`,
        [...pay.facts, ...(next.names.length ? [`${next.said}: ${next.names.join(", ")}.`] : [])],
      ),
      citations: [...answer.citations, ...pay.citations],
    };
  }
  if (!asksDeadEnd(question)) return answer;
  const next = whereNext(kb, role);
  if (next.names.length === 0) return answer;
  return first(
    `No source calls ${role.name} a dead end or not; its outlook is below, then where people go from it.`,
    [`${next.said}: ${next.names.join(", ")}.`],
  );
}
