import { z } from "zod";
import { parseTokenKey, type TokenKey, type TokenKeys } from "../store/secrets.js";

const logLevels = ["debug", "info", "warn", "error"] as const;
export type LogLevel = (typeof logLevels)[number];
const logFormats = ["text", "json"] as const;

const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());

/** Where each value comes from, quoted in the error when it is missing or malformed. */
const help: Record<string, string> = {
  SLACK_BOT_TOKEN: "copy the Bot User OAuth Token (xoxb-…) from your app's OAuth & Permissions page",
  SLACK_SIGNING_SECRET:
    "copy the Signing Secret from your app's Basic Information page (needed in HTTP mode)",
  SLACK_APP_TOKEN:
    "create an app-level token (xapp-…) with connections:write under Basic Information → App-Level Tokens, or leave it empty for HTTP mode",
  PORT: "use a whole number from 1 to 65535, e.g. 3000 (0 picks any free port)",
  SLACK_API_URL: "use a full URL such as https://slack.com/api/, or leave it empty",
  DATA_FILE: "use a file path such as data/career-bot.json",
  KNOWLEDGE_DIR:
    "use the folder with the knowledge files, e.g. knowledge (several folders separated by the path delimiter layer like PATH)",
  LOG_LEVEL: `use one of ${logLevels.join(", ")}`,
  LOG_FORMAT: "use text (for people, the default) or json (one JSON object per line, for log pipelines)",
  METRICS_PORT:
    "use a whole number from 1 to 65535 other than PORT, e.g. 9464, or leave it empty for no metrics (0 picks any free port)",
  PUBLIC_URL: "use the app's public base URL, e.g. https://career-advisor.example.com, or leave it empty",
  INSIGHTS: "use on or off (off stops the anonymous record of what is asked)",
  FEEDS_ALLOW_PRIVATE: "use true or false (true lets channel feeds use private or loopback addresses)",
  ADMIN_USER_IDS: "list Slack user ids separated by commas, e.g. U012ABC,U034DEF",
  SLACK_CLIENT_ID: "copy the Client ID from your app's Basic Information page (OAuth installs)",
  SLACK_CLIENT_SECRET: "copy the Client Secret from your app's Basic Information page (OAuth installs)",
  SLACK_STATE_SECRET: "choose a long random string (e.g. openssl rand -hex 32); it signs the OAuth state",
  OFFICIAL_DATA_DIR:
    "use the folder `career data import` writes the official layer to, e.g. data/official (it need not exist: without it, official figures cover the curated roles only)",
  DATABASE_URL:
    "use a PostgreSQL connection URL such as postgres://user:password@host:5432/career, or leave it empty for the lowdb file",
  TOKEN_ENCRYPTION_KEY:
    "make one with `openssl rand -base64 32` and keep it secret and backed up (it encrypts every installed workspace's token; see docs/security.md)",
  TOKEN_ENCRYPTION_KEY_PREVIOUS:
    "set it to the old TOKEN_ENCRYPTION_KEY while rotating to a new one, else leave it empty (see docs/security.md)",
  MCP: "use on (the default: the MCP endpoint POST /mcp) or off (no endpoint: /mcp answers 404)",
  MCP_AUTH:
    "use none (the default: public knowledge for any caller) or slack (only requests Slack signed, with the caller's Slack identity)",
};

const envSchema = z.object({
  SLACK_BOT_TOKEN: optional(z.string().startsWith("xoxb-", "must start with xoxb-")),
  SLACK_CLIENT_ID: optional(z.string().regex(/^\d+\.\d+$/, "must look like 1234567890.1234567890")),
  SLACK_CLIENT_SECRET: optional(
    z.string().regex(/^[0-9a-f]{16,}$/i, "must be the hexadecimal client secret"),
  ),
  SLACK_STATE_SECRET: optional(z.string().min(16, "must be at least 16 characters")),
  SLACK_SIGNING_SECRET: optional(
    z.string().regex(/^[0-9a-f]{16,}$/i, "must be the hexadecimal signing secret"),
  ),
  SLACK_APP_TOKEN: optional(z.string().startsWith("xapp-", "must start with xapp-")),
  PORT: z.preprocess(
    blankToUndefined,
    z.coerce
      .number({ error: "must be a number" })
      .int("must be a whole number")
      .min(0, "must not be negative")
      .max(65535, "must be at most 65535")
      .default(3000),
  ),
  SLACK_API_URL: optional(z.url({ error: "must be a URL" })),
  // Pay charts: the base URL Slack fetches /charts/<hash>.png from (HTTP mode).
  PUBLIC_URL: optional(z.url({ protocol: /^https?$/, error: "must be an http(s) URL" })),
  FEEDS_ALLOW_PRIVATE: z.preprocess(
    (v) => (typeof v === "string" ? v.trim().toLowerCase() || undefined : v),
    z.enum(["true", "false"], { error: "must be true or false" }).default("false"),
  ),
  CHARTS: z.preprocess(
    (v) => (typeof v === "string" ? v.trim().toLowerCase() || undefined : v),
    z.enum(["native", "image", "off"], { error: "must be native, image or off" }).default("native"),
  ),
  INSIGHTS: z.preprocess(
    (v) => (typeof v === "string" ? v.trim().toLowerCase() || undefined : v),
    z.enum(["on", "off"], { error: "must be on or off" }).default("on"),
  ),
  ADMIN_USER_IDS: optional(
    z.string().regex(/^\s*[A-Z0-9]+(\s*,\s*[A-Z0-9]+)*\s*$/, "must be Slack user ids separated by commas"),
  ),
  DATABASE_URL: optional(
    z.string().regex(/^postgres(ql)?:\/\/.+/, "must be a postgres:// or postgresql:// URL"),
  ),
  DATA_FILE: z.preprocess(blankToUndefined, z.string().default("data/career-bot.json")),
  KNOWLEDGE_DIR: z.preprocess(blankToUndefined, z.string().default("knowledge")),
  OFFICIAL_DATA_DIR: z.preprocess(blankToUndefined, z.string().default("data/official")),
  LOG_LEVEL: z.preprocess(
    (v) => (typeof v === "string" ? v.trim().toLowerCase() || undefined : v),
    z.enum(logLevels, { error: "is not a log level" }).default("info"),
  ),
  LOG_FORMAT: z.preprocess(
    (v) => (typeof v === "string" ? v.trim().toLowerCase() || undefined : v),
    z.enum(logFormats, { error: "is not a log format" }).default("text"),
  ),
  // The advisor as MCP tools at POST /mcp on PORT (src/mcp/); `slack`: only requests Slack signed.
  MCP: z.preprocess(
    (v) => (typeof v === "string" ? v.trim().toLowerCase() || undefined : v),
    z.enum(["on", "off"], { error: "must be on or off" }).default("on"),
  ),
  MCP_AUTH: z.preprocess(
    (v) => (typeof v === "string" ? v.trim().toLowerCase() || undefined : v),
    z.enum(["none", "slack"], { error: "must be none or slack" }).default("none"),
  ),
  // Prometheus metrics at GET /metrics on a port of their own, never on the Slack port (PORT).
  METRICS_PORT: optional(
    z.coerce
      .number({ error: "must be a number" })
      .int("must be a whole number")
      .min(0, "must not be negative")
      .max(65535, "must be at most 65535"),
  ),
});

export interface Config {
  /** One workspace: its bot token. Absent when the app is installed into many workspaces with OAuth. */
  botToken?: string;
  /** Many workspaces: Bolt's OAuth flow, each workspace answered with its own token. */
  oauth?: { clientId: string; clientSecret: string; stateSecret: string; tokenKeys: TokenKeys };
  signingSecret?: string;
  appToken?: string;
  mode: "http" | "socket";
  port: number;
  slackApiUrl?: string;
  /** The app's public base URL without a trailing slash (HTTP mode): pay charts as image blocks. */
  publicUrl?: string;
  dataFile: string;
  /** PostgreSQL instead of the lowdb file: several instances, many workspaces. */
  databaseUrl?: string;
  knowledgeDir: string;
  /** The compiled official layer (BLS, O*NET) for every occupation; the app runs without it. */
  officialDataDir: string;
  logLevel: LogLevel;
  logFormat: (typeof logFormats)[number];
  /** Prometheus metrics at GET /metrics on this port; absent: no metrics. */
  metricsPort?: number;
  /**
   * Pay charts in Slack: `native` (Block Kit data_visualization blocks Slack draws), `image` (the PNG, as an
   * image block with PUBLIC_URL or uploaded beside the answer), `off`.
   */
  charts: "native" | "image" | "off";
  /** Keep the anonymous record of what is asked (the digest's "this week here", the operator's report). */
  insights: boolean;
  /** Who sees the operator's report on App Home. */
  adminUserIds: string[];
  /** Channel feeds may be on private or loopback addresses (tests, intranets). */
  feedsAllowPrivate: boolean;
  /** The MCP endpoint POST /mcp (absent: MCP=off) and who may call it: anyone, or only Slack-signed requests. */
  mcp?: { auth: "none" | "slack" };
}

/** Every problem with the environment, each naming the variable and how to fix it. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `Configuration problems (set these in .env or the environment; .env.example lists every name):\n${problems.map((p) => `  - ${p}`).join("\n")}`,
    );
    this.name = "ConfigError";
  }
}

/**
 * TOKEN_ENCRYPTION_KEY and, during a rotation, TOKEN_ENCRYPTION_KEY_PREVIOUS (also read by `career store`);
 * `required`: a missing key is a problem (OAuth installs keep tokens, sealed with it).
 */
export function tokenKeysFrom(
  env: NodeJS.ProcessEnv,
  required: boolean,
): { keys?: TokenKeys; problems: string[] } {
  const problems: string[] = [];
  const read = (name: "TOKEN_ENCRYPTION_KEY" | "TOKEN_ENCRYPTION_KEY_PREVIOUS"): TokenKey | undefined => {
    const text = env[name]?.trim();
    if (!text) return undefined;
    const key = parseTokenKey(text);
    if ("problem" in key) {
      problems.push(`${name} ${key.problem}: ${help[name]}.`);
      return undefined;
    }
    return key;
  };
  const current = read("TOKEN_ENCRYPTION_KEY");
  const previous = read("TOKEN_ENCRYPTION_KEY_PREVIOUS");
  if (!env.TOKEN_ENCRYPTION_KEY?.trim() && (required || previous))
    problems.push(
      `TOKEN_ENCRYPTION_KEY is missing (OAuth installs keep every workspace's token encrypted with it): ${help.TOKEN_ENCRYPTION_KEY}.`,
    );
  if (current && previous && current.id === previous.id)
    problems.push(
      `TOKEN_ENCRYPTION_KEY_PREVIOUS is the same key as TOKEN_ENCRYPTION_KEY: ${help.TOKEN_ENCRYPTION_KEY_PREVIOUS}.`,
    );
  if (!current || problems.length > 0) return { problems };
  return { keys: { current, ...(previous ? { previous } : {}) }, problems };
}

export function loadConfig(env: NodeJS.ProcessEnv): Config {
  const parsed = envSchema.safeParse(env);
  const problems = parsed.success
    ? []
    : parsed.error.issues.map((issue) => {
        const name = String(issue.path[0] ?? "environment");
        return `${name} ${issue.message}: ${help[name] ?? "see .env.example"}.`;
      });
  // Checked outside the schema so that they are reported together with every other problem.
  const oauthNames = ["SLACK_CLIENT_ID", "SLACK_CLIENT_SECRET", "SLACK_STATE_SECRET"] as const;
  const oauthSet = oauthNames.filter((n) => env[n]?.trim());
  if (oauthSet.length > 0 && oauthSet.length < 3)
    for (const name of oauthNames.filter((n) => !env[n]?.trim()))
      problems.push(
        `${name} is missing (OAuth installs need all three of ${oauthNames.join(", ")}): ${help[name]}.`,
      );
  if (oauthSet.length === 3 && env.SLACK_BOT_TOKEN?.trim())
    problems.push(
      "SLACK_BOT_TOKEN is set together with OAuth (SLACK_CLIENT_ID…): use one or the other: a bot token for one workspace, or OAuth for many.",
    );
  if (oauthSet.length === 3 && env.SLACK_APP_TOKEN?.trim())
    problems.push(
      "SLACK_APP_TOKEN is set together with OAuth: OAuth installs need HTTP mode; leave SLACK_APP_TOKEN empty.",
    );
  // A single workspace keeps no token (SLACK_BOT_TOKEN comes from the environment), so needs no key.
  const tokenKeys = oauthSet.length === 3 ? tokenKeysFrom(env, true) : { problems: [] };
  problems.push(...tokenKeys.problems);
  if (oauthSet.length === 0 && !env.SLACK_BOT_TOKEN?.trim())
    problems.push(
      `SLACK_BOT_TOKEN is missing: ${help.SLACK_BOT_TOKEN} (or, to install into many workspaces, set ${oauthNames.join(", ")} instead).`,
    );
  if (!env.SLACK_APP_TOKEN?.trim() && !env.SLACK_SIGNING_SECRET?.trim())
    problems.push(
      `SLACK_SIGNING_SECRET is missing (HTTP mode needs it; Socket Mode needs SLACK_APP_TOKEN instead): ${help.SLACK_SIGNING_SECRET}.`,
    );
  if (parsed.success && parsed.data.MCP === "on" && parsed.data.MCP_AUTH === "slack")
    if (!env.SLACK_SIGNING_SECRET?.trim())
      problems.push(
        `MCP_AUTH is slack but SLACK_SIGNING_SECRET is missing: Slack-signed MCP requests are checked with it; ${help.SLACK_SIGNING_SECRET}.`,
      );
  if (parsed.success && parsed.data.METRICS_PORT !== undefined && parsed.data.METRICS_PORT !== 0)
    if (parsed.data.METRICS_PORT === parsed.data.PORT)
      problems.push(
        `METRICS_PORT is the same as PORT (${parsed.data.PORT}): metrics are never served on the Slack port; ${help.METRICS_PORT}.`,
      );
  if (!parsed.success || problems.length > 0) throw new ConfigError(problems);
  const e = parsed.data;
  return {
    ...(e.SLACK_BOT_TOKEN ? { botToken: e.SLACK_BOT_TOKEN } : {}),
    ...(e.SLACK_CLIENT_ID && e.SLACK_CLIENT_SECRET && e.SLACK_STATE_SECRET && tokenKeys.keys
      ? {
          oauth: {
            clientId: e.SLACK_CLIENT_ID,
            clientSecret: e.SLACK_CLIENT_SECRET,
            stateSecret: e.SLACK_STATE_SECRET,
            tokenKeys: tokenKeys.keys,
          },
        }
      : {}),
    ...(e.SLACK_SIGNING_SECRET ? { signingSecret: e.SLACK_SIGNING_SECRET } : {}),
    ...(e.SLACK_APP_TOKEN ? { appToken: e.SLACK_APP_TOKEN } : {}),
    mode: e.SLACK_APP_TOKEN ? "socket" : "http",
    port: e.PORT,
    ...(e.SLACK_API_URL
      ? { slackApiUrl: e.SLACK_API_URL.endsWith("/") ? e.SLACK_API_URL : `${e.SLACK_API_URL}/` }
      : {}),
    ...(e.PUBLIC_URL ? { publicUrl: e.PUBLIC_URL.replace(/\/+$/, "") } : {}),
    dataFile: e.DATA_FILE,
    ...(e.DATABASE_URL ? { databaseUrl: e.DATABASE_URL } : {}),
    knowledgeDir: e.KNOWLEDGE_DIR,
    officialDataDir: e.OFFICIAL_DATA_DIR,
    logLevel: e.LOG_LEVEL,
    logFormat: e.LOG_FORMAT,
    ...(e.METRICS_PORT !== undefined ? { metricsPort: e.METRICS_PORT } : {}),
    charts: e.CHARTS,
    insights: e.INSIGHTS === "on",
    feedsAllowPrivate: e.FEEDS_ALLOW_PRIVATE === "true",
    ...(e.MCP === "on" ? { mcp: { auth: e.MCP_AUTH } } : {}),
    adminUserIds: (e.ADMIN_USER_IDS ?? "")
      .split(",")
      .map((id) => id.trim())
      .filter(Boolean),
  };
}
