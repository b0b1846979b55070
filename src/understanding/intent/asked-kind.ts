import { credentialWords, degreeWords, growthWords, payNouns } from "../words/topic-words.js";
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

/** The names of things asked of a role, by the kind each asks: "salary" pay, "outlook" the job market. */
const kindOfName = new Map<string, AskedKind>([
  ...payNouns.map((w) => [w, "pay"] as const),
  ...[...growthWords, "prospects", "future"].map((w) => [w, "outlook"] as const),
  ...[...degreeWords, ...credentialWords, "schooling", "education", "requirements", "training"].map(
    (w) => [w, "entry"] as const,
  ),
  ["skills", "skills"],
  ...["path", "roadmap", "ladder"].map((w) => [w, "path"] as const),
  ...["duties", "responsibilities"].map((w) => [w, "work"] as const),
]);

/** Words before the name of a thing asked that ask nothing of their own: "and the", "whats the". */
const leadIn = new Set("and also plus the its their whats what's what is are".split(" "));

/**
 * The kind of thing a part of a message names first, as a list's item does ("skills for a cloud architect",
 * "salary"): what it asks, said in so many words, however sure the classifier is of it.
 */
export function kindNamedFirst(part: string): AskedKind | undefined {
  const said = part.toLowerCase().match(/[a-z']+/g) ?? [];
  const first = said.find((w) => !leadIn.has(w));
  return first ? kindOfName.get(first) : undefined;
}
