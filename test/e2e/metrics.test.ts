import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/runtime/config.js";
import { JsonStore } from "../../src/store/file/json-store.js";
import { startTestApp, type TestApp, tempDataFile, useSlackApi } from "../support/app.js";
import { commandAnswer } from "../support/command-answer.js";
import { subscription } from "../support/records.js";
import {
  directMessage,
  event,
  interaction,
  mention,
  signingSecret,
  slashCommand,
} from "../support/signed.js";

const api = useSlackApi();

/** One sample's value from Prometheus text: the series named, with at least these labels; 0 if absent. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number {
  let total: number | undefined;
  for (const line of text.split("\n")) {
    const m = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!m || m[1] !== name) continue;
    const have = Object.fromEntries(
      [...(m[2] ?? "").matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map((l) => [l[1], l[2]]),
    );
    if (Object.entries(labels).every(([k, v]) => have[k] === v)) total = (total ?? 0) + Number(m[3]);
  }
  return total ?? 0;
}

async function scrape(port: number | undefined): Promise<string> {
  const res = await fetch(`http://127.0.0.1:${port}/metrics`);
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toContain("text/plain");
  return res.text();
}

describe("Prometheus metrics on METRICS_PORT", () => {
  let app: TestApp;
  let n = 0;
  const url = () => api.responseUrl(`m${++n}`);

  beforeAll(async () => {
    app = await startTestApp(api, {
      env: { METRICS_PORT: "0" },
      // Per user: two at once, then a wait (UFAST below); everyone else sends one or two.
      rateLimit: { burst: 2, perSecond: 0.01 },
    });
  });
  afterAll(() => app.stop());

  it("serves /metrics on its own port, and never on the Slack port", async () => {
    expect(app.service.metricsPort).toBeGreaterThan(0);
    expect(app.service.metricsPort).not.toBe(app.port);
    expect((await fetch(`http://127.0.0.1:${app.port}/metrics`)).status).toBe(404);
    expect(
      (await fetch(`http://127.0.0.1:${app.service.metricsPort}/slack/events`, { method: "POST" })).status,
    ).toBe(404);
    const text = await scrape(app.service.metricsPort);
    // Node's and the process's defaults.
    expect(sample(text, "process_resident_memory_bytes")).toBeGreaterThan(0);
    expect(text).toContain("# TYPE nodejs_eventloop_lag_seconds gauge");
    expect(text).toContain("# TYPE nodejs_heap_size_used_bytes gauge");
  });

  it("counts answers by surface and kind, their latency, answers not found, rate limits and Slack calls", async () => {
    const before = await scrape(app.service.metricsPort);
    // Answers read straight off the HTTP response: the stand-in keeps every call for the counts below.
    await commandAnswer(api, await slashCommand(app.port, "compare mle swe", url(), { user_id: "UA" }));
    await commandAnswer(
      api,
      await slashCommand(app.port, "salary mle senior seattle", url(), { user_id: "UB" }),
    );
    // A question about an occupation the knowledge does not cover, in a mention.
    await mention(app.port, "what does a nurse earn?", { user: "UC", ts: "100.1" });
    // Something unrelated, in a DM.
    await directMessage(app.port, "what is the weather in paris today?", { user: "UD", ts: "100.2" });
    // A question in an assistant thread (a thread of the DM).
    await directMessage(app.port, "what skills does a data science engineer need?", {
      user: "UI",
      channel: "D2",
      ts: "100.5",
      thread_ts: "100.4",
    });
    await api.waitFor("chat.postMessage", 3);
    // A next-step button.
    await interaction(app.port, {
      type: "block_actions",
      user: { id: "UE" },
      channel: { id: "C1" },
      container: { type: "message", is_ephemeral: true },
      response_url: url(),
      trigger_id: "t1",
      actions: [{ type: "button", action_id: "run_command_0", block_id: "b", value: "path mle" }],
    });
    // Three from one person: the third is turned away with a "try again".
    for (let i = 0; i < 3; i++)
      await commandAnswer(api, await slashCommand(app.port, "roles", url(), { user_id: "UFAST" }));
    // A button from an older version, and a malformed event.
    await interaction(app.port, {
      type: "block_actions",
      user: { id: "UG" },
      response_url: url(),
      actions: [{ type: "button", action_id: "gone_v1", block_id: "b", value: "x" }],
    });
    await event(app.port, null as never);
    // Slack says 429 to one answer (no retries in the tests): the mention fails, and says so.
    api.answer(
      "chat.postMessage",
      () => ({ status: 429, headers: { "retry-after": "0" }, json: { ok: false } }),
      1,
    );
    api.answer("chat.postMessage", () => ({ json: { ok: false, error: "channel_not_found" } }), 1);
    await mention(app.port, "trends", { user: "UH", channel: "C2", ts: "100.3" });
    await api.waitFor("respond", 3);
    await api.waitFor("chat.postMessage", 5);
    await new Promise((r) => setTimeout(r, 300));

    const after = await scrape(app.service.metricsPort);
    const grew = (name: string, labels: Record<string, string> = {}) =>
      sample(after, name, labels) - sample(before, name, labels);

    // How much each series grew, by name: the labels of each sample and the count it grew by.
    const grown: Record<string, [Record<string, string>, number][]> = {
      career_answers_total: [
        [{ surface: "command", kind: "compare" }, 1],
        [{ surface: "command", kind: "salary" }, 1],
        [{ surface: "mention", kind: "out_of_scope" }, 1],
        [{ surface: "dm", kind: "out_of_scope" }, 1],
        [{ surface: "action", kind: "path" }, 1],
        [{ surface: "assistant" }, 1],
      ],
      career_answer_duration_seconds_count: [[{ surface: "command", kind: "compare" }, 1]],
      career_answer_duration_seconds_bucket: [[{ surface: "command", kind: "compare", le: "+Inf" }, 1]],
      career_answers_not_found_total: [
        [{ surface: "mention", reason: "uncovered" }, 1],
        [{ surface: "dm", reason: "off_topic" }, 1],
      ],
      career_requests_total: [
        [{ surface: "command", outcome: "rate_limited" }, 1],
        [{ surface: "command", outcome: "ok" }, 4],
        [{ surface: "action", outcome: "stale" }, 1],
        [{ surface: "mention", outcome: "error" }, 1],
      ],
      career_malformed_requests_total: [[{ reason: "event" }, 1]],
    };
    for (const [name, samples] of Object.entries(grown))
      for (const [labels, by] of samples)
        expect(grew(name, labels), `${name} ${JSON.stringify(labels)}`).toBe(by);
    expect(
      grew("career_answer_duration_seconds_sum", { surface: "command", kind: "compare" }),
    ).toBeGreaterThan(0);

    expect(
      grew("career_slack_api_calls_total", { method: "chat.postMessage", outcome: "ok" }),
    ).toBeGreaterThanOrEqual(2);
    expect(
      grew("career_slack_api_calls_total", { method: "chat.postMessage", outcome: "rate_limited" }),
    ).toBe(1);
    expect(grew("career_slack_api_calls_total", { method: "chat.postMessage", outcome: "error" })).toBe(1);
    expect(
      grew("career_slack_api_calls_total", { method: "response_url", outcome: "ok" }),
    ).toBeGreaterThanOrEqual(2);
    expect(
      grew("career_slack_api_call_duration_seconds_count", { method: "chat.postMessage" }),
    ).toBeGreaterThanOrEqual(4);

    expect(
      grew("career_store_operation_duration_seconds_count", { operation: "user", outcome: "ok" }),
    ).toBeGreaterThan(0);
    expect(grew("career_store_operation_duration_seconds_count", { operation: "takeToken" })).toBeGreaterThan(
      0,
    );
  });
});

describe("digest metrics", () => {
  it("counts digest posts, failures, pauses and catch-ups at start", async () => {
    const dataFile = tempDataFile();
    const store = await JsonStore.open(dataFile);
    const sub = (channelId: string) => subscription({ channelId, createdAt: "2026-11-30T12:00:00.000Z" });
    for (const channel of ["CDIGEST", "CGONE", "CBAD"]) await store.saveSubscription(sub(channel));
    await store.close();
    api.clear();
    // The app was down at 09:00: the slots are caught up when it starts at 10:00.
    api.answer(
      "chat.postMessage",
      (b) =>
        b.channel === "CGONE"
          ? { json: { ok: false, error: "channel_not_found" } }
          : b.channel === "CBAD"
            ? { json: { ok: false, error: "invalid_blocks" } }
            : { json: { ok: true, channel: b.channel, ts: "1.0" } },
      4, // three digests and the DM telling the subscriber about the pause
    );
    const app = await startTestApp(api, {
      dataFile,
      clock: () => new Date("2026-12-01T10:00:00Z"),
      env: { METRICS_PORT: "0" },
    });
    const text = await scrape(app.service.metricsPort);
    await app.stop();
    expect(sample(text, "career_digest_posts_total", { outcome: "posted" })).toBe(1);
    expect(sample(text, "career_digest_posts_total", { outcome: "paused" })).toBe(1);
    expect(sample(text, "career_digest_posts_total", { outcome: "failed" })).toBe(1);
    expect(sample(text, "career_digest_catch_ups_total")).toBe(1);
    // The digest's own client goes through the same counted fetch.
    expect(
      sample(text, "career_slack_api_calls_total", { method: "chat.postMessage", outcome: "error" }),
    ).toBe(2);
  });
});

describe("without METRICS_PORT", () => {
  it("serves no metrics at all", async () => {
    const app = await startTestApp(api);
    expect(app.service.metricsPort).toBeUndefined();
    expect((await fetch(`http://127.0.0.1:${app.port}/metrics`)).status).toBe(404);
    await app.stop();
  });

  it("refuses METRICS_PORT equal to PORT, and a METRICS_PORT that is not a port", () => {
    const base = { SLACK_BOT_TOKEN: "xoxb-1", SLACK_SIGNING_SECRET: signingSecret };
    expect(() => loadConfig({ ...base, PORT: "3000", METRICS_PORT: "3000" })).toThrow(
      /METRICS_PORT is the same as PORT \(3000\): metrics are never served on the Slack port/,
    );
    expect(() => loadConfig({ ...base, METRICS_PORT: "metrics" })).toThrow(/METRICS_PORT must be a number/);
    expect(loadConfig({ ...base, METRICS_PORT: "9464" }).metricsPort).toBe(9464);
    expect(loadConfig(base).metricsPort).toBeUndefined();
  });
});
