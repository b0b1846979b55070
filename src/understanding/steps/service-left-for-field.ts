import { type Intent, payIntents } from "../intent/intents.js";
import { asksFieldFuture } from "../it/field-asks.js";
import type { Understanding } from "../shape/understanding.js";
import { payWords } from "../words/topic-words.js";

/*
 * "thinking about IT after the army", "leaving the military, is IT a good option", "ex army, want to get into
 * IT": a service left (the military) for the IT field, no IT role named. The service has no pay figures of
 * its own, and no source says how it counts toward IT; read as a move from it, the answer was "I don't cover
 * Soldiers yet". What is asked is the field: the way into IT, as "getting out of the marines, want to get
 * into IT" is read. A role named ("army vet, thinking network administrator") keeps the move from the
 * service, its other side said to have no figures.
 */

/**
 * Readings of getting somewhere, which the way into the field answers; "after the army i want to work in IT"
 * leans to the industries that employ, but asks where to work next too. Any other reading (the field's
 * outlook, its pay) is asked of the field as it stands.
 */
const gettingThere: ReadonlySet<Intent> = new Set<Intent>(["gap", "gettingStarted", "path", "industries"]);

/**
 * "getting out of the army, is IT growing": the field's future asked, however the move leans the words (to
 * the way in); answered as IT's outlook, its roles by growth.
 */
const futureAsked = (question: string) =>
  asksFieldFuture(question) ||
  /\b(?:grow|grows|growing|growth|outlook|in demand|job market|prospects)\b/i.test(question);

/** The question read as the way into the IT field, where a service left is the only other job named. */
export function serviceLeftForField(u: Understanding): Understanding {
  const e = u.entities;
  const [left] = e.uncovered;
  // IT support standing for the field as where the move leads is no role the asker named.
  const standIn = u.itFieldRole?.side === "to" ? u.itFieldRole.role : undefined;
  if (!left?.occupation.service || e.uncovered.length !== 1 || !(e.itField || standIn)) return u;
  const named = e.roles.filter((r) => r !== standIn);
  if (named.length > 0 || e.unknownTitle || e.ambiguous.length > 0) return u;
  const { from: _from, to: _to, occupationFirst: _first, ...entities } = e;
  const { from: _start, to: _end, itFieldRole: _stood, ...read } = u;
  return {
    ...read,
    ...(futureAsked(u.text)
      ? { intent: "outlook" as const, confidence: 1 }
      : gettingThere.has(u.intent)
        ? { intent: "gettingStarted" as const, confidence: 1 }
        : {}),
    roles: [],
    serviceLeft: left.typed,
    entities: { ...entities, roles: [], uncovered: [], itField: true, itSide: "to", moving: true },
  };
}

/*
 * "20 years in army logistics, what would I earn as an IT project manager", "ex army, what do electricians
 * make": a service left beside the one occupation asked of. Read as a move from the service, the answer was
 * "I don't cover Soldiers yet" and nothing of the occupation asked. The service has no figures to set beside
 * it, so the occupation is asked alone, the service kept to say so first; its pay where pay is asked, which
 * the move had leaned away from (to off topic).
 */

/** The question read as one about the other occupation, where a service left is named beside it alone. */
export function serviceLeftForOccupation(u: Understanding, tokens: readonly string[]): Understanding {
  const e = u.entities;
  const left = e.uncovered.find((o) => o.occupation.service);
  const asked = e.uncovered.filter((o) => o !== left);
  if (!left || asked.length !== 1 || e.roles.length > 0 || e.itField || e.unknownTitle) return u;
  const { from: _from, to: _to, occupationFirst: _first, ...entities } = e;
  const { from: _start, to: _end, ...read } = u;
  const payAsked = tokens.some((t) => payWords.has(t));
  return {
    ...read,
    ...(payAsked && !payIntents.has(u.intent) ? { intent: "salary" as const, confidence: 1 } : {}),
    serviceLeft: left.typed,
    // The occupation is where the service is left for: "ex military, how do i become an electrician" asks
    // the way into it, not out of it into tech.
    entities: { ...entities, uncovered: asked, toOccupation: true },
  };
}
