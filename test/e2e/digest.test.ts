import { describe, expect, it } from "vitest";
import { loadKnowledgeBase } from "../../src/knowledge/base.js";
import { startTestApp, tempDataFile, useSlackApi } from "../support/app.js";
import { blockKitViolations } from "../support/block-kit.js";
import { textOf } from "../support/career.js";
import type { Sent } from "../support/slack-api.js";

const api = useSlackApi();

const hhmm = (d: Date) => d.toISOString().slice(11, 16);

describe("daily digest, end to end", () => {
  it("posts at the subscribed minute, and not again after a restart", async () => {
    let offset = 0;
    const clock = () => new Date(Date.now() + offset);
    const dataFile = tempDataFile();
    let app = await startTestApp(api, { dataFile, clock, tickMs: 50 });
    const nextMinute = new Date(Math.ceil((clock().getTime() + 1000) / 60_000) * 60_000);
    expect(textOf(await app.career(`digest subscribe ${hhmm(nextMinute)} UTC`))).toContain(
      "Daily digest subscribed",
    );

    offset += nextMinute.getTime() - clock().getTime() + 1000; // the clock reaches the slot
    const [post] = await api.waitFor("chat.postMessage", 1, 5000);
    expect(post?.body.channel).toBe("C1");
    expect(post?.body.metadata).toEqual({
      event_type: "career_digest",
      event_payload: { date: nextMinute.toISOString().slice(0, 10) },
    });
    expect(blockKitViolations((post as Sent).body)).toEqual([]);
    expect(JSON.stringify(post?.body)).toContain("Trend of the day");
    // The channel has had that trend in this cycle: its next digests bring the others first.
    await new Promise((r) => setTimeout(r, 100));
    const seen = (await app.store.subscription("C1"))?.trendsSeen ?? [];
    expect(seen).toHaveLength(1);
    expect(JSON.stringify(post?.body)).toContain(
      loadKnowledgeBase("knowledge").knowledge.trends.trends.find((t) => t.id === seen[0])?.name,
    );
    await app.stop();

    api.clear();
    app = await startTestApp(api, { dataFile, clock, tickMs: 50 });
    await new Promise((r) => setTimeout(r, 400));
    expect(api.calls("chat.postMessage")).toEqual([]);
    expect(textOf(await app.career("digest status"))).toContain(
      `Last post: ${nextMinute.toISOString().slice(0, 10)}`,
    );
    await app.stop();
  });

  it("defaults to 09:00 in the subscriber's Slack time zone, and reports status", async () => {
    const app = await startTestApp(api, { clock: () => new Date("2026-12-01T10:00:00Z") });
    const answer = textOf(await app.career("digest subscribe"));
    expect(answer).toContain("every day at 09:00 Europe/Berlin (your Slack time zone)");
    expect(answer).toContain("First post: Wed, 2 Dec 2026, 09:00 (Europe/Berlin)");
    const status = textOf(await app.career("digest status"));
    expect(status).toContain("Posts daily at 09:00 Europe/Berlin.");
    expect(status).toContain("Last post: none yet.");
    expect(textOf(await app.career("digest unsubscribe"))).toContain("Digest stopped");
    expect(textOf(await app.career("digest status"))).toContain("No digest here");
    await app.stop();
  });

  it("says how to invite the bot when it is not in the channel", async () => {
    const app = await startTestApp(api);
    api.answer("conversations.info", () => ({ json: { ok: true, channel: { id: "C9", is_member: false } } }));
    const answer = textOf(await app.career("digest subscribe 08:00 Europe/Paris", { channel: "C9" }));
    expect(answer).toContain("not in this channel yet");
    expect(answer).toContain("/invite @Career Advisor");
    expect(await app.store.subscription("C9")).toBeUndefined();
    await app.stop();
  });

  it("refuses a bad time or zone with a clear answer", async () => {
    const app = await startTestApp(api);
    expect(textOf(await app.career("digest subscribe 9pm"))).toContain("is not a time");
    expect(textOf(await app.career("digest subscribe 09:00 Moon/Base"))).toContain(
      "IANA name such as Europe/Berlin",
    );
    await app.stop();
  });

  it("pauses on a channel that is gone, tells the subscriber, and shows why in status", async () => {
    let now = new Date("2026-12-01T06:00:00Z");
    const app = await startTestApp(api, { clock: () => now, tickMs: 30 });
    await app.career("digest subscribe 09:00 Europe/Berlin", { channel: "C5" });
    api.answer("chat.postMessage", () => ({ json: { ok: false, error: "channel_not_found" } }));
    now = new Date("2026-12-01T08:00:30Z");
    const [, dm] = await api.waitFor("chat.postMessage", 2);
    expect(dm?.body.channel).toBe("U1");
    expect(String(dm?.body.text)).toContain("the channel no longer exists");
    expect(textOf(await app.career("digest status", { channel: "C5" }))).toContain("Paused since");
    await app.stop();
  });

  it("waits Retry-After on a 429 from Slack, then posts", async () => {
    let now = new Date("2026-12-01T06:00:00Z");
    const app = await startTestApp(api, { clock: () => now, tickMs: 30 });
    await app.career("digest subscribe 09:00 Europe/Berlin", { channel: "C6" });
    api.answer("chat.postMessage", () => ({
      status: 429,
      headers: { "retry-after": "1" },
      json: { ok: false, error: "ratelimited" },
    }));
    now = new Date("2026-12-01T08:00:30Z");
    const posts = await api.waitFor("chat.postMessage", 2, 5000);
    expect(posts.map((p) => p.body.channel)).toEqual(["C6", "C6"]);
    await new Promise((r) => setTimeout(r, 100));
    expect((await app.store.post("C6", "2026-12-01"))?.state).toBe("posted");
    await app.stop();
  });
});
