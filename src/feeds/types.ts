/** One entry of a feed, cleaned: plain text, capped, with only an http(s) link. */
export interface FeedItem {
  /** The feed's own id for it (RSS guid, Atom id, RDF about), else its link, else a hash of title and date. */
  id: string;
  /** Plain text (tags stripped, entities decoded, whitespace collapsed), at most 200 characters. */
  title: string;
  /** An absolute http(s) URL, if the item has one. */
  link?: string;
  /** ISO 8601 (UTC), if the item has a date that can be read. */
  published?: string;
  /** The feed's title. */
  source: string;
}

export type FeedResult =
  | { status: "ok"; title: string; items: FeedItem[]; etag?: string; lastModified?: string }
  | { status: "not-modified" }
  | { status: "error"; problem: string };

export type CheckResult = { ok: true; url: URL } | { ok: false; problem: string };

/** A host name lookup: every address of the host. Defaults to `node:dns` lookup (what the system resolves). */
export type Resolver = (hostname: string) => Promise<{ address: string; family: number }[]>;
