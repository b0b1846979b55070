import type { KnowledgeBase } from "../knowledge/base.js";
import type { Role } from "../knowledge/core/schema.js";
import { itRoles } from "../knowledge/it-roles.js";
import { namedJobs } from "../understanding/entities.js";
import type { Understanding } from "../understanding/understanding.js";
import { alias, roleRef } from "./answer-parts.js";
import type { Answer } from "./answers.js";
import { factAnswer } from "./fact-answer.js";

/*
 * "is that considered IT?", "does data science count as IT", "is a sysadmin an IT job": whether a role is
 * one of IT's, answered from the advisor's own reading of IT (the roles `itRoles` names), never searched
 * for the word "considered".
 */

/** Words that ask whether something belongs to IT: "considered IT", "count as IT", "part of IT", "an IT job". */
const asksMembership =
  /\b(?:considered|counted|count|counts|classed|classified|part of|belongs? to|falls? under)\s+(?:as\s+)?(?:an?\s+|the\s+)?IT\b|\b(?:is|are)\s+(?:that|this|it|they|those|these)\s+(?:an?\s+)?IT\b(?!\s+(?:support|manager|director|security))|\ban?\s+IT\s+(?:job|role|career|position|thing)\b\s*\??$/i;

/** Said of IT, as the answer to "what does IT stand for" says it. */
const itIs =
  "IT (information technology) is the work of running and supporting an organization's computers, networks, systems, data and their security";

/**
 * The role a question asks whether it counts as IT: the one it names, or with none named the thread's one
 * ("is that considered IT?" after a sysadmin question); undefined if it asks no such thing.
 */
function roleAskedOf(u: Understanding): Role | undefined {
  if (!u.entities.itField || !asksMembership.test(u.text)) return undefined;
  if (u.roles.length === 1) return u.roles[0];
  return u.roles.length === 0 && namedJobs(u.entities) === 0 && u.threadRoles.length === 1
    ? u.threadRoles[0]
    : undefined;
}

/**
 * Whether the role asked of is one of IT's roles: yes where it is; where it is not, that it is not in IT's
 * narrow sense but is in the broad one many people use (the whole tech industry). IT's roles follow, the
 * usual way in first. Undefined where the question asks no such thing.
 */
export function countsAsItAnswer(kb: KnowledgeBase, u: Understanding): Answer | undefined {
  const role = roleAskedOf(u);
  if (!role) return undefined;
  const it = itRoles(kb);
  const lead = it.includes(role)
    ? `Yes: ${role.name} is one of the roles I count as IT.`
    : `Not in the narrow sense: ${role.name} is not one of the roles I count as IT; in the broad sense many people use, the whole tech industry, it is.`;
  const answer = factAnswer(
    u.text,
    lead,
    [`${itIs}.`, `Its roles I know, the usual way in first: ${it.map((r) => r.name).join(", ")}.`],
    [],
    [
      `role ${alias(role)}`,
      ...it
        .filter((r) => r !== role)
        .slice(0, 2)
        .map((r) => `role ${alias(r)}`),
    ],
  );
  // The thread stays about the role asked of.
  return { ...answer, about: [roleRef(role)] };
}
