/*
 * "ive taught hs math for 9 yrs, thinking data analyst", then "how fast is that growing vs teaching": a
 * title O*NET lists under several occupations ("teaching": eleven, one per school stage), said again in a
 * thread on one of them, is that one. The person already said which; asking back which teaching they mean
 * loses the thread's occupation for every question after it.
 */
import type { KnowledgeBase } from "../../knowledge/base.js";
import { socOf } from "../../official/data.js";
import { singularWords } from "../../official/titles.js";
import type { Entities } from "../entities/entities.js";
import type { UncoveredOccupation } from "../names/entity-reading.js";
import type { ConversationContext } from "../thread/conversation-state.js";

/** The official occupations (SOC codes) an occupation named may be: as read, as listed, or by its title. */
function socsOf(kb: KnowledgeBase, named: UncoveredOccupation): string[] {
  if (named.official?.length) return named.official;
  if (named.occupation.soc) return [socOf(named.occupation.soc)];
  const titles = kb.official?.titles;
  const byTyped = titles?.lookup(named.typed) ?? [];
  // A field's name ("teaching") is no title of its own: the listed occupation's first title is.
  const first = named.occupation.titles[0];
  return byTyped.length > 0 || !first ? byTyped : (titles?.lookup(first) ?? []);
}

/**
 * "how much do airline pilots make", then "what about senior captains": a title the thread's occupation lists
 * among its names (a rank within it), read as another occupation that lists it too, is the thread's; not where
 * the title is that other occupation's own ("nurse practitioners" after registered nurses), which names it
 * plainly.
 */
function rankOfHeld(kb: KnowledgeBase, named: UncoveredOccupation, held: string): boolean {
  const [read] = named.official ?? (named.occupation.soc ? [socOf(named.occupation.soc)] : []);
  if (!kb.official || read === undefined || read === held) return false;
  const other = kb.official.bySoc.get(read)?.title ?? "";
  const ownOfOther = singularWords(other) === singularWords(named.typed);
  return !ownOfOther && kb.official.titles.alsoListedBy(named.typed, held);
}

/** The entities with each occupation that could be several, among them the thread's, read as the thread's. */
export function threadOccupationAgain(
  kb: KnowledgeBase,
  e: Entities,
  context: ConversationContext | undefined,
): Entities {
  const held = context?.occupation;
  if (!held || e.uncovered.length === 0) return e;
  const uncovered = e.uncovered.map((named) => {
    const socs = socsOf(kb, named);
    return (socs.length > 1 && socs.includes(held)) || rankOfHeld(kb, named, held)
      ? { ...named, official: [held] }
      : named;
  });
  return uncovered.some((named, i) => named !== e.uncovered[i]) ? { ...e, uncovered } : e;
}
