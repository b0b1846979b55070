import { mkdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Store } from "../../src/store/store.js";
import { startTestApp, type TestApp, tempDataFile, useSlackApi } from "../support/app.js";
import { blockKitViolations } from "../support/block-kit.js";
import { directMessage, event, mention, sendSigned, signingSecret, slashCommand } from "../support/signed.js";
import type { Sent } from "../support/slack-api.js";
import { troubled } from "../support/troubled-store.js";

const api = useSlackApi();

let n = 0;
const url = () => api.responseUrl(`f${++n}`);
const text = (s: Sent | undefined) => JSON.stringify(s?.body);

/** Asserts the app still answers a plain command after a fault. */
async function stillServing(app: TestApp) {
  expect(text(await app.career("role mle"))).toContain("Machine Learning Engineer");
}

describe("faults", () => {
  it("logs a Web API 500 on a mention and keeps serving", async () => {
    const app = await startTestApp(api);
    api.answer("chat.postMessage", () => ({ status: 500, json: { ok: false } }), 2);
    await mention(app.port, "roles", { ts: "1.0" });
    await api.waitFor("chat.postMessage", 2);
    await new Promise((r) => setTimeout(r, 100));
    expect(app.logs.some((l) => l.startsWith("error app_mention failed"))).toBe(true);
    await stillServing(app);
    await app.stop();
  });

  it("retries a 429 from the Web API after Retry-After, then answers", async () => {
    const app = await startTestApp(api, { retries: 1 });
    api.answer("chat.postMessage", () => ({
      status: 429,
      headers: { "retry-after": "1" },
      json: { ok: false, error: "ratelimited" },
    }));
    await mention(app.port, "trends", { ts: "2.0" });
    const posts = await api.waitFor("chat.postMessage", 2, 5000);
    expect(text(posts[1])).toContain("Trends shaping ML engineering");
    await app.stop();
  });

  it("gives up on a Web API that does not answer, logs it, and keeps serving", async () => {
    const app = await startTestApp(api, { httpTimeoutMs: 300 });
    api.answer("chat.postMessage", () => new Promise(() => undefined) as never);
    await directMessage(app.port, "help", { ts: "3.0" });
    await new Promise((r) => setTimeout(r, 800));
    expect(app.logs.some((l) => l.startsWith("error message.im failed"))).toBe(true);
    await stillServing(app);
    await app.stop();
  });

  it("logs a response URL that fails, and keeps serving", async () => {
    // Only an answer too slow for the acknowledgement goes through the response URL: a slow disk here.
    const app = await startTestApp(api, { wrapStore: troubled("USLOW", { delayMs: 1500 }) });
    api.answer("respond", () => ({ status: 500, json: { ok: false } }), 2);
    await slashCommand(app.port, "trends", url(), { user_id: "USLOW" });
    await api.waitFor("respond", 2);
    await new Promise((r) => setTimeout(r, 100));
    expect(app.logs.some((l) => l.includes("/career failed") && l.includes("500"))).toBe(true);
    await stillServing(app);
    await app.stop();
  });

  it("tells the user when their change cannot be saved, and loses nothing saved before", async () => {
    const app = await startTestApp(api);
    await app.career("prefs set level entry");
    await app.store.flush();
    // A directory where the next journal file must go makes every write fail, like a read-only folder.
    mkdirSync(`${app.dataFile}.2.journal`);
    api.clear();
    const sent = await app.career("prefs set level senior");
    expect(text(sent)).toContain("Something went wrong on my side");
    expect((await app.store.user("U1"))?.level).toBe("entry");
    expect(app.logs.some((l) => l.startsWith("error /career failed") && l.includes("EISDIR"))).toBe(true);
    await stillServing(app);
    await app.service.slack.stop();
  });

  it("says storage is full when the disk is full", async () => {
    const diskFull = (store: Store): Store =>
      new Proxy(store, {
        get(target, key, receiver) {
          if (key !== "updateUser") return Reflect.get(target, key, receiver);
          return async () => {
            throw Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" });
          };
        },
      });
    const app = await startTestApp(api, { wrapStore: diskFull });
    const sent = await app.career("prefs set location seattle");
    expect(text(sent)).toContain("I could not save that just now");
    expect(blockKitViolations(sent.body)).toEqual([]);
    await stillServing(app);
    await app.stop();
  });
});

describe("abuse", () => {
  it("answers a user who sends too fast with a friendly wait, and others normally", async () => {
    const app = await startTestApp(api, { rateLimit: { burst: 3, perSecond: 0.5 } });
    const sent: Sent[] = [];
    for (let i = 0; i < 4; i++) sent.push(await app.career("roles", { user: "UFAST" }));
    expect(sent.filter((s) => text(s).includes("faster than I answer them"))).toHaveLength(1);
    expect(text(sent.find((s) => text(s).includes("faster")))).toMatch(/try again in 2 seconds/);
    api.clear();
    const calm = await app.career("roles", { user: "UCALM" });
    expect(text(calm)).toContain("Roles I know");
    await app.stop();
  });

  it("refuses a request body far larger than Slack sends, before reading it", async () => {
    const app = await startTestApp(api);
    const res = await sendSigned(
      app.port,
      `text=${"x".repeat(600 * 1024)}`,
      "application/x-www-form-urlencoded",
    );
    expect(res.status).toBe(413);
    await stillServing(app);
    await app.stop();
  });

  it("never writes the bot token or signing secret to the logs", async () => {
    const app = await startTestApp(api, { dataFile: tempDataFile() });
    await slashCommand(app.port, "compare mle swe", url());
    await mention(app.port, "trends", { ts: "9.0" });
    await event(app.port, { type: "app_home_opened", user: "U1", channel: "D1", tab: "home" });
    await sendSigned(app.port, "text=forged", "application/x-www-form-urlencoded", {
      secret: "ffffffffffffffffffffffffffffffff",
    });
    await api.waitFor("views.publish");
    await app.stop();
    const logs = app.logs.join("\n");
    expect(logs.length).toBeGreaterThan(100);
    expect(logs).not.toContain("xoxb-test-token");
    expect(logs).not.toContain(signingSecret);
  });
});
