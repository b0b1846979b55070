import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { classifyAddress, type FeedResult, fetchFeed, type Resolver } from "../../../src/feeds/index.js";
import { fixturePath } from "../../support/paths.js";

/**
 * Feeds served by local HTTP servers. `feeds` (127.0.0.1) serves everything; `internal` (127.0.0.2) stands
 * for a private service a feed must never reach: with the `classify` seam 127.0.0.1 counts as public and
 * every other loopback address stays private, so redirects and DNS answers pointing at 127.0.0.2 must be
 * refused while the public one is read. No traffic leaves the loopback interface.
 */

const fixtures = fixturePath("feeds");
const rss = readFileSync(path.join(fixtures, "rss2.xml"));
const atom = readFileSync(path.join(fixtures, "atom.xml"));
const page = readFileSync(path.join(fixtures, "page.html"));

interface Seen {
  url: string;
  headers: IncomingMessage["headers"];
}

function listen(host: string, handler: (req: IncomingMessage, res: ServerResponse) => void) {
  const seen: Seen[] = [];
  const server: Server = createServer((req, res) => {
    seen.push({ url: req.url ?? "", headers: req.headers });
    handler(req, res);
  });
  return {
    seen,
    server,
    port: 0,
    async start() {
      await new Promise<void>((resolve) => server.listen(0, host, resolve));
      this.port = (server.address() as AddressInfo).port;
    },
    async stop() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

let version = 1;
const lastModified = "Wed, 04 Nov 2026 08:00:00 GMT";

const feeds = listen("127.0.0.1", (req, res) => {
  const url = new URL(req.url ?? "/", "http://x");
  const route = url.pathname;
  if (route === "/etag") {
    const etag = `"v${version}"`;
    if (req.headers["if-none-match"] === etag) return res.writeHead(304, { etag }).end();
    return res.writeHead(200, { "content-type": "application/rss+xml", etag }).end(rss);
  }
  if (route === "/last-modified") {
    if (req.headers["if-modified-since"] === lastModified) return res.writeHead(304).end();
    return res
      .writeHead(200, { "content-type": "application/atom+xml", "last-modified": lastModified })
      .end(atom);
  }
  if (route === "/rss") return res.writeHead(200, { "content-type": "application/rss+xml" }).end(rss);
  if (route === "/hang") return; // never answers
  if (route === "/trickle") {
    // headers and the start of the body, then nothing
    res.writeHead(200, { "content-type": "application/rss+xml" });
    res.write(rss.subarray(0, 200));
    return;
  }
  if (route === "/redirect") {
    const to = url.searchParams.get("to") ?? "/rss";
    return res.writeHead(Number(url.searchParams.get("status") ?? 302), { location: to }).end();
  }
  if (route === "/chain") {
    const n = Number(url.searchParams.get("n"));
    return res.writeHead(301, { location: n > 1 ? `/chain?n=${n - 1}` : "/rss" }).end();
  }
  if (route === "/huge") {
    const size = 2 * 1024 * 1024;
    res.writeHead(200, { "content-type": "application/rss+xml", "content-length": String(size) });
    return res.end(Buffer.alloc(size, " "));
  }
  if (route === "/huge-chunked") {
    // no content length: 64 KiB chunks, up to 8 MiB, as long as the client reads
    res.writeHead(200, { "content-type": "application/rss+xml" });
    res.write('<?xml version="1.0"?><rss version="2.0"><channel><title>Huge</title>');
    let sent = 0;
    const more = () => {
      while (sent < 128) {
        sent++;
        if (!res.write(`<item><title>${"x".repeat(65_000)}</title></item>`))
          return void res.once("drain", more);
      }
      res.end("</channel></rss>");
    };
    return more();
  }
  if (route === "/gzip")
    return res
      .writeHead(200, { "content-type": "application/rss+xml", "content-encoding": "gzip" })
      .end(gzipSync(rss));
  if (route === "/gzip-bomb") {
    const xml = `<rss version="2.0"><channel><title>${" ".repeat(20 * 1024 * 1024)}</title></channel></rss>`;
    return res.writeHead(200, { "content-encoding": "gzip" }).end(gzipSync(xml));
  }
  if (route === "/latin1") {
    const xml = `<?xml version="1.0" encoding="ISO-8859-1"?><rss version="2.0"><channel><title>Offres d'emploi à Montréal</title><item><title>Ingénieur ML</title><guid isPermaLink="false">1</guid></item></channel></rss>`;
    return res.writeHead(200, { "content-type": "text/xml" }).end(Buffer.from(xml, "latin1"));
  }
  if (route === "/page") return res.writeHead(200, { "content-type": "text/html" }).end(page);
  if (route === "/error") return res.writeHead(500, { "content-type": "text/plain" }).end("boom");
  res.writeHead(404, { "content-type": "text/plain" }).end("not found");
});

const internal = listen("127.0.0.2", (_req, res) => {
  res.writeHead(200, { "content-type": "application/rss+xml" }).end(rss);
});

/** Only 127.0.0.1 counts as public: the feed server is reachable, 127.0.0.2 is the private service. */
const classify = (ip: string) => (ip === "127.0.0.1" ? null : classifyAddress(ip));

beforeAll(async () => {
  await feeds.start();
  await internal.start();
});
afterAll(async () => {
  await feeds.stop();
  await internal.stop();
});
beforeEach(() => {
  feeds.seen.length = 0;
  internal.seen.length = 0;
  version = 1;
});

const at = (route: string) => `http://127.0.0.1:${feeds.port}${route}`;
const open = { allowPrivate: true } as const;

function problem(r: FeedResult): string {
  if (r.status !== "error") throw new Error(`expected an error, got ${r.status}`);
  return r.problem;
}

describe("fetchFeed: conditional requests", () => {
  it("sends the ETag back and reports not-modified on 304, then the new version when it changes", async () => {
    const first = await fetchFeed(at("/etag"), {}, open);
    expect(first.status).toBe("ok");
    if (first.status !== "ok") return;
    expect(first.title).toBe("Acme Engineering & Jobs");
    expect(first.items[0]?.title).toBe("Staff Data Scientist <!channel> <@U123ABC> apply");
    expect(first.items[0]?.link).toBe(`http://127.0.0.1:${feeds.port}/openings/43?ref=rss&src=feed`);
    expect(first.etag).toBe('"v1"');
    expect(feeds.seen[0]?.headers["if-none-match"]).toBeUndefined();

    const second = await fetchFeed(at("/etag"), { etag: first.etag }, open);
    expect(second).toEqual({ status: "not-modified" });
    expect(feeds.seen[1]?.headers["if-none-match"]).toBe('"v1"');

    version = 2;
    const third = await fetchFeed(at("/etag"), { etag: first.etag }, open);
    expect(third.status === "ok" && third.etag).toBe('"v2"');
  });

  it("sends Last-Modified back as If-Modified-Since", async () => {
    const first = await fetchFeed(at("/last-modified"), {}, open);
    expect(first.status === "ok" && first.lastModified).toBe(lastModified);
    expect(first.status === "ok" && first.title).toBe("Example Engineering Blog");
    const second = await fetchFeed(at("/last-modified"), { lastModified }, open);
    expect(second).toEqual({ status: "not-modified" });
    expect(feeds.seen[1]?.headers["if-modified-since"]).toBe(lastModified);
  });

  it("judges item dates against the clock it is given", async () => {
    const r = await fetchFeed(at("/rss"), {}, { ...open, now: () => new Date("2026-11-02T00:00:00Z") });
    // dated after 2026-11-03 00:00: dropped as dates to come
    expect(r.status === "ok" && r.items.find((i) => i.id === "acme-opening-42")?.published).toBeUndefined();
    expect(r.status === "ok" && r.items[0]?.title).toBe("Link is the id");
  });

  it("reads gzip-compressed feeds and the declared character set", async () => {
    const gz = await fetchFeed(at("/gzip"), {}, open);
    expect(gz.status === "ok" && gz.items.length).toBe(9);
    const latin1 = await fetchFeed(at("/latin1"), {}, open);
    expect(latin1.status === "ok" && latin1.title).toBe("Offres d'emploi à Montréal");
    expect(latin1.status === "ok" && latin1.items[0]?.title).toBe("Ingénieur ML");
  });
});

describe("fetchFeed: limits", () => {
  it("gives up on a server that never answers, at the timeout", async () => {
    const started = Date.now();
    const r = await fetchFeed(at("/hang"), {}, { ...open, timeoutMs: 300 });
    expect(problem(r)).toBe(`\`${at("/hang")}\` did not answer within 0.3 seconds; try again later`);
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it("counts a host name lookup that never ends against the timeout", async () => {
    const lookup: Resolver = () => new Promise(() => undefined);
    const r = await fetchFeed(
      "https://slow-dns.test/feed",
      {},
      { allowPrivate: false, lookup, timeoutMs: 200 },
    );
    expect(problem(r)).toBe(
      "`https://slow-dns.test/feed` did not answer within 0.2 seconds; try again later",
    );
  });

  it("times out a body that never ends too", async () => {
    const started = Date.now();
    const r = await fetchFeed(at("/trickle"), {}, { ...open, timeoutMs: 300 });
    expect(problem(r)).toContain("did not answer within 0.3 seconds");
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it("refuses a body over the size limit, declared or not, compressed or not", async () => {
    expect(problem(await fetchFeed(at("/huge"), {}, open))).toBe(
      `\`${at("/huge")}\` is too large (2 MiB); feeds up to 1 MiB are read`,
    );
    expect(problem(await fetchFeed(at("/huge-chunked"), {}, open))).toBe(
      `\`${at("/huge-chunked")}\` is too large (over 1 MiB); feeds up to 1 MiB are read`,
    );
    expect(problem(await fetchFeed(at("/gzip-bomb"), {}, open))).toContain("is too large (over 1 MiB)");
    expect(problem(await fetchFeed(at("/rss"), {}, { ...open, maxBytes: 1024 }))).toContain(
      "is too large (over 1 KiB); feeds up to 1 KiB are read",
    );
  });
});

describe("fetchFeed: what it refuses", () => {
  it("refuses localhost and 127.0.0.1 unless private addresses are allowed", async () => {
    const viaName = `http://localhost:${feeds.port}/rss`;
    expect(problem(await fetchFeed(viaName, {}, { allowPrivate: false }))).toBe(
      `\`${viaName}\` points at a loopback address; only public feeds can be added`,
    );
    expect(problem(await fetchFeed(at("/rss"), {}, { allowPrivate: false }))).toBe(
      `\`${at("/rss")}\` points at a loopback address; only public feeds can be added`,
    );
    expect(feeds.seen).toHaveLength(0);
    expect((await fetchFeed(viaName, {}, { allowPrivate: true })).status).toBe("ok");
    expect((await fetchFeed(at("/rss"), {}, { allowPrivate: true })).status).toBe("ok");
  });

  it("refuses a redirect to a private address, by IP or by name, and follows it when allowed", async () => {
    const lookup: Resolver = async (host) => {
      if (host === "internal.test") return [{ address: "127.0.0.2", family: 4 }];
      throw Object.assign(new Error("not found"), { code: "ENOTFOUND" });
    };
    const byName = `http://internal.test:${internal.port}/rss`;
    const byIp = `http://127.0.0.2:${internal.port}/rss`;
    for (const target of [byName, byIp]) {
      const from = at(`/redirect?to=${encodeURIComponent(target)}`);
      const r = await fetchFeed(from, {}, { allowPrivate: false, classify, lookup });
      expect(problem(r)).toBe(
        `\`${from}\` redirects to \`${target}\`, which points at a loopback address; only public feeds can be added`,
      );
    }
    expect(internal.seen).toHaveLength(0);
    expect(feeds.seen).toHaveLength(2);

    const allowed = await fetchFeed(
      at(`/redirect?to=${encodeURIComponent(byName)}`),
      {},
      { ...open, lookup },
    );
    expect(allowed.status).toBe("ok");
    expect(internal.seen).toHaveLength(1);
  });

  it("checks the address it connects to, so a DNS answer that changes after the check is refused", async () => {
    let lookups = 0;
    // rebinding: public when checked, private when connecting
    const lookup: Resolver = async () => [
      { address: ++lookups === 1 ? "127.0.0.1" : "127.0.0.2", family: 4 },
    ];
    const url = `http://rebind.test:${internal.port}/rss`;
    const r = await fetchFeed(url, {}, { allowPrivate: false, classify, lookup });
    expect(problem(r)).toBe(`\`${url}\` points at a loopback address; only public feeds can be added`);
    expect(lookups).toBe(2);
    expect(internal.seen).toHaveLength(0);
  });

  it("says where a redirect led when the target fails", async () => {
    const from = at("/redirect?to=/missing");
    expect(problem(await fetchFeed(from, {}, open))).toBe(
      `\`${from}\` redirects to \`${at("/missing")}\`, which answered 404 Not Found; check the address`,
    );
  });

  it("follows up to 3 redirects and no more", async () => {
    const three = await fetchFeed(at("/chain?n=3"), {}, open);
    expect(three.status).toBe("ok");
    expect(feeds.seen.map((s) => s.url)).toEqual(["/chain?n=3", "/chain?n=2", "/chain?n=1", "/rss"]);
    expect(problem(await fetchFeed(at("/chain?n=4"), {}, open))).toBe(
      `\`${at("/chain?n=4")}\` redirects more than 3 times; give the address it finally leads to`,
    );
  });

  it("refuses schemes other than http(s), directly or through a redirect", async () => {
    for (const url of ["ftp://127.0.0.1/feed.xml", "file:///etc/passwd", "javascript:alert(1)", "data:,x"]) {
      const r = await fetchFeed(url, {}, open);
      expect(problem(r)).toContain("is not an http or https address; only web feeds can be added");
    }
    const via = at(`/redirect?to=${encodeURIComponent("file:///etc/passwd")}`);
    expect(problem(await fetchFeed(via, {}, open))).toBe(
      `\`${via}\` redirects to \`file:///etc/passwd\`, which is not an http or https address; only web feeds can be added`,
    );
  });

  it("reports 404 and 500 with the status", async () => {
    expect(problem(await fetchFeed(at("/missing"), {}, open))).toBe(
      `\`${at("/missing")}\` answered 404 Not Found; check the address`,
    );
    expect(problem(await fetchFeed(at("/error"), {}, open))).toBe(
      `\`${at("/error")}\` answered 500 Internal Server Error: the site has a problem; try again later`,
    );
  });

  it("reports a web page, and a server that refuses connections", async () => {
    expect(problem(await fetchFeed(at("/page"), {}, open))).toMatch(
      /^`[^`]+\/page` is not an RSS or Atom feed: it is a web page/,
    );
    const closed = listen("127.0.0.1", () => undefined);
    await closed.start();
    const port = closed.port;
    await closed.stop();
    expect(problem(await fetchFeed(`http://127.0.0.1:${port}/feed`, {}, open))).toBe(
      `\`http://127.0.0.1:${port}/feed\` refused the connection; check the address, or try again later`,
    );
  });
});
