import { describe, expect, it } from "vitest";
import { loadConfig } from "../../../src/runtime/config.js";
import {
  AppLogger,
  loggerFor,
  markingErrors,
  secretsOf,
  startupFailure,
} from "../../../src/runtime/logging.js";
import { currentRequest, inRequest, type RequestInfo } from "../../../src/runtime/request-context.js";
import { signingSecret } from "../../support/signed.js";

function capture(o: Partial<ConstructorParameters<typeof AppLogger>[0]> = {}) {
  const lines: { level: string; line: string }[] = [];
  const logger = new AppLogger({ level: "debug", ...o, write: (level, line) => lines.push({ level, line }) });
  return { logger, lines };
}

const request = (o: Partial<RequestInfo> = {}): RequestInfo => ({
  surface: "command",
  team: "T1",
  started: performance.now(),
  acked: false,
  errored: false,
  rateLimited: false,
  stale: false,
  ...o,
});

describe("the logger", () => {
  it("writes text as Bolt's ConsoleLogger does, fields as key=value", () => {
    const { logger, lines } = capture();
    logger.info("Career Advisor is running");
    logger.debug("handled a command request", { kind: "compare", duration_ms: 2.5, note: "two words" });
    expect(lines.map((l) => l.line)).toEqual([
      "[INFO]  career-advisor Career Advisor is running",
      '[DEBUG]  career-advisor handled a command request kind=compare duration_ms=2.5 note="two words"',
    ]);
  });

  it("with LOG_FORMAT=json writes one JSON object per line: time, level, msg, the request's context and fields", () => {
    const { logger, lines } = capture({ format: "json" });
    inRequest(request({ kind: "salary" }), () => {
      logger.warn("rate limit: U1 must wait 2 s");
      logger.error(new Error("boom\nwith a second line"));
    });
    logger.debug("handled", { surface: "mention", duration_ms: 12.34, team: "T9" });
    expect(lines).toHaveLength(3);
    const [warn, error, debug] = lines.map((l) => JSON.parse(l.line) as Record<string, unknown>);
    expect(lines.every((l) => !l.line.includes("\n"))).toBe(true);
    expect(warn).toEqual({
      time: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
      level: "warn",
      name: "career-advisor",
      msg: "rate limit: U1 must wait 2 s",
      surface: "command",
      team: "T1",
      kind: "salary",
    });
    expect(error?.level).toBe("error");
    expect(error?.msg).toMatch(/^Error: boom\nwith a second line\n {4}at /);
    expect(debug).toMatchObject({
      level: "debug",
      msg: "handled",
      surface: "mention",
      duration_ms: 12.34,
      team: "T9",
    });
  });

  it("writes debug and info to stdout, warn and error to stderr, and nothing under its level", () => {
    const { logger, lines } = capture({ level: "warn" });
    logger.debug("d");
    logger.info("i");
    logger.warn("w");
    logger.error("e");
    expect(lines.map((l) => l.level)).toEqual(["warn", "error"]);
  });

  it("never writes a Slack token or a configured secret, whoever logs it", () => {
    const config = loadConfig({
      SLACK_BOT_TOKEN: "xoxb-1111-2222-abcdefABCDEF",
      SLACK_SIGNING_SECRET: signingSecret,
      DATABASE_URL: "postgres://career:s3cr3t-pass@db:5432/career",
    });
    for (const format of ["text", "json"] as const) {
      const { logger, lines } = capture({ format, secrets: secretsOf(config) });
      logger.info(`token ${config.botToken} and xapp-1-A111-222-abc and xoxp-9-9-9-abcd`);
      logger.warn("secret", { signing: signingSecret, url: config.databaseUrl });
      logger.error(new Error(`auth failed for s3cr3t-pass with ${signingSecret}`));
      const all = lines.map((l) => l.line).join("\n");
      expect(all).not.toContain("xoxb-1111");
      expect(all).not.toContain("xapp-1-A111");
      expect(all).not.toContain("xoxp-9-9-9");
      expect(all).not.toContain(signingSecret);
      expect(all).not.toContain("s3cr3t-pass");
      expect(all).toContain("xoxb-[redacted]");
    }
  });

  it("never writes the token encryption keys, in whichever spelling", () => {
    const current = Buffer.from("f".repeat(64), "hex");
    const previous = Buffer.alloc(32, 5);
    const config = loadConfig({
      SLACK_CLIENT_ID: "1111.2222",
      SLACK_CLIENT_SECRET: "0123456789abcdef0123",
      SLACK_STATE_SECRET: "a-long-state-secret",
      SLACK_SIGNING_SECRET: signingSecret,
      TOKEN_ENCRYPTION_KEY: current.toString("hex"),
      TOKEN_ENCRYPTION_KEY_PREVIOUS: previous.toString("base64"),
    });
    const { logger, lines } = capture({ secrets: secretsOf(config) });
    const spellings = [current, previous].flatMap((k) =>
      (["base64", "base64url", "hex"] as const).map((form) => k.toString(form)),
    );
    logger.info(`keys: ${spellings.join(" ")}`);
    const all = lines.map((l) => l.line).join("\n");
    for (const spelling of spellings) expect(all).not.toContain(spelling);
  });

  it("marks the request an error was logged in, for the metrics", () => {
    const { logger } = capture();
    const marking = markingErrors(logger);
    const info = request();
    inRequest(info, () => marking.warn("not an error"));
    expect(info.errored).toBe(false);
    inRequest(info, () => marking.error("app_mention failed"));
    expect(info.errored).toBe(true);
    expect(currentRequest()).toBeUndefined();
  });

  it("writes a start-up failure as one JSON line when LOG_FORMAT=json", () => {
    const line = startupFailure({ LOG_FORMAT: "json" }, "Configuration problems:\n  - PORT must be a number");
    expect(JSON.parse(line)).toMatchObject({
      level: "error",
      msg: "Configuration problems:\n  - PORT must be a number",
    });
    expect(startupFailure({}, "plain")).toBe("plain");
  });

  it("is configured from LOG_LEVEL and LOG_FORMAT, which are validated", () => {
    const base = { SLACK_BOT_TOKEN: "xoxb-1", SLACK_SIGNING_SECRET: signingSecret };
    expect(loadConfig(base).logFormat).toBe("text");
    expect(loadConfig({ ...base, LOG_FORMAT: " JSON " }).logFormat).toBe("json");
    expect(() => loadConfig({ ...base, LOG_FORMAT: "yaml" })).toThrow(
      /LOG_FORMAT is not a log format: use text \(for people, the default\) or json/,
    );
    expect(loggerFor(loadConfig({ ...base, LOG_LEVEL: "warn" })).getLevel()).toBe("warn");
  });
});
