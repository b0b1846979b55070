/*
 * "what about the network ones", "and the data jobs?" after a ranking: the field's roles ranked again by
 * what the thread's ranking ranked by, not a question of the ML market or of the tools a word names.
 */
import type { KnowledgeBase } from "../../knowledge/base.js";
import { rolesByNameWord } from "../../knowledge/role-name-words.js";
import { type Entities, namedJobs } from "../entities/entities.js";
import { metricNamed } from "../intent/ranking-request.js";
import type { Understanding } from "../shape/understanding.js";
import type { ConversationContext } from "../thread/conversation-state.js";
import { plurals } from "../words/job-nouns.js";

/** "the network ones", "the cloud jobs": the word that stands for the roles of a field, after "the" or alone. */
const rolesOfKind = new Set(["ones", ...plurals(["job", "role", "career", "position"])]);

/** A follow-up longer than this says more than which roles it means. */
const followUpAtMost = 8;

/**
 * A field's word: a word of two or more roles' names that ends none ("network", "cloud", "data",
 * "security"; not "engineer", a kind of job), as `fieldOptionsIn` reads a field set as an option.
 */
function fieldWord(kb: KnowledgeBase, word: string): boolean {
  const { any, last } = rolesByNameWord(kb);
  return (any.get(word)?.length ?? 0) >= 2 && !last.has(word);
}

/**
 * The thread's last ranking asked again of a field's roles ("what about the network ones" after the best
 * paid IT roles), by the measure the question names or else the ranking's; undefined where the thread's
 * last answer was no ranking, or the question names a job or says more than which roles.
 */
export function fieldRankedAgain(
  kb: KnowledgeBase,
  tokens: readonly string[],
  entities: Entities,
  understood: Understanding,
  context: ConversationContext | undefined,
): Understanding | undefined {
  const rankedBy = context?.rankedBy;
  if (!rankedBy || tokens.length > followUpAtMost || namedJobs(entities) > 0 || entities.ambiguous.length > 0)
    return undefined;
  const at = tokens.findIndex((t, i) => i > 0 && rolesOfKind.has(t));
  const word = tokens[at - 1];
  if (at < 0 || !word || !fieldWord(kb, word)) return undefined;
  const metric = metricNamed(tokens.join(" ")) ?? rankedBy;
  return {
    ...understood,
    intent: "roleRanking",
    confidence: 1,
    roles: [],
    inherited: ["intent"],
    ranking: { metric, all: false, filter: word },
  };
}
