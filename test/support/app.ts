import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Logger } from "@slack/bolt";
import { afterAll, beforeAll, beforeEach } from "vitest";
import { loadKnowledgeBase } from "../../src/knowledge/base.js";
import { loadConfig } from "../../src/runtime/config.js";
import { type RunningService, startService } from "../../src/server/service.js";
import { JsonStore } from "../../src/store/file/json-store.js";
import type { Store } from "../../src/store/store.js";
import { type CareerOptions, career } from "./career.js";
import { realKnowledge } from "./knowledge.js";
import { signingSecret } from "./signed.js";
import { type Sent, SlackApiStandIn } from "./slack-api.js";

export interface TestApp {
  /** The stand-in for the Slack Web API the app calls. */
  api: SlackApiStandIn;
  port: number;
  service: RunningService;
  store: JsonStore;
  dataFile: string;
  logs: string[];
  /** Types `/career <text>` in Slack and returns the answer (see `career` in career.ts). */
  career(text: string, o?: CareerOptions): Promise<Sent>;
  stop(): Promise<void>;
}

/** The tests' TOKEN_ENCRYPTION_KEY in OAuth mode (a test may set another through `env`). */
export const testTokenKey = Buffer.alloc(32, 7).toString("base64");

export function tempDataFile(): string {
  return path.join(mkdtempSync(path.join(os.tmpdir(), "career-data-")), "data", "career-bot.json");
}

/** A logger that keeps every line, so tests can read what was logged. */
export function recordingLogger(lines: string[]): Logger {
  const record =
    (level: string) =>
    (...msg: unknown[]) => {
      lines.push(`${level} ${msg.map(String).join(" ")}`);
    };
  return {
    debug: record("debug"),
    info: record("info"),
    warn: record("warn"),
    error: record("error"),
    setLevel: () => undefined,
    getLevel: () => "debug" as never,
    setName: () => undefined,
  };
}

export interface TestAppOptions {
  dataFile?: string;
  clock?: () => Date;
  tickMs?: number;
  rateLimit?: { burst: number; perSecond: number };
  httpTimeoutMs?: number;
  retries?: number;
  wrapStore?: (store: JsonStore) => Store;
  /** More environment for the app's configuration (e.g. PUBLIC_URL for the pay charts). */
  env?: Record<string, string>;
  /** Another store to run on (PostgreSQL) instead of the lowdb file. */
  store?: Store;
  /** Install into many workspaces with OAuth instead of one bot token. */
  oauth?: boolean;
  /** A knowledge folder of the test's own, loaded for this app and watched for changes (reloads). */
  knowledgeDir?: string;
}

/** Starts the real service (Bolt app on its HTTP receiver, port 0, and the digest scheduler) against the stand-in. */
export async function startTestApp(api: SlackApiStandIn, o: TestAppOptions = {}): Promise<TestApp> {
  const dataFile = o.dataFile ?? tempDataFile();
  const config = loadConfig({
    ...(o.oauth
      ? {
          SLACK_CLIENT_ID: "1111.2222",
          SLACK_CLIENT_SECRET: "0123456789abcdef0123",
          SLACK_STATE_SECRET: "a-long-state-secret-for-tests",
          TOKEN_ENCRYPTION_KEY: testTokenKey,
        }
      : { SLACK_BOT_TOKEN: "xoxb-test-token" }),
    SLACK_SIGNING_SECRET: signingSecret,
    PORT: "0",
    SLACK_API_URL: api.apiUrl,
    DATA_FILE: dataFile,
    LOG_LEVEL: "debug",
    ...o.env,
  });
  const store = await JsonStore.open(dataFile);
  const logs: string[] = [];
  const service = await startService(
    config,
    o.knowledgeDir ? loadKnowledgeBase(o.knowledgeDir) : realKnowledge(),
    o.store ?? (o.wrapStore ? o.wrapStore(store) : store),
    {
      botId: "BBOT",
      botUserId: "UBOT",
      retryConfig: { retries: o.retries ?? 0, minTimeout: 100 },
      // The suites send many requests as one user; the limiter has tests of its own.
      rateLimit: o.rateLimit ?? { burst: 10_000, perSecond: 1000 },
      ...(o.httpTimeoutMs ? { httpTimeoutMs: o.httpTimeoutMs } : {}),
      logger: recordingLogger(logs),
      ...(o.clock ? { clock: o.clock } : {}),
      ...(o.tickMs ? { tickMs: o.tickMs } : {}),
      paceMs: 0,
      ...(o.knowledgeDir ? { watchKnowledge: o.knowledgeDir } : {}),
    },
  );
  return {
    api,
    port: service.port,
    service,
    store,
    dataFile,
    logs,
    career: (text, co) => career(api, service.port, text, co),
    stop: () => service.stop(),
  };
}

/** Starts an app for one test, hands it to `use`, and stops it however `use` ends. */
export async function withTestApp<T>(
  api: SlackApiStandIn,
  o: TestAppOptions,
  use: (app: TestApp) => Promise<T>,
): Promise<T> {
  const app = await startTestApp(api, o);
  try {
    return await use(app);
  } finally {
    await app.stop();
  }
}

/**
 * The Slack Web API stand-in for a test file: started before its tests, stopped after them, and cleared
 * before each test unless `keepAcrossTests` (for suites whose first test reads what their start-up sent).
 */
export function useSlackApi(o: { keepAcrossTests?: boolean } = {}): SlackApiStandIn {
  const api = new SlackApiStandIn();
  beforeAll(() => api.start());
  afterAll(() => api.stop());
  if (!o.keepAcrossTests) beforeEach(() => api.clear());
  return api;
}

/** The app of a test file (or of a `describe`), on a Slack stand-in of its own, as `useTestApp` gives it. */
export interface FileApp extends TestApp {
  /** Stops the app and starts it again, with the same options, on the same data file. */
  restart(): Promise<void>;
}

/**
 * One app for the tests of a file (or of the `describe` it is called in): the stand-in and the app start
 * before the tests and stop after them; the stand-in is cleared before each test. Its fields are read
 * from the running app, so they are current after a `restart`.
 */
export function useTestApp(o: TestAppOptions = {}): FileApp {
  const api = new SlackApiStandIn();
  let running: TestApp | undefined;
  const app = (): TestApp => {
    if (!running) throw new Error("the app starts in beforeAll: use it inside a test or a hook");
    return running;
  };
  beforeAll(async () => {
    await api.start();
    running = await startTestApp(api, o);
  });
  afterAll(async () => {
    await running?.stop();
    await api.stop();
  });
  beforeEach(() => api.clear());
  return {
    api,
    get port() {
      return app().port;
    },
    get service() {
      return app().service;
    },
    get store() {
      return app().store;
    },
    get dataFile() {
      return app().dataFile;
    },
    get logs() {
      return app().logs;
    },
    career: (text, co) => app().career(text, co),
    stop: () => app().stop(),
    async restart() {
      const dataFile = app().dataFile;
      await app().stop();
      running = await startTestApp(api, { ...o, dataFile });
    },
  };
}
