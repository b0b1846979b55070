import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { Low } from "lowdb";
import { DataFile } from "lowdb/node";
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
  /** Waits for every write in flight. */
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

function readData(file: string, now: Date): StoreData {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return emptyData();
    throw new StoreError(file, `cannot be read (${code})`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new StoreError(file, `is not valid JSON (${(error as Error).message})`);
  }
  const parsed = dataSchema.safeParse(migrate(raw, now.toISOString()));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new StoreError(
      file,
      `does not match the store schema at ${issue?.path.join(".") || "(top)"}: ${issue?.message}`,
    );
  }
  return parsed.data;
}

const slotKey = (channelId: string, date: string) => `${channelId}|${date}`;

/** The lowdb store: one JSON file, written atomically (temp file and rename), writes coalesced. */
export class JsonStore implements Store {
  private readonly db: Low<StoreData>;
  private pending: Promise<void> | undefined;
  private writing: Promise<void> | undefined;

  private constructor(file: string, data: StoreData) {
    this.db = new Low(
      new DataFile<StoreData>(file, { parse: JSON.parse, stringify: (d) => JSON.stringify(d) }),
      data,
    );
  }

  /** Opens the file (creating its folder), migrating an older version; refuses a damaged file. */
  static open(file: string, now = new Date()): JsonStore {
    const data = readData(file, now);
    mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    return new JsonStore(file, data);
  }

  private get data(): StoreData {
    return this.db.data;
  }

  /**
   * Persists the current state. Every change made before the returned promise's write begins is in it;
   * callers that change data while a write is in flight share the single write that follows it.
   */
  private persist(): Promise<void> {
    this.pending ??= (async () => {
      await this.writing?.catch(() => undefined);
      this.pending = undefined;
      this.writing = this.db.write();
      try {
        await this.writing;
      } finally {
        this.writing = undefined;
      }
    })();
    return this.pending;
  }

  user(userId: string): UserRecord | undefined {
    return this.data.users[userId];
  }

  async updateUser(userId: string, change: (current: UserRecord) => UserRecord): Promise<UserRecord> {
    const current = this.data.users[userId] ?? { ticked: [], updatedAt: new Date().toISOString() };
    const next = { ...change(current), updatedAt: new Date().toISOString() };
    this.data.users[userId] = next;
    await this.persist();
    return next;
  }

  async forgetUser(userId: string): Promise<boolean> {
    if (!(userId in this.data.users)) return false;
    delete this.data.users[userId];
    await this.persist();
    return true;
  }

  subscription(channelId: string): Subscription | undefined {
    return this.data.subscriptions[channelId];
  }

  subscriptions(): Subscription[] {
    return Object.values(this.data.subscriptions);
  }

  async saveSubscription(subscription: Subscription): Promise<void> {
    this.data.subscriptions[subscription.channelId] = subscription;
    await this.persist();
  }

  async removeSubscription(channelId: string): Promise<boolean> {
    if (!(channelId in this.data.subscriptions)) return false;
    delete this.data.subscriptions[channelId];
    await this.persist();
    return true;
  }

  post(channelId: string, date: string): PostRecord | undefined {
    return this.data.posts[slotKey(channelId, date)];
  }

  postsFor(channelId: string): PostRecord[] {
    return Object.values(this.data.posts).filter((p) => p.channelId === channelId);
  }

  async claimPost(channelId: string, date: string, now: Date): Promise<boolean> {
    const key = slotKey(channelId, date);
    if (this.data.posts[key]) return false;
    this.data.posts[key] = { channelId, date, state: "claimed", claimedAt: now.toISOString() };
    await this.persist();
    return true;
  }

  async completePost(channelId: string, date: string, ts: string, now: Date): Promise<void> {
    const key = slotKey(channelId, date);
    const claimed = this.data.posts[key] ?? {
      channelId,
      date,
      state: "claimed" as const,
      claimedAt: now.toISOString(),
    };
    this.data.posts[key] = { ...claimed, state: "posted", postedAt: now.toISOString(), ts };
    await this.persist();
  }

  async releasePost(channelId: string, date: string): Promise<void> {
    delete this.data.posts[slotKey(channelId, date)];
    await this.persist();
  }

  async flush(): Promise<void> {
    while (this.pending || this.writing) await (this.pending ?? this.writing)?.catch(() => undefined);
  }
}
