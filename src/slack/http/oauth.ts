import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import YAML from "yaml";
import type { Config } from "../../runtime/config.js";
import type { Store } from "../../store/store.js";
import { storeInstallations } from "../workspaces/installations.js";

/** Bot scopes an install asks for: the manifest's, so the two never drift apart. */
function manifestScopes(): string[] {
  const file = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../manifest.yml");
  const manifest = YAML.parse(readFileSync(file, "utf8")) as {
    oauth_config?: { scopes?: { bot?: string[] } };
  };
  return manifest.oauth_config?.scopes?.bot ?? [];
}

/**
 * Bolt's OAuth: the Add to Slack page at /slack/install, the redirect at /slack/oauth_redirect (state checked
 * against a signed cookie), the code exchanged through SLACK_API_URL like every call, installations in the
 * app's store.
 */
export function oauthOptions(
  oauth: NonNullable<Config["oauth"]>,
  services: { store: Store; clock: () => Date },
  clientOptions: { slackApiUrl?: string },
) {
  return {
    clientId: oauth.clientId,
    clientSecret: oauth.clientSecret,
    stateSecret: oauth.stateSecret,
    scopes: manifestScopes(),
    installationStore: storeInstallations(services.store, services.clock, oauth.tokenKeys),
    installerOptions: {
      installPath: "/slack/install",
      redirectUriPath: "/slack/oauth_redirect",
      directInstall: false,
      clientOptions: clientOptions.slackApiUrl ? { slackApiUrl: clientOptions.slackApiUrl } : {},
    },
  };
}
