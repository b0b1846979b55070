import { readFileSync } from "node:fs";
import path from "node:path";
import { Ajv } from "ajv";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import YAML from "yaml";
import { fixturePath, repoRoot } from "../../support/paths.js";

const manifest = YAML.parse(readFileSync(path.join(repoRoot, "manifest.yml"), "utf8"));
const schema = JSON.parse(
  readFileSync(fixturePath("slack-manifest-schema/manifest.schema.1.0.0.json"), "utf8"),
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
      "app_context_changed",
      "app_home_opened",
      "app_mention",
      "app_uninstalled",
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

  it("declares the agent messaging experience (agent_view), which the published schema knows", () => {
    // Slack's published schema (test/support/fixtures/slack-manifest-schema, from ../shared/slack/manifest-schema)
    // defines features.agent_view with agent_description (at most 300 characters) and up to four prompts:
    // the validation above checks ours against it rather than letting an unknown key through.
    expect(
      schema.definitions["app-manifests.v1.features.agent_view"].properties.agent_description.maxLength,
    ).toBe(300);
    expect(manifest.features.agent_view.agent_description.length).toBeGreaterThan(0);
    expect(manifest.features.assistant_view).toBeUndefined();
    expect(manifest.features.app_home.messages_tab_enabled).toBe(true);
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats.default(ajv);
    const validate = ajv.compile(schema);
    const tooLong = { ...manifest.features.agent_view, agent_description: "x".repeat(301) };
    expect(validate({ ...manifest, features: { ...manifest.features, agent_view: tooLong } })).toBe(false);
    // An existing app's manifest on the legacy assistant_view (the code keeps answering it) still validates.
    const { agent_view, ...rest } = manifest.features;
    const legacy = {
      ...rest,
      assistant_view: {
        assistant_description: agent_view.agent_description,
        suggested_prompts: agent_view.suggested_prompts,
      },
    };
    expect(validate({ ...manifest, features: legacy }), JSON.stringify(validate.errors)).toBe(true);
  });

  it("rejects a broken manifest, so the check can fail", () => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats.default(ajv);
    const validate = ajv.compile(schema);
    expect(validate({ ...manifest, display_information: { name: "" } })).toBe(false);
  });
});
