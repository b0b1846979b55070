import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { TextFile } from "lowdb/node";
import { Journal, type JournalEntry } from "./journal.js";
import type { PostRecord, StoreData, Subscription, UserRecord } from "./schema.js";
import { dataSchema, emptyData, migrate } from "./schema.js";

/**
 * What the app keeps: preferences and checklist progress per user, digest subscriptions per channel, and
 * which digest slots were claimed and posted. A Postgres or Redis adapter can replace the lowdb one behind
 * this interface when several instances share the data.
 */
export interface Store {
  user(userId: string): UserRecord | undefined;
  updateUser(userId: string, change: (current: UserRecord) => UserRecord): Promise<UserRecord>;
  forgetUser(userId: string): Promise<boolean>;
  subscription(channelId: string): Subscription | undefined;
  subscriptions(): Subscription[];
  saveSubscription(subscription: Subscription): Promise<void>;
  removeSubscription(channelId: string): Promise<boolean>;
  post(channelId: string, date: string): PostRecord | undefined;
  postsFor(channelId: string): PostRecord[];
  /** Claims a digest slot; false when it was already claimed or posted. */
  claimPost(channelId: string, date: string, now: Date): Promise<boolean>;
  completePost(channelId: string, date: string, ts: string, now: Date): Promise<void>;
  /** Gives a claimed slot back, after a post that certainly did not happen. */
  releasePost(channelId: string, date: string): Promise<void>;
  /** Records that a slot was given up, so it is not tried again. */
  failPost(channelId: string, date: string, error: string, now: Date): Promise<void>;
  pauseSubscription(channelId: string, reason: string, now: Date): Promise<void>;
  /** Writes everything to the data file and waits for it. */
  flush(): Promise<void>;
}

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

/** How many users a rewrite serializes before it lets requests in (a few milliseconds of work). */
const usersPerSlice = 2000;

/**
 * The lowdb store. A change is acknowledged once it is appended to a write-ahead journal beside the file;
 * the JSON file itself is rewritten from memory atomically (lowdb's text adapter: temp file and rename) at
 * most once a second, and on flush. At start the file is read and the journal replayed, so every
 * acknowledged change survives a crash.
 */
export class JsonStore implements Store {
  private readonly file: TextFile;
  /**
   * Every user, with their JSON as last written (undefined once they change), so a rewrite serializes only
   * the users that changed, and walks a Map rather than listing the keys of a large object (22 ms at
   * 100,000 users).
   */
  private readonly userJson = new Map<string, string | undefined>();
  private snapshotTimer: NodeJS.Timeout | undefined;
  private snapshotting: Promise<void> | undefined;
  private dirty = false;

  private constructor(
    file: string,
    private readonly data: StoreData,
    private readonly journal: Journal,
  ) {
    this.file = new TextFile(file);
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
    const { version, subscriptions, posts } = this.data;
    return `{"version":${version},"users":{${slices.filter(Boolean).join(",")}},"subscriptions":${JSON.stringify(subscriptions)},"posts":${JSON.stringify(posts)}}`;
  }

  /** Makes a change durable in the journal, then applies it in memory; a change that cannot be written is not applied. */
  private async apply(
    table: "users" | "subscriptions" | "posts",
    key: string,
    value: unknown,
  ): Promise<void> {
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
        await this.file.write(await this.serialize());
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

  user(userId: string): UserRecord | undefined {
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

  subscription(channelId: string): Subscription | undefined {
    return this.data.subscriptions[channelId];
  }

  subscriptions(): Subscription[] {
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

  post(channelId: string, date: string): PostRecord | undefined {
    return this.data.posts[slotKey(channelId, date)];
  }

  postsFor(channelId: string): PostRecord[] {
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

  async flush(): Promise<void> {
    clearTimeout(this.snapshotTimer);
    this.snapshotTimer = undefined;
    await this.snapshotting?.catch(() => undefined);
    if (this.dirty) await this.snapshot();
  }
}
