import { createHash } from "node:crypto";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import type { FeedItem } from "./types.js";

const maxTitleLength = 200;
export const maxLinkLength = 2000;
export const defaultMaxItems = 50;
const maxIdLength = 256;

type Node = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  // Values stay strings: a guid "0012" or a title "1e3" must not become numbers.
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  // Numeric character references and the common HTML named entities (&nbsp; &copy; …), which feeds use
  // without declaring. Entities declared in a DOCTYPE are expanded within the library's limits; external
  // ones are refused (no file or network is ever read).
  htmlEntities: true,
  // Bulky content the reader does not use is kept as raw text rather than parsed (halves the time on a
  // typical 1 MB feed); an XHTML Atom title is kept raw so that its markup can be stripped in order.
  stopNodes: ["..description", "..content:encoded", "..content", "..summary", "..title[type=xhtml]"],
  isArray: (name, _path, _leaf, isAttribute) =>
    !isAttribute && (name === "item" || name === "entry" || name === "link"),
});

// ---------------------------------------------------------------------------------------------------------
// Text

const namedEntities: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

/** Decodes the XML entities and numeric references in HTML text (what is left after the XML layer). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#\d{1,7}|#x[0-9a-f]{1,6}|[a-z]{2,6});/gi, (whole, ref: string) => {
    if (ref[0] !== "#") return namedEntities[ref.toLowerCase()] ?? whole;
    const code = ref[1] === "x" || ref[1] === "X" ? Number.parseInt(ref.slice(2), 16) : Number(ref.slice(1));
    if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return "";
    return String.fromCodePoint(code);
  });
}

/**
 * Removes what looks like HTML markup: tags (`<b>`, `</a>`, `<img src=…/>`), comments, and the content of
 * scripts and styles. Text that merely has angle brackets (`a < b`, `<!channel>`, `<@U123>`) is kept: it is
 * text, and the Slack renderer escapes it.
 */
export function stripTags(html: string): string {
  return html
    .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, " ")
    .replace(/<!--[\s\S]*?-->/g, " ")
    .replace(/<\/?[a-z][a-z0-9:-]*(?:\s[^<>]*)?\/?>/gi, " ");
}

/** Caps a text at `max` characters (code points), ending with "…" when cut. */
export function cap(text: string, max: number): string {
  if (text.length <= max) return text;
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  return `${chars
    .slice(0, max - 1)
    .join("")
    .trimEnd()}…`;
}

/**
 * Text from the internet made presentable: markup stripped and entities decoded (when `html`), control and
 * bidirectional-override characters removed, whitespace collapsed, trimmed and capped.
 */
export function cleanText(raw: string, o: { html: boolean; max?: number }): string {
  let text = o.html ? decodeEntities(stripTags(raw)) : raw;
  text = text
    .replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, "")
    // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
    .replace(/[\u0000-\u001f\u007f-\u009f\s]+/g, " ")
    .trim();
  return cap(text, o.max ?? maxTitleLength);
}

/** Raw XML content (a stop node): CDATA sections taken as they are, the rest with its entities decoded. */
function rawToHtml(raw: string): string {
  return raw
    .split(/(<!\[CDATA\[[\s\S]*?\]\]>)/)
    .map((part) => (part.startsWith("<![CDATA[") ? part.slice(9, -3) : decodeEntities(part)))
    .join("");
}

/**
 * An absolute http(s) URL from a feed's link, resolved against `base`; undefined for anything else
 * (`javascript:`, `data:`, `mailto:`, credentials, unparsable, too long). `|` and backticks are
 * percent-encoded so that the link survives Slack's `<url|text>` and code formatting.
 */
export function cleanLink(raw: string | undefined, base?: URL | string): string | undefined {
  if (!raw) return undefined;
  const text = raw.trim();
  if (!text || text.length > maxLinkLength) return undefined;
  let url: URL;
  try {
    url = new URL(text, base);
  } catch {
    return undefined;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return undefined;
  if (url.username || url.password) return undefined;
  const href = url.href.replaceAll("|", "%7C").replaceAll("`", "%60");
  return href.length > maxLinkLength ? undefined : href;
}

/**
 * A feed date (RFC 822 in RSS, ISO 8601 in Atom and Dublin Core) as ISO 8601 UTC; undefined when it cannot
 * be read or lies more than a day after `now` (a feed cannot pin an item to the top with a date to come).
 */
export function parseDate(raw: string | undefined, now: Date): string | undefined {
  if (!raw) return undefined;
  let text = raw.trim();
  // An ISO date-time without a zone would be read in the server's local time: take it as UTC.
  if (/^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?$/.test(text)) text += "Z";
  const ms = Date.parse(text);
  if (!Number.isFinite(ms) || ms > now.getTime() + 24 * 3600_000) return undefined;
  const date = new Date(ms);
  return date.getUTCFullYear() < 1970 ? undefined : date.toISOString();
}

// ---------------------------------------------------------------------------------------------------------
// Reading the parsed tree

function isNode(v: unknown): v is Node {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function first(v: unknown): unknown {
  return Array.isArray(v) ? v[0] : v;
}

function list(v: unknown): unknown[] {
  return v === undefined ? [] : Array.isArray(v) ? v : [v];
}

/** The text of an element: a string, or the text of an element that has attributes. */
function text(v: unknown): string | undefined {
  const e = first(v);
  if (typeof e === "string") return e;
  if (typeof e === "number" || typeof e === "boolean") return String(e);
  if (isNode(e)) return text(e["#text"]);
  return undefined;
}

function attr(v: unknown, name: string): string | undefined {
  const e = first(v);
  return isNode(e) ? text(e[`@_${name}`]) : undefined;
}

/** An Atom text construct (title): plain text, or HTML / XHTML markup to strip. */
function atomText(v: unknown): string {
  const type = attr(v, "type");
  const value = text(v) ?? "";
  if (type === "xhtml") return cleanText(decodeEntities(stripTags(value)), { html: false });
  return cleanText(value, { html: type === "html" || type === "text/html" });
}

/** RSS titles may be plain text or escaped HTML; they are read as HTML (the common reading). */
function rssText(v: unknown): string {
  return cleanText(text(v) ?? "", { html: true });
}

/** Text of a stop node (description, summary, content): raw XML that holds HTML. */
function rawText(v: unknown): string {
  return cleanText(rawToHtml(text(v) ?? ""), { html: true });
}

function hashId(title: string, published: string | undefined): string {
  return `sha256:${createHash("sha256")
    .update(`${title}\n${published ?? ""}`)
    .digest("hex")}`;
}

function makeId(
  raw: string | undefined,
  link: string | undefined,
  title: string,
  published?: string,
): string {
  const id = raw ? cleanText(raw, { html: false, max: Number.POSITIVE_INFINITY }) : "";
  const chosen = id || link;
  if (!chosen) return hashId(title, published);
  return chosen.length > maxIdLength ? `sha256:${createHash("sha256").update(chosen).digest("hex")}` : chosen;
}

interface Context {
  base?: URL | string;
  now: Date;
  source: string;
}

function rssItem(item: unknown, c: Context): FeedItem | undefined {
  if (!isNode(item)) return undefined;
  const guid = item.guid;
  const guidText = text(guid)?.trim();
  let link = cleanLink(text(item.link), c.base);
  // An RSS 2.0 guid is a permalink unless it says isPermaLink="false".
  if (!link && guidText && attr(guid, "isPermaLink") !== "false") link = cleanLink(guidText, c.base);
  const published = parseDate(
    text(item.pubDate) ?? text(item["dc:date"]) ?? text(item["atom:published"]) ?? text(item["atom:updated"]),
    c.now,
  );
  const title = rssText(item.title) || rawText(item.description) || link || "";
  if (!title) return undefined;
  const id = makeId(guidText ?? attr(item, "rdf:about"), link, title, published);
  return { id, title, ...(link ? { link } : {}), ...(published ? { published } : {}), source: c.source };
}

function atomLink(links: unknown, base: URL | string | undefined): string | undefined {
  const candidates = list(links).filter(isNode);
  const alternate = candidates.filter((l) => {
    const rel = attr(l, "rel");
    return rel === undefined || rel === "alternate";
  });
  const html = alternate.find((l) => {
    const type = attr(l, "type");
    return type === undefined || type === "text/html" || type === "application/xhtml+xml";
  });
  for (const l of [html, ...alternate]) {
    const href = cleanLink(attr(l, "href"), base);
    if (href) return href;
  }
  return undefined;
}

function atomEntry(entry: unknown, c: Context, prefix: string): FeedItem | undefined {
  if (!isNode(entry)) return undefined;
  const base = attr(entry, "xml:base") ? cleanLink(attr(entry, "xml:base"), c.base) : c.base;
  const rawId = text(entry[`${prefix}id`])?.trim();
  const link = atomLink(entry[`${prefix}link`], base) ?? cleanLink(rawId);
  const published = parseDate(
    text(entry[`${prefix}published`]) ?? text(entry[`${prefix}updated`]) ?? text(entry["dc:date"]),
    c.now,
  );
  const title = atomText(entry[`${prefix}title`]) || rawText(entry[`${prefix}summary`]) || link || "";
  if (!title) return undefined;
  return {
    id: makeId(rawId, link, title, published),
    title,
    ...(link ? { link } : {}),
    ...(published ? { published } : {}),
    source: c.source,
  };
}

/** The root element's name, past the XML declaration, processing instructions and comments. */
function rootName(doc: Node): string | undefined {
  return Object.keys(doc).find((k) => !k.startsWith("?") && !k.startsWith("#") && !k.startsWith("!"));
}

/** Whether a document looks like a web page rather than XML of any kind. */
function looksLikeHtml(doc: string): boolean {
  const head = doc.slice(0, 2048).replace(/<!--[\s\S]*?-->/g, "");
  return /^\s*(<\?xml[^>]*>\s*)?(<!doctype\s+html|<(html|head|body)[\s>])/i.test(head);
}

/** Escapes `&` that start no entity or character reference: the most common fault of hand-made feeds. */
function escapeBareAmpersands(xml: string): string {
  return xml.replace(/&(?!#\d+;|#x[0-9a-f]+;|[a-z_][\w.-]*;)/gi, "&amp;");
}

export type ParseResult = { ok: true; title: string; items: FeedItem[] } | { ok: false; problem: string };

export interface ParseOptions {
  /** The feed's URL: relative links are resolved against it, and its host names an untitled feed. */
  baseUrl?: URL | string;
  /** The time dates are judged against (a date more than a day ahead is dropped). */
  now?: Date;
  /** Items kept, newest first (default 50). */
  maxItems?: number;
}

const notAFeed = "is not an RSS or Atom feed";

/** A parser's message, which may quote the document, made safe to show: one line, printable, short. */
function printable(message: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
  return cap(message.replace(/[\u0000-\u001f\u007f-\u009f]+/g, " ").trim(), 160);
}

/**
 * Reads an RSS 2.0 (and 0.9x), RSS 1.0 (RDF) or Atom document. Items come cleaned (see FeedItem), without
 * duplicates, newest first with undated items last (in document order), at most `maxItems`. A document
 * that is not one of those, or not well-formed XML, gives a problem that starts "is not an RSS or Atom
 * feed", to follow the feed's address in a sentence.
 */
export function parseFeed(xml: string, o: ParseOptions = {}): ParseResult {
  const now = o.now ?? new Date();
  if (looksLikeHtml(xml))
    return {
      ok: false,
      problem: `${notAFeed}: it is a web page. Give the address of the feed itself (a site's feed is often linked as RSS or Atom, or found at /feed or /rss)`,
    };
  // Leading whitespace before the XML declaration is a common fault of generated feeds.
  let source = xml.trimStart();
  if (!source) return { ok: false, problem: `${notAFeed}: it is empty` };
  if (source.startsWith("{") || source.startsWith("["))
    return { ok: false, problem: `${notAFeed}: it is JSON (JSON Feed is not supported)` };
  if (source.slice(0, 1024).includes("\u0000")) return { ok: false, problem: `${notAFeed}: it is not text` };
  let valid = XMLValidator.validate(source);
  if (valid !== true) {
    const repaired = escapeBareAmpersands(source);
    const second = XMLValidator.validate(repaired);
    if (second === true) {
      source = repaired;
      valid = true;
    }
  }
  if (valid !== true) {
    const detail = printable(valid.err.msg);
    return { ok: false, problem: `${notAFeed}: its XML is broken at line ${valid.err.line} (${detail})` };
  }
  let doc: Node;
  try {
    doc = parser.parse(source) as Node;
  } catch (err) {
    const detail = printable(err instanceof Error ? err.message : String(err));
    return { ok: false, problem: `${notAFeed}: its XML could not be read (${detail})` };
  }
  const root = rootName(doc);
  if (!root) return { ok: false, problem: `${notAFeed}: it has no content` };
  const top = doc[root];
  const local = root.includes(":") ? root.slice(root.indexOf(":") + 1) : root;
  const prefix = root.includes(":") ? root.slice(0, root.indexOf(":") + 1) : "";
  const fallbackTitle = (() => {
    try {
      return o.baseUrl ? new URL(o.baseUrl).hostname : "Untitled feed";
    } catch {
      return "Untitled feed";
    }
  })();

  let title: string;
  let rawItems: unknown[];
  let read: (item: unknown, c: Context) => FeedItem | undefined;
  if (root === "rss") {
    const channel = isNode(top) ? first(top.channel) : undefined;
    if (!isNode(channel)) return { ok: false, problem: `${notAFeed}: its <rss> has no channel` };
    title = rssText(channel.title);
    rawItems = list(channel.item);
    read = rssItem;
  } else if (local === "RDF" && isNode(top)) {
    // RSS 1.0: the items are siblings of the channel (some feeds nest them in it).
    const channel = first(top.channel ?? top[`${prefix}channel`]);
    if (!isNode(channel)) return { ok: false, problem: `${notAFeed}: its RDF document has no channel` };
    title = rssText(channel.title);
    rawItems = [...list(top.item), ...list(channel.item)];
    read = rssItem;
  } else if (local === "feed") {
    const feed = isNode(top) ? top : {};
    title = atomText(feed[`${prefix}title`]);
    rawItems = list(feed[`${prefix}entry`]);
    read = (e, c) => atomEntry(e, c, prefix);
  } else {
    const name = root.replace(/[^\w:.-]/g, "").slice(0, 40);
    return { ok: false, problem: `${notAFeed}: it is an XML document of another kind (<${name}>)` };
  }

  const feedTitle = title || fallbackTitle;
  const context: Context = { now, source: feedTitle, ...(o.baseUrl ? { base: o.baseUrl } : {}) };
  const seen = new Set<string>();
  const items: { item: FeedItem; order: number; time: number }[] = [];
  for (const raw of rawItems) {
    const item = read(raw, context);
    if (!item || seen.has(item.id)) continue;
    seen.add(item.id);
    items.push({
      item,
      order: items.length,
      time: item.published ? Date.parse(item.published) : Number.NEGATIVE_INFINITY,
    });
  }
  items.sort((a, b) => b.time - a.time || a.order - b.order);
  return {
    ok: true,
    title: feedTitle,
    items: items.slice(0, o.maxItems ?? defaultMaxItems).map((x) => x.item),
  };
}
