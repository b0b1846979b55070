import { randomUUID } from "node:crypto";
import pg from "pg";
import type { z } from "zod";
import type { FeedbackRecord } from "../../insights/feedback-report.js";
import {
  counted,
  type InsightRecord,
  type InsightTally,
  insightLifetimeMs,
  minimumPeople,
  tallyKey,
} from "../../insights/record.js";
import {
  type ConversationRecord,
  conversationLifetimeMs,
  conversationSchema,
  emptyData,
  type FeedRecord,
  feedbackSchema,
  feedSchema,
  type InstallationRecord,
  insightSchema,
  installationSchema,
  type KnowledgeVersionRecord,
  knowledgeVersionSchema,
  type PostRecord,
  postSchema,
  type StoreData,
  type Subscription,
  subscriptionSchema,
  type UserRecord,
  userSchema,
} from "../records.js";
import {
  countsOf,
  type ImportCounts,
  type InstallationRewrite,
  type Store,
  type StoreHealth,
  StoreUnavailableError,
} from "../store.js";
import { migrationLockId, migrations } from "./migrations.js";

/** How long an instance waits for another to finish rewriting the installations (a key rotation). */
const lockWaitMs = 5 * 60 * 1000;

/** How long Slack's event ids are remembered: Slack retries for minutes, never an hour later. */
const eventMemoryMs = 60 * 60 * 1000;

export interface PostgresOptions {
  /** Connections per instance. */
  max?: number;
  /** How long to wait for a connection, and for any one statement. */
  timeoutMs?: number;
}

function parse<S extends z.ZodType>(schema: S, data: unknown): z.infer<S> {
  return schema.parse(data) as z.infer<S>;
}

/**
 * The store on PostgreSQL, for several instances or many workspaces. Every change is one statement or one
 * transaction, so none is half done; a claim is an insert that only one instance can win.
 */
export class PostgresStore implements Store {
  private constructor(private readonly pool: pg.Pool) {}

  /** Connects, applies pending migrations under an advisory lock, and returns the store. */
  static async open(connectionString: string, o: PostgresOptions = {}): Promise<PostgresStore> {
    const timeout = o.timeoutMs ?? 5000;
    const pool = new pg.Pool({
      connectionString,
      max: o.max ?? 10,
      connectionTimeoutMillis: timeout,
      statement_timeout: timeout,
      query_timeout: timeout + 1000,
      idleTimeoutMillis: 30_000,
    });
    // A connection that breaks while idle (the server restarted) is dropped by the pool; without a
    // listener its error would end the process.
    pool.on("error", () => undefined);
    const store = new PostgresStore(pool);
    try {
      await store.migrate();
    } catch (error) {
      await pool.end().catch(() => undefined);
      throw error;
    }
    return store;
  }

  private async migrate(): Promise<void> {
    const client = await this.pool.connect();
    try {
      await client.query("select pg_advisory_lock($1)", [migrationLockId]);
      await client.query(
        "create table if not exists schema_migrations (version integer primary key, name text not null, applied_at timestamptz not null default now())",
      );
      const done = new Set(
        (await client.query<{ version: number }>("select version from schema_migrations")).rows.map(
          (r) => r.version,
        ),
      );
      for (const m of migrations) {
        if (done.has(m.version)) continue;
        await client.query("begin");
        try {
          await client.query(m.sql);
          await client.query("insert into schema_migrations (version, name) values ($1, $2)", [
            m.version,
            m.name,
          ]);
          await client.query("commit");
        } catch (error) {
          await client.query("rollback");
          throw error;
        }
      }
    } finally {
      await client.query("select pg_advisory_unlock($1)", [migrationLockId]).catch(() => undefined);
      client.release();
    }
  }

  private async query<R extends pg.QueryResultRow>(
    sql: string,
    params: unknown[] = [],
  ): Promise<pg.QueryResult<R>> {
    try {
      return await this.pool.query<R>(sql, params);
    } catch (error) {
      throw unavailable(error);
    }
  }

  /** Runs `work` in one transaction on one connection. */
  private async transaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    let client: pg.PoolClient;
    try {
      client = await this.pool.connect();
    } catch (error) {
      throw unavailable(error);
    }
    try {
      await client.query("begin");
      const result = await work(client);
      await client.query("commit");
      return result;
    } catch (error) {
      await client.query("rollback").catch(() => undefined);
      throw error instanceof PlanRefused ? error.reason : unavailable(error);
    } finally {
      client.release();
    }
  }

  async user(userId: string): Promise<UserRecord | undefined> {
    const { rows } = await this.query<{ data: unknown }>("select data from users where id = $1", [userId]);
    return rows[0] ? parse(userSchema, rows[0].data) : undefined;
  }

  async updateUser(userId: string, change: (current: UserRecord) => UserRecord): Promise<UserRecord> {
    return this.transaction(async (client) => {
      const now = new Date().toISOString();
      // The row lock makes concurrent changes to one user (two instances, two clicks) apply one after another.
      await client.query(
        "insert into users (id, data, updated_at) values ($1, $2, $3) on conflict (id) do nothing",
        [userId, { ticked: [], updatedAt: now }, now],
      );
      const { rows } = await client.query<{ data: unknown }>(
        "select data from users where id = $1 for update",
        [userId],
      );
      const next = parse(userSchema, { ...change(parse(userSchema, rows[0]?.data)), updatedAt: now });
      await client.query("update users set data = $2, updated_at = $3 where id = $1", [userId, next, now]);
      return next;
    });
  }

  async forgetUser(userId: string): Promise<boolean> {
    return ((await this.query("delete from users where id = $1", [userId])).rowCount ?? 0) > 0;
  }

  async subscription(channelId: string): Promise<Subscription | undefined> {
    const { rows } = await this.query<{ data: unknown }>(
      "select data from subscriptions where channel_id = $1",
      [channelId],
    );
    return rows[0] ? parse(subscriptionSchema, rows[0].data) : undefined;
  }

  async subscriptions(): Promise<Subscription[]> {
    const { rows } = await this.query<{ data: unknown }>(
      "select data from subscriptions order by channel_id",
    );
    return rows.map((r) => parse(subscriptionSchema, r.data));
  }

  async saveSubscription(subscription: Subscription): Promise<void> {
    await this.query(
      "insert into subscriptions (channel_id, data) values ($1, $2) on conflict (channel_id) do update set data = excluded.data",
      [subscription.channelId, parse(subscriptionSchema, subscription)],
    );
  }

  async removeSubscription(channelId: string): Promise<boolean> {
    return (
      ((await this.query("delete from subscriptions where channel_id = $1", [channelId])).rowCount ?? 0) > 0
    );
  }

  async pauseSubscription(channelId: string, reason: string, now: Date): Promise<void> {
    await this.query(
      "update subscriptions set data = data || jsonb_build_object('paused', jsonb_build_object('reason', $2::text, 'at', $3::text)) where channel_id = $1",
      [channelId, reason, now.toISOString()],
    );
  }

  async post(channelId: string, date: string): Promise<PostRecord | undefined> {
    const { rows } = await this.query<{ data: unknown }>(
      "select data from posts where channel_id = $1 and date = $2",
      [channelId, date],
    );
    return rows[0] ? parse(postSchema, rows[0].data) : undefined;
  }

  async postsFor(channelId: string): Promise<PostRecord[]> {
    const { rows } = await this.query<{ data: unknown }>(
      "select data from posts where channel_id = $1 order by date",
      [channelId],
    );
    return rows.map((r) => parse(postSchema, r.data));
  }

  async claimPost(channelId: string, date: string, now: Date): Promise<boolean> {
    const claim: PostRecord = { channelId, date, state: "claimed", claimedAt: now.toISOString() };
    // Of two instances claiming in the same instant, the primary key lets exactly one insert.
    const result = await this.query(
      "insert into posts (channel_id, date, data) values ($1, $2, $3) on conflict do nothing",
      [channelId, date, claim],
    );
    return (result.rowCount ?? 0) === 1;
  }

  private async settlePost(channelId: string, date: string, now: Date, outcome: Partial<PostRecord>) {
    const claimed: PostRecord = { channelId, date, state: "claimed", claimedAt: now.toISOString() };
    await this.query(
      `insert into posts (channel_id, date, data) values ($1, $2, $3)
       on conflict (channel_id, date) do update set data = posts.data || $4`,
      [channelId, date, { ...claimed, ...outcome }, outcome],
    );
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
    const result = await this.query(
      `update posts set data = jsonb_set(data, '{claimedAt}', to_jsonb($4::text))
       where channel_id = $1 and date = $2 and data->>'state' = 'claimed'
         and ($3::timestamptz is null or (data->>'claimedAt')::timestamptz < $3::timestamptz)`,
      [channelId, date, staleBefore ?? null, now.toISOString()],
    );
    return (result.rowCount ?? 0) === 1;
  }

  async releasePost(channelId: string, date: string): Promise<void> {
    await this.query("delete from posts where channel_id = $1 and date = $2", [channelId, date]);
  }

  async failPost(channelId: string, date: string, error: string, now: Date): Promise<void> {
    await this.settlePost(channelId, date, now, { state: "failed", error });
  }

  async conversation(key: string, now: Date): Promise<ConversationRecord | undefined> {
    const { rows } = await this.query<{ data: unknown }>(
      "select data from conversations where key = $1 and updated_at > $2",
      [key, new Date(now.getTime() - conversationLifetimeMs)],
    );
    return rows[0] ? parse(conversationSchema, rows[0].data) : undefined;
  }

  async saveConversation(key: string, record: ConversationRecord): Promise<void> {
    const at = new Date(record.updatedAt);
    await this.query(
      "insert into conversations (key, data, updated_at) values ($1, $2, $3) on conflict (key) do update set data = excluded.data, updated_at = excluded.updated_at",
      [key, parse(conversationSchema, record), at],
    );
    if (Math.random() < 0.002)
      await this.query("delete from conversations where updated_at < $1", [
        new Date(at.getTime() - conversationLifetimeMs),
      ]);
  }

  async firstDelivery(eventId: string, now: Date): Promise<boolean> {
    const result = await this.query(
      "insert into events (id, seen_at) values ($1, $2) on conflict do nothing",
      [eventId, now],
    );
    if (Math.random() < 0.01)
      await this.query("delete from events where seen_at < $1", [new Date(now.getTime() - eventMemoryMs)]);
    return (result.rowCount ?? 0) === 1;
  }

  async takeToken(key: string, now: Date, burst: number, perSecond: number): Promise<number> {
    // One statement refills the bucket for the time passed and takes a token if there is one. The row lock
    // makes two instances taking from one user's bucket at once see each other's take.
    const { rows } = await this.query<{ available: number }>(
      `with current as (
         select tokens, updated_at from rate_limits where key = $1 for update
       ), refill as (
         select least($2::float8, coalesce(
           (select tokens + greatest(0, extract(epoch from ($3::timestamptz - updated_at))) * $4::float8 from current),
           $2::float8)) as available
       )
       insert into rate_limits (key, tokens, updated_at)
       select $1, case when available >= 1 then available - 1 else available end, $3 from refill
       on conflict (key) do update set tokens = excluded.tokens, updated_at = excluded.updated_at
       returning (select available from refill) as available`,
      [key, burst, now, perSecond],
    );
    const available = Number(rows[0]?.available ?? burst);
    return available >= 1 ? 0 : Math.ceil((1 - available) / perSecond);
  }

  async installation(key: string): Promise<InstallationRecord | undefined> {
    const { rows } = await this.query<{ data: unknown }>("select data from installations where key = $1", [
      key,
    ]);
    return rows[0] ? parse(installationSchema, rows[0].data) : undefined;
  }

  async saveInstallation(key: string, record: InstallationRecord): Promise<void> {
    await this.query(
      "insert into installations (key, data, updated_at) values ($1, $2, $3) on conflict (key) do update set data = excluded.data, updated_at = excluded.updated_at",
      [key, parse(installationSchema, record), record.updatedAt],
    );
  }

  async rewriteInstallations(plan: InstallationRewrite): Promise<void> {
    await this.transaction(async (client) => {
      // The migration lock, for this transaction: of several instances starting together, one rewrites
      // while the others queue here, then find nothing left to do. Rewriting thousands of installations
      // takes seconds, longer than one statement may take otherwise.
      await client.query(`set local statement_timeout = ${lockWaitMs}`);
      await client.query({
        text: "select pg_advisory_xact_lock($1)",
        values: [migrationLockId],
        query_timeout: lockWaitMs + 1000,
      } as pg.QueryConfig);
      const { rows } = await client.query<{ key: string; data: unknown }>(
        "select key, data from installations for update",
      );
      let changes: ReturnType<InstallationRewrite>;
      try {
        changes = plan(Object.fromEntries(rows.map((r) => [r.key, parse(installationSchema, r.data)])));
      } catch (error) {
        throw new PlanRefused(error);
      }
      for (const [key, record] of Object.entries(changes))
        if (record === null) await client.query("delete from installations where key = $1", [key]);
        else
          await client.query("update installations set data = $2, updated_at = $3 where key = $1", [
            key,
            parse(installationSchema, record),
            record.updatedAt,
          ]);
    });
  }

  async forgetWorkspace(teamId: string): Promise<void> {
    const prefix = `${teamId.replace(/[\\%_]/g, "\\$&")}:%`;
    await this.transaction(async (client) => {
      await client.query("delete from installations where key = $1", [teamId]);
      await client.query("delete from users where id like $1", [prefix]);
      await client.query("delete from conversations where key like $1", [prefix]);
      await client.query("delete from insights where data->>'team' = $1", [teamId]);
      await client.query("delete from feedback where team = $1", [teamId]);
      await client.query(
        "delete from posts where channel_id in (select channel_id from subscriptions where data->>'teamId' = $1)",
        [teamId],
      );
      await client.query(
        "delete from feeds where channel_id in (select channel_id from subscriptions where data->>'teamId' = $1)",
        [teamId],
      );
      await client.query("delete from subscriptions where data->>'teamId' = $1", [teamId]);
    });
  }

  async feedsFor(channelId: string): Promise<FeedRecord[]> {
    const { rows } = await this.query<{ data: unknown }>(
      "select data from feeds where channel_id = $1 order by url",
      [channelId],
    );
    return rows.map((r) => parse(feedSchema, r.data));
  }

  async saveFeed(feed: FeedRecord): Promise<void> {
    await this.query(
      "insert into feeds (channel_id, url, data) values ($1, $2, $3) on conflict (channel_id, url) do update set data = excluded.data",
      [feed.channelId, feed.url, parse(feedSchema, feed)],
    );
  }

  async removeFeed(channelId: string, url: string): Promise<boolean> {
    return (
      ((await this.query("delete from feeds where channel_id = $1 and url = $2", [channelId, url]))
        .rowCount ?? 0) > 0
    );
  }

  async saveKnowledgeVersion(record: KnowledgeVersionRecord): Promise<void> {
    await this.query(
      "insert into knowledge_versions (version, data) values ($1, $2) on conflict do nothing",
      [record.version, parse(knowledgeVersionSchema, record)],
    );
  }

  async knowledgeVersion(version: string): Promise<KnowledgeVersionRecord | undefined> {
    const { rows } = await this.query<{ data: unknown }>(
      "select data from knowledge_versions where version = $1",
      [version],
    );
    return rows[0] ? parse(knowledgeVersionSchema, rows[0].data) : undefined;
  }

  private insightDay = "";

  async recordInsight(record: InsightRecord, team?: string): Promise<void> {
    const { count, askers, ...what } = counted(undefined, record, team);
    // One statement: the tally counted, its asker kept while it has fewer than three, whichever instance.
    await this.query(
      `insert into insights (day, key, data, count, askers) values ($1, $2, $3, 1, $4)
       on conflict (day, key) do update set count = insights.count + 1,
         askers = case when $5 = any(insights.askers) or cardinality(insights.askers) >= ${minimumPeople}
                       then insights.askers else insights.askers || $5 end`,
      [what.day, tallyKey(record, team), what, askers, record.asker],
    );
    if (what.day !== this.insightDay) {
      this.insightDay = what.day;
      await this.query("delete from insights where day < $1", [
        new Date(Date.parse(record.at) - insightLifetimeMs).toISOString().slice(0, 10),
      ]);
    }
  }

  async insightsSince(since: Date, team?: string): Promise<InsightTally[]> {
    const { rows } = await this.query<{ data: object; count: number; askers: string[] }>(
      `select data, count, askers from insights where day >= $1 ${team === undefined ? "" : "and data->>'team' = $2"} order by day`,
      team === undefined ? [since.toISOString().slice(0, 10)] : [since.toISOString().slice(0, 10), team],
    );
    return rows.map((r) => parse(insightSchema, { ...r.data, count: r.count, askers: r.askers }));
  }

  private feedbackDay = "";

  async recordFeedback(record: FeedbackRecord): Promise<void> {
    const row = parse(feedbackSchema, record);
    await this.query("insert into feedback (id, at, team, data) values ($1, $2, $3, $4)", [
      `${row.at}|${randomUUID()}`,
      row.at,
      row.team ?? null,
      row,
    ]);
    const day = row.at.slice(0, 10);
    if (day !== this.feedbackDay) {
      this.feedbackDay = day;
      await this.query("delete from feedback where at < $1", [
        new Date(Date.parse(row.at) - insightLifetimeMs).toISOString(),
      ]);
    }
  }

  async feedbackSince(since: Date, team?: string): Promise<FeedbackRecord[]> {
    const { rows } = await this.query<{ data: unknown }>(
      `select data from feedback where at >= $1 ${team === undefined ? "" : "and team = $2"} order by at, id`,
      team === undefined ? [since.toISOString()] : [since.toISOString(), team],
    );
    return rows.map((r) => parse(feedbackSchema, r.data));
  }

  async exportData(): Promise<StoreData> {
    const data = emptyData();
    for (const r of (await this.query<{ id: string; data: unknown }>("select id, data from users")).rows)
      data.users[r.id] = parse(userSchema, r.data);
    for (const r of (await this.query<{ data: unknown }>("select data from subscriptions")).rows) {
      const sub = parse(subscriptionSchema, r.data);
      data.subscriptions[sub.channelId] = sub;
    }
    for (const r of (await this.query<{ data: unknown }>("select data from posts")).rows) {
      const post = parse(postSchema, r.data);
      data.posts[`${post.channelId}|${post.date}`] = post;
    }
    for (const r of (await this.query<{ key: string; data: unknown }>("select key, data from conversations"))
      .rows)
      data.conversations[r.key] = parse(conversationSchema, r.data);
    for (const r of (await this.query<{ key: string; data: unknown }>("select key, data from installations"))
      .rows)
      data.installations[r.key] = parse(installationSchema, r.data);
    for (const r of (await this.query<{ data: unknown }>("select data from feeds")).rows) {
      const feed = parse(feedSchema, r.data);
      data.feeds[`${feed.channelId}|${feed.url}`] = feed;
    }
    for (const r of (
      await this.query<{ version: string; data: unknown }>("select version, data from knowledge_versions")
    ).rows)
      data.knowledgeVersions[r.version] = parse(knowledgeVersionSchema, r.data);
    for (const r of (
      await this.query<{ key: string; data: object; count: number; askers: string[] }>(
        "select key, data, count, askers from insights",
      )
    ).rows)
      data.insights[r.key] = parse(insightSchema, { ...r.data, count: r.count, askers: r.askers });
    for (const r of (await this.query<{ id: string; data: unknown }>("select id, data from feedback")).rows)
      data.feedback[r.id] = parse(feedbackSchema, r.data);
    return data;
  }

  async importData(data: StoreData): Promise<ImportCounts> {
    // One transaction: an import that fails part-way leaves the database as it was.
    await this.transaction(async (client) => {
      for (const [id, user] of Object.entries(data.users))
        await client.query(
          "insert into users (id, data, updated_at) values ($1, $2, $3) on conflict (id) do update set data = excluded.data, updated_at = excluded.updated_at",
          [id, user, user.updatedAt],
        );
      for (const sub of Object.values(data.subscriptions))
        await client.query(
          "insert into subscriptions (channel_id, data) values ($1, $2) on conflict (channel_id) do update set data = excluded.data",
          [sub.channelId, sub],
        );
      for (const post of Object.values(data.posts))
        await client.query(
          "insert into posts (channel_id, date, data) values ($1, $2, $3) on conflict (channel_id, date) do update set data = excluded.data",
          [post.channelId, post.date, post],
        );
      for (const f of Object.values(data.feeds))
        await client.query(
          "insert into feeds (channel_id, url, data) values ($1, $2, $3) on conflict (channel_id, url) do update set data = excluded.data",
          [f.channelId, f.url, f],
        );
      for (const k of Object.values(data.knowledgeVersions))
        await client.query(
          "insert into knowledge_versions (version, data) values ($1, $2) on conflict do nothing",
          [k.version, k],
        );
      for (const [key, { count, askers, ...what }] of Object.entries(data.insights))
        await client.query(
          "insert into insights (day, key, data, count, askers) values ($1, $2, $3, $4, $5) on conflict (day, key) do update set data = excluded.data, count = excluded.count, askers = excluded.askers",
          [what.day, key, what, count, askers],
        );
      for (const [id, f] of Object.entries(data.feedback))
        await client.query(
          "insert into feedback (id, at, team, data) values ($1, $2, $3, $4) on conflict (id) do update set data = excluded.data",
          [id, f.at, f.team ?? null, f],
        );
      for (const [key, i] of Object.entries(data.installations))
        await client.query(
          "insert into installations (key, data, updated_at) values ($1, $2, $3) on conflict (key) do update set data = excluded.data, updated_at = excluded.updated_at",
          [key, i, i.updatedAt],
        );
      for (const [key, c] of Object.entries(data.conversations))
        await client.query(
          "insert into conversations (key, data, updated_at) values ($1, $2, $3) on conflict (key) do update set data = excluded.data, updated_at = excluded.updated_at",
          [key, c, c.updatedAt],
        );
    });
    return countsOf(data);
  }

  async health(): Promise<StoreHealth> {
    try {
      await this.pool.query("select 1");
      return { ok: true };
    } catch (error) {
      return { ok: false, reason: `database unavailable: ${(error as Error).message}` };
    }
  }

  async flush(): Promise<void> {
    // Every change is committed when its promise resolves: nothing waits to be written.
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}

/** The plan of a rewrite refused it (its own error, not the database's). */
class PlanRefused {
  constructor(readonly reason: unknown) {}
}

function unavailable(error: unknown): Error {
  const code = (error as { code?: string }).code;
  // Errors from the server about the query itself (a constraint, a syntax error) are bugs, not outages.
  if (code && /^(23|42|22)/.test(code)) return error as Error;
  return new StoreUnavailableError(error);
}
