import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { JsonStore, StoreError } from "../src/store/store.js";
import { tempDataFile } from "./support/app.js";

const onDisk = (file: string) => JSON.parse(readFileSync(file, "utf8"));

describe("JSON store on disk", () => {
  it("creates its folder, and writes what it is given", async () => {
    const file = tempDataFile();
    const store = JsonStore.open(file);
    expect(existsSync(file)).toBe(false);
    await store.updateUser("U1", (u) => ({ ...u, location: "seattle" }));
    expect(onDisk(file)).toMatchObject({ version: 2, users: { U1: { location: "seattle", ticked: [] } } });
    expect(JsonStore.open(file).user("U1")?.location).toBe("seattle");
  });

  it("forgets a user entirely", async () => {
    const file = tempDataFile();
    const store = JsonStore.open(file);
    await store.updateUser("U1", (u) => ({ ...u, ticked: ["python"] }));
    expect(await store.forgetUser("U1")).toBe(true);
    expect(await store.forgetUser("U1")).toBe(false);
    expect(onDisk(file).users).toEqual({});
  });

  it("migrates a version-1 file on load", async () => {
    const file = tempDataFile();
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(
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
    const store = JsonStore.open(file);
    expect(store.user("U1")).toMatchObject({
      location: "seattle",
      level: "senior",
      ticked: ["python", "statistics", "java"],
    });
    expect(store.user("U2")?.ticked).toEqual(["sql"]);
    await store.updateUser("U3", (u) => u);
    expect(onDisk(file).version).toBe(2);
  });

  it.each([
    ["not JSON", "{ users: ", /is not valid JSON/],
    [
      "the wrong shape",
      JSON.stringify({ version: 2, users: { U1: { ticked: "python" } }, subscriptions: {}, posts: {} }),
      /does not match the store schema at users\.U1\.ticked/,
    ],
    ["an unknown version", JSON.stringify({ version: 7 }), /does not match the store schema at version/],
  ])("refuses a file that is %s, names it and leaves it untouched", (_, content, message) => {
    const file = tempDataFile();
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
    expect(() => JsonStore.open(file)).toThrow(StoreError);
    expect(() => JsonStore.open(file)).toThrow(message);
    expect(() => JsonStore.open(file)).toThrow(`${file}:`);
    expect(readFileSync(file, "utf8")).toBe(content);
  });

  it("keeps all of 1,000 concurrent updates from 1,000 users", async () => {
    const file = tempDataFile();
    const store = JsonStore.open(file);
    await Promise.all(
      Array.from({ length: 1000 }, (_, i) =>
        store.updateUser(`U${i}`, (u) => ({ ...u, level: "mid", ticked: [`s${i}`] })),
      ),
    );
    const users = onDisk(file).users;
    expect(Object.keys(users)).toHaveLength(1000);
    for (let i = 0; i < 1000; i++) expect(users[`U${i}`].ticked).toEqual([`s${i}`]);
  });

  it("keeps concurrent updates to the same user", async () => {
    const file = tempDataFile();
    const store = JsonStore.open(file);
    await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        store.updateUser("U1", (u) => ({ ...u, ticked: [...u.ticked, `s${i}`] })),
      ),
    );
    expect(onDisk(file).users.U1.ticked).toHaveLength(200);
  });

  it("survives a kill in the middle of a stream of writes with every acknowledged write", async () => {
    const file = tempDataFile();
    const child = spawn(
      process.execPath,
      ["--import", "tsx", path.join(import.meta.dirname, "support/store-writer.ts"), file],
      {
        stdio: ["ignore", "pipe", "inherit"],
      },
    );
    let acked = -1;
    let buffer = "";
    await new Promise<void>((resolve) => {
      child.stdout.on("data", (chunk: Buffer) => {
        buffer += chunk.toString();
        const lines = buffer.split("\n");
        buffer = lines.pop() ?? "";
        for (const line of lines) acked = Number(line.replace("ack ", ""));
        if (acked >= 150 && !child.killed) {
          child.kill("SIGKILL");
          resolve();
        }
      });
    });
    await new Promise((r) => child.on("exit", r));
    const users = onDisk(file).users;
    for (let i = 0; i <= acked; i++) expect(users[`U${i}`], `write ${i} was acknowledged`).toBeDefined();
  });

  it("claims a digest slot once, and completes or releases it", async () => {
    const store = JsonStore.open(tempDataFile());
    const now = new Date("2026-12-01T08:00:00Z");
    expect(await store.claimPost("C1", "2026-12-01", now)).toBe(true);
    expect(await store.claimPost("C1", "2026-12-01", now)).toBe(false);
    await store.releasePost("C1", "2026-12-01");
    expect(await store.claimPost("C1", "2026-12-01", now)).toBe(true);
    await store.completePost("C1", "2026-12-01", "123.4", now);
    expect(store.post("C1", "2026-12-01")).toMatchObject({ state: "posted", ts: "123.4" });
    expect(await store.claimPost("C1", "2026-12-01", now)).toBe(false);
  });
});
