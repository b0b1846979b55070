import { describe, expect, it } from "vitest";
import { tempDataFile, useSlackApi } from "../support/app.js";
import { commandAnswer } from "../support/command-answer.js";
import { runMain } from "../support/process.js";
import { event, mention, sendSigned, signingSecret, slashCommand } from "../support/signed.js";

/** The app as `npm start` runs it (src/server/main.ts in a process of its own), logging JSON. */
const api = useSlackApi();

describe("npm start with LOG_FORMAT=json", () => {
  it("writes every line as one JSON object, never a secret, and serves metrics on METRICS_PORT", async () => {
    const app = runMain({
      SLACK_BOT_TOKEN: "xoxb-json-log-test",
      SLACK_SIGNING_SECRET: signingSecret,
      SLACK_API_URL: api.apiUrl,
      PORT: "0",
      METRICS_PORT: "0",
      DATA_FILE: tempDataFile(),
      LOG_LEVEL: "debug",
      LOG_FORMAT: "json",
    });
    const [, port] = await app.waitForOutput(/healthz on port (\d+)/);
    const [, metricsPort] = await app.waitForOutput(/metrics at GET \/metrics on port (\d+)/);
    await commandAnswer(api, await slashCommand(Number(port), "compare mle swe", api.responseUrl("json")));
    await mention(Number(port), "trends", { ts: "5.0" });
    await event(Number(port), null as never);
    await sendSigned(Number(port), "text=forged", "application/x-www-form-urlencoded", {
      secret: "ffffffffffffffffffffffffffffffff",
    });
    await api.waitFor("chat.postMessage");
    const metrics = await (await fetch(`http://127.0.0.1:${metricsPort}/metrics`)).text();
    expect(metrics).toMatch(/career_answers_total\{surface="command",kind="compare"\} 1/);
    app.child.kill("SIGTERM");
    expect(await app.exited).toBe(0);

    const lines = app
      .output()
      .split("\n")
      .filter((l) => l.trim() !== "");
    expect(lines.length).toBeGreaterThan(10);
    const entries = lines.map((line) => {
      try {
        return JSON.parse(line) as Record<string, unknown>;
      } catch {
        throw new Error(`not a JSON line: ${line}`);
      }
    });
    for (const entry of entries) {
      expect(typeof entry.time).toBe("string");
      expect(["debug", "info", "warn", "error"]).toContain(entry.level);
      expect(typeof entry.msg).toBe("string");
    }
    expect(entries.some((e) => e.msg === "Stopped cleanly.")).toBe(true);
    expect(entries).toContainEqual(
      expect.objectContaining({
        level: "debug",
        surface: "command",
        kind: "compare",
        team: "T1",
        outcome: "ok",
      }),
    );
    const handled = entries.find((e) => e.surface === "mention" && e.kind === "trends" && "duration_ms" in e);
    expect(handled?.duration_ms).toBeGreaterThan(0);
    expect(entries).toContainEqual(
      expect.objectContaining({
        level: "warn",
        msg: "ignored a malformed request: its event is null (team T1)",
      }),
    );
    expect(app.output()).not.toContain("xoxb-json-log-test");
    expect(app.output()).not.toContain(signingSecret);
  });

  it("writes a start-up failure as one JSON line too", async () => {
    const app = runMain({ PORT: "http", DATA_FILE: tempDataFile(), LOG_FORMAT: "json" });
    expect(await app.exited).toBe(1);
    const lines = app
      .output()
      .split("\n")
      .filter((l) => l.trim() !== "");
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0] as string)).toMatchObject({
      level: "error",
      msg: expect.stringContaining("PORT must be a number"),
    });
  });
});
