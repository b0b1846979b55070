/**
 * Channel feeds (issue 13, part 1): checking a feed's address, fetching it safely and reading RSS 2.0,
 * RSS 1.0 (RDF) and Atom. Knows nothing of Slack or the store: the digest commands and the digest call
 * `checkFeedUrl` / `fetchFeed` and keep what they return.
 */
export { type AddressKind, classifyAddress } from "./address.js";
export { defaultMaxBytes, defaultTimeoutMs, type FeedCache, type FetchOptions, fetchFeed } from "./fetch.js";
// The reader itself (parse.ts, with fast-xml-parser) is loaded by fetchFeed on the first feed it reads, so
// a process whose channels have no feeds never holds it; tests import it from parse.ts.
export type { CheckResult, FeedItem, FeedResult, Resolver } from "./types.js";
export { type CheckOptions, type Classifier, checkFeedUrl } from "./url.js";
