import { createHmac } from "node:crypto";
import type { Answer } from "../advisor/answers.js";

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

/** An item is shown only when at least this many different people asked about it, so no one is singled out. */
export const minimumPeople = 3;

/**
 * What is kept: the questions of one day that were alike (same kind, roles, skills, outcome, workspace),
 * counted, with at most `minimumPeople` of their askers. A busy workspace asks thousands of questions a
 * day, but only a few hundred different ones, so the record stays small; and to know whether an item was
 * asked by enough people, the first three different askers of each tally are all that is needed (see
 * summary.ts).
 */
export interface InsightTally {
  /** The day, YYYY-MM-DD (UTC). */
  day: string;
  /** The workspace, with OAuth installs into several (so one workspace's digest never shows another's). */
  team?: string;
  kind: string;
  roles: string[];
  comparison?: string;
  skills: string[];
  found: boolean;
  uncovered?: string;
  question?: string;
  count: number;
  /** Different askers, at most `minimumPeople`. */
  askers: string[];
}

/** What makes two questions alike: everything but the time and the asker. */
export function tallyKey(record: InsightRecord, team: string | undefined): string {
  const { at, asker, ...what } = record;
  return `${at.slice(0, 10)}|${team ?? ""}|${JSON.stringify(what)}`;
}

/** A tally with one more question counted in it (a new tally when there is none yet). */
export function counted(
  tally: InsightTally | undefined,
  record: InsightRecord,
  team: string | undefined,
): InsightTally {
  if (!tally) {
    const { at, asker, ...what } = record;
    return { day: at.slice(0, 10), ...(team ? { team } : {}), ...what, count: 1, askers: [asker] };
  }
  const askers =
    tally.askers.length >= minimumPeople || tally.askers.includes(record.asker)
      ? tally.askers
      : [...tally.askers, record.asker];
  return { ...tally, count: tally.count + 1, askers };
}

/** A person's stand-in: a keyed hash (the key is the app's own secret), the same on every instance. */
export function askerOf(secret: string, teamId: string | undefined, userId: string): string {
  return createHmac("sha256", secret)
    .update(`${teamId ?? ""}:${userId}`)
    .digest("base64url")
    .slice(0, 16);
}

/** The roles an answer is about, by id. */
export function rolesOf(a: Answer): string[] {
  switch (a.kind) {
    case "both":
      return [...new Set(a.parts.flatMap(rolesOf))];
    case "role":
    case "salary":
    case "checklist":
    case "path":
      return [a.role.id];
    case "compare":
      return a.roles.map((r) => r.id);
    case "pay-compare":
      return a.roles.map((r) => r.role.id);
    case "pay-weighed":
      return a.roles?.map((r) => r.id) ?? (a.role ? [a.role.id] : []);
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
  "pay-weighed": "salary",
  checklist: "skills",
  "out-of-scope": "not covered",
  "role-problem": "unknown role",
};

/** The kind of answer as the records name it ("question", "salary", "not covered"…). */
export const answerKind = (answer: Answer): string => kinds[answer.kind] ?? answer.kind;

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
    kind: answerKind(answer),
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
