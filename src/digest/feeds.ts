import type { DigestAnswer } from "../advisor/answers.js";
import { checkFeedUrl, type FeedItem, fetchFeed } from "../feeds/index.js";
import type { FeedRecord } from "../store/records.js";
import type { Store } from "../store/store.js";

/** After this many failed fetches in a row a feed is no longer tried; `digest status` says so. */
export const feedFailureLimit = 5;
/** At most this many items of one feed, and of all a channel's feeds, in one digest. */
const perFeed = 3;
const perDigest = 5;
/** How many posted item ids a feed remembers: far more than a feed shows at once. */
const rememberedItems = 300;

export interface FeedOptions {
  /** FEEDS_ALLOW_PRIVATE=true: feeds on private or loopback addresses (tests, intranets). */
  allowPrivate: boolean;
  timeoutMs?: number;
}

export type NewsItem = NonNullable<DigestAnswer["news"]>[number] & { id: string; feedUrl: string };

/** Checks and reads a feed before it is added; the problem, in words a person can act on, if it cannot be. */
export async function readNewFeed(
  url: string,
  o: FeedOptions,
): Promise<
  | { ok: true; url: string; title: string; items: FeedItem[]; etag?: string; lastModified?: string }
  | { ok: false; problem: string }
> {
  const checked = await checkFeedUrl(url, { allowPrivate: o.allowPrivate });
  if (!checked.ok) return checked;
  const result = await fetchFeed(
    checked.url.toString(),
    {},
    { allowPrivate: o.allowPrivate, ...(o.timeoutMs ? { timeoutMs: o.timeoutMs } : {}) },
  );
  if (result.status === "error") return { ok: false, problem: result.problem };
  if (result.status === "not-modified")
    return { ok: false, problem: `${url} answered "not modified" to a first request` };
  return {
    ok: true,
    url: checked.url.href,
    title: result.title,
    items: result.items,
    ...(result.etag ? { etag: result.etag } : {}),
    ...(result.lastModified ? { lastModified: result.lastModified } : {}),
  };
}

/**
 * The newest items of a channel's feeds not yet posted there: each feed fetched with a conditional request,
 * its health recorded (a feed failing `feedFailureLimit` times in a row is no longer tried).
 */
export async function newsFor(
  store: Store,
  channelId: string,
  now: Date,
  o: FeedOptions,
): Promise<NewsItem[]> {
  const feeds = (await store.feedsFor(channelId)).filter((f) => f.failures < feedFailureLimit);
  const fresh = await Promise.all(
    feeds.map(async (feed): Promise<NewsItem[]> => {
      const result = await fetchFeed(
        feed.url,
        {
          ...(feed.etag ? { etag: feed.etag } : {}),
          ...(feed.lastModified ? { lastModified: feed.lastModified } : {}),
        },
        { allowPrivate: o.allowPrivate, now: () => now, ...(o.timeoutMs ? { timeoutMs: o.timeoutMs } : {}) },
      );
      if (result.status === "error") {
        await store.saveFeed({ ...feed, failures: feed.failures + 1, lastError: result.problem });
        return [];
      }
      const updated: FeedRecord = { ...feed, failures: 0, lastOkAt: now.toISOString() };
      delete updated.lastError;
      if (result.status === "ok") {
        if (result.etag) updated.etag = result.etag;
        if (result.lastModified) updated.lastModified = result.lastModified;
        updated.items = result.items;
      }
      await store.saveFeed(updated);
      // Not modified: the feed holds what it held at the last full read (a preview may have made it).
      const current = result.status === "ok" ? result.items : feed.items;
      const seen = new Set(feed.posted);
      return current
        .filter((i) => !seen.has(i.id))
        .slice(0, perFeed)
        .map((i) => ({
          id: i.id,
          feedUrl: feed.url,
          title: i.title,
          source: i.source || feed.title,
          ...(i.link ? { link: i.link } : {}),
          ...(i.published ? { published: i.published } : {}),
        }));
    }),
  );
  return fresh
    .flat()
    .sort((a, b) => (b.published ?? "").localeCompare(a.published ?? ""))
    .slice(0, perDigest);
}

/** After a digest went out: its feed items are never posted in that channel again. */
export async function markPosted(
  store: Store,
  channelId: string,
  items: { id: string; feedUrl: string }[],
): Promise<void> {
  if (items.length === 0) return;
  for (const feed of await store.feedsFor(channelId)) {
    const ids = items.filter((i) => i.feedUrl === feed.url).map((i) => i.id);
    if (ids.length)
      await store.saveFeed({ ...feed, posted: [...ids, ...feed.posted].slice(0, rememberedItems) });
  }
}

/** A feed's health, in a line for `digest status` and `feed list`. */
export function feedHealth(feed: FeedRecord): string {
  if (feed.failures >= feedFailureLimit)
    return `failing, no longer tried after ${feed.failures} failures (${feed.lastError ?? "unknown error"}); remove and add it again to retry`;
  if (feed.failures > 0)
    return `last fetch failed (${feed.lastError ?? "unknown error"}), ${feed.failures} in a row`;
  return feed.lastOkAt ? `ok, last read ${feed.lastOkAt.slice(0, 16).replace("T", " ")} UTC` : "ok";
}
