import { z } from "zod";

const currentVersion = 2;

const isoTime = z.string().min(1);

export const userSchema = z.object({
  location: z.string().optional(),
  level: z.string().optional(),
  role: z.string().optional(),
  visibility: z.enum(["private", "channel"]).optional(),
  /** Skill ids the user has ticked in any checklist. */
  ticked: z.array(z.string()).default([]),
  /** Has opened App Home: only then is it republished after a change (opening it publishes it afresh). */
  homeOpened: z.boolean().optional(),
  updatedAt: isoTime,
});
export type UserRecord = z.infer<typeof userSchema>;

export const subscriptionSchema = z.object({
  channelId: z.string().min(1),
  time: z.string().regex(/^\d{2}:\d{2}$/),
  zone: z.string().min(1),
  subscribedBy: z.string().min(1),
  /** The workspace, when the app is installed into several (its token posts the digest). */
  teamId: z.string().optional(),
  /** The knowledge's version at this channel's last digest, to say what changed since. */
  knowledgeVersion: z.string().optional(),
  /** The trends this channel's digests brought in the current cycle: none comes again until all have. */
  trendsSeen: z.array(z.string()).optional(),
  createdAt: isoTime,
  paused: z.object({ reason: z.string(), at: isoTime }).optional(),
});
export type Subscription = z.infer<typeof subscriptionSchema>;

/** One digest slot of one channel: claimed before posting, posted after. */
export const postSchema = z.object({
  channelId: z.string().min(1),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  state: z.enum(["claimed", "posted", "failed"]),
  claimedAt: isoTime,
  postedAt: isoTime.optional(),
  ts: z.string().optional(),
  /** Why a slot was given up, for `digest status`. */
  error: z.string().optional(),
});
export type PostRecord = z.infer<typeof postSchema>;

/** How long a thread's context is kept after its last message; both stores keep to it. */
export const conversationLifetimeMs = 24 * 60 * 60 * 1000;

/** What a thread or DM is about so far, for follow-up questions; kept a day after its last message. */
export const conversationSchema = z.object({
  roles: z.array(z.string()).max(3),
  level: z.string().optional(),
  unlistedLevel: z.string().optional(),
  companyLevel: z.string().optional(),
  place: z.string().optional(),
  unlistedPlace: z.string().optional(),
  placeBefore: z.string().optional(),
  company: z.string().optional(),
  companiesBefore: z.array(z.string()).max(3).optional(),
  companiesBeside: z.number().int().min(1).max(3).optional(),
  employersNamed: z.array(z.string()).max(4).optional(),
  earlier: z.string().optional(),
  inTurn: z.array(z.string()).max(3).optional(),
  recent: z.array(z.string()).max(4).optional(),
  occupation: z.string().optional(),
  besideOccupation: z.string().optional(),
  earlierOccupation: z.string().optional(),
  intent: z.string().optional(),
  perHour: z.boolean().optional(),
  offered: z.array(z.string()).max(5).optional(),
  shown: z.array(z.string()).max(10).optional(),
  checked: z.array(z.string()).max(5).optional(),
  rankedBy: z.string().optional(),
  byPay: z.array(z.string()).max(3).optional(),
  uncovered: z.string().optional(),
  leaving: z.string().optional(),
  held: z.string().optional(),
  heldOccupation: z.string().optional(),
  payStated: z
    .object({
      amount: z.number(),
      upTo: z.number().optional(),
      per: z.enum(["year", "hour"]),
      base: z.boolean(),
    })
    .optional(),
  updatedAt: isoTime,
});
export type ConversationRecord = z.infer<typeof conversationSchema>;

/** A workspace's (or an Enterprise Grid org's) installation: Bolt's record, with its bot token. */
export const installationSchema = z.object({
  teamId: z.string().optional(),
  enterpriseId: z.string().optional(),
  /** Bolt's Installation object, kept as it gave it. */
  installation: z.record(z.string(), z.unknown()),
  updatedAt: isoTime,
});
export type InstallationRecord = z.infer<typeof installationSchema>;

/** One day's tally of alike questions, anonymous (see InsightTally in src/insights/record.ts). */
export const insightSchema = z.object({
  day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "a day as YYYY-MM-DD"),
  team: z.string().optional(),
  kind: z.string(),
  roles: z.array(z.string()),
  comparison: z.string().optional(),
  skills: z.array(z.string()),
  found: z.boolean(),
  uncovered: z.string().optional(),
  question: z.string().optional(),
  count: z.number().int().positive(),
  askers: z.array(z.string()).max(3),
});

/** One 👍 or 👎 on an answer, without who gave it (see FeedbackRecord in src/insights/feedback-report.ts). */
export const feedbackSchema = z.object({
  at: isoTime,
  value: z.enum(["positive", "negative"]),
  kind: z.string(),
  roles: z.array(z.string()),
  knowledge: z.string(),
  question: z.string().optional(),
  team: z.string().optional(),
});

/** What the knowledge said at one version (see src/knowledge/fingerprint.ts). */
export const knowledgeVersionSchema = z.object({
  version: z.string(),
  roles: z.record(z.string(), z.string()),
  figures: z.record(z.string(), z.string()),
});
export type KnowledgeVersionRecord = z.infer<typeof knowledgeVersionSchema>;

/** A feed a channel follows, and what its digests have taken from it. */
export const feedSchema = z.object({
  channelId: z.string().min(1),
  url: z.string().min(1),
  title: z.string(),
  addedBy: z.string(),
  addedAt: isoTime,
  /** What the server said last time, for a conditional request. */
  etag: z.string().optional(),
  lastModified: z.string().optional(),
  /** Fetches that failed in a row; at `feedFailureLimit` the feed is no longer tried. */
  failures: z.number().int().nonnegative().default(0),
  lastError: z.string().optional(),
  lastOkAt: isoTime.optional(),
  /** Ids of the items already posted in this channel (the latest few hundred). */
  posted: z.array(z.string()).default([]),
  /** The items of the last full read, so that a 304 (not modified) still knows what the feed holds. */
  items: z
    .array(
      z.object({
        id: z.string(),
        title: z.string(),
        link: z.string().optional(),
        published: z.string().optional(),
        source: z.string(),
      }),
    )
    .default([]),
});
export type FeedRecord = z.infer<typeof feedSchema>;

export const dataSchema = z.object({
  version: z.literal(currentVersion),
  users: z.record(z.string(), userSchema),
  subscriptions: z.record(z.string(), subscriptionSchema),
  posts: z.record(z.string(), postSchema),
  /** Added within version 2: a file written before it has none, which is the same as none kept. */
  conversations: z.record(z.string(), conversationSchema).default({}),
  /** Installations by team or enterprise id (OAuth installs into many workspaces). */
  installations: z.record(z.string(), installationSchema).default({}),
  /** What people asked, anonymously, for the last 30 days: tallies by day and kind of question. */
  insights: z.record(z.string(), insightSchema).default({}),
  /** The knowledge at the versions digests were posted with. */
  knowledgeVersions: z.record(z.string(), knowledgeVersionSchema).default({}),
  /** Channel feeds, by `<channel>|<url>`. */
  feeds: z.record(z.string(), feedSchema).default({}),
  /** 👍 / 👎 on answers for the last 30 days, by `<time>|<id>`; no user ids. */
  feedback: z.record(z.string(), feedbackSchema).default({}),
});
export type StoreData = z.infer<typeof dataSchema>;

/** The tables of the store: what a journal entry names. */
export type Table = Exclude<keyof StoreData, "version">;

/** Version 1 kept preferences and per-role checklist progress apart, and had no digest. */
const versionOneSchema = z.object({
  version: z.literal(1),
  prefs: z.record(
    z.string(),
    z.object({ location: z.string().optional(), level: z.string().optional(), role: z.string().optional() }),
  ),
  progress: z.record(z.string(), z.record(z.string(), z.array(z.string()))),
});

export function emptyData(): StoreData {
  return {
    version: currentVersion,
    users: {},
    subscriptions: {},
    posts: {},
    conversations: {},
    installations: {},
    insights: {},
    knowledgeVersions: {},
    feeds: {},
    feedback: {},
  };
}

/** Brings an older file up to the current version; the result is validated like any other. */
export function migrate(raw: unknown, now: string): unknown {
  const v1 = versionOneSchema.safeParse(raw);
  if (!v1.success) return raw;
  const data = emptyData();
  const ids = new Set([...Object.keys(v1.data.prefs), ...Object.keys(v1.data.progress)]);
  for (const id of ids) {
    const ticked = [...new Set(Object.values(v1.data.progress[id] ?? {}).flat())];
    data.users[id] = { ...v1.data.prefs[id], ticked, updatedAt: now };
  }
  return data;
}
