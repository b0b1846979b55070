import { existsSync, mkdirSync, readFileSync, symlinkSync, unlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { JsonStore, StoreError } from "../../../src/store/file/json-store.js";
import { tempDataFile } from "../../support/app.js";
import { threadContext } from "../../support/records.js";

const onDisk = (file: string) => JSON.parse(readFileSync(file, "utf8"));
const prepare = (file: string, content: string) => {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content);
};

describe("conversation context in the store", () => {
  const at = (iso: string) => new Date(iso);

  it("keeps a thread's context on disk, through the journal and after a rewrite", async () => {
    const file = tempDataFile();
    const store = await JsonStore.open(file);
    const record = threadContext({ roles: ["machine-learning-engineer"] });
    await store.saveConversation("C1:1700.1", record);
    expect(await (await JsonStore.open(file)).conversation("C1:1700.1", at("2026-11-22T11:00:00Z"))).toEqual(
      record,
    );
    await store.flush();
    expect(onDisk(file).conversations["C1:1700.1"]).toEqual(record);
  });

  it("keeps the role a person holds and the role a move leaves, after the file is opened again", async () => {
    const file = tempDataFile();
    const store = await JsonStore.open(file);
    const record = threadContext({ roles: ["qa-engineer"], held: "qa-engineer", leaving: "qa-engineer" });
    await store.saveConversation("C1:1700.2", record);
    const reopened = async () =>
      (await JsonStore.open(file)).conversation("C1:1700.2", at("2026-11-22T11:00:00Z"));
    expect(await reopened()).toEqual(record);
    await store.flush();
    expect(await reopened()).toEqual(record);
  });

  it("forgets a thread quiet for more than a day", async () => {
    const store = await JsonStore.open(tempDataFile());
    await store.saveConversation("C1:1.0", {
      roles: ["software-engineer"],
      updatedAt: "2026-11-20T10:00:00.000Z",
    });
    expect((await store.conversation("C1:1.0", at("2026-11-21T09:59:00Z")))?.roles).toEqual([
      "software-engineer",
    ]);
    expect(await store.conversation("C1:1.0", at("2026-11-21T10:01:00Z"))).toBeUndefined();
  });

  it("keeps the 5,000 most recently active threads, however many were started in the day", async () => {
    const store = await JsonStore.open(tempDataFile());
    const at = (i: number) => new Date(Date.UTC(2026, 10, 22, 10) + i * 1000).toISOString();
    await store.saveConversation("C1:first", { roles: ["software-engineer"], updatedAt: at(0) });
    for (let i = 1; i < 5_499; i++)
      await store.saveConversation(`C1:${i}`, { roles: ["software-engineer"], updatedAt: at(i) });
    // The first thread is active again: it stays, where threads started after it but quiet since go.
    await store.saveConversation("C1:first", { roles: ["data-scientist"], updatedAt: at(5_499) });
    const now = new Date(at(5_500));
    const kept = Object.keys((await store.exportData()).conversations);
    expect(kept).toHaveLength(5_000);
    expect((await store.conversation("C1:first", now))?.roles).toEqual(["data-scientist"]);
    expect(await store.conversation("C1:499", now)).toBeUndefined();
    expect(await store.conversation("C1:500", now)).toBeDefined();
    expect(await store.conversation("C1:5498", now)).toBeDefined();
  });

  it("opens a file written before conversations were kept", async () => {
    const file = tempDataFile();
    prepare(file, JSON.stringify({ version: 2, users: {}, subscriptions: {}, posts: {} }));
    const store = await JsonStore.open(file);
    expect(await store.conversation("C1:1.0", new Date())).toBeUndefined();
  });
});

describe("JSON store on disk", () => {
  it("creates its folder, and writes what it is given to the lowdb file", async () => {
    const file = tempDataFile();
    const store = await JsonStore.open(file);
    expect(existsSync(file)).toBe(false);
    await store.updateUser("U1", (u) => ({ ...u, location: "seattle" }));
    await store.flush();
    expect(onDisk(file)).toMatchObject({ version: 2, users: { U1: { location: "seattle", ticked: [] } } });
    expect((await (await JsonStore.open(file)).user("U1"))?.location).toBe("seattle");
  });

  it("has an acknowledged change on disk before the file is rewritten (in the journal)", async () => {
    const file = tempDataFile();
    const store = await JsonStore.open(file);
    await store.updateUser("U1", (u) => ({ ...u, level: "mid" }));
    expect((await (await JsonStore.open(file)).user("U1"))?.level).toBe("mid");
  });

  it("forgets a user entirely", async () => {
    const file = tempDataFile();
    const store = await JsonStore.open(file);
    await store.updateUser("U1", (u) => ({ ...u, ticked: ["python"] }));
    expect(await store.forgetUser("U1")).toBe(true);
    expect(await store.forgetUser("U1")).toBe(false);
    await store.flush();
    expect(onDisk(file).users).toEqual({});
    expect(await (await JsonStore.open(file)).user("U1")).toBeUndefined();
  });

  it("migrates a version-1 file on load", async () => {
    const file = tempDataFile();
    prepare(
      file,
      JSON.stringify({
        version: 1,
        prefs: { U1: { location: "seattle", level: "senior" } },
        progress: {
          U1: {
            "machine-learning-engineer": ["python", "statistics"],
            "software-engineer": ["python", "java"],
          },
          U2: { x: ["sql"] },
        },
      }),
    );
    const store = await JsonStore.open(file);
    expect(await store.user("U1")).toMatchObject({
      location: "seattle",
      level: "senior",
      ticked: ["python", "statistics", "java"],
    });
    expect((await store.user("U2"))?.ticked).toEqual(["sql"]);
    await store.updateUser("U3", (u) => u);
    await store.flush();
    expect(onDisk(file).version).toBe(2);
    expect(Object.keys(onDisk(file).users).sort()).toEqual(["U1", "U2", "U3"]);
  });

  it.each([
    ["not JSON", "{ users: ", /is not valid JSON/],
    [
      "the wrong shape",
      JSON.stringify({ version: 2, users: { U1: { ticked: "python" } }, subscriptions: {}, posts: {} }),
      /does not match the store schema at users\.U1\.ticked/,
    ],
    ["an unknown version", JSON.stringify({ version: 7 }), /does not match the store schema at version/],
  ])("refuses a file that is %s, names it and leaves it untouched", async (_, content, message) => {
    const file = tempDataFile();
    prepare(file, content);
    await expect(JsonStore.open(file)).rejects.toThrow(StoreError);
    await expect(JsonStore.open(file)).rejects.toThrow(message);
    await expect(JsonStore.open(file)).rejects.toThrow(`${file}:`);
    expect(readFileSync(file, "utf8")).toBe(content);
  });

  it("ignores a journal line torn by a crash, but refuses a damaged line before it", async () => {
    const file = tempDataFile();
    prepare(file, JSON.stringify({ version: 2, users: {}, subscriptions: {}, posts: {} }));
    const entry = JSON.stringify({
      set: "users",
      key: "U1",
      value: { ticked: [], updatedAt: "2026-11-21T00:00:00Z" },
    });
    writeFileSync(`${file}.1.journal`, `${entry}\n{"set":"users","key":"U2","val`);
    const store = await JsonStore.open(file);
    expect(await store.user("U1")).toBeDefined();
    expect(await store.user("U2")).toBeUndefined();
    // A write cut short by a full disk leaves its part-line last in that generation; later ones follow.
    writeFileSync(`${file}.2.journal`, `${entry.replace("U1", "U3")}\n`);
    expect(await (await JsonStore.open(file)).user("U3")).toBeDefined();
    writeFileSync(`${file}.1.journal`, `{"set":\n${entry}\n`);
    await expect(JsonStore.open(file)).rejects.toThrow(`${file}.1.journal: line 1 is not valid JSON`);
  });

  it("keeps all of 1,000 concurrent updates from 1,000 users", async () => {
    const file = tempDataFile();
    const store = await JsonStore.open(file);
    await Promise.all(
      Array.from({ length: 1000 }, (_, i) =>
        store.updateUser(`U${i}`, (u) => ({ ...u, level: "mid", ticked: [`s${i}`] })),
      ),
    );
    const reopened = await JsonStore.open(file);
    for (let i = 0; i < 1000; i++) expect((await reopened.user(`U${i}`))?.ticked).toEqual([`s${i}`]);
    await store.flush();
    const users = onDisk(file).users;
    expect(Object.keys(users)).toHaveLength(1000);
    for (let i = 0; i < 1000; i++) expect(users[`U${i}`].ticked).toEqual([`s${i}`]);
  });

  it("keeps changes made while a large file is being rewritten", async () => {
    const file = tempDataFile();
    const store = await JsonStore.open(file);
    for (let i = 0; i < 10_000; i++) await store.updateUser(`U${i}`, (u) => ({ ...u, level: "entry" }));
    // The rewrite lets requests in between slices of users; these land before, inside and after slices.
    const rewriting = store.flush();
    const changes = [];
    for (let i = 0; i < 10_000; i += 97) {
      changes.push(store.updateUser(`U${i}`, (u) => ({ ...u, level: "senior" })));
      changes.push(store.forgetUser(`U${i + 1}`));
      changes.push(store.updateUser(`N${i}`, (u) => ({ ...u, level: "mid" })));
      await new Promise((resolve) => setImmediate(resolve));
    }
    await Promise.all([rewriting, ...changes]);
    const reopened = await JsonStore.open(file);
    for (let i = 0; i < 10_000; i++) {
      const expected = i % 97 === 0 ? "senior" : i % 97 === 1 ? undefined : "entry";
      expect((await reopened.user(`U${i}`))?.level, `U${i}`).toBe(expected);
    }
    for (let i = 0; i < 10_000; i += 97) expect((await reopened.user(`N${i}`))?.level).toBe("mid");
  });

  it("keeps concurrent updates to the same user", async () => {
    const file = tempDataFile();
    const store = await JsonStore.open(file);
    await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        store.updateUser("U1", (u) => ({ ...u, ticked: [...u.ticked, `s${i}`] })),
      ),
    );
    await store.flush();
    expect(onDisk(file).users.U1.ticked).toHaveLength(200);
  });

  it("undoes a change whose write failed, and says so", async () => {
    const file = tempDataFile();
    const store = await JsonStore.open(file);
    await store.updateUser("U1", (u) => ({ ...u, level: "entry" }));
    // A directory where the next journal file should be makes every append fail, as a full disk would.
    await store.flush();
    mkdirSync(`${file}.2.journal`, { recursive: true });
    await expect(store.updateUser("U1", (u) => ({ ...u, level: "senior" }))).rejects.toThrow();
    expect((await store.user("U1"))?.level).toBe("entry");
  });

  it.runIf(existsSync("/dev/full"))(
    "refuses a change on a full disk, then goes on in a new journal once there is space",
    async () => {
      const file = tempDataFile();
      const store = await JsonStore.open(file);
      await store.updateUser("U1", (u) => ({ ...u, level: "entry" }));
      await store.flush();
      // Writing to /dev/full fails with ENOSPC, exactly as a full disk does.
      symlinkSync("/dev/full", `${file}.2.journal`);
      await expect(store.updateUser("U1", (u) => ({ ...u, level: "senior" }))).rejects.toThrow(/ENOSPC/);
      expect((await store.user("U1"))?.level).toBe("entry");
      unlinkSync(`${file}.2.journal`);
      await store.updateUser("U1", (u) => ({ ...u, level: "mid" }));
      expect((await (await JsonStore.open(file)).user("U1"))?.level).toBe("mid");
    },
  );

  it("claims a digest slot once, and completes or releases it", async () => {
    const store = await JsonStore.open(tempDataFile());
    const now = new Date("2026-12-01T08:00:00Z");
    expect(await store.claimPost("C1", "2026-12-01", now)).toBe(true);
    expect(await store.claimPost("C1", "2026-12-01", now)).toBe(false);
    await store.releasePost("C1", "2026-12-01");
    expect(await store.claimPost("C1", "2026-12-01", now)).toBe(true);
    await store.completePost("C1", "2026-12-01", "123.4", now);
    expect(await store.post("C1", "2026-12-01")).toMatchObject({ state: "posted", ts: "123.4" });
    expect(await store.claimPost("C1", "2026-12-01", now)).toBe(false);
  });
});
