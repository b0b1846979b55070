/*
 * Jobs said to be held at once ("been doing helpdesk and sysadmin stuff", "i work as a network admin and
 * sysadmin"): each is where the asker stands, none where a move leads. A move from them, or the path on from
 * them, starts from the one the others lead to, where one does.
 */
import type { Role } from "../../knowledge/core/schema.js";
import type { RoleNamedAt } from "../names/move-sides.js";
import { fromMarkers, markerAt } from "../words/entity-words.js";

/** Words that join two jobs held side by side: "helpdesk and sysadmin", "dba & data analyst", "sre plus devops". */
const joiners = new Set(["and", "&", "plus"]);

/** Words that may follow the joiner before the second job: "helpdesk and some sysadmin", "and also sysadmin". */
const joinFiller = new Set(["a", "an", "some", "also", "bit", "of"]);

/** Verbs of doing a job, which with "and" between two jobs say both are done: "doing helpdesk and sysadmin". */
const doingWords = new Set(["doing", "did", "done", "does"]);

/** Who says they do a job with a bare "do": "i do helpdesk and sysadmin" (not "what do dbas and sres make"). */
const doers = new Set(["i", "we"]);

/** Words of holding or doing a job before the first of those held: the start of a move's, and doing's. */
const holdingWords = new Set([...fromMarkers, ...doingWords, "do"]);

/** Whether the words right before the job at `start` say it is held: "doing", "i do", "work as", "im a". */
function saidHeld(tokens: readonly string[], start: number): boolean {
  // "leave helpdesk and sysadmin for devops", "from helpdesk and sysadmin to devops": both left, both held.
  const at = markerAt(tokens, start, holdingWords);
  return at >= 0 && (tokens[at] !== "do" || doers.has(tokens[at - 1] ?? ""));
}

/** Whether only a joiner (and filler after it) stands between positions `end` and `start`. */
function joined(tokens: readonly string[], end: number, start: number): boolean {
  const between = tokens.slice(end, start);
  const [first, ...rest] = between;
  return first !== undefined && joiners.has(first) && rest.every((t) => joinFiller.has(t));
}

/**
 * The roles said to be held at once: two or more named one after another with only "and" (or "&", "plus")
 * between, the first right after words of holding or doing a job ("been doing helpdesk and sysadmin stuff",
 * "i do helpdesk and sysadmin", "im a sysadmin and dba"). Empty when there are not two.
 */
export function jobsHeldTogether(tokens: readonly string[], named: readonly RoleNamedAt[]): Role[] {
  for (const [n, first] of named.entries()) {
    if (!saidHeld(tokens, first.start)) continue;
    const held = [first];
    for (const next of named.slice(n + 1)) {
      const last = held.at(-1);
      if (!last || !joined(tokens, last.end, next.start) || next.role === last.role) break;
      held.push(next);
    }
    if (held.length >= 2) return held.map((h) => h.role);
  }
  return [];
}

/**
 * Of the jobs held at once, the one the others lead to: listed among the related roles (where to go next)
 * of every other held role, while listing none of them itself ("IT Support Specialist" lists System
 * Administrator; System Administrator does not list it back). Undefined where none is, so that the
 * answer goes on from all of them ("network admin and sysadmin" list each other).
 */
export function furthestHeld(held: readonly Role[]): Role | undefined {
  return held.find((role) =>
    held.every(
      (other) => other === role || (other.related.includes(role.id) && !role.related.includes(other.id)),
    ),
  );
}

/**
 * A move read among jobs held at once: none of them is where it leads ("been doing helpdesk and sysadmin for
 * 10 yrs, whats next" is no move from one to the other); where a move leads elsewhere, it starts from the
 * held job the others lead to, else from the one read before.
 */
export function moveFromJobsHeld(
  move: { from?: Role; to?: Role },
  held: readonly Role[],
): { from?: Role; to?: Role } {
  if (held.length < 2) return move;
  const to = move.to && !held.includes(move.to) ? move.to : undefined;
  if (!to) return {};
  const from = furthestHeld(held) ?? (move.from && held.includes(move.from) ? move.from : held[0]);
  return { ...(from ? { from } : {}), to };
}
