import { randomUUID } from "node:crypto";
import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { FeedbackRecord } from "../../insights/feedback-report.js";
import {
  counted,
  type InsightRecord,
  type InsightTally,
  insightLifetimeMs,
  tallyKey,
} from "../../insights/record.js";
import type {
  ConversationRecord,
  FeedRecord,
  InstallationRecord,
  KnowledgeVersionRecord,
  PostRecord,
  StoreData,
  Subscription,
  Table,
  UserRecord,
} from "../records.js";
import { conversationLifetimeMs, dataSchema, emptyData, migrate } from "../records.js";
import type { ImportCounts, InstallationRewrite, Store, StoreHealth } from "../store.js";
import { countsOf } from "../store.js";
import { Journal, type JournalEntry } from "./journal.js";
import { makePrivate, writePrivateFile } from "./private-file.js";
import { RateLimiter } from "./token-buckets.js";

/** The data file cannot be used; the message names the file, the problem and how to recover. */
export class StoreError extends Error {
  constructor(
    readonly file: string,
    problem: string,
  ) {
    super(
      `${file}: ${problem}\nThe file was left untouched. To recover, restore it from a backup, or move it aside ` +
        `(e.g. mv ${file} ${file}.broken) to start with an empty store.`,
    );
    this.name = "StoreError";
  }
}

function readRaw(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return emptyData();
    throw new StoreError(file, `cannot be read (${code})`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new StoreError(file, `is not valid JSON (${(error as Error).message})`);
  }
}

function replay(raw: unknown, entries: JournalEntry[]): unknown {
  if (entries.length === 0) return raw;
  const data = raw as Record<string, Record<string, unknown>>;
  for (const e of entries) {
    if ("set" in e) {
      const rows = data[e.set] ?? {};
      rows[e.key] = e.value;
      data[e.set] = rows;
    } else delete data[e.delete]?.[e.key];
  }
  return data;
}

const slotKey = (channelId: string, date: string) => `${channelId}|${date}`;

/** How long changes may sit only in the journal before the data file is rewritten. */
const snapshotDelayMs = 1000;
/**
 * How many threads' context the file keeps, the most recently active (none is kept over a day), checked
 * every 500 saves, so up to 499 more between checks. The process holds them all in memory, about 600 bytes each; `npm run bench:load` starts 11,000 threads a
 * minute, and its heap grew 12–15% a minute before this bound. A workspace with more threads a day than
 * this belongs on PostgreSQL, which keeps every thread's context for a day.
 */
const conversationsKept = 5_000;

/** How many users a rewrite serializes before it lets requests in (a few milliseconds of work). */
const usersPerSlice = 2000;

/**
 * The lowdb store. A change is acknowledged once it is appended to a write-ahead journal beside the file;
 * the JSON file itself is rewritten from memory atomically (temp file and rename, owner-only) at
 * most once a second, and on flush. At start the file is read and the journal replayed, so every
 * acknowledged change survives a crash.
 */
export class JsonStore implements Store {
  /**
   * Every user, with their JSON as last written (undefined once they change), so a rewrite serializes only
   * the users that changed, and walks a Map rather than listing the keys of a large object (22 ms at
   * 100,000 users).
   */
  private readonly userJson = new Map<string, string | undefined>();
  private snapshotTimer: NodeJS.Timeout | undefined;
  private snapshotting: Promise<void> | undefined;
  private dirty = false;
  private conversationSaves = 0;

  private constructor(
    private readonly file: string,
    private readonly data: StoreData,
    private readonly journal: Journal,
  ) {
    for (const id of Object.keys(data.users)) this.userJson.set(id, undefined);
  }

  /** Opens the file (creating its folder), replaying the journal and migrating an older version; refuses a damaged file. */
  static async open(file: string, now = new Date()): Promise<JsonStore> {
    const raw = readRaw(file);
    let opened: Awaited<ReturnType<typeof Journal.open>>;
    try {
      opened = await Journal.open(file);
    } catch (error) {
      throw new StoreError(file, (error as Error).message);
    }
    const parsed = dataSchema.safeParse(migrate(replay(raw, opened.entries), now.toISOString()));
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new StoreError(
        file,
        `does not match the store schema at ${issue?.path.join(".") || "(top)"}: ${issue?.message}`,
      );
    }
    mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    // A file written by an earlier version may be readable by others: from now on only by its owner.
    for (const f of [file, ...opened.files]) makePrivate(f);
    return new JsonStore(file, parsed.data, opened.journal);
  }

  /**
   * The file's text, built a slice of users at a time with a turn of the event loop between slices, so a
   * large store does not hold up requests while it is written. A change made meanwhile may or may not be in
   * the text; it is in the journal the snapshot leaves, and replaying it over the file gives the same result.
   */
  private async serialize(): Promise<string> {
    const slices: string[] = [];
    let slice: string[] = [];
    // A Map's iterator stays valid while it changes between slices: users added meanwhile are visited,
    // users forgotten meanwhile are not.
    for (const [id, written] of this.userJson) {
      let json = written;
      if (json === undefined) {
        json = `${JSON.stringify(id)}:${JSON.stringify(this.data.users[id])}`;
        this.userJson.set(id, json);
      }
      slice.push(json);
      if (slice.length === usersPerSlice) {
        slices.push(slice.join(","));
        slice = [];
        await new Promise((resolve) => setImmediate(resolve));
      }
    }
    slices.push(slice.join(","));
    const {
      version,
      subscriptions,
      posts,
      conversations,
      installations,
      insights,
      knowledgeVersions,
      feeds,
      feedback,
    } = this.data;
    return `{"version":${version},"users":{${slices.filter(Boolean).join(",")}},"subscriptions":${JSON.stringify(subscriptions)},"posts":${JSON.stringify(posts)},"conversations":${JSON.stringify(conversations)},"installations":${JSON.stringify(installations)},"insights":${JSON.stringify(insights)},"knowledgeVersions":${JSON.stringify(knowledgeVersions)},"feeds":${JSON.stringify(feeds)},"feedback":${JSON.stringify(feedback)}}`;
  }

  /** Makes a change durable in the journal, then applies it in memory; a change that cannot be written is not applied. */
  private async apply(table: Table, key: string, value: unknown): Promise<void> {
    this.journal.append(value === undefined ? { delete: table, key } : { set: table, key, value });
    const rows = this.data[table] as Record<string, unknown>;
    if (value === undefined) delete rows[key];
    else rows[key] = value;
    if (table === "users") {
      if (value === undefined) this.userJson.delete(key);
      else this.userJson.set(key, undefined);
    }
    this.dirty = true;
    this.snapshotTimer ??= setTimeout(() => {
      this.snapshotTimer = undefined;
      void this.snapshot().catch(() => undefined);
    }, snapshotDelayMs).unref();
  }

  /** Rewrites the data file from memory, then drops the journals it now contains. */
  private snapshot(): Promise<void> {
    this.snapshotting ??= (async () => {
      try {
        this.dirty = false;
        const obsolete = this.journal.rotate();
        await writePrivateFile(this.file, await this.serialize());
        await this.journal.discard(obsolete);
      } catch (error) {
        this.dirty = true;
        throw error;
      } finally {
        this.snapshotting = undefined;
      }
    })();
    return this.snapshotting;
  }

  async user(userId: string): Promise<UserRecord | undefined> {
    return this.data.users[userId];
  }

  async updateUser(userId: string, change: (current: UserRecord) => UserRecord): Promise<UserRecord> {
    const current = this.data.users[userId] ?? { ticked: [], updatedAt: new Date().toISOString() };
    const next = { ...change(current), updatedAt: new Date().toISOString() };
    await this.apply("users", userId, next);
    return next;
  }

  async forgetUser(userId: string): Promise<boolean> {
    if (!(userId in this.data.users)) return false;
    await this.apply("users", userId, undefined);
    return true;
  }

  async subscription(channelId: string): Promise<Subscription | undefined> {
    return this.data.subscriptions[channelId];
  }

  async subscriptions(): Promise<Subscription[]> {
    return Object.values(this.data.subscriptions);
  }

  async saveSubscription(subscription: Subscription): Promise<void> {
    await this.apply("subscriptions", subscription.channelId, subscription);
  }

  async removeSubscription(channelId: string): Promise<boolean> {
    if (!(channelId in this.data.subscriptions)) return false;
    await this.apply("subscriptions", channelId, undefined);
    return true;
  }

  async post(channelId: string, date: string): Promise<PostRecord | undefined> {
    return this.data.posts[slotKey(channelId, date)];
  }

  async postsFor(channelId: string): Promise<PostRecord[]> {
    return Object.values(this.data.posts).filter((p) => p.channelId === channelId);
  }

  async claimPost(channelId: string, date: string, now: Date): Promise<boolean> {
    if (this.data.posts[slotKey(channelId, date)]) return false;
    await this.apply("posts", slotKey(channelId, date), {
      channelId,
      date,
      state: "claimed",
      claimedAt: now.toISOString(),
    });
    return true;
  }

  /** Moves a slot from claimed to its outcome (a claim is made up if a crash lost it). */
  private async settlePost(
    channelId: string,
    date: string,
    now: Date,
    outcome: Partial<PostRecord>,
  ): Promise<void> {
    const key = slotKey(channelId, date);
    const claimed = this.data.posts[key] ?? {
      channelId,
      date,
      state: "claimed" as const,
      claimedAt: now.toISOString(),
    };
    await this.apply("posts", key, { ...claimed, ...outcome });
  }

  async completePost(channelId: string, date: string, ts: string, now: Date): Promise<void> {
    await this.settlePost(channelId, date, now, { state: "posted", postedAt: now.toISOString(), ts });
  }

  async reclaimPost(
    channelId: string,
    date: string,
    staleBefore: Date | undefined,
    now: Date,
  ): Promise<boolean> {
    const post = this.data.posts[slotKey(channelId, date)];
    if (post?.state !== "claimed") return false;
    if (staleBefore && new Date(post.claimedAt) >= staleBefore) return false;
    await this.apply("posts", slotKey(channelId, date), { ...post, claimedAt: now.toISOString() });
    return true;
  }

  async releasePost(channelId: string, date: string): Promise<void> {
    await this.apply("posts", slotKey(channelId, date), undefined);
  }

  async failPost(channelId: string, date: string, error: string, now: Date): Promise<void> {
    await this.settlePost(channelId, date, now, { state: "failed", error });
  }

  async pauseSubscription(channelId: string, reason: string, now: Date): Promise<void> {
    const sub = this.data.subscriptions[channelId];
    if (sub)
      await this.apply("subscriptions", channelId, { ...sub, paused: { reason, at: now.toISOString() } });
  }

  async conversation(key: string, now: Date): Promise<ConversationRecord | undefined> {
    const record = this.data.conversations[key];
    if (!record || now.getTime() - Date.parse(record.updatedAt) > conversationLifetimeMs) return undefined;
    return record;
  }

  async saveConversation(key: string, record: ConversationRecord): Promise<void> {
    await this.apply("conversations", key, record);
    // Threads go quiet rather than end: every so often, forget the ones quiet for over a day, and the
    // least recently active beyond the number kept.
    if (++this.conversationSaves % 500 === 0) await this.forgetConversations(new Date(record.updatedAt));
  }

  private async forgetConversations(now: Date): Promise<void> {
    const active: [key: string, at: number][] = [];
    for (const [key, record] of Object.entries(this.data.conversations)) {
      const at = Date.parse(record.updatedAt);
      if (now.getTime() - at > conversationLifetimeMs) await this.apply("conversations", key, undefined);
      else active.push([key, at]);
    }
    if (active.length <= conversationsKept) return;
    active.sort((a, b) => a[1] - b[1]);
    for (const [key] of active.slice(0, active.length - conversationsKept))
      await this.apply("conversations", key, undefined);
  }

  /** Event ids handled by this process: the lowdb store serves one process, so memory is shared enough. */
  private readonly seenEvents = new Set<string>();
  private readonly limiters = new Map<string, RateLimiter>();

  async firstDelivery(eventId: string): Promise<boolean> {
    if (this.seenEvents.has(eventId)) return false;
    this.seenEvents.add(eventId);
    if (this.seenEvents.size > 10_000)
      this.seenEvents.delete(this.seenEvents.values().next().value as string);
    return true;
  }

  async takeToken(key: string, now: Date, burst: number, perSecond: number): Promise<number> {
    const kind = `${burst}/${perSecond}`;
    let limiter = this.limiters.get(kind);
    if (!limiter) {
      limiter = new RateLimiter(burst, perSecond);
      this.limiters.set(kind, limiter);
    }
    return limiter.take(key, now.getTime());
  }

  async health(): Promise<StoreHealth> {
    return { ok: true };
  }

  async installation(key: string): Promise<InstallationRecord | undefined> {
    return this.data.installations[key];
  }

  async saveInstallation(key: string, record: InstallationRecord): Promise<void> {
    await this.apply("installations", key, record);
  }

  async rewriteInstallations(plan: InstallationRewrite): Promise<void> {
    // One process serves the file: nothing else writes between the plan and its changes.
    const changes = plan(structuredClone(this.data.installations));
    for (const [key, record] of Object.entries(changes))
      await this.apply("installations", key, record ?? undefined);
    await this.flush();
  }

  async forgetWorkspace(teamId: string): Promise<void> {
    const prefix = `${teamId}:`;
    const d = this.data;
    const channels = new Set(
      Object.values(d.subscriptions)
        .filter((s) => s.teamId === teamId)
        .map((s) => s.channelId),
    );
    const doomed: [
      (
        | "users"
        | "subscriptions"
        | "posts"
        | "conversations"
        | "installations"
        | "insights"
        | "knowledgeVersions"
        | "feedback"
      ),
      string,
    ][] = [
      ["installations", teamId],
      ...Object.keys(d.users)
        .filter((k) => k.startsWith(prefix))
        .map((k) => ["users", k] as ["users", string]),
      ...[...channels].map((c) => ["subscriptions", c] as ["subscriptions", string]),
      ...Object.values(d.posts)
        .filter((p) => channels.has(p.channelId))
        .map((p) => ["posts", slotKey(p.channelId, p.date)] as ["posts", string]),
      ...Object.keys(d.conversations)
        .filter((k) => k.startsWith(prefix))
        .map((k) => ["conversations", k] as ["conversations", string]),
      ...Object.entries(d.insights)
        .filter(([, t]) => t.team === teamId)
        .map(([k]) => ["insights", k] as ["insights", string]),
      ...Object.entries(d.feedback)
        .filter(([, f]) => f.team === teamId)
        .map(([k]) => ["feedback", k] as ["feedback", string]),
    ];
    for (const [table, key] of doomed) if (key in d[table]) await this.apply(table, key, undefined);
  }

  private insightDay = "";

  async recordInsight(record: InsightRecord, team?: string): Promise<void> {
    const key = tallyKey(record, team);
    await this.apply("insights", key, counted(this.data.insights[key], record, team));
    // Once a day is over, the days that fell out of the 30 kept go.
    const day = record.at.slice(0, 10);
    if (day !== this.insightDay) {
      this.insightDay = day;
      const cutoff = new Date(Date.parse(record.at) - insightLifetimeMs).toISOString().slice(0, 10);
      for (const [key, t] of Object.entries(this.data.insights))
        if (t.day < cutoff) await this.apply("insights", key, undefined);
    }
  }

  private feedbackDay = "";

  async recordFeedback(record: FeedbackRecord): Promise<void> {
    await this.apply("feedback", `${record.at}|${randomUUID()}`, record);
    const day = record.at.slice(0, 10);
    if (day !== this.feedbackDay) {
      this.feedbackDay = day;
      const cutoff = new Date(Date.parse(record.at) - insightLifetimeMs).toISOString();
      for (const [key, f] of Object.entries(this.data.feedback))
        if (f.at < cutoff) await this.apply("feedback", key, undefined);
    }
  }

  async feedbackSince(since: Date, team?: string): Promise<FeedbackRecord[]> {
    const first = since.toISOString();
    return Object.values(this.data.feedback)
      .filter((f) => f.at >= first && (team === undefined || f.team === team))
      .sort((a, b) => a.at.localeCompare(b.at));
  }

  async feedsFor(channelId: string): Promise<FeedRecord[]> {
    return Object.values(this.data.feeds).filter((f) => f.channelId === channelId);
  }

  async saveFeed(feed: FeedRecord): Promise<void> {
    await this.apply("feeds", `${feed.channelId}|${feed.url}`, feed);
  }

  async removeFeed(channelId: string, url: string): Promise<boolean> {
    if (!(`${channelId}|${url}` in this.data.feeds)) return false;
    await this.apply("feeds", `${channelId}|${url}`, undefined);
    return true;
  }

  async saveKnowledgeVersion(record: KnowledgeVersionRecord): Promise<void> {
    if (!(record.version in this.data.knowledgeVersions))
      await this.apply("knowledgeVersions", record.version, record);
  }

  async knowledgeVersion(version: string): Promise<KnowledgeVersionRecord | undefined> {
    return this.data.knowledgeVersions[version];
  }

  async insightsSince(since: Date, team?: string): Promise<InsightTally[]> {
    const first = since.toISOString().slice(0, 10);
    return Object.values(this.data.insights)
      .filter((t) => t.day >= first && (team === undefined || t.team === team))
      .sort((a, b) => a.day.localeCompare(b.day));
  }

  async exportData(): Promise<StoreData> {
    return structuredClone(this.data);
  }

  async importData(data: StoreData): Promise<ImportCounts> {
    for (const table of [
      "users",
      "subscriptions",
      "posts",
      "conversations",
      "installations",
      "insights",
      "feeds",
      "knowledgeVersions",
      "feedback",
    ] as const)
      for (const [key, value] of Object.entries(data[table])) await this.apply(table, key, value);
    await this.flush();
    return countsOf(data);
  }

  async close(): Promise<void> {
    await this.flush();
  }

  async flush(): Promise<void> {
    clearTimeout(this.snapshotTimer);
    this.snapshotTimer = undefined;
    await this.snapshotting?.catch(() => undefined);
    if (this.dirty) await this.snapshot();
  }
}
