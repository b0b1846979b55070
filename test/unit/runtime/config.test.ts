import { describe, expect, it } from "vitest";
import { type ConfigError, loadConfig } from "../../../src/runtime/config.js";

const secret = "0123456789abcdef0123456789abcdef";

function problems(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
    return [];
  } catch (error) {
    return (error as ConfigError).problems;
  }
}

describe("configuration", () => {
  it("reads HTTP mode with defaults", () => {
    expect(loadConfig({ SLACK_BOT_TOKEN: "xoxb-1", SLACK_SIGNING_SECRET: secret })).toEqual({
      botToken: "xoxb-1",
      signingSecret: secret,
      mode: "http",
      port: 3000,
      dataFile: "data/career-bot.json",
      knowledgeDir: "knowledge",
      officialDataDir: "data/official",
      logLevel: "info",
      logFormat: "text",
      charts: "native",
      insights: true,
      adminUserIds: [],
      feedsAllowPrivate: false,
      mcp: { auth: "none" },
    });
  });

  it("reads OAuth installs, insights and admins, and refuses half an OAuth setup", () => {
    const c = loadConfig({
      SLACK_CLIENT_ID: "1111.2222",
      SLACK_CLIENT_SECRET: "0123456789abcdef0123",
      SLACK_STATE_SECRET: "a-long-state-secret",
      TOKEN_ENCRYPTION_KEY: Buffer.alloc(32, 1).toString("base64"),
      SLACK_SIGNING_SECRET: secret,
      INSIGHTS: "off",
      ADMIN_USER_IDS: "U1, U2",
    });
    expect(c.botToken).toBeUndefined();
    expect(c.oauth?.clientId).toBe("1111.2222");
    expect(c.insights).toBe(false);
    expect(c.adminUserIds).toEqual(["U1", "U2"]);
    expect(() => loadConfig({ SLACK_CLIENT_ID: "1111.2222", SLACK_SIGNING_SECRET: secret })).toThrow(
      /SLACK_CLIENT_SECRET is missing[\s\S]*SLACK_STATE_SECRET is missing/,
    );
  });

  it("reads CHARTS (native, image or off) and names the choices when it is anything else", () => {
    const base = { SLACK_BOT_TOKEN: "xoxb-1", SLACK_SIGNING_SECRET: secret };
    expect(loadConfig({ ...base, CHARTS: " Image " }).charts).toBe("image");
    expect(loadConfig({ ...base, CHARTS: "off" }).charts).toBe("off");
    expect(loadConfig({ ...base, CHARTS: "" }).charts).toBe("native");
    expect(() => loadConfig({ ...base, CHARTS: "png" })).toThrow(/CHARTS[\s\S]*must be native, image or off/);
  });

  it("switches to Socket Mode when an app token is set, without a signing secret", () => {
    const c = loadConfig({
      SLACK_BOT_TOKEN: "xoxb-1",
      SLACK_APP_TOKEN: "xapp-1",
      SLACK_API_URL: "http://localhost:9/api",
    });
    expect(c.mode).toBe("socket");
    expect(c.slackApiUrl).toBe("http://localhost:9/api/");
  });

  it("names every problem at once, with where to get the value", () => {
    const found = problems({
      SLACK_BOT_TOKEN: "xoxp-user-token",
      PORT: "eighty",
      LOG_LEVEL: "loud",
      SLACK_APP_TOKEN: "",
    });
    expect(found).toHaveLength(4);
    expect(found).toContain(
      "SLACK_BOT_TOKEN must start with xoxb-: copy the Bot User OAuth Token (xoxb-…) from your app's OAuth & Permissions page.",
    );
    expect(found.some((p) => p.startsWith("SLACK_SIGNING_SECRET is missing"))).toBe(true);
    expect(found.some((p) => p.startsWith("PORT must be a number"))).toBe(true);
    expect(
      found.some((p) => p.startsWith("LOG_LEVEL is not a log level: use one of debug, info, warn, error")),
    ).toBe(true);
  });

  it("reports a missing bot token", () => {
    expect(problems({ SLACK_SIGNING_SECRET: secret })[0]).toMatch(
      /^SLACK_BOT_TOKEN is missing: copy the Bot User OAuth Token/,
    );
  });

  describe("token encryption key", () => {
    const oauth = {
      SLACK_CLIENT_ID: "1111.2222",
      SLACK_CLIENT_SECRET: "0123456789abcdef0123",
      SLACK_STATE_SECRET: "a-long-state-secret",
      SLACK_SIGNING_SECRET: secret,
    };
    const key = Buffer.alloc(32, 1);

    it("is required with OAuth, and the message says how to make one", () => {
      expect(problems(oauth)).toEqual([
        "TOKEN_ENCRYPTION_KEY is missing (OAuth installs keep every workspace's token encrypted with it): make one with `openssl rand -base64 32` and keep it secret and backed up (it encrypts every installed workspace's token; see docs/security.md).",
      ]);
    });

    it("is not needed by a single workspace, which keeps no token", () => {
      expect(loadConfig({ SLACK_BOT_TOKEN: "xoxb-1", SLACK_SIGNING_SECRET: secret }).oauth).toBeUndefined();
    });

    it("takes base64 or hex, and the previous key during a rotation", () => {
      const c = loadConfig({
        ...oauth,
        TOKEN_ENCRYPTION_KEY: key.toString("hex"),
        TOKEN_ENCRYPTION_KEY_PREVIOUS: Buffer.alloc(32, 2).toString("base64"),
      });
      expect(c.oauth?.tokenKeys.current.bytes).toEqual(key);
      expect(c.oauth?.tokenKeys.previous?.bytes).toEqual(Buffer.alloc(32, 2));
    });

    it("refuses a key of the wrong length, and a previous key equal to the current one", () => {
      expect(problems({ ...oauth, TOKEN_ENCRYPTION_KEY: "too-short" })).toEqual([
        expect.stringMatching(
          /^TOKEN_ENCRYPTION_KEY must be 32 bytes as base64 \(44 characters\) or hex \(64 characters\), not 9 characters: make one with `openssl rand -base64 32`/,
        ),
      ]);
      expect(
        problems({
          ...oauth,
          TOKEN_ENCRYPTION_KEY: key.toString("base64"),
          TOKEN_ENCRYPTION_KEY_PREVIOUS: key.toString("hex"),
        }),
      ).toEqual([
        expect.stringMatching(/^TOKEN_ENCRYPTION_KEY_PREVIOUS is the same key as TOKEN_ENCRYPTION_KEY/),
      ]);
    });
  });
});
