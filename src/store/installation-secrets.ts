import type { InstallationRecord } from "./records.js";
import { isSealed, open, seal, type TokenKeys } from "./secrets.js";
import type { Store } from "./store.js";

/** Where Bolt's Installation keeps secrets: tokens that post as the app, and the incoming webhook's URL. */
const secretFields = [
  ["bot", "token"],
  ["bot", "refreshToken"],
  ["user", "token"],
  ["user", "refreshToken"],
  ["incomingWebhook", "url"],
] as const;

type Field = (typeof secretFields)[number];

/** A value is bound to its workspace (team or enterprise id) and field: it opens nowhere else. */
const associatedData = (workspace: string, [part, name]: Field) => `${workspace}/${part}.${name}`;

/** Every secret field of the record that holds a string, with the string. */
function secretsOf(record: InstallationRecord): [Field, string][] {
  const found: [Field, string][] = [];
  for (const field of secretFields) {
    const value = (record.installation[field[0]] as Record<string, unknown> | undefined)?.[field[1]];
    if (typeof value === "string") found.push([field, value]);
  }
  return found;
}

/** The record with each secret field replaced by `change(field, value)`. */
function withSecrets(
  record: InstallationRecord,
  change: (field: Field, value: string) => string,
): InstallationRecord {
  const installation = structuredClone(record.installation);
  for (const [field, value] of secretsOf(record))
    (installation[field[0]] as Record<string, unknown>)[field[1]] = change(field, value);
  return { ...record, installation };
}

/** The record as it is kept: every plain secret sealed with the current key (sealed ones stay as they are). */
export function sealInstallation(
  workspace: string,
  record: InstallationRecord,
  keys: TokenKeys,
): InstallationRecord {
  return withSecrets(record, (field, value) =>
    isSealed(value) ? value : seal(keys.current, value, associatedData(workspace, field)),
  );
}

/** A stored installation that no key given opens. */
export class InstallationLockedError extends Error {
  constructor(readonly workspace: string) {
    super(
      `the installation of ${workspace} does not open with TOKEN_ENCRYPTION_KEY (nor TOKEN_ENCRYPTION_KEY_PREVIOUS): it was encrypted with another key, or altered`,
    );
    this.name = "InstallationLockedError";
  }
}

/** The record as Bolt gave it: every secret opened (plain ones, from earlier versions, pass as they are). */
export function openInstallation(
  workspace: string,
  record: InstallationRecord,
  keys: TokenKeys,
): InstallationRecord {
  return withSecrets(record, (field, value) => {
    if (!isSealed(value)) return value;
    const opened = open(keys, value, associatedData(workspace, field));
    if (!opened.ok) throw new InstallationLockedError(workspace);
    return opened.plaintext;
  });
}

/** What bringing every installation under the current key would change. */
export interface KeyUpgrade {
  /** The records to write, by workspace. */
  changed: Record<string, InstallationRecord>;
  /** Workspaces whose secrets were plain text (kept by an earlier version). */
  sealed: string[];
  /** Workspaces whose secrets were sealed with the previous key. */
  rotated: string[];
  /** Workspaces whose secrets no key given opens; nothing of theirs is changed. */
  locked: string[];
}

/** Seals plain secrets and re-seals those under the previous key, each value opened and sealed afresh. */
export function planKeyUpgrade(
  installations: Record<string, InstallationRecord>,
  keys: TokenKeys,
): KeyUpgrade {
  const plan: KeyUpgrade = { changed: {}, sealed: [], rotated: [], locked: [] };
  for (const [workspace, record] of Object.entries(installations)) {
    const secrets = secretsOf(record);
    const plain = secrets.some(([, v]) => !isSealed(v));
    const outcomes = secrets
      .filter(([, v]) => isSealed(v))
      .map(([field, v]) => open(keys, v, associatedData(workspace, field)));
    if (outcomes.some((o) => !o.ok)) {
      plan.locked.push(workspace);
      continue;
    }
    const old = outcomes.some((o) => o.ok && o.key.id !== keys.current.id);
    if (!plain && !old) continue;
    plan.changed[workspace] = sealInstallation(workspace, openInstallation(workspace, record, keys), keys);
    if (plain) plan.sealed.push(workspace);
    if (old) plan.rotated.push(workspace);
  }
  return plan;
}

/** Whether any stored secret is plain text (an export must not carry one). */
export function hasPlainSecrets(installations: Record<string, InstallationRecord>): boolean {
  return Object.values(installations).some((r) => secretsOf(r).some(([, v]) => !isSealed(v)));
}

/** Stored installations that the keys given do not open: start-up stops, and nothing is changed. */
export class TokenKeyError extends Error {
  constructor(
    readonly locked: string[],
    total: number,
    keys: TokenKeys,
  ) {
    const names = keys.previous
      ? "TOKEN_ENCRYPTION_KEY (nor TOKEN_ENCRYPTION_KEY_PREVIOUS)"
      : "TOKEN_ENCRYPTION_KEY";
    const shown = locked.slice(0, 5).join(", ") + (locked.length > 5 ? ", …" : "");
    super(
      `${names} does not open ${locked.length} of the ${total} stored installations (${shown}): their tokens ` +
        "were encrypted with another key. Nothing was changed.\n" +
        "Set TOKEN_ENCRYPTION_KEY to the key they were encrypted with; when rotating keys, set " +
        "TOKEN_ENCRYPTION_KEY_PREVIOUS to the old key and TOKEN_ENCRYPTION_KEY to the new one. If that key is " +
        "lost, `career store rotate-key --forget-locked` forgets those installations (only them), and their " +
        "workspaces install the app again (see docs/security.md).",
    );
    this.name = "TokenKeyError";
  }
}

/**
 * Brings every stored installation under the current key, once, in one step (at start and by `career store
 * rotate-key`): plain-text secrets from earlier versions are sealed and those under the previous key
 * re-sealed. Throws TokenKeyError, changing nothing, when some do not open, unless `forgetLocked`.
 */
export async function upgradeInstallationKeys(
  store: Store,
  keys: TokenKeys,
  o: { forgetLocked?: boolean } = {},
): Promise<KeyUpgrade> {
  let upgrade: KeyUpgrade = { changed: {}, sealed: [], rotated: [], locked: [] };
  await store.rewriteInstallations((installations) => {
    upgrade = planKeyUpgrade(installations, keys);
    if (upgrade.locked.length > 0 && !o.forgetLocked)
      throw new TokenKeyError(upgrade.locked, Object.keys(installations).length, keys);
    return { ...upgrade.changed, ...Object.fromEntries(upgrade.locked.map((w) => [w, null])) };
  });
  return upgrade;
}
