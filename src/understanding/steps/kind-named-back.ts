/*
 * "restaurant", "a hotel", "in retail" after "Which manager do you mean?": a reply that names a kind of the
 * job the question back asked about names the job of that kind, where the two make a title the official
 * layer holds ("restaurant manager": Food Service Managers; "retail manager": First-Line Supervisors of
 * Retail Sales Workers). The roles offered are tech's; managers of other kinds are jobs too (otherwise
 * "restaurant" was off topic, "retail" read as Retail Salespersons).
 */
import type { KnowledgeBase } from "../../knowledge/base.js";
import { tokenize } from "../../knowledge/core/text.js";
import type { Entities } from "../entities/entities.js";
import { titleForm } from "../text/title-form.js";
import { framesPick } from "../thread/thread-pick.js";
import { questionWords } from "../words/entity-words.js";
import { payWords } from "../words/topic-words.js";

/** Words a reply may put around the kind it names: "a hotel", "in retail", "like at a restaurant". */
const aroundKind = new Set("a an the in at for like of".split(" "));

/**
 * The word every role offered ends in ("manager" of Engineering Manager and Product Manager): the job the
 * question back asked about; undefined where their names end differently ("Which cloud role do you mean?").
 */
function askedWord(kb: KnowledgeBase, offered: readonly string[]): string | undefined {
  const heads = new Set(
    offered.map((id) => titleForm(tokenize(kb.roleById.get(id)?.name ?? "").at(-1) ?? "")),
  );
  const [head] = heads;
  return heads.size === 1 && head ? head : undefined;
}

/**
 * The title a reply to a question back names with the word asked about ("restaurant manager"), said as
 * the person would in one message; undefined where the reply names a role, a level, a place or anything
 * else, or its words and the word asked about are no official title.
 */
export function kindNamedBack(
  kb: KnowledgeBase,
  tokens: readonly string[],
  offered: readonly string[],
  e: Entities,
): string | undefined {
  const head = askedWord(kb, offered);
  if (!head || e.roles.length > 0 || e.level || e.place || e.unlistedPlace || e.company || e.skillKind)
    return undefined;
  const kind = tokens.filter((t) => !framesPick(t) && !aroundKind.has(t));
  const plain = (t: string) => !questionWords.has(t) && !payWords.has(t) && titleForm(t) !== head;
  if (kind.length === 0 || kind.length > 2 || !kind.every(plain)) return undefined;
  const title = [...kind, head].join(" ");
  return (kb.official?.titles.lookup(title).length ?? 0) > 0 ? title : undefined;
}
