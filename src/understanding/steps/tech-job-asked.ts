/*
 * "flight attendant 6 yrs, whats a realistic tech job for someone like me", "im a nurse, what tech job could
 * i get": someone naming the occupation they hold and asking which tech job fits them asks the ways into
 * tech from it, as "im a nurse, what can i move into" does. Left as the classifier leaned, the
 * answer gave the occupation's own figures and duties, no way out of it.
 */
import type { Entities } from "../entities/entities.js";
import type { Classification } from "../intent/classifier.js";
import { confidentAt } from "../shape/understanding.js";

/** "what tech job", "which IT roles", "whats a realistic tech career": a tech job asked for, none named. */
const techJobAsked =
  /\b(?:what|whats|what's|which)\b[^.?!]*?\b(?:tech|IT)\s+(?:jobs?|roles?|careers?|positions?)\b/;

/** Words that make the job asked one for the asker: "for me", "for someone like me", "could i get", "realistic". */
const forTheAsker =
  /\bfor (?:someone like |people like |a person like )?me\b|\b(?:could|can|should|would) i\b|\brealistic(?:ally)?\b|\bsuits? me\b|\bfits? me\b/i;

/** The question read as the open move from the occupation held into tech, where it asks a tech job for the asker. */
export function techJobAskedRead(
  text: string,
  entities: Entities,
  classified: Classification,
): Classification {
  const fromOccupation =
    entities.uncovered.length === 1 &&
    entities.roles.length === 0 &&
    !entities.toOccupation &&
    entities.unknownTitle === undefined;
  if (!fromOccupation || !techJobAsked.test(text) || !forTheAsker.test(text)) return classified;
  // The rule, not the classifier's lean, reads the intent: as sure as a confident reading.
  return { intent: "gap", confidence: Math.max(classified.confidence, confidentAt) };
}
