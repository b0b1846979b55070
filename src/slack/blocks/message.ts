import type { KnownBlock } from "@slack/types";
import type { Answer, RoleRef } from "../../advisor/answers.js";
import { renderText } from "../../render/plain-text.js";
import { answerBlocks } from "./answers/index.js";
import type { DataVisualizationBlock } from "./data-visualization.js";
import { type FeedbackSubject, feedbackBlock } from "./feedback-buttons.js";
import { clip, esc, fitBlocks, limits } from "./kit.js";
import { nextStepBlocks } from "./next-steps.js";
import { payChartBlocks } from "./pay-charts.js";

/** A block of a message: one @slack/types knows, or a chart (which it does not declare yet). */
export type MessageBlock = KnownBlock | DataVisualizationBlock;

export interface SlackMessage {
  text: string;
  blocks: MessageBlock[];
}

export interface RenderOptions {
  /** The command text that produced the answer, for "Share in channel". */
  command?: string;
  /** Show the "Share in channel" button (private answers only). */
  shareable?: boolean;
  /** Every role, for the "Compare with…" select. */
  roles?: RoleRef[];
  /** Pay charts drawn by Slack (data_visualization blocks) on salary answers and comparisons (CHARTS=native). */
  nativeCharts?: boolean;
  /** 👍 / 👎 under the answer, about this (mentions, threads and DMs). */
  feedback?: FeedbackSubject;
}

/** Characters of the answer's text kept as the message's fallback. */
const fallbackLength = 400;

/**
 * The message's plain `text`. With blocks present Slack shows it only in notifications, so it is the
 * answer's opening lines (its title and first facts) rather than the whole answer again.
 */
function notificationText(answer: Answer): string {
  const text = renderText(answer)
    .replace(/^=+$/m, "")
    .replace(/\n{2,}/g, "\n");
  return esc(clip(text, fallbackLength));
}

/** Settings and confirmations are not answers to rate. */
const unrated = new Set<Answer["kind"]>(["prefs", "notice", "digest"]);

/**
 * The answer as a Slack message: Block Kit within every limit, with a plain-text fallback. Its pay charts
 * (when asked for) and its buttons come last and are kept when a long answer is cut.
 */
export function renderMessage(answer: Answer, options: RenderOptions = {}): SlackMessage {
  const tail: MessageBlock[] = [
    ...(options.nativeCharts ? payChartBlocks(answer) : []),
    ...nextStepBlocks(answer, options),
    ...(options.feedback && !unrated.has(answer.kind) ? [feedbackBlock(options.feedback)] : []),
  ];
  const blocks = fitBlocks([...answerBlocks(answer), ...tail], limits.messageBlocks, tail.length);
  return { text: notificationText(answer), blocks };
}
