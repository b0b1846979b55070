import { inspect } from "node:util";
import { type Logger, LogLevel } from "@slack/bolt";
import type { Config } from "./config.js";
import { currentRequest } from "./request-context.js";

export type LogFormat = "text" | "json";

/** Extra fields for a line, given as the last argument: `logger.debug("handled", { duration_ms: 3 })`. */
export type LogFields = Record<string, unknown>;

export interface LoggerOptions {
  level: Config["logLevel"];
  /** `text` (the default) for people, `json` for log pipelines: one JSON object per line. */
  format?: LogFormat;
  name?: string;
  /** Values that must never appear in a line (signing secret, client secret…), replaced by [redacted]. */
  secrets?: string[];
  /** Where lines go; by default debug and info to stdout, warn and error to stderr. */
  write?: (level: Config["logLevel"], line: string) => void;
}

const severity: Record<Config["logLevel"], number> = { debug: 100, info: 200, warn: 300, error: 400 };
const labels: Record<Config["logLevel"], string> = {
  debug: "[DEBUG] ",
  info: "[INFO] ",
  warn: "[WARN] ",
  error: "[ERROR] ",
};
const boltLevels: Record<Config["logLevel"], LogLevel> = {
  debug: LogLevel.DEBUG,
  info: LogLevel.INFO,
  warn: LogLevel.WARN,
  error: LogLevel.ERROR,
};
const fromBolt = (level: LogLevel): Config["logLevel"] => level as Config["logLevel"];

/** Slack tokens of every kind (bot, user, app-level, refresh, config), whatever wrote them. */
const tokenPattern = /\b(xox[abeoprs]|xapp)-[A-Za-z0-9-]{4,}/g;

const isPlainObject = (v: unknown): v is LogFields =>
  typeof v === "object" && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;

function part(value: unknown): string {
  if (typeof value === "string") return value;
  if (value instanceof Error) return value.stack ?? `${value.name}: ${value.message}`;
  return inspect(value, { breakLength: Number.POSITIVE_INFINITY, depth: 4 });
}

function fieldValue(value: unknown): unknown {
  if (value instanceof Error) return value.stack ?? value.message;
  return value;
}

function textValue(value: unknown): string {
  const v = fieldValue(value);
  const s = typeof v === "string" ? v : JSON.stringify(v);
  return /[\s"=]/.test(s) ? JSON.stringify(s) : s;
}

/**
 * The app's logger, in Bolt's Logger shape so that Bolt, the Web API client and the app share it. `text`
 * writes the lines Bolt's ConsoleLogger writes (`[INFO]  career-advisor message`), with any fields as
 * `key=value`; `json` writes one object per line: time, level, name, msg, the request's context (surface,
 * team, kind) and any fields. Either way Slack tokens and the configured secrets are replaced by
 * `[redacted]` before a line is written, whoever logged it.
 */
export class AppLogger implements Logger {
  private level: Config["logLevel"];
  private name: string;
  private readonly format: LogFormat;
  private readonly secrets: string[];
  private readonly write: (level: Config["logLevel"], line: string) => void;

  constructor(o: LoggerOptions) {
    this.level = o.level;
    this.name = o.name ?? "career-advisor";
    this.format = o.format ?? "text";
    // Longest first, so that a secret containing another is replaced whole.
    this.secrets = (o.secrets ?? []).filter((s) => s.length >= 6).sort((a, b) => b.length - a.length);
    this.write =
      o.write ??
      ((level, line) =>
        (severity[level] >= severity.warn ? process.stderr : process.stdout).write(`${line}\n`));
  }

  debug(...msg: unknown[]): void {
    this.log("debug", msg);
  }
  info(...msg: unknown[]): void {
    this.log("info", msg);
  }
  warn(...msg: unknown[]): void {
    this.log("warn", msg);
  }
  error(...msg: unknown[]): void {
    this.log("error", msg);
  }
  setLevel(level: LogLevel): void {
    this.level = fromBolt(level);
  }
  getLevel(): LogLevel {
    return boltLevels[this.level];
  }
  setName(name: string): void {
    this.name = name;
  }

  private log(level: Config["logLevel"], msg: unknown[]): void {
    if (severity[level] < severity[this.level]) return;
    const last = msg.at(-1);
    const fields = msg.length > 1 && isPlainObject(last) ? last : undefined;
    const text = (fields ? msg.slice(0, -1) : msg).map(part).join(" ");
    this.write(
      level,
      this.redact(this.format === "json" ? this.json(level, text, fields) : this.text(level, text, fields)),
    );
  }

  private text(level: Config["logLevel"], text: string, fields: LogFields | undefined): string {
    let line = `${labels[level]} ${this.name} ${text}`;
    if (fields) for (const [key, value] of Object.entries(fields)) line += ` ${key}=${textValue(value)}`;
    return line;
  }

  private json(level: Config["logLevel"], text: string, fields: LogFields | undefined): string {
    const request = currentRequest();
    const entry: LogFields = { time: new Date().toISOString(), level, name: this.name, msg: text };
    if (request) {
      entry.surface = request.surface;
      if (request.team) entry.team = request.team;
      if (request.kind) entry.kind = request.kind;
    }
    if (fields) for (const [key, value] of Object.entries(fields)) entry[key] = fieldValue(value);
    return JSON.stringify(entry);
  }

  private redact(line: string): string {
    let out = line.replace(tokenPattern, "$1-[redacted]");
    for (const secret of this.secrets) if (out.includes(secret)) out = out.replaceAll(secret, "[redacted]");
    return out;
  }
}

/** Every secret the configuration holds, for the logger to keep out of its lines. */
export function secretsOf(config: Config): string[] {
  const secrets = [config.botToken, config.signingSecret, config.appToken];
  if (config.oauth) {
    secrets.push(config.oauth.clientSecret, config.oauth.stateSecret);
    // The token keys, however they were written (base64, base64url or hex).
    for (const key of [config.oauth.tokenKeys.current, config.oauth.tokenKeys.previous])
      if (key)
        for (const form of ["base64", "base64url", "hex"] as const) secrets.push(key.bytes.toString(form));
  }
  if (config.databaseUrl) {
    try {
      const password = decodeURIComponent(new URL(config.databaseUrl).password);
      secrets.push(password, config.databaseUrl);
    } catch {
      secrets.push(config.databaseUrl);
    }
  }
  return secrets.filter((s): s is string => typeof s === "string" && s.length > 0);
}

/** The logger the configuration asks for: its level and format, and its secrets kept out. */
export function loggerFor(config: Config): AppLogger {
  return new AppLogger({ level: config.logLevel, format: config.logFormat, secrets: secretsOf(config) });
}

/**
 * The logger the Slack app is given: whatever logger was given, plus a mark on the request when an error
 * is logged while handling it, so the metrics count a request that went wrong even when its listener
 * caught the error and apologised. Its level and name are the configuration's: Bolt's App sets any logger
 * it is given to INFO unless told a level (which silenced LOG_LEVEL=debug, and LOG_LEVEL=error too), and
 * the OAuth installer renames it; both are ignored here.
 */
export function markingErrors(logger: Logger): Logger {
  return {
    debug: (...msg) => logger.debug(...msg),
    info: (...msg) => logger.info(...msg),
    warn: (...msg) => logger.warn(...msg),
    error: (...msg) => {
      const request = currentRequest();
      if (request) request.errored = true;
      logger.error(...msg);
    },
    setLevel: () => undefined,
    getLevel: () => logger.getLevel(),
    setName: () => undefined,
  };
}

/**
 * A line for a failure before the configuration could be read (main.ts): JSON when LOG_FORMAT asks for it,
 * so that even a start-up failure is one parseable line for a log pipeline.
 */
export function startupFailure(env: NodeJS.ProcessEnv, message: string): string {
  if (env.LOG_FORMAT?.trim().toLowerCase() !== "json") return message;
  return JSON.stringify({
    time: new Date().toISOString(),
    level: "error",
    name: "career-advisor",
    msg: message,
  });
}

/** A text logger at `level` (`loggerFor(config)` also takes LOG_FORMAT and the secrets). */
export function createLogger(level: Config["logLevel"]): Logger {
  return new AppLogger({ level });
}
