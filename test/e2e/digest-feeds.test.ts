import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, useSlackApi } from "../support/app.js";
import { textOf } from "../support/career.js";

/** A channel's feeds in its digest, against a local feed server (FEEDS_ALLOW_PRIVATE=true, as an intranet). */
const api = useSlackApi();
let feeds: Server;
let base = "";
let items = [
  { id: "a1", title: "Platform team is hiring an ML engineer", date: "Mon, 30 Nov 2026 10:00:00 GMT" },
  { id: "a2", title: "How we run feature stores <!channel>", date: "Sun, 29 Nov 2026 10:00:00 GMT" },
];
let conditional = 0;
let broken = false;
const rss = () =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>Team blog</title>${items
    .map(
      (i) =>
        `<item><guid>${i.id}</guid><title>${i.title.replace(/</g, "&lt;")}</title><link>https://blog.example.com/${i.id}</link><pubDate>${i.date}</pubDate></item>`,
    )
    .join("")}</channel></rss>`;

beforeAll(async () => {
  feeds = createServer((req, res) => {
    const body = rss();
    const etag = `"${Buffer.from(body).length}-${items.length}"`;
    if (req.url === "/page")
      return res.writeHead(200, { "content-type": "text/html" }).end("<html><body>hi</body></html>");
    if (broken) return res.writeHead(500).end("down");
    if (req.headers["if-none-match"] === etag) {
      conditional++;
      return res.writeHead(304).end();
    }
    res.writeHead(200, { "content-type": "application/rss+xml", etag }).end(body);
  });
  await new Promise<void>((r) => feeds.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(feeds.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((r) => feeds.close(r));
});

/** The channel the feeds are added in. */
const feedsChannel = { channel: "CF" };

describe("channel feeds in the digest", () => {
  it("adds a feed, posts its newest items once, reports a feed that keeps failing", async () => {
    let now = new Date("2026-12-01T06:00:00Z");
    const app = await startTestApp(api, {
      clock: () => now,
      tickMs: 30,
      env: { FEEDS_ALLOW_PRIVATE: "true" },
    });
    await app.career("digest subscribe 09:00 Europe/Berlin", feedsChannel);
    expect(textOf(await app.career(`digest feed add <${base}/page>`, feedsChannel))).toContain(
      "is not an RSS or Atom feed",
    );
    expect(textOf(await app.career(`digest feed add <${base}/feed.xml>`, feedsChannel))).toContain(
      "Team blog: 2 items now",
    );
    expect(textOf(await app.career("digest feed list", feedsChannel))).toContain("Team blog");
    const preview = textOf(await app.career("digest preview", feedsChannel));
    expect(preview).toContain("From your feeds");
    expect(preview).toContain("Platform team is hiring an ML engineer");
    expect(preview).toContain("&lt;!channel&gt;");
    expect(preview).not.toContain("<!channel>");

    now = new Date("2026-12-01T08:00:30Z"); // 09:00 Berlin: the digest goes out with both items
    const [first] = await api.waitFor("chat.postMessage", 1, 5000);
    expect(JSON.stringify(first?.body)).toContain("How we run feature stores");
    api.clear();

    items = [{ id: "a3", title: "New grad program opens", date: "Tue, 01 Dec 2026 12:00:00 GMT" }, ...items];
    now = new Date("2026-12-02T08:00:30Z"); // the next day: only the new item
    const [second] = await api.waitFor("chat.postMessage", 1, 5000);
    const text = JSON.stringify(second?.body);
    expect(text).toContain("New grad program opens");
    expect(text).not.toContain("Platform team is hiring");
    api.clear();

    now = new Date("2026-12-03T08:00:30Z"); // nothing new: a conditional request, no feed section
    const [third] = await api.waitFor("chat.postMessage", 1, 5000);
    expect(conditional).toBeGreaterThan(0);
    expect(JSON.stringify(third?.body)).not.toContain("From your feeds");
    api.clear();

    broken = true;
    for (let i = 0; i < 5; i++) await app.career("digest preview", feedsChannel);
    expect(textOf(await app.career("digest status", feedsChannel))).toContain(
      "no longer tried after 5 failures",
    );
    expect(textOf(await app.career(`digest feed remove ${base}/feed.xml`, feedsChannel))).toContain(
      "Feed removed",
    );
    await app.stop();
  });

  it("refuses private addresses unless the operator allows them", async () => {
    const app = await startTestApp(api);
    const answer = textOf(await app.career(`digest feed add ${base}/feed.xml`, feedsChannel));
    expect(answer).toContain("Could not add that feed");
    expect(answer).toMatch(/loopback|private/);
    expect(textOf(await app.career("digest feed add ftp://example.com/feed", feedsChannel))).toContain(
      "Could not add that feed",
    );
    await app.stop();
  });
});
