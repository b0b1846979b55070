import type { Installation, InstallationQuery, InstallationStore } from "@slack/bolt";
import { openInstallation, sealInstallation } from "../../store/installation-secrets.js";
import type { TokenKeys } from "../../store/secrets.js";
import type { Store } from "../../store/store.js";

/** An org-wide (Enterprise Grid) install is kept under its enterprise id, any other under its team id. */
function keyOf(q: {
  isEnterpriseInstall?: boolean;
  enterpriseId?: string | undefined;
  teamId?: string | undefined;
}) {
  const key = q.isEnterpriseInstall && q.enterpriseId ? q.enterpriseId : q.teamId;
  if (!key) throw new Error("an installation query names neither a team nor an enterprise");
  return key;
}

/**
 * Bolt's installation store over the app's store (PostgreSQL or the lowdb file), so instances share
 * installs; tokens are sealed with TOKEN_ENCRYPTION_KEY before they are kept, and opened when fetched.
 */
export function storeInstallations(store: Store, clock: () => Date, keys: TokenKeys): InstallationStore {
  return {
    async storeInstallation(installation) {
      const key = keyOf({
        isEnterpriseInstall: installation.isEnterpriseInstall,
        enterpriseId: installation.enterprise?.id,
        teamId: installation.team?.id,
      });
      const record = {
        ...(installation.team?.id ? { teamId: installation.team.id } : {}),
        ...(installation.enterprise?.id ? { enterpriseId: installation.enterprise.id } : {}),
        installation: installation as unknown as Record<string, unknown>,
        updatedAt: clock().toISOString(),
      };
      await store.saveInstallation(key, sealInstallation(key, record, keys));
    },
    async fetchInstallation(query: InstallationQuery<boolean>) {
      const record = await store.installation(keyOf(query));
      if (!record) throw new Error(`no installation for ${keyOf(query)}`);
      return openInstallation(keyOf(query), record, keys).installation as unknown as Installation<
        "v1" | "v2",
        boolean
      >;
    },
    async deleteInstallation(query: InstallationQuery<boolean>) {
      await store.forgetWorkspace(keyOf(query));
    },
  };
}

/** A workspace's bot token, for work done outside a request (the digest, the directory look-ups). */
export async function botTokenFor(
  store: Store,
  teamId: string | undefined,
  keys: TokenKeys | undefined,
): Promise<string | undefined> {
  if (!teamId || !keys) return undefined;
  const record = await store.installation(teamId);
  if (!record) return undefined;
  return (openInstallation(teamId, record, keys).installation as { bot?: { token?: string } }).bot?.token;
}
