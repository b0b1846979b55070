import { STATUS_CODES } from "node:http";
import { pipeline, type Readable } from "node:stream";
import { createBrotliDecompress, createGunzip, createInflate } from "node:zlib";
import { Agent, request } from "undici";
import { describeKind } from "./address.js";
import type { FeedResult, Resolver } from "./types.js";
import {
  type CheckOptions,
  type Classifier,
  checkUrl,
  guardedLookup,
  PrivateAddressError,
  showUrl,
} from "./url.js";

export const defaultTimeoutMs = 10_000;
export const defaultMaxBytes = 1024 * 1024;
export const maxRedirects = 3;
const userAgent = "CareerAdvisor/0.1 (Slack app; RSS and Atom reader)";
const accept =
  "application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, application/xml;q=0.8, text/xml;q=0.8, */*;q=0.1";

export interface FetchOptions {
  /** The operator's FEEDS_ALLOW_PRIVATE=true: private, loopback and other non-public addresses are allowed. */
  allowPrivate: boolean;
  /** The whole fetch (lookups, connects, redirects, headers and body) must end within this (default 10 s). */
  timeoutMs?: number;
  /** A body larger than this (after decompression) is not read (default 1 MiB). */
  maxBytes?: number;
  /** The clock item dates are judged against. */
  now?: () => Date;
  /** Host name lookup (tests); the system's by default. Used for the check and at connect time. */
  lookup?: Resolver;
  /** Which addresses are not public (tests); `classifyAddress` by default. */
  classify?: Classifier;
}

/** What the feed's server said last time, sent back so that it can answer 304 Not Modified. */
export interface FeedCache {
  etag?: string;
  lastModified?: string;
}

class FeedTimeout extends Error {
  constructor() {
    super("feed fetch timed out");
    this.name = "FeedTimeout";
  }
}

function seconds(ms: number): string {
  const s = ms / 1000;
  const text = Number.isInteger(s) ? String(s) : s.toFixed(1);
  return `${text} second${s === 1 ? "" : "s"}`;
}

function size(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${+(bytes / (1024 * 1024)).toFixed(1)} MiB`;
  if (bytes >= 1024) return `${+(bytes / 1024).toFixed(1)} KiB`;
  return `${bytes} bytes`;
}

/** A header value safe to store and send back: printable, one line, not absurdly long. */
function headerValue(v: string | string[] | undefined): string | undefined {
  const s = Array.isArray(v) ? v[0] : v;
  return s && s.length <= 1000 && /^[\t\x20-\x7e]+$/.test(s) ? s : undefined;
}

function statusProblem(status: number): string {
  const what = `answered ${status} ${STATUS_CODES[status] ?? ""}`.trimEnd();
  if (status === 404 || status === 410) return `${what}; check the address`;
  if (status === 401 || status === 403 || status === 407)
    return `${what}: it needs a login or refuses the bot; only public feeds can be added`;
  if (status === 429) return `${what}: it is limiting requests; try again later`;
  if (status >= 500) return `${what}: the site has a problem; try again later`;
  return `${what}; check the address`;
}

/** What went wrong on the network, as the end of a sentence that starts with the feed's address. */
function networkProblem(err: unknown, timeoutMs: number): string {
  if (err instanceof FeedTimeout) return `did not answer within ${seconds(timeoutMs)}; try again later`;
  if (err instanceof PrivateAddressError)
    return `points at ${describeKind(err.kind)}; only public feeds can be added`;
  const e = err as { code?: unknown; cause?: { code?: unknown }; message?: unknown } | undefined;
  const code = String(e?.code ?? e?.cause?.code ?? "");
  if (code === "ENOTFOUND" || code === "EAI_NONAME" || code === "ENODATA")
    return "names a host that could not be found; check the address";
  if (code === "ECONNREFUSED") return "refused the connection; check the address, or try again later";
  if (
    code === "UND_ERR_CONNECT_TIMEOUT" ||
    code === "UND_ERR_HEADERS_TIMEOUT" ||
    code === "UND_ERR_BODY_TIMEOUT" ||
    code === "ETIMEDOUT"
  )
    return `did not answer within ${seconds(timeoutMs)}; try again later`;
  if (code === "ECONNRESET" || code === "UND_ERR_SOCKET" || code === "EPIPE")
    return "closed the connection before answering in full; try again later";
  if (/^(CERT_|ERR_TLS_|DEPTH_ZERO|SELF_SIGNED|UNABLE_TO_)/.test(code) || code.includes("CERT"))
    return `has a certificate that cannot be trusted (${code}); only feeds served over valid HTTPS or plain HTTP can be read`;
  if (code.startsWith("Z_") || code === "ERR_ZLIB_BINDING_CLOSED")
    return "sent a compressed answer that could not be read; try again later";
  const detail = code || (typeof e?.message === "string" ? e.message.slice(0, 100) : "unknown error");
  return `could not be read (${detail}); try again later`;
}

/** Drops a body not to be read. undici's body emits an error when destroyed: nobody is listening for it. */
function discard(body: Readable): void {
  body.on("error", () => undefined);
  body.destroy();
}

type Body = { bytes: Buffer } | { tooLarge: true } | { unsupported: string };

/** Reads a body, decompressing it, and gives up as soon as it passes `maxBytes` (decompressed). */
async function readBody(body: Readable, encoding: string | undefined, maxBytes: number): Promise<Body> {
  const enc = (encoding ?? "").trim().toLowerCase();
  body.on("error", () => undefined); // read through the iterator below, which rejects with it
  let stream: Readable = body;
  if (enc && enc !== "identity") {
    const decoder =
      enc === "gzip" || enc === "x-gzip"
        ? createGunzip()
        : enc === "deflate"
          ? createInflate()
          : enc === "br"
            ? createBrotliDecompress()
            : undefined;
    if (!decoder) {
      discard(body);
      return { unsupported: enc };
    }
    stream = pipeline(body, decoder, () => {});
  }
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    total += chunk.length;
    if (total > maxBytes) {
      body.destroy();
      return { tooLarge: true };
    }
    chunks.push(chunk);
  }
  return { bytes: Buffer.concat(chunks) };
}

/** Text from bytes: a byte order mark, else the Content-Type charset, else the XML declaration, else UTF-8. */
export function decodeText(bytes: Buffer, contentType: string | undefined): string {
  let label: string | undefined;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) label = "utf-8";
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) label = "utf-16be";
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) label = "utf-16le";
  else
    label =
      /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType ?? "")?.[1] ??
      /^\s*<\?xml[^>]*\sencoding\s*=\s*["']([\w.:-]+)["']/.exec(
        bytes.subarray(0, 256).toString("latin1"),
      )?.[1];
  try {
    return new TextDecoder(label ?? "utf-8").decode(bytes);
  } catch {
    return new TextDecoder("utf-8").decode(bytes);
  }
}

/**
 * Fetches and parses a feed. The URL is checked first (see checkFeedUrl), each redirect target again (at
 * most 3 redirects), and the connection itself refuses any address that is not allowed, so that neither a
 * redirect nor a DNS answer that changes after the check reaches a private address. `cache` makes the
 * request conditional (If-None-Match / If-Modified-Since): a 304 gives `not-modified`. The whole fetch is
 * bounded by `timeoutMs` and the body by `maxBytes`. Every failure is `{ status: "error", problem }`, a
 * sentence for the person who added the feed; it never throws.
 */
export async function fetchFeed(url: string, cache: FeedCache, o: FetchOptions): Promise<FeedResult> {
  // Loaded on the first feed read (see index.ts), before any network work: a reader that cannot be loaded
  // is a fault of the installation, not of the feed, and fails as one.
  const { parseFeed } = await import("./parse.js");
  const timeoutMs = o.timeoutMs ?? defaultTimeoutMs;
  const maxBytes = o.maxBytes ?? defaultMaxBytes;
  const controller = new AbortController();
  const signal = controller.signal;
  const timer = setTimeout(() => controller.abort(new FeedTimeout()), timeoutMs);
  const agent = new Agent({
    connect: { lookup: guardedLookup(o.allowPrivate, o.lookup, o.classify), timeout: timeoutMs },
    headersTimeout: timeoutMs,
    bodyTimeout: timeoutMs,
    keepAliveTimeout: 1000,
  });
  const check: CheckOptions = { allowPrivate: o.allowPrivate, signal };
  if (o.lookup) check.lookup = o.lookup;
  if (o.classify) check.classify = o.classify;
  const error = (problem: string): FeedResult => ({ status: "error", problem });
  let shown = showUrl(url.trim());
  try {
    const first = await checkUrl(url, check);
    if (!first.ok) return error(`${first.shown} ${first.reason}`);
    shown = showUrl(first.url);
    let target = first.url;
    const headers: Record<string, string> = {
      "user-agent": userAgent,
      accept,
      "accept-encoding": "gzip, br",
    };
    const etag = headerValue(cache.etag);
    const lastModified = headerValue(cache.lastModified);
    if (etag) headers["if-none-match"] = etag;
    if (lastModified) headers["if-modified-since"] = lastModified;

    // The subject of a sentence about what was fetched: the address given, or where it led.
    const who = () => (target === first.url ? shown : `${shown} redirects to ${showUrl(target)}, which`);
    for (let redirects = 0; ; redirects++) {
      let res: Awaited<ReturnType<typeof request>>;
      try {
        res = await request(target, { method: "GET", headers, dispatcher: agent, signal });
      } catch (err) {
        return error(`${who()} ${networkProblem(signal.aborted ? signal.reason : err, timeoutMs)}`);
      }
      const status = res.statusCode;
      if ([301, 302, 303, 307, 308].includes(status)) {
        discard(res.body);
        const location = headerValue(res.headers.location);
        if (!location) return error(`${shown} answered ${status} without saying where the feed went`);
        if (redirects >= maxRedirects)
          return error(
            `${shown} redirects more than ${maxRedirects} times; give the address it finally leads to`,
          );
        let next: URL;
        try {
          next = new URL(location, target);
        } catch {
          return error(`${shown} redirects to an address that is not valid`);
        }
        const checked = await checkUrl(next.href, check);
        if (!checked.ok) return error(`${shown} redirects to ${checked.shown}, which ${checked.reason}`);
        target = checked.url;
        continue;
      }
      if (status === 304) {
        discard(res.body);
        if (etag || lastModified) return { status: "not-modified" };
        return error(`${who()} answered 304 Not Modified to a plain request; try again later`);
      }
      if (status < 200 || status >= 300) {
        discard(res.body);
        return error(`${who()} ${statusProblem(status)}`);
      }
      const declared = Number(headerValue(res.headers["content-length"]) ?? Number.NaN);
      if (declared > maxBytes) {
        discard(res.body);
        return error(`${who()} is too large (${size(declared)}); feeds up to ${size(maxBytes)} are read`);
      }
      let body: Body;
      try {
        body = await readBody(res.body, headerValue(res.headers["content-encoding"]), maxBytes);
      } catch (err) {
        return error(`${who()} ${networkProblem(signal.aborted ? signal.reason : err, timeoutMs)}`);
      }
      if ("tooLarge" in body)
        return error(
          `${who()} is too large (over ${size(maxBytes)}); feeds up to ${size(maxBytes)} are read`,
        );
      if ("unsupported" in body)
        return error(`${who()} answered in an encoding that cannot be read (${body.unsupported})`);
      const text = decodeText(body.bytes, headerValue(res.headers["content-type"]));
      const parsed = parseFeed(text, { baseUrl: target, ...(o.now ? { now: o.now() } : {}) });
      if (!parsed.ok) return error(`${who()} ${parsed.problem}`);
      const newEtag = headerValue(res.headers.etag);
      const newLastModified = headerValue(res.headers["last-modified"]);
      return {
        status: "ok",
        title: parsed.title,
        items: parsed.items,
        ...(newEtag ? { etag: newEtag } : {}),
        ...(newLastModified ? { lastModified: newLastModified } : {}),
      };
    }
  } catch (err) {
    return error(`${shown} ${networkProblem(signal.aborted ? signal.reason : err, timeoutMs)}`);
  } finally {
    clearTimeout(timer);
    await agent.destroy().catch(() => undefined);
  }
}
