import type { Intent } from "./intents.js";

/*
 * The kind of thing a question asks of its roles, coarser than its intent: pay, schooling and the way in,
 * skills, the job market, a move, the work itself. Two questions in one message are answered apart only
 * when they ask things of different kinds ("how much do they make? and do u need a degree"); "what's the
 * pay? and in seattle?" asks pay twice, one request.
 */
export type AskedKind = "pay" | "entry" | "skills" | "outlook" | "move" | "work" | "path" | "industries";

const kinds: Partial<Record<Intent, AskedKind>> = {
  salary: "pay",
  payCompare: "pay",
  totalComp: "pay",
  education: "entry",
  experience: "entry",
  gettingStarted: "entry",
  skills: "skills",
  tools: "skills",
  softSkill: "skills",
  outlook: "outlook",
  gap: "move",
  responsibilities: "work",
  compare: "work",
  common: "work",
  path: "path",
  industries: "industries",
};

/** What kind of thing an intent asks of a role; undefined for what asks of no role (a ranking, a greeting). */
export const kindAsked = (intent: Intent): AskedKind | undefined => kinds[intent];

/**
 * Whether the answer to a question of one kind answers a question of another too: the same kind, or a
 * move's, which shows both sides' pay and outlook, then what to learn ("should i move from qa to devops?
 * and whats the pay", "swe to data scientist, pay difference and what skills do i need").
 */
export function answeredWithin(kind: AskedKind, other: AskedKind): boolean {
  return (
    kind === other || (kind === "move" && (other === "pay" || other === "outlook" || other === "skills"))
  );
}
