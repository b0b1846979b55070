import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { JsonStore } from "../../src/store/file/json-store.js";
import { tempDataFile } from "../support/app.js";

const onDisk = (file: string) => JSON.parse(readFileSync(file, "utf8"));

/** The lowdb store killed by SIGKILL in a process of its own (support/store-writer.ts) while it writes. */
describe("JSON store on disk, killed mid-write", () => {
  it("survives a kill in the middle of a stream of writes with every acknowledged write", async () => {
    const file = tempDataFile();
    const child = spawn(
      process.execPath,
      ["--import", "tsx", path.join(import.meta.dirname, "../support/store-writer.ts"), file],
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
        // Kill once the data file has been rewritten at least once, so both file and journal are in play.
        if (acked >= 100 && existsSync(file) && !child.killed) {
          child.kill("SIGKILL");
          resolve();
        }
      });
    });
    await new Promise((r) => child.on("exit", r));
    expect(() => onDisk(file)).not.toThrow();
    const reopened = await JsonStore.open(file);
    for (let i = 0; i <= acked; i++)
      expect(reopened.user(`U${i}`), `write ${i} was acknowledged`).toBeDefined();
  });
});
