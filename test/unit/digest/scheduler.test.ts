import { describe, expect, it } from "vitest";
import { type DigestPoster, DigestScheduler, PostError } from "../../../src/digest/scheduler.js";
import { JsonStore } from "../../../src/store/file/json-store.js";
import type { Subscription } from "../../../src/store/records.js";
import { tempDataFile } from "../../support/app.js";
import { realKnowledge } from "../../support/knowledge.js";

/** A poster that records posts and fails as scripted; a clock the test moves; a sleep that only records. */
async function setup(
  o: { failures?: PostError[]; found?: string | null | undefined; dataFile?: string; store?: JsonStore } = {},
) {
  const dataFile = o.dataFile ?? tempDataFile();
  const store = o.store ?? (await JsonStore.open(dataFile));
  let now = new Date("2026-12-01T00:00:00Z");
  const posts: { channelId: string; date: string }[] = [];
  const told: { userId: string; text: string }[] = [];
  const sleeps: number[] = [];
  const failures = [...(o.failures ?? [])];
  const poster: DigestPoster = {
    async post(channelId, date) {
      const failure = failures.shift();
      if (failure) throw failure;
      posts.push({ channelId, date });
      return `ts-${posts.length}`;
    },
    async findPosted() {
      return o.found;
    },
    async tell(userId, text) {
      told.push({ userId, text });
    },
  };
  const scheduler = new DigestScheduler({
    kb: realKnowledge(),
    store,
    poster,
    clock: () => now,
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    log: () => undefined,
    paceMs: 1000,
  });
  const subscribe = (s: Partial<Subscription> & { channelId: string }) =>
    store.saveSubscription({
      time: "09:00",
      zone: "Europe/Berlin",
      subscribedBy: "U1",
      createdAt: now.toISOString(),
      ...s,
    });
  return {
    store,
    scheduler,
    posts,
    told,
    sleeps,
    dataFile,
    subscribe,
    at: (iso: string) => {
      now = new Date(iso);
    },
  };
}

describe("digest scheduler", () => {
  it("posts at the minute, in the subscription's zone, and only once", async () => {
    const t = await setup();
    t.at("2026-12-01T06:00:00Z");
    await t.subscribe({ channelId: "C1" });
    t.at("2026-12-01T07:59:59Z");
    await t.scheduler.checkDue();
    expect(t.posts).toEqual([]);
    t.at("2026-12-01T08:00:00Z"); // 09:00 in Berlin
    await t.scheduler.checkDue();
    expect(t.posts).toEqual([{ channelId: "C1", date: "2026-12-01" }]);
    t.at("2026-12-01T08:01:00Z");
    await t.scheduler.checkDue();
    expect(t.posts).toHaveLength(1);
    expect(await t.store.post("C1", "2026-12-01")).toMatchObject({ state: "posted", ts: "ts-1" });
    t.at("2026-12-02T08:00:00Z");
    await t.scheduler.checkDue();
    expect(t.posts.map((p) => p.date)).toEqual(["2026-12-01", "2026-12-02"]);
  });

  it("follows daylight saving: 09:00 New York is 13:00 UTC after the spring change", async () => {
    const t = await setup();
    t.at("2026-03-06T00:00:00Z");
    await t.subscribe({ channelId: "C1", zone: "America/New_York" });
    t.at("2026-03-07T14:00:00Z");
    await t.scheduler.checkDue();
    t.at("2026-03-08T12:59:00Z");
    await t.scheduler.checkDue();
    expect(t.posts.map((p) => p.date)).toEqual(["2026-03-07"]);
    t.at("2026-03-08T13:00:00Z");
    await t.scheduler.checkDue();
    expect(t.posts.map((p) => p.date)).toEqual(["2026-03-07", "2026-03-08"]);
  });

  it("posts once on the day an hour repeats, and on the day a time does not exist", async () => {
    const t = await setup();
    t.at("2026-10-31T00:00:00Z");
    await t.subscribe({ channelId: "C1", zone: "America/New_York", time: "01:30" });
    for (const iso of ["2026-11-01T05:30:00Z", "2026-11-01T06:30:00Z", "2026-11-01T07:00:00Z"]) {
      t.at(iso); // 01:30 EDT, then 01:30 EST again
      await t.scheduler.checkDue();
    }
    expect(t.posts).toEqual([{ channelId: "C1", date: "2026-11-01" }]);

    const s = await setup();
    s.at("2026-03-07T00:00:00Z");
    await s.subscribe({ channelId: "C2", zone: "America/New_York", time: "02:30" });
    s.at("2026-03-08T07:00:00Z"); // 02:30 does not exist that night; croner posts at 03:00 EDT
    await s.scheduler.checkDue();
    expect(s.posts).toEqual([{ channelId: "C2", date: "2026-03-08" }]);
  });

  it("catches up at start with the latest slot missed while down, once", async () => {
    const t = await setup();
    t.at("2026-12-01T06:00:00Z");
    await t.subscribe({ channelId: "C1" });
    t.at("2026-12-03T12:00:00Z"); // down for two and a half days
    await t.scheduler.start(60_000);
    await t.scheduler.stop();
    expect(t.posts).toEqual([{ channelId: "C1", date: "2026-12-03" }]);
  });

  it("owes nothing for a slot that came before the subscription", async () => {
    const t = await setup();
    t.at("2026-12-01T08:30:00Z"); // 09:30 Berlin, after today's 09:00 slot
    await t.subscribe({ channelId: "C1" });
    await t.scheduler.checkDue();
    expect(t.posts).toEqual([]);
  });

  it.each([
    ["the post is found in the channel", "ts-found", 0, "posted"],
    ["the post is not in the channel", null, 1, "posted"],
    ["it cannot tell", undefined, 0, "failed"],
  ] as const)("settles a claim left by a crash when %s", async (_, found, posted, state) => {
    const t = await setup({ found });
    t.at("2026-12-01T06:00:00Z");
    await t.subscribe({ channelId: "C1" });
    t.at("2026-12-01T08:00:00Z");
    await t.store.claimPost("C1", "2026-12-01", new Date("2026-12-01T08:00:00Z")); // then the process died
    t.at("2026-12-01T08:05:00Z");
    await t.scheduler.start(60_000);
    await t.scheduler.stop();
    expect(t.posts).toHaveLength(posted);
    expect((await t.store.post("C1", "2026-12-01"))?.state).toBe(state);
  });

  it("while running, takes over a claim that another instance left stale, and posts it once", async () => {
    const t = await setup({ found: null });
    t.at("2026-12-01T06:00:00Z");
    await t.subscribe({ channelId: "C1" });
    t.at("2026-12-01T08:00:00Z");
    await t.scheduler.start(60_000);
    await t.scheduler.stop();
    expect(t.posts).toHaveLength(1);
    // Another instance claimed tomorrow's slot and died before posting.
    await t.store.claimPost("C1", "2026-12-02", new Date("2026-12-02T08:00:00Z"));
    const survivor = await setup({ found: null, store: t.store });
    survivor.at("2026-12-02T08:01:00Z"); // claimed a minute ago: its instance may still be posting
    await survivor.scheduler.start(60_000);
    await survivor.scheduler.stop();
    expect(survivor.posts).toHaveLength(0);
    survivor.at("2026-12-02T08:03:00Z"); // now stale
    await survivor.scheduler.start(60_000);
    await survivor.scheduler.stop();
    expect(survivor.posts).toEqual([{ channelId: "C1", date: "2026-12-02" }]);
    expect((await t.store.post("C1", "2026-12-02"))?.state).toBe("posted");
  });

  it("waits Retry-After on 429, then posts", async () => {
    const t = await setup({ failures: [new PostError("rate_limited", "ratelimited", 7000)] });
    t.at("2026-12-01T06:00:00Z");
    await t.subscribe({ channelId: "C1" });
    t.at("2026-12-01T08:00:00Z");
    await t.scheduler.checkDue();
    expect(t.sleeps).toContain(7000);
    expect(t.posts).toHaveLength(1);
  });

  it("retries transient errors with backoff, then gives the slot up", async () => {
    const t = await setup({
      failures: Array.from({ length: 4 }, () => new PostError("transient", "http_503")),
    });
    t.at("2026-12-01T06:00:00Z");
    await t.subscribe({ channelId: "C1" });
    t.at("2026-12-01T08:00:00Z");
    await t.scheduler.checkDue();
    expect(t.sleeps).toEqual([1000, 4000, 16000]);
    expect(t.posts).toEqual([]);
    expect(await t.store.post("C1", "2026-12-01")).toMatchObject({ state: "failed", error: "http_503" });
  });

  it("pauses the subscription when the channel is gone, and tells the subscriber", async () => {
    const t = await setup({ failures: [new PostError("permanent", "channel_not_found")] });
    t.at("2026-12-01T06:00:00Z");
    await t.subscribe({ channelId: "C1", subscribedBy: "U42" });
    t.at("2026-12-01T08:00:00Z");
    await t.scheduler.checkDue();
    expect((await t.store.subscription("C1"))?.paused?.reason).toContain("no longer exists");
    expect(await t.store.post("C1", "2026-12-01")).toBeUndefined();
    expect(t.told).toEqual([
      {
        userId: "U42",
        text: expect.stringContaining("I paused the daily career digest you set up in <#C1>"),
      },
    ]);
    t.at("2026-12-02T08:00:00Z");
    await t.scheduler.checkDue();
    expect(t.posts).toEqual([]);
  });

  it("spreads channels due in the same minute instead of bursting", async () => {
    const t = await setup();
    t.at("2026-12-01T06:00:00Z");
    for (const c of ["C1", "C2", "C3", "C4"]) await t.subscribe({ channelId: c });
    t.at("2026-12-01T08:00:00Z");
    await t.scheduler.checkDue();
    expect(t.posts).toHaveLength(4);
    expect(t.sleeps).toEqual([1000, 1000, 1000]);
  });
});
