import type { KnowledgeBase } from "../../knowledge/base.js";
import type { Role } from "../../knowledge/core/schema.js";
import { itRoles } from "../../knowledge/it-roles.js";
import { isFieldWord } from "../../knowledge/role-name-words.js";
import { metricNamed } from "../intent/ranking-request.js";
import { itSideOf } from "../it/it-side.js";
import { comparers } from "../words/contrast-words.js";
import { comparesTwo } from "../words/question-asks.js";
import type { Entities } from "./entities.js";

/** An occupation of computer work: one the occupations list marks as tech, or a SOC code of group 15. */
const inTech = (o: Entities["uncovered"][number]) =>
  o.occupation.tech || [o.occupation.soc ?? "", ...(o.official ?? [])].some((soc) => soc.startsWith("15-"));

/**
 * "nurse to IT worth it?", "switching to IT from retail": IT the field where a move leads, from a job outside
 * the roles (an occupation, or words no list knows after "from"). Someone coming in new goes in where most
 * do, so IT support (the first of the IT roles) stands for the field, to be spelt out as that role and the
 * move read between it and the start like any other. Not from a role held ("from data analyst to IT" asks
 * which IT role) or a computer occupation, nor in a thread about roles, nor with no start named ("how do i
 * get into IT" is the way in, answered apart).
 */
export function itEntryAt(
  kb: KnowledgeBase,
  tokens: readonly string[],
  fieldAt: ReadonlySet<number>,
  e: Entities,
  threadRoles: number,
): { at: number; role: Role } | undefined {
  if (e.itSide !== "to" || e.roles.length > 0 || e.ambiguous.length > 0 || threadRoles > 0) return undefined;
  // "web developer here, where do i start to get into IT": from a computer occupation, already in tech, which
  // IT role is no given; the ways in stay to pick from.
  if (e.uncovered.some(inTech)) return undefined;
  const startNamed = e.uncovered.length > 0 || e.unknownTitle !== undefined || tokens.includes("from");
  const found = startNamed ? itSideOf(tokens, fieldAt) : undefined;
  const [entry] = itRoles(kb);
  return found?.side === "to" && entry ? { at: found.at, role: entry } : undefined;
}

/** Words right before where a move leads: "to data", "into security", "towards cloud". */
const leadWords = new Set(["to", "into", "towards", "toward", "2"]);

/**
 * "moving from IT to data, is it doable?", "IT into security?": IT the field where a move starts and a
 * field where it leads, a word of two or more roles' names that ends none ("data", "cloud", "security"),
 * no role named on either side. IT support, the usual IT role (as where a move into IT leads), stands for
 * the start, so that the move reads as one from that role into the field: which of its roles is asked back,
 * as for "from IT support to data". Not with a role named ("from IT to devops" asks which IT role), nor in
 * a thread about roles.
 */
export function itStartAt(
  kb: KnowledgeBase,
  tokens: readonly string[],
  fieldAt: ReadonlySet<number>,
  e: Entities,
  threadRoles: number,
): { at: number; role: Role } | undefined {
  if (e.itSide !== "from" || threadRoles > 0) return undefined;
  if (e.roles.length > 0 || e.ambiguous.length > 0 || e.uncovered.length > 0 || e.unknownTitle)
    return undefined;
  const found = itSideOf(tokens, fieldAt);
  if (found?.side !== "from") return undefined;
  const ledTo = tokens.some(
    (t, i) => i > found.at && leadWords.has(tokens[i - 1] ?? "") && isFieldWord(kb, t),
  );
  const [entry] = itRoles(kb);
  return ledTo && entry ? { at: found.at, role: entry } : undefined;
}

/**
 * "it vs swe, which has more openings", "IT or software engineering, which pays more", "is it or swe more in
 * demand": IT the field set against one role, in a question that weighs the two by a measure (openings,
 * pay, growth). IT support, the usual IT role, stands for the field, as it does for a reply that weighs the
 * two sides after "Compare Software Engineer with which IT role?" (`it/it-beside-role.ts`), so the one
 * message is read as the two would be. Not with no measure ("it vs swe", "IT or swe, which is better": which
 * IT role is asked back), nor beside IT support itself.
 */
export function itBesideAt(
  kb: KnowledgeBase,
  tokens: readonly string[],
  fieldAt: ReadonlySet<number>,
  e: Entities,
): { at: number; role: Role } | undefined {
  if (e.itSide !== "against" || e.roles.length !== 1 || e.from || e.to) return undefined;
  if (e.ambiguous.length > 0 || e.uncovered.length > 0 || e.unknownTitle) return undefined;
  const said = tokens.join(" ");
  const measure = metricNamed(said);
  if (!comparesTwo(said) || measure === undefined || measure === "noDegree") return undefined;
  const found = itSideOf(tokens, fieldAt);
  if (found?.side !== "against") return undefined;
  // "sysadmin, 6 yoe. IT or cloud, which pays more": IT set against a field, not against the role named,
  // by someone whose role is one of IT's, is staying in that role, which no other IT role stands for; the
  // field's roles are set beside it (`steps/field-against-role.ts`).
  const [named] = e.roles;
  if (named && itRoles(kb).includes(named) && fieldAcross(kb, tokens, found.at)) return undefined;
  const [usual] = itRoles(kb);
  return usual && usual !== named ? { at: found.at, role: usual } : undefined;
}

/** Whether a field's word stands right across the word that sets IT (at `at`) against it: "IT or cloud". */
const fieldAcross = (kb: KnowledgeBase, tokens: readonly string[], at: number) =>
  (comparers.has(tokens[at + 1] ?? "") && isFieldWord(kb, tokens[at + 2] ?? "")) ||
  (comparers.has(tokens[at - 1] ?? "") && isFieldWord(kb, tokens[at - 2] ?? ""));

/**
 * "IT or cloud, which one grows faster" in a thread about IT support: IT set against a field, no role
 * named, where the thread's one role is one of IT's, is that role, the field's roles to be set beside it
 * (`steps/field-against-role.ts`), as it is for an IT role named ("sysadmin here, IT or cloud").
 * "IT or cloud?? no degree, doing retail" from someone new (no role in the thread, none held in tech): IT
 * is where most come in, IT support, set beside the field's roles the same way (otherwise: the words of
 * schooling ranked the roles that need no degree, and the cloud side was lost).
 */
/** "IT or computer science": the field set against a subject of study, which no role stands for. */
const namesComputerScience = /\b(?:computer science|comp ?sci|cs)\b/;

export function itAsThreadRoleAt(
  kb: KnowledgeBase,
  tokens: readonly string[],
  fieldAt: ReadonlySet<number>,
  e: Entities,
  threadRoles: readonly Role[],
): { at: number; role: Role } | undefined {
  const [usual] = itRoles(kb);
  const [held, ...more] = threadRoles.length > 0 ? threadRoles : [usual];
  if (e.itSide !== "against" || !held || more.length > 0 || e.roles.length > 0) return undefined;
  if (e.ambiguous.length > 0 || e.unknownTitle || namesComputerScience.test(tokens.join(" ")))
    return undefined;
  if (threadRoles.length > 0 ? e.uncovered.length > 0 : e.uncovered.some(inTech)) return undefined;
  const found = itSideOf(tokens, fieldAt);
  return found?.side === "against" && itRoles(kb).includes(held) && fieldAcross(kb, tokens, found.at)
    ? { at: found.at, role: held }
    : undefined;
}
