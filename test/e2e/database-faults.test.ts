import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PostgresStore } from "../../src/store/postgres/postgres-store.js";
import { startTestApp, type TestApp, useSlackApi } from "../support/app.js";
import { textOf } from "../support/career.js";
import { createTestDatabase, databaseHookTimeout, type TestDatabase } from "../support/database.js";
import { mention } from "../support/signed.js";
import { TcpProxy } from "../support/tcp-proxy.js";

/** The app on PostgreSQL through a proxy the test can cut: the database going away and coming back. */
const api = useSlackApi();
let database: TestDatabase;
let proxy: TcpProxy;
let store: PostgresStore;
let app: TestApp;

beforeAll(async () => {
  database = await createTestDatabase();
  const url = new URL(database.url);
  proxy = await new TcpProxy(url.hostname, Number(url.port || 5432)).start();
  url.host = `127.0.0.1:${proxy.port}`;
  store = await PostgresStore.open(url.toString(), { timeoutMs: 1000 });
  app = await startTestApp(api, { store });
}, databaseHookTimeout);

afterAll(async () => {
  await app.stop();
  await store.close();
  await proxy.stop();
  await database.drop();
});

const health = async () => {
  const res = await fetch(`http://127.0.0.1:${app.port}/healthz`);
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
};

describe("with the database down", () => {
  it("saves while it is up", async () => {
    expect(textOf(await app.career("prefs set level senior"))).toContain("Senior level");
    expect((await health()).status).toBe(200);
  });

  it("answers 'temporarily unavailable', reports 503 with the reason, and loses nothing saved", async () => {
    proxy.cut();
    const answer = textOf(await app.career("prefs set location seattle"));
    expect(answer).toContain("temporarily unavailable");
    expect(answer).toContain("nothing from this request was saved");
    const h = await health();
    expect(h.status).toBe(503);
    expect(String(h.body.reason)).toContain("database unavailable");
    api.clear();
    await mention(app.port, "what does an mle earn", { ts: "9.0" });
    const [post] = await api.waitFor("chat.postMessage", 1, 10_000);
    expect(JSON.stringify(post?.body)).toContain("temporarily unavailable");
  }, 30_000);

  it("recovers by itself when the database comes back", async () => {
    proxy.restore();
    expect((await health()).status).toBe(200);
    const prefs = textOf(await app.career("prefs"));
    expect(prefs).toContain("Senior level");
    expect(prefs).not.toContain("Seattle");
  }, 30_000);
});
