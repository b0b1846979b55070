import { z } from "zod";

const logLevels = ["debug", "info", "warn", "error"] as const;
export type LogLevel = (typeof logLevels)[number];

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
  KNOWLEDGE_DIR: "use the folder with the knowledge files, e.g. knowledge",
  LOG_LEVEL: `use one of ${logLevels.join(", ")}`,
};

const envSchema = z.object({
  SLACK_BOT_TOKEN: z.preprocess(
    blankToUndefined,
    z.string({ error: "is missing" }).startsWith("xoxb-", "must start with xoxb-"),
  ),
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
  DATA_FILE: z.preprocess(blankToUndefined, z.string().default("data/career-bot.json")),
  KNOWLEDGE_DIR: z.preprocess(blankToUndefined, z.string().default("knowledge")),
  LOG_LEVEL: z.preprocess(
    (v) => (typeof v === "string" ? v.trim().toLowerCase() || undefined : v),
    z.enum(logLevels, { error: "is not a log level" }).default("info"),
  ),
});

export interface Config {
  botToken: string;
  signingSecret?: string;
  appToken?: string;
  mode: "http" | "socket";
  port: number;
  slackApiUrl?: string;
  dataFile: string;
  knowledgeDir: string;
  logLevel: LogLevel;
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

export function loadConfig(env: NodeJS.ProcessEnv): Config {
  const parsed = envSchema.safeParse(env);
  const problems = parsed.success
    ? []
    : parsed.error.issues.map((issue) => {
        const name = String(issue.path[0] ?? "environment");
        return `${name} ${issue.message}: ${help[name] ?? "see .env.example"}.`;
      });
  // Checked outside the schema so that it is reported together with every other problem.
  if (!env.SLACK_APP_TOKEN?.trim() && !env.SLACK_SIGNING_SECRET?.trim())
    problems.push(
      `SLACK_SIGNING_SECRET is missing (HTTP mode needs it; Socket Mode needs SLACK_APP_TOKEN instead): ${help.SLACK_SIGNING_SECRET}.`,
    );
  if (!parsed.success || problems.length > 0) throw new ConfigError(problems);
  const e = parsed.data;
  return {
    botToken: e.SLACK_BOT_TOKEN,
    ...(e.SLACK_SIGNING_SECRET ? { signingSecret: e.SLACK_SIGNING_SECRET } : {}),
    ...(e.SLACK_APP_TOKEN ? { appToken: e.SLACK_APP_TOKEN } : {}),
    mode: e.SLACK_APP_TOKEN ? "socket" : "http",
    port: e.PORT,
    ...(e.SLACK_API_URL
      ? { slackApiUrl: e.SLACK_API_URL.endsWith("/") ? e.SLACK_API_URL : `${e.SLACK_API_URL}/` }
      : {}),
    dataFile: e.DATA_FILE,
    knowledgeDir: e.KNOWLEDGE_DIR,
    logLevel: e.LOG_LEVEL,
  };
}
