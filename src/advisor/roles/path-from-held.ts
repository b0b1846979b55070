/**
 * Where to go next from jobs held at once ("been doing helpdesk and sysadmin stuff, where do ppl go next"):
 * the path on from each, the one the others lead to first, the jobs already held never offered as next.
 */
import type { KnowledgeBase } from "../../knowledge/base.js";
import type { Role } from "../../knowledge/core/schema.js";
import { furthestHeld } from "../../understanding/entities/jobs-held-together.js";
import type { QuestionAnswer } from "../answers.js";
import { alias, listed, relatedRolesOf, roleCitations, rolesNamed } from "../parts/answer-parts.js";
import { factAnswer } from "../parts/fact-answer.js";

/** Where one held job leads: a line saying so, and the roles it names as next that no job before it named. */
interface PathOn {
  role: Role;
  line: string;
  next: Role[];
}

/** Whether a role's file gives no path at all: nothing into it, no ladder, nothing after it. */
const pathless = (role: Role) =>
  role.path.into.length + role.path.ladder.length + role.path.beyond.length === 0;

/**
 * The path on from one held job, as its own path answer gives it: its ladder and what comes after it, or,
 * where its file gives no path, the roles it lists as related; the jobs held left out, and a role said for
 * a held job before it named as such.
 */
function pathOnFrom(kb: KnowledgeBase, role: Role, held: readonly Role[], said: ReadonlySet<Role>): PathOn {
  const heldNames = new Set(held.map((r) => r.name.toLowerCase()));
  const beyond = role.path.beyond.filter((name) => !heldNames.has(name.toLowerCase()));
  const beyondRoles = rolesNamed(kb, beyond);
  const related = pathless(role) ? relatedRolesOf(kb, role).filter((r) => !held.includes(r)) : [];
  const fresh = related.filter((r) => !said.has(r));
  const again = related.filter((r) => said.has(r)).map((r) => r.name);
  const parts = [
    ...(role.path.ladder.length ? [`ladder ${role.path.ladder.join(" → ")}`] : []),
    ...(beyond.length ? [`after it, ${beyond.join(", ")}`] : []),
    ...(fresh.length
      ? [
          `no ladder or next steps in the knowledge base; ${again.length ? `besides ${listed(again)}, ` : ""}the roles it lists as related, to look at as where to go next: ${fresh.map((r) => r.name).join(", ")}`,
        ]
      : again.length
        ? [`no ladder or next steps in the knowledge base; the roles it lists as related are those above`]
        : []),
  ];
  const line = parts.length
    ? `From ${role.name}: ${parts.join("; ")}.`
    : `From ${role.name}: the knowledge base gives no path on from it beyond the jobs you hold.`;
  return { role, line, next: [...new Set([...beyondRoles, ...fresh])].filter((r) => !said.has(r)) };
}

/**
 * The path on from jobs held at once: said to start from the one the others' files list as where to go next
 * (the further along), where one is, else from all of them; each one's path on after it, with the jobs held
 * left out, and the move to each role offered, from the held job that leads there, as buttons.
 */
export function pathFromJobsHeld(kb: KnowledgeBase, question: string, held: readonly Role[]): QuestionAnswer {
  const names = held.map((r) => r.name);
  const furthest = furthestHeld(held);
  const order = furthest ? [furthest, ...held.filter((r) => r !== furthest)] : [...held];
  const others = held.filter((r) => r !== furthest).map((r) => r.name);
  const many = others.length > 1;
  const reading = furthest
    ? `You do ${listed(names)} work. ${listed(others.map((n) => `${n}'s`))} file${many ? "s list" : " lists"} ${furthest.name} among the related roles to look at as where to go next, so the path starts from ${furthest.name}, the further along; where ${listed(others)} ${many ? "lead" : "leads"} besides comes after. The jobs you already do are left out.`
    : `You do ${listed(names)} work, and their files put ${held.length > 2 ? "none of them further along than the others" : "neither further along than the other"}, so where to go next is read from each. The jobs you already do are left out.`;
  const said = new Set<Role>();
  const paths = order.map((role) => {
    const on = pathOnFrom(kb, role, held, said);
    for (const r of on.next) said.add(r);
    return on;
  });
  // The move to each role offered, from the held job that leads there.
  const moves = paths.flatMap(({ role, next }) => next.map((r) => ({ from: role, to: r })));
  const answer = factAnswer(
    question,
    `Career path from ${listed(names)}:`,
    [reading, ...paths.map((p) => p.line)],
    held.flatMap((r) => roleCitations(kb, r)),
    moves.slice(0, 3).map(({ from, to }) => `gap ${alias(from)} to ${alias(to)}`),
  );
  return { ...answer, offered: moves.map((m) => m.to.id) };
}
