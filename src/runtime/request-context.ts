import { AsyncLocalStorage } from "node:async_hooks";
import type { Answer } from "../advisor/answers.js";

/** Where a request came from, as the metrics and the logs name it. */
export const surfaces = [
  "command",
  "mention",
  "dm",
  "assistant",
  "action",
  "view",
  "shortcut",
  "options",
  "home",
  "event",
] as const;
export type Surface = (typeof surfaces)[number];

/** Why an answer counts as "not found": the knowledge does not cover what was asked. */
export type NotFound = "uncovered" | "off_topic" | "unanswered" | "unknown_role";

/**
 * What is known about the request being handled, for its log lines and metrics. One object per request,
 * reachable from anything running on its behalf (AsyncLocalStorage), so that no listener has to pass it on.
 */
export interface RequestInfo {
  surface: Surface;
  team?: string;
  /** performance.now() when the request reached the app. */
  started: number;
  /** Slack has had its acknowledgement (events are acknowledged by Bolt before any listener runs). */
  acked: boolean;
  /** The answer's kind (compare, salary, question, …), once there is one. */
  kind?: string;
  notFound?: NotFound;
  /** An error was logged while handling it. */
  errored: boolean;
  rateLimited: boolean;
  /** A button, view or shortcut no listener knows: answered with the older-version note. */
  stale: boolean;
}

const storage = new AsyncLocalStorage<RequestInfo>();

/** The request being handled, if any (undefined in the digest scheduler, at start, in the CLI). */
export function currentRequest(): RequestInfo | undefined {
  return storage.getStore();
}

/** Runs `fn` (and everything it starts) as the handling of `info`. */
export function inRequest<T>(info: RequestInfo, fn: () => T): T {
  return storage.run(info, fn);
}

/** Answer kinds as metrics and logs name them: the command's word where they differ. */
const kindNames: Partial<Record<Answer["kind"], string>> = {
  answer: "question",
  checklist: "skills",
  "pay-compare": "pay_compare",
  "pay-weighed": "pay_weighed",
  "out-of-scope": "out_of_scope",
  "role-problem": "role_problem",
};

export function answerKind(answer: Answer): string {
  return kindNames[answer.kind] ?? answer.kind;
}

/** Whether an answer says the knowledge does not have it, and why. */
export function notFound(answer: Answer): NotFound | undefined {
  if (answer.kind === "out-of-scope") return answer.reason === "uncovered" ? "uncovered" : "off_topic";
  if (answer.kind === "answer" && !answer.found) return "unanswered";
  if (answer.kind === "role-problem" && answer.problem === "unknown") return "unknown_role";
  return undefined;
}

/** Records the answer the current request got (its kind, and whether it was found). */
export function noteAnswer(answer: Answer): void {
  const info = storage.getStore();
  if (!info) return;
  info.kind = answerKind(answer);
  const missing = notFound(answer);
  if (missing) info.notFound = missing;
  else delete info.notFound;
}

/** The current request was turned away by the per-user rate limit (and told to wait). */
export function noteRateLimited(): void {
  const info = storage.getStore();
  if (info) info.rateLimited = true;
}
