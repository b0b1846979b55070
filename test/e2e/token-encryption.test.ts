import { chmodSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runStoreCommand } from "../../src/cli/store.js";
import { JsonStore } from "../../src/store/file/json-store.js";
import { TokenKeyError, upgradeInstallationKeys } from "../../src/store/installation-secrets.js";
import { PostgresStore } from "../../src/store/postgres/postgres-store.js";
import { emptyData } from "../../src/store/records.js";
import { keyOf, sealedWith } from "../../src/store/secrets.js";
import type { Store } from "../../src/store/store.js";
import { startTestApp, type TestApp, tempDataFile, testTokenKey, useSlackApi } from "../support/app.js";
import { createTestDatabase, databaseHookTimeout, type TestDatabase } from "../support/database.js";
import { installWorkspace, tokenAnsweredWith } from "../support/oauth.js";

/**
 * Workspace tokens at rest, on the lowdb file and on PostgreSQL: an OAuth install leaves no token in plain
 * text in the file, the rows or an export; a restart with the key answers with the token; a wrong key stops
 * start-up and changes nothing; a rotation re-encrypts under the new key; plain text from an earlier version
 * is encrypted once.
 */
const api = useSlackApi();
const databases: TestDatabase[] = [];
afterAll(async () => {
  for (const d of databases) await d.drop();
});

const keyB = Buffer.alloc(32, 11).toString("hex");
const keyC = Buffer.alloc(32, 12).toString("base64");
const keyD = Buffer.alloc(32, 13).toString("base64");
const token = "xoxb-encrypted-at-rest";

async function newDatabase(): Promise<TestDatabase> {
  const d = await createTestDatabase();
  databases.push(d);
  return d;
}

/** One store under test: how to open it as a restarted app would, and its raw bytes as an attacker would. */
interface Backend {
  name: string;
  setUp(): Promise<void>;
  open(): Promise<Store>;
  /** Everything kept, as text: the data file and its journals, or the installations' rows. */
  raw(): Promise<string>;
  /** The environment `career store rotate-key` needs to find this store. */
  env(): Record<string, string>;
}

function lowdb(): Backend {
  const file = tempDataFile();
  return {
    name: "lowdb file",
    async setUp() {},
    open: () => JsonStore.open(file),
    async raw() {
      const dir = path.dirname(file);
      return readdirSync(dir)
        .map((n) => readFileSync(path.join(dir, n), "utf8"))
        .join("\n");
    },
    env: () => ({ DATA_FILE: file }),
  };
}

function postgres(): Backend {
  let database: TestDatabase;
  return {
    name: "PostgreSQL",
    async setUp() {
      database = await newDatabase();
    },
    open: () => PostgresStore.open(database.url),
    async raw() {
      const client = new pg.Client({ connectionString: database.url });
      await client.connect();
      try {
        const { rows } = await client.query<{ row: string }>("select t::text as row from installations t");
        return rows.map((r) => r.row).join("\n");
      } finally {
        await client.end();
      }
    },
    env: () => ({ DATABASE_URL: database.url }),
  };
}

function suite(backend: Backend) {
  describe(`workspace tokens at rest on the ${backend.name}`, () => {
    let store: Store;
    let app: TestApp | undefined;

    /** Starts the app as a fresh process would: the store opened anew, with these keys. */
    async function start(env: Record<string, string>): Promise<TestApp> {
      store = await backend.open();
      try {
        app = await startTestApp(api, { oauth: true, store, env });
        return app;
      } catch (error) {
        await store.close();
        throw error;
      }
    }
    async function stop() {
      await app?.stop();
      await store.close();
      app = undefined;
    }

    beforeAll(() => backend.setUp(), databaseHookTimeout);
    afterAll(async () => {
      if (app) await stop();
    });

    it("installs a workspace, answers with its token, and keeps no token in plain text", async () => {
      const running = await start({});
      await installWorkspace(api, running.port, "T2", token);
      expect(await tokenAnsweredWith(api, running.port, "T2", "EvRest1")).toBe(token);
      await stop();
      const raw = await backend.raw();
      expect(raw).toContain("T2");
      expect(raw).not.toContain("xoxb-");
      expect(raw).toContain(`sealed:v1:${keyOf(Buffer.from(testTokenKey, "base64")).id}:`);
    });

    it("answers the installed workspace with its token after a restart with the same key", async () => {
      const running = await start({});
      expect(await tokenAnsweredWith(api, running.port, "T2", "EvRest2")).toBe(token);
      await stop();
    });

    it("refuses to start with a key that does not open the installations, and changes nothing", async () => {
      const before = await backend.raw();
      const started = start({ TOKEN_ENCRYPTION_KEY: keyB });
      await expect(started).rejects.toThrow(TokenKeyError);
      await expect(started).rejects.toThrow(
        /^TOKEN_ENCRYPTION_KEY does not open 1 of the 1 stored installations \(T2\).*Nothing was changed/s,
      );
      expect(await backend.raw()).toBe(before);
    });

    it("rotates to a new key at start with the previous one, then runs on the new key alone", async () => {
      const running = await start({
        TOKEN_ENCRYPTION_KEY: keyB,
        TOKEN_ENCRYPTION_KEY_PREVIOUS: testTokenKey,
      });
      expect(running.logs.join("\n")).toContain(
        "Re-encrypted 1 installations from TOKEN_ENCRYPTION_KEY_PREVIOUS to TOKEN_ENCRYPTION_KEY",
      );
      expect(await tokenAnsweredWith(api, running.port, "T2", "EvRest3")).toBe(token);
      await stop();
      expect(await backend.raw()).toContain(`sealed:v1:${keyOf(Buffer.from(keyB, "hex")).id}:`);
      const onNewKey = await start({ TOKEN_ENCRYPTION_KEY: keyB });
      expect(await tokenAnsweredWith(api, onNewKey.port, "T2", "EvRest4")).toBe(token);
      await stop();
      await expect(start({})).rejects.toThrow(/does not open 1 of the 1 stored installations/);
    });

    it("encrypts an installation kept in plain text by an earlier version on the first start, once", async () => {
      const old = await backend.open();
      await old.saveInstallation("T3", {
        teamId: "T3",
        installation: { team: { id: "T3" }, bot: { token: "xoxb-from-an-earlier-version", id: "B3" } },
        updatedAt: "2026-11-01T00:00:00.000Z",
      });
      await old.close();
      expect(await backend.raw()).toContain("xoxb-from-an-earlier-version");
      const first = await start({ TOKEN_ENCRYPTION_KEY: keyB });
      expect(first.logs.join("\n")).toContain(
        "Encrypted the tokens of 1 installations kept in plain text by an earlier version",
      );
      expect(await tokenAnsweredWith(api, first.port, "T3", "EvRest5")).toBe("xoxb-from-an-earlier-version");
      await stop();
      expect(await backend.raw()).not.toContain("xoxb-");
      const second = await start({ TOKEN_ENCRYPTION_KEY: keyB });
      expect(second.logs.join("\n")).not.toMatch(/Encrypted the tokens|Re-encrypted/);
      await stop();
    });

    it("rotates with `career store rotate-key`, then the app answers on the new key", async () => {
      const env = { ...backend.env(), TOKEN_ENCRYPTION_KEY: keyC, TOKEN_ENCRYPTION_KEY_PREVIOUS: keyB };
      const rotated = await runStoreCommand(["rotate-key"], env);
      expect(rotated).toMatchObject({ code: 0 });
      expect(rotated.out).toContain(
        ": 2 re-encrypted from TOKEN_ENCRYPTION_KEY_PREVIOUS, 0 encrypted from plain text",
      );
      const again = await runStoreCommand(["rotate-key"], env);
      expect(again.out).toContain(": 0 re-encrypted");
      const nowhere = await runStoreCommand(["rotate-key"], {
        TOKEN_ENCRYPTION_KEY: keyC,
        DATA_FILE: "/nonexistent/data.json",
      });
      expect(nowhere).toEqual({
        code: 2,
        out: "/nonexistent/data.json: no such file. Set DATABASE_URL to the database, or DATA_FILE to the data file, whose installations to re-encrypt.",
      });
      const keyless = await runStoreCommand(["rotate-key"], backend.env());
      expect(keyless.code).toBe(2);
      expect(keyless.out).toContain("TOKEN_ENCRYPTION_KEY is missing");
      const wrong = await runStoreCommand(["rotate-key"], { ...backend.env(), TOKEN_ENCRYPTION_KEY: keyD });
      expect(wrong.code).toBe(1);
      expect(wrong.out).toMatch(
        /^TOKEN_ENCRYPTION_KEY does not open 2 of the 2 stored installations \(T2, T3\)/,
      );
      const running = await start({ TOKEN_ENCRYPTION_KEY: keyC });
      expect(await tokenAnsweredWith(api, running.port, "T2", "EvRest6")).toBe(token);
      await stop();
    });

    it("forgets only the installations no key opens when asked to, so their workspaces can install again", async () => {
      const forgot = await runStoreCommand(["rotate-key", "--forget-locked"], {
        ...backend.env(),
        TOKEN_ENCRYPTION_KEY: keyD,
      });
      expect(forgot.code).toBe(0);
      expect(forgot.out).toContain("Forgot 2 installations no key opened (T2, T3)");
      const running = await start({ TOKEN_ENCRYPTION_KEY: keyD });
      await installWorkspace(api, running.port, "T2", "xoxb-installed-again");
      expect(await tokenAnsweredWith(api, running.port, "T2", "EvRest7")).toBe("xoxb-installed-again");
      await stop();
      expect(await backend.raw()).not.toContain("xoxb-");
    });
  });
}

suite(lowdb());
suite(postgres());

describe("files readable by their owner only", () => {
  it("writes the lowdb data file and its journal with mode 0600", async () => {
    const dataFile = tempDataFile();
    const store = await JsonStore.open(dataFile);
    await store.updateUser("U1", (u) => ({ ...u, level: "senior" }));
    const journal = readdirSync(path.dirname(dataFile)).find((n) => n.endsWith(".journal"));
    expect(journal).toBeDefined();
    expect(statSync(path.join(path.dirname(dataFile), journal as string)).mode & 0o777).toBe(0o600);
    await store.close();
    expect(statSync(dataFile).mode & 0o777).toBe(0o600);
  });

  it("narrows a data file and journal left readable by others (an earlier version's) when it opens them", async () => {
    const dataFile = tempDataFile();
    const journal = `${dataFile}.1.journal`;
    mkdirSync(path.dirname(dataFile), { recursive: true });
    writeFileSync(dataFile, JSON.stringify(emptyData()), { mode: 0o644 });
    writeFileSync(
      journal,
      `${JSON.stringify({ set: "users", key: "U1", value: { ticked: [], updatedAt: "2026-11-01T00:00:00.000Z" } })}\n`,
      { mode: 0o644 },
    );
    chmodSync(dataFile, 0o644);
    chmodSync(journal, 0o644);
    const store = await JsonStore.open(dataFile);
    expect(statSync(dataFile).mode & 0o777).toBe(0o600);
    expect(statSync(journal).mode & 0o777).toBe(0o600);
    expect(await store.user("U1")).toBeDefined();
    await store.close();
  });
});

describe("exports and imports (PostgreSQL)", () => {
  // Five processes and two app starts: slower than the default timeout allows on a busy two-core machine.
  it("exports with tokens encrypted and owner-only, and imports the export into a new database", async () => {
    const source = await newDatabase();
    const db = await PostgresStore.open(source.url);
    const app = await startTestApp(api, { oauth: true, store: db });
    await installWorkspace(api, app.port, "T4", "xoxb-exported-workspace");
    await app.stop();
    // Also one kept in plain text by an earlier version since: an export seals it too.
    await db.saveInstallation("T5", {
      teamId: "T5",
      installation: { team: { id: "T5" }, bot: { token: "xoxb-plain-in-database", id: "B5" } },
      updatedAt: "2026-11-01T00:00:00.000Z",
    });
    await db.close();
    const out = tempDataFile();
    const refused = await runStoreCommand(["export", out], { DATABASE_URL: source.url });
    expect(refused.code).toBe(2);
    expect(refused.out).toContain(
      "holds workspace tokens in plain text, and an export never does: set TOKEN_ENCRYPTION_KEY",
    );
    const exported = await runStoreCommand(["export", out], {
      DATABASE_URL: source.url,
      TOKEN_ENCRYPTION_KEY: testTokenKey,
    });
    expect(exported.code).toBe(0);
    const text = readFileSync(out, "utf8");
    expect(text).toContain("T4");
    expect(text).not.toContain("xoxb-");
    expect(statSync(out).mode & 0o777).toBe(0o600);

    const target = await newDatabase();
    const imported = await runStoreCommand(["import", out], { DATABASE_URL: target.url });
    expect(imported.code).toBe(0);
    const copy = await PostgresStore.open(target.url);
    const restored = await startTestApp(api, { oauth: true, store: copy });
    expect(await tokenAnsweredWith(api, restored.port, "T4", "EvExport1")).toBe("xoxb-exported-workspace");
    expect(await tokenAnsweredWith(api, restored.port, "T5", "EvExport2")).toBe("xoxb-plain-in-database");
    await restored.stop();
    await copy.close();
  }, 60_000);

  it("lets one of several instances rotate under the migration lock, the others finding it done or reading both keys", async () => {
    const shared = await newDatabase();
    const first = await PostgresStore.open(shared.url);
    const app = await startTestApp(api, { oauth: true, store: first });
    for (const team of ["T6", "T7", "T8"]) await installWorkspace(api, app.port, team, `xoxb-${team}`);
    await app.stop();
    // An instance not yet switched (a rolling rotation's first step: the new key as its previous one).
    const notYetSwitched = await startTestApp(api, {
      oauth: true,
      store: first,
      env: { TOKEN_ENCRYPTION_KEY_PREVIOUS: keyC },
    });
    const second = await PostgresStore.open(shared.url);
    const rotation = {
      current: keyOf(Buffer.from(keyC, "base64")),
      previous: keyOf(Buffer.from(testTokenKey, "base64")),
    };
    const upgrades = await Promise.all([first, second].map((s) => upgradeInstallationKeys(s, rotation)));
    expect(upgrades.map((u) => u.rotated.length).sort()).toEqual([0, 3]);
    for (const team of ["T6", "T7", "T8"]) {
      const bot = (await second.installation(team))?.installation.bot as { token: string };
      expect(sealedWith(bot.token)).toBe(rotation.current.id);
    }
    // It reads both keys meanwhile: the rotated tokens still answer there.
    expect(await tokenAnsweredWith(api, notYetSwitched.port, "T7", "EvRolling1")).toBe("xoxb-T7");
    await notYetSwitched.stop();
    await first.close();
    await second.close();
  });
});
