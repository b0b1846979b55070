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
  updatedAt: isoTime,
});
export type UserRecord = z.infer<typeof userSchema>;

export const subscriptionSchema = z.object({
  channelId: z.string().min(1),
  time: z.string().regex(/^\d{2}:\d{2}$/),
  zone: z.string().min(1),
  subscribedBy: z.string().min(1),
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

export const dataSchema = z.object({
  version: z.literal(currentVersion),
  users: z.record(z.string(), userSchema),
  subscriptions: z.record(z.string(), subscriptionSchema),
  posts: z.record(z.string(), postSchema),
});
export type StoreData = z.infer<typeof dataSchema>;

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
  return { version: currentVersion, users: {}, subscriptions: {}, posts: {} };
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
