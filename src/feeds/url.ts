import { lookup as dnsLookup } from "node:dns/promises";
import { isIP, type LookupFunction } from "node:net";
import { type AddressKind, classifyAddress, describeKind } from "./address.js";
import type { CheckResult, Resolver } from "./types.js";

/** Longest URL taken as a feed address. */
const maxUrlLength = 2000;

export const systemResolver: Resolver = (hostname) => dnsLookup(hostname, { all: true });

/** A URL as shown to a person: no credentials, no backticks (it goes between backticks), capped. */
export function showUrl(url: URL | string): string {
  let text: string;
  if (typeof url === "string") text = url.replace(/[`<>\s]/g, "");
  else {
    const copy = new URL(url.href);
    copy.username = "";
    copy.password = "";
    text = copy.href.replaceAll("`", "%60");
  }
  return `\`${text.length > 120 ? `${text.slice(0, 119)}…` : text}\``;
}

/** Slack sends a link typed into a command as `<https://…>` or `<https://…|label>`: take the URL out. */
function unwrapSlackLink(text: string): string {
  const m = /^<([^<>|]+)(?:\|[^<>]*)?>$/.exec(text);
  return m?.[1] ?? text;
}

/** The host of a URL as an IP literal or a name (IPv6 without its brackets). */
function hostOf(url: URL): string {
  const h = url.hostname;
  return h.startsWith("[") && h.endsWith("]") ? h.slice(1, -1) : h;
}

/** A host name that does not resolve, or whose lookup failed for another reason. */
function lookupProblem(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  if (code === "ENOTFOUND" || code === "ENODATA" || code === "EAI_NONAME" || code === "EAI_NODATA")
    return "names a host that could not be found; check the address";
  return `could not be checked: looking up its host failed (${code ?? "unknown error"}); try again later`;
}

function privateReason(kind: AddressKind): string {
  return `points at ${describeKind(kind)}; only public feeds can be added`;
}

/** Rejects with the signal's reason when it aborts first. */
export function raceAbort<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(
      (v) => {
        signal.removeEventListener("abort", onAbort);
        resolve(v);
      },
      (e: unknown) => {
        signal.removeEventListener("abort", onAbort);
        reject(e);
      },
    );
  });
}

export interface CheckOptions {
  /** The operator's FEEDS_ALLOW_PRIVATE=true: private, loopback and other non-public addresses are allowed. */
  allowPrivate: boolean;
  /** Host name lookup (tests); the system's by default. */
  lookup?: Resolver;
  /** Gives up (rejecting with the signal's reason) when it aborts. */
  signal?: AbortSignal;
  /** Which addresses are not public (tests); `classifyAddress` by default. */
  classify?: Classifier;
}

export type Classifier = (ip: string) => AddressKind | null;

/** The check with its parts apart, so that a redirect can say "`a` redirects to `b`, which …". */
export type UrlCheck = { ok: true; url: URL } | { ok: false; shown: string; reason: string };

export async function checkUrl(input: string, o: CheckOptions): Promise<UrlCheck> {
  const text = unwrapSlackLink(input.trim());
  if (text.length > maxUrlLength)
    return { ok: false, shown: showUrl(text), reason: "is too long to be a feed address" };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return {
      ok: false,
      shown: showUrl(text),
      reason: "is not a web address; give the feed's full address, starting with https://",
    };
  }
  const shown = showUrl(url);
  if (url.protocol !== "http:" && url.protocol !== "https:")
    return { ok: false, shown, reason: "is not an http or https address; only web feeds can be added" };
  if (url.username || url.password)
    return {
      ok: false,
      shown,
      reason: "has a user name or password in it; only feeds that need no login can be added",
    };
  url.hash = "";
  const host = hostOf(url);
  const classify = o.classify ?? classifyAddress;
  if (isIP(host)) {
    const kind = classify(host);
    if (kind && !o.allowPrivate) return { ok: false, shown, reason: privateReason(kind) };
    return { ok: true, url };
  }
  if (o.allowPrivate) return { ok: true, url };
  let addresses: { address: string }[];
  try {
    addresses = await raceAbort((o.lookup ?? systemResolver)(host), o.signal);
  } catch (err) {
    if (o.signal?.aborted) throw err;
    return { ok: false, shown, reason: lookupProblem(err) };
  }
  if (addresses.length === 0) return { ok: false, shown, reason: lookupProblem({ code: "ENOTFOUND" }) };
  for (const a of addresses) {
    const kind = classify(a.address);
    if (kind) return { ok: false, shown, reason: privateReason(kind) };
  }
  return { ok: true, url };
}

/**
 * Whether `url` may be fetched as a feed: http(s) only, no credentials in it, and (unless `allowPrivate`)
 * every address its host resolves to is public. The URL returned has no fragment. A URL the way Slack
 * sends a link (`<https://…|label>`) is taken too. `problem` is a sentence to show the person who asked.
 */
export async function checkFeedUrl(url: string, o: CheckOptions): Promise<CheckResult> {
  const c = await checkUrl(url, o);
  return c.ok ? c : { ok: false, problem: `${c.shown} ${c.reason}` };
}

/** Thrown at connect time when a host resolves to an address that is not allowed. */
export class PrivateAddressError extends Error {
  readonly code = "FEED_PRIVATE_ADDRESS";
  constructor(readonly kind: AddressKind) {
    super(`refused to connect to ${describeKind(kind)}`);
    this.name = "PrivateAddressError";
  }
}

/**
 * A `lookup` for `net.connect`/`tls.connect` (undici's `connect.lookup`) that refuses, at the moment of
 * connecting, a host resolving to any address that is not public: the address connected to is the one
 * checked, so a DNS answer that changes between the check and the fetch (rebinding) cannot get through.
 */
export function guardedLookup(
  allowPrivate: boolean,
  resolve: Resolver = systemResolver,
  classify: Classifier = classifyAddress,
): LookupFunction {
  return (hostname, options, callback) => {
    resolve(hostname).then(
      (found) => {
        const family = options.family === "IPv4" ? 4 : options.family === "IPv6" ? 6 : options.family;
        const addresses = found.filter((a) => !family || a.family === family);
        if (!allowPrivate)
          for (const a of addresses) {
            const kind = classify(a.address);
            if (kind) return callback(new PrivateAddressError(kind), "");
          }
        const first = addresses[0];
        if (!first) {
          const err: NodeJS.ErrnoException = new Error(`getaddrinfo ENOTFOUND ${hostname}`);
          err.code = "ENOTFOUND";
          return callback(err, "");
        }
        if (options.all) callback(null, addresses);
        else callback(null, first.address, first.family);
      },
      (err: NodeJS.ErrnoException) => callback(err, ""),
    );
  };
}
