import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { JsonStore } from "../../../src/store/file/json-store.js";
import { PostgresStore } from "../../../src/store/postgres/postgres-store.js";
import type { Store } from "../../../src/store/store.js";
import { tempDataFile } from "../../support/app.js";
import { createTestDatabase, type TestDatabase } from "../../support/database.js";
import { subscription, threadContext } from "../../support/records.js";

/**
 * What every store must do, run against the lowdb file and against PostgreSQL (a real server when
 * TEST_DATABASE_URL is set, else an embedded one). `reopen` gives a second view of the same data: the file
 * opened again, or a second connection pool — a second instance.
 */
function contract(
  name: string,
  open: () => Promise<{ store: Store; reopen: () => Promise<Store> }>,
  /** Whether several instances may share the data at once (PostgreSQL), or only one (the lowdb file). */
  shared: boolean,
) {
  describe(`${name} store`, () => {
    const at = (iso: string) => new Date(iso);
    let store: Store;
    let reopen: () => Promise<Store>;
    beforeAll(async () => {
      ({ store, reopen } = await open());
    });
    afterAll(async () => {
      await store.close();
    });

    it("keeps preferences and ticks, seen by a second opening", async () => {
      await store.updateUser("U1", (u) => ({ ...u, location: "seattle", ticked: ["python"] }));
      await store.updateUser("U1", (u) => ({ ...u, level: "senior" }));
      await store.flush();
      const other = await reopen();
      expect(await other.user("U1")).toMatchObject({
        location: "seattle",
        level: "senior",
        ticked: ["python"],
      });
      await other.close();
    });

    it("applies concurrent changes to one user one after another, losing none", async () => {
      await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          store.updateUser("U2", (u) => ({ ...u, ticked: [...u.ticked, `skill-${i}`] })),
        ),
      );
      expect((await store.user("U2"))?.ticked).toHaveLength(20);
    });

    it("forgets a user", async () => {
      await store.updateUser("U3", (u) => ({ ...u, role: "machine-learning-engineer" }));
      expect(await store.forgetUser("U3")).toBe(true);
      expect(await store.forgetUser("U3")).toBe(false);
      expect(await store.user("U3")).toBeUndefined();
    });

    it("saves, lists, pauses and removes subscriptions", async () => {
      const sub = subscription({ zone: "Europe/Berlin" });
      await store.saveSubscription(sub);
      expect(await store.subscription("C1")).toEqual(sub);
      await store.pauseSubscription("C1", "channel_not_found", at("2026-11-02T00:00:00Z"));
      expect((await store.subscription("C1"))?.paused).toEqual({
        reason: "channel_not_found",
        at: "2026-11-02T00:00:00.000Z",
      });
      expect((await store.subscriptions()).map((s) => s.channelId)).toContain("C1");
      expect(await store.removeSubscription("C1")).toBe(true);
      expect(await store.subscription("C1")).toBeUndefined();
    });

    it(`lets exactly one of many simultaneous claims of a digest slot win${shared ? ", across instances" : ""}`, async () => {
      const now = at("2026-11-22T09:00:00Z");
      const first = shared ? await reopen() : store;
      const claims = await Promise.all(
        Array.from({ length: 10 }, (_, i) => (i % 2 ? first : store).claimPost("C9", "2026-11-22", now)),
      );
      expect(claims.filter(Boolean)).toHaveLength(1);
      await store.completePost("C9", "2026-11-22", "1700.1", now);
      await store.flush();
      if (shared) await first.close();
      const other = await reopen();
      expect(await other.post("C9", "2026-11-22")).toMatchObject({ state: "posted", ts: "1700.1" });
      expect(await other.claimPost("C9", "2026-11-22", now)).toBe(false);
      await other.close();
    });

    it("releases and fails slots", async () => {
      const now = at("2026-11-22T09:00:00Z");
      expect(await store.claimPost("C8", "2026-11-22", now)).toBe(true);
      await store.releasePost("C8", "2026-11-22");
      expect(await store.post("C8", "2026-11-22")).toBeUndefined();
      await store.failPost("C8", "2026-11-23", "not_in_channel", now);
      expect(await store.postsFor("C8")).toEqual([
        expect.objectContaining({ date: "2026-11-23", state: "failed", error: "not_in_channel" }),
      ]);
    });

    it("lets one instance take over a stale claim, and the holder renew its own", async () => {
      const claimed = at("2026-11-22T09:00:00Z");
      const later = at("2026-11-22T09:05:00Z");
      await store.claimPost("C7", "2026-11-22", claimed);
      // Not stale yet for a takeover that counts from before the claim.
      expect(await store.reclaimPost("C7", "2026-11-22", at("2026-11-22T08:59:00Z"), later)).toBe(false);
      const staleBefore = at("2026-11-22T09:03:00Z");
      const takeovers = await Promise.all(
        [1, 2, 3].map(() => store.reclaimPost("C7", "2026-11-22", staleBefore, later)),
      );
      expect(takeovers.filter(Boolean)).toHaveLength(1);
      expect((await store.post("C7", "2026-11-22"))?.claimedAt).toBe(later.toISOString());
      expect(await store.reclaimPost("C7", "2026-11-22", undefined, at("2026-11-22T09:06:00Z"))).toBe(true);
      await store.completePost("C7", "2026-11-22", "1.1", later);
      expect(await store.reclaimPost("C7", "2026-11-22", undefined, later)).toBe(false);
    });

    it("keeps a thread's context for a day", async () => {
      const record = threadContext();
      await store.saveConversation("C1:1.0", record);
      expect(await store.conversation("C1:1.0", at("2026-11-22T12:00:00Z"))).toEqual(record);
      expect(await store.conversation("C1:1.0", at("2026-11-23T10:01:00Z"))).toBeUndefined();
    });

    it("keeps what a question back offered to pick from", async () => {
      const record = threadContext({ roles: [], offered: ["53-3032", "53-3033"] });
      await store.saveConversation("C1:2.0", record);
      expect(await store.conversation("C1:2.0", at("2026-11-22T12:00:00Z"))).toEqual(record);
    });

    it("keeps the role a person holds and the role a move leaves, seen by a second opening", async () => {
      const record = threadContext({ roles: ["qa-engineer"], held: "qa-engineer", leaving: "qa-engineer" });
      await store.saveConversation("C1:3.0", record);
      await store.flush();
      const other = await reopen();
      expect(await other.conversation("C1:3.0", at("2026-11-22T12:00:00Z"))).toEqual(record);
      await other.close();
    });

    it("recognises an event id delivered twice", async () => {
      const now = at("2026-11-22T10:00:00Z");
      expect(await store.firstDelivery("Ev1", now)).toBe(true);
      expect(await store.firstDelivery("Ev1", now)).toBe(false);
    });

    it("limits a person's requests with a token bucket that refills", async () => {
      const t0 = at("2026-11-22T10:00:00Z");
      const waits = [];
      for (let i = 0; i < 4; i++) waits.push(await store.takeToken("user:U5", t0, 3, 1));
      expect(waits).toEqual([0, 0, 0, 1]);
      expect(await store.takeToken("user:U5", at("2026-11-22T10:00:01.500Z"), 3, 1)).toBe(0);
    });

    it("keeps installations, and forgets a workspace with everything of its own", async () => {
      const record = {
        teamId: "T9",
        installation: { team: { id: "T9" }, bot: { token: "xoxb-t9" } },
        updatedAt: "2026-11-22T10:00:00.000Z",
      };
      await store.saveInstallation("T9", record);
      expect(await store.installation("T9")).toEqual(record);
      await store.updateUser("T9:U1", (u) => ({ ...u, level: "mid" }));
      await store.updateUser("T8:U1", (u) => ({ ...u, level: "senior" }));
      await store.saveSubscription(subscription({ channelId: "C91", teamId: "T9" }));
      await store.claimPost("C91", "2026-11-22", at("2026-11-22T09:00:00Z"));
      await store.saveConversation("T9:C91:1.0", { roles: [], updatedAt: "2026-11-22T10:00:00.000Z" });
      await store.forgetWorkspace("T9");
      expect(await store.installation("T9")).toBeUndefined();
      expect(await store.user("T9:U1")).toBeUndefined();
      expect(await store.subscription("C91")).toBeUndefined();
      expect(await store.postsFor("C91")).toEqual([]);
      expect(await store.conversation("T9:C91:1.0", at("2026-11-22T11:00:00Z"))).toBeUndefined();
      expect((await store.user("T8:U1"))?.level).toBe("senior");
    });

    it("rewrites installations in one step, and writes nothing when the plan refuses", async () => {
      const record = (team: string, token: string) => ({
        teamId: team,
        installation: { team: { id: team }, bot: { token } },
        updatedAt: "2026-11-22T10:00:00.000Z",
      });
      await store.saveInstallation("T11", record("T11", "one"));
      await store.saveInstallation("T12", record("T12", "two"));
      await expect(
        store.rewriteInstallations(() => {
          throw new Error("refused");
        }),
      ).rejects.toThrow("refused");
      let seen: string[] = [];
      await store.rewriteInstallations((all) => {
        seen = Object.keys(all).sort();
        return { T11: record("T11", "one, rewritten"), T12: null };
      });
      expect(seen).toEqual(["T11", "T12"]);
      await store.flush();
      const other = await reopen();
      expect(await other.installation("T11")).toEqual(record("T11", "one, rewritten"));
      expect(await other.installation("T12")).toBeUndefined();
      await other.close();
      await store.forgetWorkspace("T11");
    });

    it("counts alike questions in one tally per day and workspace, kept across openings, and forgets them with the workspace", async () => {
      const question = (asker: string, at: string) => ({
        at,
        kind: "salary",
        roles: ["machine-learning-engineer"],
        skills: [],
        found: true,
        asker,
      });
      // Four different people and one of them twice, concurrently, as several instances would.
      await Promise.all(
        ["a", "b", "c", "d", "a"].map((p) =>
          store.recordInsight(question(p, "2026-11-20T10:00:00.000Z"), "T5"),
        ),
      );
      await store.recordInsight(question("e", "2026-11-21T10:00:00.000Z"), "T5");
      await store.recordInsight(question("a", "2026-11-21T11:00:00.000Z"), "T6");
      await store.flush();
      const other = await reopen();
      const t5 = await other.insightsSince(at("2026-11-15T00:00:00Z"), "T5");
      expect(t5.map((t) => [t.day, t.count, t.askers.length])).toEqual([
        ["2026-11-20", 5, 3],
        ["2026-11-21", 1, 1],
      ]);
      expect(JSON.stringify(t5)).not.toContain("2026-11-20T10");
      expect(await other.insightsSince(at("2026-11-21T00:00:00Z"), "T6")).toHaveLength(1);
      expect(await other.insightsSince(at("2026-11-22T00:00:00Z"))).toEqual([]);
      await other.close();
      // A copy out and back in keeps the tallies as they are.
      const copy = await store.exportData();
      await store.importData(copy);
      expect((await store.insightsSince(at("2026-11-15T00:00:00Z"), "T5")).map((t) => t.count)).toEqual([
        5, 1,
      ]);
      await store.forgetWorkspace("T5");
      expect(await store.insightsSince(at("2026-11-15T00:00:00Z"), "T5")).toEqual([]);
      expect(await store.insightsSince(at("2026-11-15T00:00:00Z"), "T6")).toHaveLength(1);
    });

    it("keeps 👍 / 👎 without user ids, 30 days, per workspace; carried by export and import; forgotten with the workspace", async () => {
      const click = (at: string, value: "positive" | "negative", team?: string, question?: string) => ({
        at,
        value,
        kind: "salary",
        roles: ["machine-learning-engineer"],
        knowledge: "v1",
        ...(question ? { question } : {}),
        ...(team ? { team } : {}),
      });
      await store.recordFeedback(click("2026-09-01T10:00:00.000Z", "negative", "T7", "too old"));
      await Promise.all([
        store.recordFeedback(click("2026-11-20T10:00:00.000Z", "positive", "T7")),
        store.recordFeedback(click("2026-11-20T10:00:00.000Z", "negative", "T7", "mle pay in Oslo?")),
        store.recordFeedback(click("2026-11-21T09:00:00.000Z", "negative", "T8", "other workspace")),
      ]);
      await store.flush();
      const other = await reopen();
      const t7 = await other.feedbackSince(at("2026-08-01T00:00:00Z"), "T7");
      // The September click fell out of the 30 days kept when November's came.
      expect(t7.map((f) => f.value).sort()).toEqual(["negative", "positive"]);
      expect(t7.find((f) => f.value === "negative")?.question).toBe("mle pay in Oslo?");
      expect(await other.feedbackSince(at("2026-11-21T00:00:00Z"))).toHaveLength(1);
      await other.close();
      const copy = await store.exportData();
      expect(Object.values(copy.feedback)).toHaveLength(3);
      expect(JSON.stringify(copy.feedback)).not.toMatch(/"U[A-Z0-9]+"/);
      // Into a new lowdb file: the export is the file's shape, so either store takes it.
      const target = await JsonStore.open(tempDataFile());
      await target.importData(copy);
      await target.importData(copy); // repeatable: the same records, not twice as many
      expect(await target.feedbackSince(at("2026-11-01T00:00:00Z"))).toHaveLength(3);
      await target.close();
      await store.importData(copy); // back into this store: the same keys, still three
      expect(await store.feedbackSince(at("2026-11-01T00:00:00Z"))).toHaveLength(3);
      await store.forgetWorkspace("T7");
      expect(await store.feedbackSince(at("2026-11-01T00:00:00Z"), "T7")).toEqual([]);
      expect(await store.feedbackSince(at("2026-11-01T00:00:00Z"), "T8")).toHaveLength(1);
    });

    it("says it is healthy", async () => {
      expect(await store.health()).toEqual({ ok: true });
    });
  });
}

contract(
  "lowdb",
  async () => {
    const file = tempDataFile();
    // The lowdb store serves one process: a second opening reads what the first has written.
    return { store: await JsonStore.open(file), reopen: () => JsonStore.open(file) };
  },
  false,
);

let database: TestDatabase | undefined;
afterAll(async () => {
  await database?.drop();
});
contract(
  "PostgreSQL",
  async () => {
    database = await createTestDatabase();
    const url = database.url;
    return { store: await PostgresStore.open(url), reopen: () => PostgresStore.open(url) };
  },
  true,
);
