import type { FeedbackRecord } from "../insights/feedback-report.js";
import type { InsightRecord, InsightTally } from "../insights/record.js";
import type {
  ConversationRecord,
  FeedRecord,
  InstallationRecord,
  KnowledgeVersionRecord,
  PostRecord,
  StoreData,
  Subscription,
  UserRecord,
} from "./records.js";

/**
 * What the app keeps: preferences and checklist progress per user, digest subscriptions per channel, and
 * which digest slots were claimed and posted. A Postgres or Redis adapter can replace the lowdb one behind
 * this interface when several instances share the data.
 */
export interface Store {
  user(userId: string): Promise<UserRecord | undefined>;
  updateUser(userId: string, change: (current: UserRecord) => UserRecord): Promise<UserRecord>;
  forgetUser(userId: string): Promise<boolean>;
  subscription(channelId: string): Promise<Subscription | undefined>;
  subscriptions(): Promise<Subscription[]>;
  saveSubscription(subscription: Subscription): Promise<void>;
  removeSubscription(channelId: string): Promise<boolean>;
  post(channelId: string, date: string): Promise<PostRecord | undefined>;
  postsFor(channelId: string): Promise<PostRecord[]>;
  /** Claims a digest slot; false when it was already claimed or posted. */
  claimPost(channelId: string, date: string, now: Date): Promise<boolean>;
  completePost(channelId: string, date: string, ts: string, now: Date): Promise<void>;
  /**
   * Renews a claimed slot's claim to `now`: always when `staleBefore` is undefined (the holder, between
   * attempts), else only if it was claimed before then (a survivor taking over a dead instance's claim).
   * True if this call renewed it; of two simultaneous takeovers one wins.
   */
  reclaimPost(channelId: string, date: string, staleBefore: Date | undefined, now: Date): Promise<boolean>;
  /** Gives a claimed slot back, after a post that certainly did not happen. */
  releasePost(channelId: string, date: string): Promise<void>;
  /** Records that a slot was given up, so it is not tried again. */
  failPost(channelId: string, date: string, error: string, now: Date): Promise<void>;
  pauseSubscription(channelId: string, reason: string, now: Date): Promise<void>;
  /** A thread's context for follow-ups, unless it is older than a day. */
  conversation(key: string, now: Date): Promise<ConversationRecord | undefined>;
  saveConversation(key: string, record: ConversationRecord): Promise<void>;
  /** True the first time an event id is seen: an event Slack retries, to any instance, is answered once. */
  firstDelivery(eventId: string, now: Date): Promise<boolean>;
  /** Takes one request's token from a key's bucket (`burst` at once, refilled at `perSecond`); 0 if allowed, else the seconds to wait. */
  takeToken(key: string, now: Date, burst: number, perSecond: number): Promise<number>;
  /** Whether the store can serve now, and why not (for /healthz). */
  health(): Promise<StoreHealth>;
  /** A workspace's installation, by team id (or enterprise id for an org-wide install). */
  installation(key: string): Promise<InstallationRecord | undefined>;
  saveInstallation(key: string, record: InstallationRecord): Promise<void>;
  /**
   * Rewrites installations in one step, one instance at a time (PostgreSQL: under the migration lock):
   * `plan` sees them all and returns those to write (null: forget it); if it throws, nothing is written.
   */
  rewriteInstallations(plan: InstallationRewrite): Promise<void>;
  /**
   * Forgets a workspace that uninstalled the app: its installation, and its people's preferences, its
   * channels' subscriptions and digest slots, and its threads (keys prefixed with the team id).
   */
  forgetWorkspace(teamId: string): Promise<void>;
  /**
   * Counts one question in its day's tally of alike questions (see InsightTally), for the workspace `team`;
   * tallies older than 30 days are dropped as new ones come.
   */
  recordInsight(record: InsightRecord, team?: string): Promise<void>;
  /** The tallies of the days since a time (one workspace's, or every workspace's without `team`), oldest first. */
  insightsSince(since: Date, team?: string): Promise<InsightTally[]>;
  /** Keeps one 👍 / 👎 (no user id); records older than 30 days are dropped as new ones come. */
  recordFeedback(record: FeedbackRecord): Promise<void>;
  /** The feedback since a time (one workspace's, or every workspace's without `team`), oldest first. */
  feedbackSince(since: Date, team?: string): Promise<FeedbackRecord[]>;
  /** The feeds a channel follows. */
  feedsFor(channelId: string): Promise<FeedRecord[]>;
  saveFeed(feed: FeedRecord): Promise<void>;
  removeFeed(channelId: string, url: string): Promise<boolean>;
  /** Keeps what the knowledge said at a version (once per version). */
  saveKnowledgeVersion(record: KnowledgeVersionRecord): Promise<void>;
  knowledgeVersion(version: string): Promise<KnowledgeVersionRecord | undefined>;
  /** Everything kept, in the lowdb file's shape (`career store export`). */
  exportData(): Promise<StoreData>;
  /** Writes every record of `data` over what is kept under the same keys (`career store import`); repeatable. */
  importData(data: StoreData): Promise<ImportCounts>;
  /** Writes everything to the data file and waits for it. */
  flush(): Promise<void>;
  /** Flushes and lets go of the file or the connections. */
  close(): Promise<void>;
}

export type InstallationRewrite = (
  installations: Record<string, InstallationRecord>,
) => Record<string, InstallationRecord | null>;

export type StoreHealth = { ok: true } | { ok: false; reason: string };

export interface ImportCounts {
  users: number;
  subscriptions: number;
  posts: number;
  conversations: number;
}

export function countsOf(data: StoreData): ImportCounts {
  return {
    users: Object.keys(data.users).length,
    subscriptions: Object.keys(data.subscriptions).length,
    posts: Object.keys(data.posts).length,
    conversations: Object.keys(data.conversations).length,
  };
}

/** The database cannot be reached or answered in time: requests get "temporarily unavailable". */
export class StoreUnavailableError extends Error {
  constructor(cause: unknown) {
    super(`the database is unavailable: ${(cause as Error).message ?? cause}`);
    this.name = "StoreUnavailableError";
  }
}
