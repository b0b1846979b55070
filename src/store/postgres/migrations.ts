/**
 * The PostgreSQL schema, as versioned migrations applied in order at start. Each runs once, in a
 * transaction, under an advisory lock, so instances starting together on an empty database all come up.
 * Records are kept as JSON validated by the same zod schemas as the lowdb file; the columns beside them are
 * what queries need (keys, claim state, times).
 */
export const migrations: { version: number; name: string; sql: string }[] = [
  {
    version: 1,
    name: "users, subscriptions, digest posts, conversations, events, rate limits",
    sql: `
      create table users (
        id text primary key,
        data jsonb not null,
        updated_at timestamptz not null
      );
      create table subscriptions (
        channel_id text primary key,
        data jsonb not null
      );
      create table posts (
        channel_id text not null,
        date text not null,
        data jsonb not null,
        primary key (channel_id, date)
      );
      create table conversations (
        key text primary key,
        data jsonb not null,
        updated_at timestamptz not null
      );
      create index conversations_updated_at on conversations (updated_at);
      create table events (
        id text primary key,
        seen_at timestamptz not null
      );
      create index events_seen_at on events (seen_at);
      create table rate_limits (
        key text primary key,
        tokens double precision not null,
        updated_at timestamptz not null
      );
    `,
  },
  {
    version: 2,
    name: "installations (OAuth), and the workspace of each subscription",
    sql: `
      create table installations (
        key text primary key,
        data jsonb not null,
        updated_at timestamptz not null
      );
      create index subscriptions_team on subscriptions ((data->>'teamId'));
    `,
  },
  {
    version: 3,
    name: "insights: an anonymous record of what is asked",
    sql: `
      -- One row per day and kind of question (InsightTally): counted, with at most three askers.
      create table insights (
        day date not null,
        key text not null,
        data jsonb not null,
        count integer not null,
        askers text[] not null,
        primary key (day, key)
      );
    `,
  },
  {
    version: 4,
    name: "knowledge versions, so a digest can say what changed",
    sql: `
      create table knowledge_versions (
        version text primary key,
        data jsonb not null
      );
    `,
  },
  {
    version: 5,
    name: "channel feeds",
    sql: `
      create table feeds (
        channel_id text not null,
        url text not null,
        data jsonb not null,
        primary key (channel_id, url)
      );
    `,
  },
  {
    version: 6,
    name: "feedback on answers (👍 / 👎, no user ids)",
    sql: `
      create table feedback (
        id text primary key,
        at timestamptz not null,
        team text,
        data jsonb not null
      );
      create index feedback_at on feedback (at);
    `,
  },
];

/** Any number; the same for every instance of this app, so they queue on one lock. */
export const migrationLockId = 72_616_001;
