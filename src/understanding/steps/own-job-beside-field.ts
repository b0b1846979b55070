/*
 * "do IT people need to code? I'm an office admin", "is IT a stable career? my job as a travel agent is
 * going away", "which IT jobs are growing fastest? currently doing field service for printers": a question
 * asked of the IT field, and in a sentence of its own the job the asker holds now, outside tech. The job is
 * who asks, not what is asked: read as the subject, the answer was that occupation's figures (a travel
 * agent's outlook, printing press operators' pay), the field's question left unanswered. Where the words
 * say a move ("want out", "get into IT") the job stays the move's start, and where two sides are weighed
 * ("IT or nursing?") it stays a side.
 */
import type { Role } from "../../knowledge/core/schema.js";
import { pairIntents } from "../intent/intents.js";
import type { Understanding } from "../shape/understanding.js";

/**
 * A sentence (or a clause set off by a comma) that tells the asker's own job: "I'm a…", "I work retail", "my
 * job as…", "currently doing…", "sysadmin here".
 */
const toldAsOwn =
  /^(?:(?:and|but|so|btw|fwiw|also|tbh)\b[\s,]*)*(?:i'?m|im|i am|i work|i do|i've been|ive been|been|my (?:current |day )?(?:job|role|work)|currently|right now i'?m?)\b|^[a-z][a-z -]{1,40} here$/i;

/** The message's sentences and clauses, each trimmed: split where a question, a sentence or a clause ends. */
const sentencesOf = (text: string) =>
  text
    .split(/[?!.;,\n]+/)
    .map((s) => s.trim())
    .filter((s) => s !== "");

/**
 * Whether the job typed is told in a sentence of its own that opens on the asker ("I'm a…", "my job as…"),
 * and the IT field is asked of in another sentence of the message.
 */
export function jobToldBesideField(text: string, typed: string): boolean {
  const sentences = sentencesOf(text);
  const told = sentences.find((s) => s.toLowerCase().includes(typed.toLowerCase()));
  if (!told || !toldAsOwn.test(told) || /\bIT\b/.test(told)) return false;
  return sentences.some((s) => s !== told && /\bIT\b/.test(s));
}

/** Whether the one role is told as the asker's, by any of its names, in a sentence apart from the field's. */
export const roleToldBesideField = (text: string, role: Role): boolean =>
  [role.name, ...role.aliases].some((name) => jobToldBesideField(text, name));

/** The question read as asked of the IT field, the job told beside it dropped as a side of it. */
export function ownJobBesideFieldDropped(u: Understanding): Understanding {
  const e = u.entities;
  const [held] = e.uncovered;
  if (!held || e.uncovered.length !== 1 || !e.itField || held.occupation.tech || held.occupation.service)
    return u;
  if (e.roles.length > 0 || e.ambiguous.length > 0 || e.unknownTitle || e.unread) return u;
  if (e.moving || e.toOccupation || u.from || u.to || u.fromOccupation || pairIntents.has(u.intent)) return u;
  if (!jobToldBesideField(u.text, held.typed)) return u;
  const { occupationFirst: _first, ...entities } = e;
  return { ...u, entities: { ...entities, uncovered: [] } };
}
