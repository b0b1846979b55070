import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { availableMemoryMiB, heapLimitAdvice, heapLimitFlag } from "../../src/runtime/heap.js";
import { tempDataFile, useSlackApi } from "../support/app.js";
import { commandAnswer } from "../support/command-answer.js";
import { copyOfKnowledge } from "../support/knowledge.js";
import { runMain } from "../support/process.js";
import { signingSecret, slashCommand } from "../support/signed.js";

const api = useSlackApi();

const env = (extra: Record<string, string> = {}) => ({
  SLACK_BOT_TOKEN: "xoxb-process-test",
  SLACK_SIGNING_SECRET: signingSecret,
  SLACK_API_URL: api.apiUrl,
  PORT: "0",
  DATA_FILE: tempDataFile(),
  ...extra,
});

describe("npm start (src/server/main.ts)", () => {
  it("serves, then on SIGTERM finishes, flushes the store and exits 0, never logging a secret", async () => {
    const app = runMain(env({ LOG_LEVEL: "debug" }));
    const [, port] = await app.waitForOutput(/healthz on port (\d+)/);
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
    const res = await slashCommand(Number(port), "prefs set level senior", api.responseUrl("proc"));
    expect(JSON.stringify((await commandAnswer(api, res)).body)).toContain("Senior level");
    app.child.kill("SIGTERM");
    expect(await app.exited).toBe(0);
    expect(app.output()).toContain("Stopped cleanly.");
    expect(app.output()).not.toContain("xoxb-process-test");
    expect(app.output()).not.toContain(signingSecret);
  });

  // The advice the app gives depends on the memory this machine (or container) has: the tests ask
  // heapLimitAdvice for it, so they hold and run everywhere (heap.test.ts checks each kind of advice).
  it("runs with npm start's heap limit and names it at start, with no advice about it where it fits", async () => {
    const app = runMain(env(), [heapLimitFlag]);
    try {
      const [, limit] = await app.waitForOutput(/heap limit (\d+) MiB/);
      expect(Number(limit)).toBeGreaterThanOrEqual(1024);
      expect(Number(limit)).toBeLessThan(2048);
      app.child.kill("SIGTERM");
      expect(await app.exited).toBe(0);
      const advice = heapLimitAdvice(Number(limit), availableMemoryMiB());
      expect(app.output().includes("V8's heap limit is")).toBe(advice !== undefined);
    } finally {
      app.child.kill("SIGKILL");
    }
  });

  it("warns at start, naming a flag to run with, when the heap limit is wrong for where it runs", async () => {
    const app = runMain(env(), ["--max-old-space-size=3000"]);
    try {
      const [, limit] = await app.waitForOutput(/heap limit (\d+) MiB/);
      const advice = heapLimitAdvice(Number(limit), availableMemoryMiB());
      // 3,000 MiB is either past V8's fourfold line or more than a small container allows.
      expect(advice).toMatch(/run node with --max-old-space-size=\d+/);
      await app.waitForOutput(/V8's heap limit is .*\n/);
      expect(app.output()).toContain(advice);
    } finally {
      app.child.kill("SIGKILL");
    }
  });

  it("stops with one message naming every configuration problem", async () => {
    const app = runMain({ PORT: "http", DATA_FILE: tempDataFile() });
    expect(await app.exited).toBe(1);
    expect(app.output()).toContain("SLACK_BOT_TOKEN is missing");
    expect(app.output()).toContain("PORT must be a number");
  });

  it("refuses a damaged data file, names it, and leaves it untouched", async () => {
    const file = tempDataFile();
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, '{"version":2,"users":');
    const app = runMain(env({ DATA_FILE: file }));
    expect(await app.exited).toBe(1);
    expect(app.output()).toContain(`${file}: is not valid JSON`);
    expect(app.output()).toContain("move it aside");
    expect(readFileSync(file, "utf8")).toBe('{"version":2,"users":');
  });

  it("refuses a knowledge folder with a broken file, naming file and field", async () => {
    const dir = copyOfKnowledge();
    const file = path.join(dir, "roles", "data-science-engineer.yaml");
    writeFileSync(file, readFileSync(file, "utf8").replace(/^name: .*$/m, "name: 42"));
    const app = runMain(env({ KNOWLEDGE_DIR: dir }));
    expect(await app.exited).toBe(1);
    expect(app.output()).toMatch(new RegExp(`${file}: name: .*string`));
  });

  it("refuses a knowledge folder that is not there, in one line saying what to set", async () => {
    const app = runMain(env({ KNOWLEDGE_DIR: "/nonexistent/knowledge" }));
    expect(await app.exited).toBe(1);
    expect(app.output()).toContain("/nonexistent/knowledge: (folder): no such folder: set KNOWLEDGE_DIR");
    expect(app.output()).not.toContain("file is missing");
  });
});
