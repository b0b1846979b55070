import { existsSync, readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runStoreCommand } from "../../../src/cli/store.js";
import { JsonStore } from "../../../src/store/file/json-store.js";
import { PostgresStore } from "../../../src/store/postgres/postgres-store.js";
import { tempDataFile } from "../../support/app.js";
import { createTestDatabase, databaseHookTimeout, type TestDatabase } from "../../support/database.js";
import { subscription } from "../../support/records.js";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
}, databaseHookTimeout);
afterAll(() => database.drop());

async function lowdbFile(): Promise<string> {
  const file = tempDataFile();
  const store = await JsonStore.open(file);
  await store.updateUser("U1", (u) => ({ ...u, level: "senior", ticked: ["python", "sql"] }));
  await store.updateUser("U2", (u) => ({ ...u, role: "software-engineer" }));
  await store.saveSubscription(subscription());
  await store.claimPost("C1", "2026-11-21", new Date("2026-11-21T09:00:00Z"));
  await store.completePost("C1", "2026-11-21", "1.1", new Date("2026-11-21T09:00:01Z"));
  await store.saveConversation("C1:1.0", {
    roles: ["software-engineer"],
    updatedAt: "2026-11-21T10:00:00.000Z",
  });
  await store.close();
  return file;
}

describe("career store import|export", () => {
  it("copies a lowdb file into PostgreSQL, and says what it copied; again changes nothing", async () => {
    const file = await lowdbFile();
    const env = { DATABASE_URL: database.url };
    const first = await runStoreCommand(["import", file], env);
    expect(first.code).toBe(0);
    expect(first.out).toContain("2 users, 1 subscriptions, 1 digest posts, 1 conversations");
    expect((await runStoreCommand(["import", file], env)).code).toBe(0);
    const db = await PostgresStore.open(database.url);
    expect(await db.user("U1")).toMatchObject({ level: "senior", ticked: ["python", "sql"] });
    expect(await db.post("C1", "2026-11-21")).toMatchObject({ state: "posted", ts: "1.1" });
    expect((await db.exportData()).users).toEqual((await (await JsonStore.open(file)).exportData()).users);
    await db.close();
  });

  it("writes the database back to a new lowdb file the app can open", async () => {
    const out = tempDataFile();
    const result = await runStoreCommand(["export", out], { DATABASE_URL: database.url });
    expect(result.code).toBe(0);
    expect(existsSync(out)).toBe(true);
    expect(JSON.parse(readFileSync(out, "utf8")).users.U2.role).toBe("software-engineer");
    expect((await (await JsonStore.open(out)).subscription("C1"))?.zone).toBe("UTC");
    const again = await runStoreCommand(["export", out], { DATABASE_URL: database.url });
    expect(again.code).toBe(2);
    expect(again.out).toContain("already exists");
  });

  it("says what is missing", async () => {
    expect((await runStoreCommand(["import", "x.json"], {})).out).toContain("DATABASE_URL is missing");
    expect((await runStoreCommand(["frobnicate"], {})).out).toContain("Usage: career store import");
    expect(
      (await runStoreCommand(["import", "/nonexistent.json"], { DATABASE_URL: database.url })).out,
    ).toContain("no such file");
  });
});
