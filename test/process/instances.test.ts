import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useSlackApi } from "../support/app.js";
import { createTestDatabase, type TestDatabase } from "../support/database.js";
import { type RunningProcess, runMain } from "../support/process.js";
import { event, signingSecret, slashCommand } from "../support/signed.js";
import type { Sent } from "../support/slack-api.js";

/**
 * Two real app processes (`src/server/main.ts`) on one PostgreSQL database, as behind a load balancer: what one
 * saves the other sees, a retried event goes out once, a digest slot is posted once, and a survivor
 * finishes what a killed instance claimed.
 */
const api = useSlackApi({ keepAcrossTests: true });
let database: TestDatabase;
const running: RunningProcess[] = [];

const today = new Date().toISOString().slice(0, 10);

beforeAll(async () => {
  api.answer("conversations.history", () => ({ json: { ok: true, messages: [] } }), 100);
  database = await createTestDatabase();
  // Subscriptions made two days ago with a slot at midnight UTC: today's post is owed, and both instances
  // will try to catch it up at start.
  const db = new pg.Client({ connectionString: database.url });
  await db.connect();
  const start = await startInstance(); // creates the schema
  await stopInstance(start);
  const createdAt = new Date(Date.now() - 2 * 86_400_000).toISOString();
  for (const channelId of ["CDIGEST", "CSTALE"])
    await db.query("insert into subscriptions (channel_id, data) values ($1, $2)", [
      channelId,
      { channelId, time: "00:00", zone: "UTC", subscribedBy: "U1", createdAt },
    ]);
  await db.end();
}, 60_000);

afterAll(async () => {
  for (const p of running) if (p.child.exitCode === null) p.child.kill("SIGKILL");
  await database?.drop();
});

async function startInstance(): Promise<{ process: RunningProcess; port: number }> {
  const child = runMain({
    SLACK_BOT_TOKEN: "xoxb-instances",
    SLACK_SIGNING_SECRET: signingSecret,
    SLACK_API_URL: api.apiUrl,
    PORT: "0",
    DATABASE_URL: database.url,
  });
  running.push(child);
  const [, port] = await child.waitForOutput(/healthz on port (\d+)/, 30_000);
  return { process: child, port: Number(port) };
}

async function stopInstance(i: { process: RunningProcess }): Promise<void> {
  i.process.child.kill("SIGTERM");
  await i.process.exited;
}

/** The answer to a slash command: in the HTTP response, or posted to the response URL. */
async function answerText(res: Response): Promise<string> {
  const body = await res.text();
  if (body.includes("blocks")) return body;
  const [sent] = await api.waitFor("respond");
  return JSON.stringify(sent?.body ?? {});
}

const digestPosts = (channel: string) =>
  api
    .calls("chat.postMessage")
    .filter((s: Sent) => s.body.channel === channel && s.body.metadata !== undefined);

describe("two instances on one PostgreSQL database", () => {
  let a: { process: RunningProcess; port: number };
  let b: { process: RunningProcess; port: number };

  beforeAll(async () => {
    api.clear();
    [a, b] = await Promise.all([startInstance(), startInstance()]);
  }, 60_000);

  it("posts an owed digest once, though both instances caught it up at start", async () => {
    await api.waitFor("chat.postMessage", 2, 15_000);
    await new Promise((r) => setTimeout(r, 500));
    expect(digestPosts("CDIGEST")).toHaveLength(1);
    expect(digestPosts("CSTALE")).toHaveLength(1);
  });

  it("shows a preference saved through one instance when asked through the other", async () => {
    api.clear();
    const saved = await slashCommand(a.port, "prefs set level senior", api.responseUrl("save"), {
      user_id: "U42",
    });
    expect(await answerText(saved)).toContain("Senior level");
    api.clear();
    const shown = await slashCommand(b.port, "prefs", api.responseUrl("show"), { user_id: "U42" });
    expect(await answerText(shown)).toContain("Senior level");
  });

  it("answers an event once when Slack retries it to the other instance", async () => {
    api.clear();
    const mention = { type: "app_mention", user: "U1", text: "<@UBOT> roles", channel: "CRETRY", ts: "1.0" };
    await event(a.port, mention, "EvTwoInstances");
    await api.waitFor("chat.postMessage");
    await event(b.port, mention, "EvTwoInstances", {
      headers: { "x-slack-retry-num": "1", "x-slack-retry-reason": "http_timeout" },
    });
    await new Promise((r) => setTimeout(r, 500));
    expect(api.calls("chat.postMessage").filter((s) => s.body.channel === "CRETRY")).toHaveLength(1);
  });

  it("finishes, on an instance started after another was killed, a claim the killed one left", async () => {
    a.process.child.kill("SIGKILL");
    await a.process.exited;
    // What the killed instance left: tomorrow's slot claimed three minutes ago, never posted.
    const db = new pg.Client({ connectionString: database.url });
    await db.connect();
    const claimedAt = new Date(Date.now() - 3 * 60_000).toISOString();
    await db.query("update posts set data = $3 where channel_id = $1 and date = $2", [
      "CSTALE",
      today,
      { channelId: "CSTALE", date: today, state: "claimed", claimedAt },
    ]);
    await db.end();
    api.clear();
    const c = await startInstance();
    await api.waitFor("chat.postMessage", 1, 15_000);
    expect(digestPosts("CSTALE")).toHaveLength(1);
    await stopInstance(c);
    await stopInstance(b);
  }, 60_000);
});
