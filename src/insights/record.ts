import { createHmac } from "node:crypto";
import type { Answer } from "../advisor/types.js";

/**
 * One anonymous line of what people ask: the kind of question, the roles and skills it was about, whether
 * it was answered, and the day. No user id and no text, except the words of a question that could not be
 * answered (kept 30 days, for the operator's report). `asker` is a keyed hash of the person, only so that an
 * item asked by one person many times does not pass for many people asking.
 */
export interface InsightRecord {
  at: string;
  kind: string;
  roles: string[];
  /** Two or three roles compared, as one sorted key ("machine-learning-engineer+software-engineer"). */
  comparison?: string;
  skills: string[];
  found: boolean;
  /** The occupation named when it is one the knowledge does not cover. */
  uncovered?: string;
  /** The question's words, only when it was not answered. */
  question?: string;
  asker: string;
}

/** How long records are kept: the report looks back 30 days, the digest two weeks. */
export const insightLifetimeMs = 30 * 86_400_000;

/** A person's stand-in: a keyed hash (the key is the app's own secret), the same on every instance. */
export function askerOf(secret: string, teamId: string | undefined, userId: string): string {
  return createHmac("sha256", secret)
    .update(`${teamId ?? ""}:${userId}`)
    .digest("base64url")
    .slice(0, 16);
}

function rolesOf(a: Answer): string[] {
  switch (a.kind) {
    case "role":
    case "salary":
    case "checklist":
    case "path":
      return [a.role.id];
    case "compare":
      return a.roles.map((r) => r.id);
    case "pay-compare":
      return a.roles.map((r) => r.role.id);
    case "gap":
      return [a.from.id, a.to.id];
    case "answer":
      return (a.about ?? []).map((r) => r.id);
    default:
      return [];
  }
}

const kinds: Partial<Record<Answer["kind"], string>> = {
  answer: "question",
  "pay-compare": "salary",
  checklist: "skills",
  "out-of-scope": "not covered",
  "role-problem": "unknown role",
};

/** What an answer says about what was asked, for the record; the question's words only if unanswered. */
export function insightOf(answer: Answer, typed: string, asker: string, now: Date): InsightRecord {
  const roles = rolesOf(answer);
  const found = !(
    answer.kind === "out-of-scope" ||
    answer.kind === "role-problem" ||
    answer.kind === "clarify" ||
    (answer.kind === "answer" && !answer.found)
  );
  const comparison =
    answer.kind === "compare" || answer.kind === "pay-compare" ? [...roles].sort().join("+") : undefined;
  const uncovered =
    answer.kind === "out-of-scope" && answer.reason === "uncovered" ? answer.occupation : undefined;
  return {
    at: now.toISOString(),
    kind: kinds[answer.kind] ?? answer.kind,
    roles,
    ...(comparison ? { comparison } : {}),
    skills: [],
    found,
    ...(uncovered ? { uncovered } : {}),
    ...(!found && typed.trim() ? { question: typed.replace(/\s+/g, " ").trim().slice(0, 200) } : {}),
    asker,
  };
}

/** A checklist tick, for "skills most ticked". */
export function tickRecord(skills: string[], asker: string, now: Date): InsightRecord {
  return { at: now.toISOString(), kind: "tick", roles: [], skills, found: true, asker };
}
