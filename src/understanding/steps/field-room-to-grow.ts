/*
 * "is IT a career with room to grow", "can you move up in IT": whether a person goes
 * anywhere in the field, not how fast its jobs grow (read so, the answer was IT's roles ranked by growth).
 * The field is entered through IT support, so its outlook is answered with where it leads, as "is IT
 * support a dead end job" is; the answer says IT support stands for the field. ("IT is a dead end" is
 * as often said of the field's jobs as a whole, which their growth answers.)
 */
import type { KnowledgeBase } from "../../knowledge/base.js";
import { itRoles } from "../../knowledge/it-roles.js";
import type { Entities } from "../entities/entities.js";
import type { Understanding } from "../shape/understanding.js";
import { asksRoomToGrow } from "../words/rung-words.js";

/** The question read as the outlook of IT support, the way into the field, and where it leads. */
export function fieldRoomToGrowRead(
  kb: KnowledgeBase,
  text: string,
  entities: Entities,
  understood: Understanding,
): Understanding | undefined {
  const named =
    entities.roles.length +
    entities.uncovered.length +
    entities.ambiguous.length +
    (entities.unknownTitle ? 1 : 0);
  if (!entities.itField || named > 0 || entities.pronoun || understood.roles.length > 0) return undefined;
  if (!asksRoomToGrow(text)) return undefined;
  const [entry] = itRoles(kb);
  if (!entry) return undefined;
  return {
    ...understood,
    intent: "outlook",
    confidence: 1,
    roles: [entry],
    inherited: [],
    itFieldRole: { role: entry, side: "to" },
    entities: { ...entities, roles: [entry] },
  };
}
