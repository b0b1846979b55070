import type { Logger } from "@slack/bolt";
import type { RoleRef } from "../../advisor/answers.js";
import type { ReplyServices } from "../../conversation/reply.js";
import type { InsightRecorder } from "../../insights/recorder.js";
import type { Metrics } from "../../runtime/metrics.js";
import type { SlackCharts } from "../outgoing/chart-images.js";
import type { HomeRefresher } from "./home-refresher.js";
import type { ViewedChannels } from "./viewed-channels.js";

/** What every listener needs. */
export interface SlackContext {
  services: ReplyServices;
  roles: RoleRef[];
  logger: Logger;
  home: HomeRefresher;
  /** PNG pay charts for salary answers and comparisons (image block or upload): CHARTS=image only. */
  charts?: SlackCharts;
  /** Pay charts Slack draws (data_visualization blocks in the answer): CHARTS=native. */
  nativeCharts?: boolean;
  /** The anonymous record of what is asked; absent in tests that do not need it. */
  insights?: InsightRecorder;
  /** Who sees the operator's report on App Home (ADMIN_USER_IDS). */
  admins?: ReadonlySet<string>;
  /** A 👎 keeps the question's words (INSIGHTS on); else only what kind of answer it was. */
  feedbackQuestions?: boolean;
  /** Prometheus metrics (METRICS_PORT set). */
  metrics?: Metrics;
  /** The channel each person is looking at (app_context_changed). */
  viewing?: ViewedChannels;
}
