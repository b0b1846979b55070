import { readFileSync } from "node:fs";
import path from "node:path";
import { Ajv } from "ajv";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import YAML from "yaml";

const root = path.resolve(import.meta.dirname, "..");
const manifest = YAML.parse(readFileSync(path.join(root, "manifest.yml"), "utf8"));
const schema = JSON.parse(
  readFileSync(path.join(root, "test/fixtures/slack-manifest-schema/manifest.schema.1.0.0.json"), "utf8"),
);

describe("manifest.yml", () => {
  it("is valid against Slack's published manifest schema (v1)", () => {
    // The schema uses a non-standard "regex" keyword; strict mode would reject it.
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats.default(ajv);
    const validate = ajv.compile(schema);
    expect(validate(manifest), JSON.stringify(validate.errors, null, 2)).toBe(true);
    expect(manifest._metadata.major_version).toBe(1);
  });

  it("declares what the code listens to: /career, its events, interactivity, App Home and the OAuth redirect", () => {
    expect(manifest.features.slash_commands.map((c: { command: string }) => c.command)).toEqual(["/career"]);
    expect(manifest.settings.event_subscriptions.bot_events.sort()).toEqual([
      "app_home_opened",
      "app_mention",
      "app_uninstalled",
      "assistant_thread_context_changed",
      "assistant_thread_started",
      "message.im",
      "tokens_revoked",
    ]);
    expect(manifest.oauth_config.redirect_urls).toEqual([
      "https://career-advisor.example.com/slack/oauth_redirect",
    ]);
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(manifest.features.app_home.home_tab_enabled).toBe(true);
    expect(manifest.oauth_config.scopes.bot).toEqual(
      expect.arrayContaining(["commands", "chat:write", "app_mentions:read", "im:history", "users:read"]),
    );
  });

  it("rejects a broken manifest, so the check can fail", () => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats.default(ajv);
    const validate = ajv.compile(schema);
    expect(validate({ ...manifest, display_information: { name: "" } })).toBe(false);
  });
});
