import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkFeedUrl, classifyAddress, type FeedItem, type Resolver } from "../../../src/feeds/index.js";
import { cleanLink, cleanText, parseDate, parseFeed } from "../../../src/feeds/parse.js";
import { fixturePath } from "../../support/paths.js";

const fixtures = fixturePath("feeds");
const fixture = (name: string) => readFileSync(path.join(fixtures, name), "utf8");
const now = new Date("2026-11-10T00:00:00Z");

function parse(name: string, baseUrl = "https://jobs.example.com/feed.xml") {
  const r = parseFeed(fixture(name), { baseUrl, now });
  if (!r.ok) throw new Error(r.problem);
  return r;
}

const byTitle = (items: FeedItem[], start: string) => items.find((i) => i.title.startsWith(start));

describe("parseFeed: RSS 2.0", () => {
  const feed = parse("rss2.xml");

  it("reads the channel title and every distinct item, newest first, undated last", () => {
    expect(feed.title).toBe("Acme Engineering & Jobs");
    expect(feed.items.map((i) => i.title)).toEqual([
      "Staff Data Scientist <!channel> <@U123ABC> apply",
      "Senior ML Engineer, Seattle",
      "Link is the id",
      "Rust & Go: a comparison",
      "No link, no guid",
      "Permalink guid only",
      "Dated in the future",
      "An item with only a description & no title",
      "Lots of whitespace and a controlcharacter",
    ]);
    expect(feed.items.every((i) => i.source === "Acme Engineering & Jobs")).toBe(true);
  });

  it("takes the guid as id, else the link, else a hash of title and date; a repeated guid once", () => {
    expect(byTitle(feed.items, "Senior ML")?.id).toBe("acme-opening-42");
    expect(byTitle(feed.items, "Link is the id")?.id).toBe("https://blog.example.com/posts/link-is-the-id");
    expect(byTitle(feed.items, "No link")?.id).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(feed.items.filter((i) => i.id === "acme-opening-42")).toHaveLength(1);
    // The same document read again gives the same ids, hashed ones included.
    expect(parse("rss2.xml").items.map((i) => i.id)).toEqual(feed.items.map((i) => i.id));
  });

  it("strips markup from titles but keeps Slack-like text as text", () => {
    expect(byTitle(feed.items, "Staff")?.title).toBe("Staff Data Scientist <!channel> <@U123ABC> apply");
    expect(byTitle(feed.items, "Rust")?.title).toBe("Rust & Go: a comparison");
  });

  it("keeps only http(s) links, resolved against the feed's address", () => {
    expect(byTitle(feed.items, "Staff")?.link).toBe("https://jobs.example.com/openings/43?ref=rss&src=feed");
    expect(byTitle(feed.items, "Link is the id")?.link).toBe("https://blog.example.com/posts/link-is-the-id");
    expect(byTitle(feed.items, "Permalink guid")?.link).toBe("https://blog.example.com/posts/permalink-guid");
    expect(byTitle(feed.items, "Rust")?.link).toBeUndefined(); // javascript:
    expect(byTitle(feed.items, "An item")?.link).toBeUndefined(); // data:
    expect(byTitle(feed.items, "Lots")?.link).toBeUndefined(); // mailto:
    for (const i of feed.items) if (i.link) expect(i.link).toMatch(/^https?:\/\//);
  });

  it("reads RFC 822 and Dublin Core dates as ISO UTC; unreadable and far-future dates are dropped", () => {
    expect(byTitle(feed.items, "Staff")?.published).toBe("2026-11-04T07:00:00.000Z");
    expect(byTitle(feed.items, "Link is the id")?.published).toBe("2026-11-02T15:00:00.000Z");
    expect(byTitle(feed.items, "Rust")?.published).toBe("2026-11-01T12:00:00.000Z");
    expect(byTitle(feed.items, "Permalink")?.published).toBeUndefined();
    expect(byTitle(feed.items, "Dated in the future")?.published).toBeUndefined();
  });
});

describe("parseFeed: RSS 1.0 (RDF) and Atom", () => {
  it("reads RSS 1.0 items beside the channel, with rdf:about ids and dc:date", () => {
    const feed = parse("rss1.rdf");
    expect(feed.title).toBe("Statistics Releases");
    expect(feed.items).toEqual([
      {
        id: "https://stats.example.org/releases/jolts-2026-10",
        title: "Job Openings and Labor Turnover, October 2026",
        link: "https://stats.example.org/releases/jolts-2026-10",
        published: "2026-11-05T15:00:00.000Z",
        source: "Statistics Releases",
      },
      {
        id: "https://stats.example.org/releases/oews-2026",
        title: "Occupational Employment and Wages, May 2026",
        link: "https://stats.example.org/releases/oews-2026",
        published: "2026-10-30T15:00:00.000Z",
        source: "Statistics Releases",
      },
    ]);
  });

  it("reads Atom entries: text constructs, the alternate link, ids and dates", () => {
    const feed = parse("atom.xml", "https://eng.example.net/atom.xml");
    expect(feed.title).toBe("Example Engineering Blog");
    expect(feed.items).toEqual([
      {
        id: "tag:eng.example.net,2026:posts/1",
        title: "How we hire ML engineers",
        link: "https://eng.example.net/2026/11/how-we-hire",
        published: "2026-11-06T18:30:02.000Z",
        source: "Example Engineering Blog",
      },
      {
        id: "https://eng.example.net/2026/10/ladder",
        title: "A bold & new ladder",
        link: "https://eng.example.net/2026/10/ladder",
        published: "2026-10-20T06:00:00.000Z",
        source: "Example Engineering Blog",
      },
      {
        // type="text": angle brackets are text, not markup
        id: "https://eng.example.net/2026/09/plain",
        title: "Plain text with <angle> brackets & a <!here>",
        link: "https://eng.example.net/2026/09/plain",
        published: "2026-09-01T00:00:00.000Z",
        source: "Example Engineering Blog",
      },
      {
        id: "tag:eng.example.net,2026:posts/4",
        title: "Summary only entry",
        source: "Example Engineering Blog",
      },
    ]);
  });

  it("names an untitled feed after its host", () => {
    const r = parseFeed(`<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>x</title></entry></feed>`, {
      baseUrl: "https://news.example.com/atom",
      now,
    });
    expect(r.ok && r.title).toBe("news.example.com");
    expect(r.ok && r.items[0]?.source).toBe("news.example.com");
  });
});

describe("parseFeed: what is not a feed", () => {
  it("refuses broken XML, naming the line", () => {
    const r = parseFeed(fixture("broken.xml"));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problem).toMatch(/^is not an RSS or Atom feed: its XML is broken at line 11/);
      expect(r.problem).toContain("closing tag");
    }
  });

  it("refuses a truncated document", () => {
    const text = fixture("rss2.xml");
    const r = parseFeed(text.slice(0, text.length / 2));
    expect(r.ok || r.problem).toMatch(/^is not an RSS or Atom feed: its XML is broken/);
  });

  it("refuses an HTML page, saying to give the feed's own address", () => {
    const r = parseFeed(fixture("page.html"));
    expect(r.ok || r.problem).toMatch(/^is not an RSS or Atom feed: it is a web page/);
    // an XHTML page that is well-formed XML is refused too
    const xhtml = `<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><head><title>t</title></head><body/></html>`;
    expect(parseFeed(xhtml).ok).toBe(false);
  });

  it.each([
    [
      "another XML document",
      `<svg xmlns="http://www.w3.org/2000/svg"><title>x</title></svg>`,
      /another kind \(<svg>\)/,
    ],
    [
      "an rss element without a channel",
      `<rss version="2.0"><item><title>x</title></item></rss>`,
      /no channel/,
    ],
    ["JSON", `{"version":"https://jsonfeed.org/version/1.1","items":[]}`, /it is JSON/],
    ["an empty body", "  \n ", /it is empty/],
    ["plain text", "Service unavailable", /its XML is broken/],
    ["binary data", "\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR", /it is not text/],
    ["a bare HTML fragment", "<body><p>Moved</p></body>", /it is a web page/],
  ])("refuses %s", (_what, text, reason) => {
    const r = parseFeed(text);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problem).toMatch(/^is not an RSS or Atom feed: /);
      expect(r.problem).toMatch(reason);
    }
  });

  it("accepts a feed with no items, and repairs bare ampersands and leading whitespace", () => {
    const empty = parseFeed(`<rss version="2.0"><channel><title>Quiet</title></channel></rss>`);
    expect(empty).toEqual({ ok: true, title: "Quiet", items: [] });
    const sloppy = parseFeed(
      `\n\n<?xml version="1.0"?><rss version="2.0"><channel><title>Q & A</title>` +
        `<item><title>Tom & Jerry &amp; co</title><link>https://e.com/?a=1&b=2</link></item></channel></rss>`,
    );
    expect(sloppy.ok && sloppy.title).toBe("Q & A");
    expect(sloppy.ok && sloppy.items[0]).toMatchObject({
      title: "Tom & Jerry & co",
      link: "https://e.com/?a=1&b=2",
    });
  });

  it("reads no external entity and bounds entity expansion", () => {
    const xxe = `<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><rss><channel><title>&x;</title></channel></rss>`;
    const r1 = parseFeed(xxe);
    expect(JSON.stringify(r1)).not.toContain("root:");
    const lol = (n: number) => `&lol${n};`.repeat(10);
    const bomb =
      `<?xml version="1.0"?><!DOCTYPE r [<!ENTITY lol0 "lol">` +
      [1, 2, 3, 4, 5, 6, 7, 8].map((n) => `<!ENTITY lol${n} "${lol(n - 1)}">`).join("") +
      `]><rss><channel><title>&lol8;</title></channel></rss>`;
    const started = performance.now();
    const r2 = parseFeed(bomb);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(JSON.stringify(r2).length).toBeLessThan(10_000);
  });
});

describe("parseFeed: size and cleaning", () => {
  it("keeps the 50 newest items of a huge feed", () => {
    const items = Array.from({ length: 5000 }, (_, i) => {
      const date = new Date(Date.UTC(2026, 0, 1) + i * 3600_000).toUTCString();
      return `<item><title>Item ${i}</title><link>https://e.com/${i}</link><pubDate>${date}</pubDate><description>${"&lt;p&gt;words &lt;/p&gt;".repeat(10)}</description></item>`;
    });
    // shuffled, so that the order comes from the dates
    items.reverse().push(items.splice(0, 2500).join(""));
    const xml = `<rss version="2.0"><channel><title>Big</title>${items.join("")}</channel></rss>`;
    expect(xml.length).toBeGreaterThan(1024 * 1024);
    const r = parseFeed(xml, { now });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.items).toHaveLength(50);
    expect(r.items[0]?.title).toBe("Item 4999");
    expect(r.items[49]?.title).toBe("Item 4950");
    expect(parseFeed(xml, { now, maxItems: 3 }).ok && parseFeed(xml, { now, maxItems: 3 })).toMatchObject({
      items: [{ title: "Item 4999" }, { title: "Item 4998" }, { title: "Item 4997" }],
    });
  });

  it("caps titles at 200 characters", () => {
    const long = "Very long title ".repeat(40);
    const r = parseFeed(
      `<rss><channel><title>${long}</title><item><title>${long}</title></item></channel></rss>`,
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.title.length).toBeLessThanOrEqual(200);
    expect(Array.from(r.items[0]?.title ?? "")).toHaveLength(200);
    expect(r.items[0]?.title.endsWith("…")).toBe(true);
  });

  it("cleanText strips tags, decodes entities, drops control and bidi characters, and keeps surrogate pairs", () => {
    expect(cleanText("<p>Hello&nbsp;<b>world</b> &amp;amp; &#8212; &#x1F600;</p>", { html: true })).toBe(
      "Hello world &amp; — 😀",
    );
    expect(cleanText("a < b and <!channel> and <@U1>", { html: true })).toBe(
      "a < b and <!channel> and <@U1>",
    );
    expect(cleanText("x<script>alert(1)</script>y<!-- c -->z", { html: true })).toBe("x y z");
    expect(cleanText("evil\u202egnp.exe\u0000 tab\there", { html: false })).toBe("evilgnp.exe tab here");
    expect(cleanText("😀".repeat(300), { html: false })).toBe(`${"😀".repeat(199)}…`);
  });

  it("cleanLink keeps absolute http(s) links only", () => {
    expect(cleanLink("/a/b", "https://e.com/feed")).toBe("https://e.com/a/b");
    expect(cleanLink("  https://e.com/x  ")).toBe("https://e.com/x");
    expect(cleanLink("https://e.com/a|b`c")).toBe("https://e.com/a%7Cb%60c");
    for (const bad of [
      "javascript:alert(1)",
      "JaVaScRiPt:alert(1)",
      "data:text/html,x",
      "mailto:a@e.com",
      "ftp://e.com/x",
      "file:///etc/passwd",
      "https://user:pw@e.com/",
      "not a url",
      `https://e.com/${"a".repeat(2100)}`,
      "",
      undefined,
    ])
      expect(cleanLink(bad)).toBeUndefined();
  });

  it("parseDate reads RSS and Atom dates, as UTC when no zone is given", () => {
    expect(parseDate("Tue, 03 Nov 2026 09:30:00 GMT", now)).toBe("2026-11-03T09:30:00.000Z");
    expect(parseDate("Tue, 03 Nov 2026 09:30:00 -0800", now)).toBe("2026-11-03T17:30:00.000Z");
    expect(parseDate("2026-11-03T09:30:00", now)).toBe("2026-11-03T09:30:00.000Z");
    expect(parseDate("2026-11-03T09:30:00.5+01:00", now)).toBe("2026-11-03T08:30:00.500Z");
    expect(parseDate("2026-11-10T12:00:00Z", now)).toBe("2026-11-10T12:00:00.000Z"); // within a day ahead
    expect(parseDate("2026-11-12T00:00:00Z", now)).toBeUndefined();
    expect(parseDate("yesterday", now)).toBeUndefined();
    expect(parseDate(undefined, now)).toBeUndefined();
  });
});

describe("classifyAddress", () => {
  it.each([
    ["10.0.0.1", "private"],
    ["172.16.0.1", "private"],
    ["172.31.255.255", "private"],
    ["192.168.1.1", "private"],
    ["127.0.0.1", "loopback"],
    ["127.255.0.9", "loopback"],
    ["169.254.169.254", "link-local"],
    ["100.64.0.1", "shared (CGNAT)"],
    ["100.127.255.255", "shared (CGNAT)"],
    ["0.0.0.0", "unspecified"],
    ["224.0.0.251", "multicast"],
    ["255.255.255.255", "reserved"],
    ["192.0.2.10", "reserved"],
    ["::", "unspecified"],
    ["::1", "loopback"],
    ["[::1]", "loopback"],
    ["fe80::1%eth0", "link-local"],
    ["fc00::1", "unique-local"],
    ["fd12:3456::1", "unique-local"],
    ["ff02::1", "multicast"],
    ["::ffff:127.0.0.1", "loopback"],
    ["::ffff:7f00:1", "loopback"],
    ["::ffff:10.1.2.3", "private"],
    ["::ffff:169.254.169.254", "link-local"],
    ["64:ff9b::a9fe:a9fe", "link-local"],
    ["2002:7f00:1::1", "loopback"],
    ["2001:db8::1", "reserved"],
    ["::2", "reserved"],
    ["not an ip", "reserved"],
  ])("%s is %s", (ip, kind) => {
    expect(classifyAddress(ip)).toBe(kind);
  });

  it.each([
    "8.8.8.8",
    "93.184.215.14",
    "172.32.0.1",
    "100.128.0.1",
    "2606:4700:4700::1111",
    "::ffff:8.8.8.8",
    "64:ff9b::808:808",
    "2002:808:808::1",
  ])("%s is public", (ip) => {
    expect(classifyAddress(ip)).toBeNull();
  });
});

describe("checkFeedUrl", () => {
  const dns: Record<string, string[]> = {
    "feeds.example.com": ["93.184.215.14", "2606:2800:21f:cb07:6820:80da:af6b:8b2c"],
    "intranet.example.com": ["10.1.2.3"],
    "mixed.example.com": ["93.184.215.14", "127.0.0.1"],
    "metadata.example.com": ["::ffff:169.254.169.254"],
  };
  const lookup: Resolver = async (host) => {
    const found = dns[host];
    if (!found) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: "ENOTFOUND" });
    return found.map((address) => ({ address, family: address.includes(":") ? 6 : 4 }));
  };
  const check = (url: string, allowPrivate = false) => checkFeedUrl(url, { allowPrivate, lookup });

  it("accepts a public http(s) feed, dropping the fragment", async () => {
    const r = await check("https://feeds.example.com/rss.xml#top");
    expect(r.ok && r.url.href).toBe("https://feeds.example.com/rss.xml");
    expect((await check("http://93.184.215.14:8080/feed")).ok).toBe(true);
  });

  it("takes a link the way Slack sends it", async () => {
    const r = await check("<https://feeds.example.com/rss.xml|feeds.example.com/rss.xml>");
    expect(r.ok && r.url.href).toBe("https://feeds.example.com/rss.xml");
  });

  it("refuses a private address with a sentence the person can act on", async () => {
    expect(await check("http://10.0.0.1/feed")).toEqual({
      ok: false,
      problem: "`http://10.0.0.1/feed` points at a private address; only public feeds can be added",
    });
    expect(await check("https://intranet.example.com/jobs.rss")).toEqual({
      ok: false,
      problem:
        "`https://intranet.example.com/jobs.rss` points at a private address; only public feeds can be added",
    });
  });

  it.each([
    ["http://127.0.0.1/", "a loopback address"],
    ["http://127.1:8080/", "a loopback address"],
    ["http://2130706433/", "a loopback address"],
    ["http://0x7f.0.0.1/", "a loopback address"],
    ["http://[::1]/feed", "a loopback address"],
    ["http://[::ffff:127.0.0.1]/feed", "a loopback address"],
    ["http://169.254.169.254/latest/meta-data", "a link-local address"],
    ["http://[fd00::1]/", "a unique-local address"],
    ["http://100.64.1.1/", "a shared (CGNAT) address"],
    ["http://0.0.0.0/", "an unspecified address"],
    ["http://224.0.0.1/", "a multicast address"],
    ["https://mixed.example.com/", "a loopback address"],
    ["https://metadata.example.com/", "a link-local address"],
  ])("refuses %s (%s)", async (url, kind) => {
    const r = await check(url);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem).toContain(`points at ${kind}; only public feeds can be added`);
  });

  it("allows private addresses when the operator does", async () => {
    expect((await check("http://127.0.0.1:8080/feed", true)).ok).toBe(true);
    expect((await check("https://intranet.example.com/jobs.rss", true)).ok).toBe(true);
  });

  it.each([
    ["ftp://feeds.example.com/rss.xml", "is not an http or https address"],
    ["file:///etc/passwd", "is not an http or https address"],
    ["javascript:alert(1)", "is not an http or https address"],
    ["gopher://feeds.example.com/", "is not an http or https address"],
    ["feeds.example.com/rss.xml", "is not a web address"],
    ["", "is not a web address"],
  ])("refuses %s", async (url, reason) => {
    for (const allowPrivate of [false, true]) {
      const r = await check(url, allowPrivate);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.problem).toContain(reason);
    }
  });

  it("refuses credentials in the URL without repeating them", async () => {
    const r = await check("https://bot:s3cret@feeds.example.com/rss.xml", true);
    expect(r).toEqual({
      ok: false,
      problem:
        "`https://feeds.example.com/rss.xml` has a user name or password in it; only feeds that need no login can be added",
    });
  });

  it("says when the host cannot be found", async () => {
    const r = await check("https://nowhere.example.com/rss");
    expect(r.ok || r.problem).toBe(
      "`https://nowhere.example.com/rss` names a host that could not be found; check the address",
    );
  });
});
