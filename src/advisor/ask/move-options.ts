/** Several roles weighed as the next step from one held: the options compared, with the move to each. */
import type { KnowledgeBase } from "../../knowledge/base.js";
import type { Role } from "../../knowledge/core/schema.js";
import type { Understanding } from "../../understanding/shape/understanding.js";
import type { Answer } from "../answers.js";
import { withDegreeNote } from "../getting-in/without-degree.js";
import { optionsFrom } from "../moves/options-from.js";
import { clarify } from "../occupations/scope.js";
import { alias, listed, orList } from "../parts/answer-parts.js";
import { fieldOptionsBeside } from "./ask-back.js";

/** Words of weighing where to go next: "thinking devops or sre next", "should i aim for…". */
const movingOn = /\b(next|thinking|aim|aiming|go for|going for|pick|choose|switch|move|moving|should i)\b/i;

/** The most options compared side by side. */
const mostCompared = 3;

/**
 * "sre, devops or cloud architect from sysadmin": the roles a move could lead to, compared, with the move
 * to each from where it starts as buttons; undefined when the question names no start beside two options.
 * A field set as an option ("sysadmin or is cloud the move") is its roles, none of the options dropped:
 * compared with the others where they are few, else which of them, asked back with the rest.
 */
export function moveOptions(kb: KnowledgeBase, u: Understanding): Answer | undefined {
  // "i work as a qa analyst" then "thinking devops or sre next": the thread's role is where they start.
  const [held] = u.threadRoles;
  const fromThread =
    held && u.threadRoles.length === 1 && !u.entities.roles.includes(held) && movingOn.test(u.text)
      ? held
      : undefined;
  const from = u.from && u.roles.includes(u.from) ? u.from : fromThread;
  if (!from) return undefined;
  // "which should a sysadmin aim for" after a pair: the options are the thread's, lent beside the start.
  const named = (fromThread ? u.entities.roles : u.roles).filter((r) => r !== from);
  const fields = fieldOptionsBeside(kb, u.text, [from, ...named]);
  const targets = [...named, ...fields.flatMap((f) => f.roles)];
  if (targets.length < 2) return undefined;
  const read = fields.map(fieldRead).join(" ");
  if (fields.length === 0 || targets.length <= mostCompared) {
    const compared = targets.slice(0, mostCompared);
    const options = optionsFrom(kb, from, compared);
    const noted = read ? { ...options, note: `${read} ${options.note ?? ""}`.trim() } : options;
    // "…or security? ccna, no degree": the options first, then what each asks of someone with none.
    return withDegreeNote(kb, u.text, noted, compared);
  }
  const fieldRoles = `a ${orList(fields.map((f) => f.word))} role`;
  const options = [...named.map((r) => r.name), fieldRoles].join(", or ");
  return clarify(
    `Options from ${from.name}: ${options}. ${read} Pick one to weigh the move:`,
    targets.slice(0, 5).map((t) => `gap ${alias(from)} to ${alias(t)}`),
    targets.slice(0, 5).map((t) => t.id),
  );
}

/** How a field named as an option was read: "“cloud” stands for the cloud roles: Cloud Architect and …". */
const fieldRead = (field: { word: string; roles: Role[] }) =>
  `“${field.word}” stands for the ${field.word} roles: ${listed(field.roles.map((r) => r.name))}.`;
