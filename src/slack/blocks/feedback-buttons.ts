import type { ContextActionsBlock } from "@slack/types";
import { ids } from "./ids.js";
import { clip } from "./kit.js";

/**
 * What a 👍 or 👎 is about, carried in the button's value (Slack sends it back with the click), so nothing
 * has to be remembered per answer: the kind of answer, its roles, the knowledge's version, and — on 👎 only,
 * when INSIGHTS is on — the question's words, so a person can label it later. Never who asked.
 */
export interface FeedbackSubject {
  kind: string;
  roles: string[];
  knowledge: string;
  question?: string;
}

export type FeedbackValue = "positive" | "negative";

/** Slack's limit for a feedback button's value. */
const valueLength = 2000;
/** The question's words kept in a 👎: up to 4 bytes a character, and base64 adds a third. */
export const questionLength = 250;

function encode(value: FeedbackValue, subject: FeedbackSubject): string {
  const json = (withQuestion: boolean) =>
    JSON.stringify({
      k: subject.kind,
      r: subject.roles,
      v: subject.knowledge,
      ...(withQuestion && subject.question ? { q: clip(subject.question, questionLength) } : {}),
    });
  const sign = value === "positive" ? "+" : "-";
  const full = `${sign}${Buffer.from(json(true)).toString("base64url")}`;
  // Cut, the value could not be read back: rather the click without the words than no click at all.
  return full.length <= valueLength ? full : `${sign}${Buffer.from(json(false)).toString("base64url")}`;
}

/** A button's value read back; undefined for anything this app did not write. */
export function decodeFeedback(raw: string): { value: FeedbackValue; subject: FeedbackSubject } | undefined {
  const value = raw.startsWith("+") ? "positive" : raw.startsWith("-") ? "negative" : undefined;
  if (!value) return undefined;
  try {
    const o = JSON.parse(Buffer.from(raw.slice(1), "base64url").toString("utf8")) as Record<string, unknown>;
    if (typeof o.k !== "string" || typeof o.v !== "string" || !Array.isArray(o.r)) return undefined;
    const roles = o.r.filter((r): r is string => typeof r === "string");
    return {
      value,
      subject: {
        kind: o.k,
        roles,
        knowledge: o.v,
        ...(value === "negative" && typeof o.q === "string" ? { question: o.q } : {}),
      },
    };
  } catch {
    return undefined;
  }
}

/** 👍 / 👎 under an answer: Slack's convention for feedback on AI replies (a context_actions block). */
export function feedbackBlock(subject: FeedbackSubject): ContextActionsBlock {
  const { question, ...withoutQuestion } = subject;
  return {
    type: "context_actions",
    elements: [
      {
        type: "feedback_buttons",
        action_id: ids.feedback,
        positive_button: {
          text: { type: "plain_text", text: "👍" },
          accessibility_label: "This answer helped",
          value: encode("positive", withoutQuestion),
        },
        negative_button: {
          text: { type: "plain_text", text: "👎" },
          accessibility_label: "This answer was wrong or not helpful",
          value: encode("negative", subject),
        },
      },
    ],
  };
}
