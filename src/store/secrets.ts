import { createCipheriv, createDecipheriv, createHmac, randomBytes } from "node:crypto";

/**
 * Secrets at rest (workspace tokens): AES-256-GCM from node:crypto, a fresh 96-bit nonce per value, and
 * associated data that binds a value to where it belongs (its workspace and field), so a sealed token copied
 * to another workspace's record does not open.
 */

/** A 32-byte key, and a short id derived from it that says which key sealed a value without revealing it. */
export interface TokenKey {
  id: string;
  bytes: Buffer;
}

/** The key values are sealed with, and during a rotation the one they may still be sealed with. */
export interface TokenKeys {
  current: TokenKey;
  previous?: TokenKey;
}

const prefix = "sealed:v1:";
const nonceBytes = 12;
const tagBytes = 16;

/** A key from its text: 32 bytes as 64 hexadecimal digits or as base64; a problem to report otherwise. */
export function parseTokenKey(text: string): TokenKey | { problem: string } {
  const trimmed = text.trim();
  let bytes: Buffer | undefined;
  if (/^[0-9a-f]{64}$/i.test(trimmed)) bytes = Buffer.from(trimmed, "hex");
  else if (/^[A-Za-z0-9+/_-]{43}=?$/.test(trimmed)) bytes = Buffer.from(trimmed, "base64");
  if (bytes?.length !== 32)
    return {
      problem: `must be 32 bytes as base64 (44 characters) or hex (64 characters), not ${trimmed.length} characters`,
    };
  return keyOf(bytes);
}

export function keyOf(bytes: Buffer): TokenKey {
  // An HMAC under the key itself: equal ids mean equal keys, and the id tells nothing about the key.
  const id = createHmac("sha256", bytes).update("career-advisor token key id").digest("hex").slice(0, 8);
  return { id, bytes };
}

export function isSealed(value: string): boolean {
  return value.startsWith(prefix);
}

/** The id of the key a sealed value was sealed with. */
export function sealedWith(value: string): string | undefined {
  if (!isSealed(value)) return undefined;
  return value.slice(prefix.length).split(":")[0];
}

/** `sealed:v1:<key id>:<base64url of nonce, ciphertext and tag>`. */
export function seal(key: TokenKey, plaintext: string, associated: string): string {
  const nonce = randomBytes(nonceBytes);
  const cipher = createCipheriv("aes-256-gcm", key.bytes, nonce);
  cipher.setAAD(Buffer.from(associated, "utf8"));
  const body = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  const sealed = Buffer.concat([nonce, body, cipher.getAuthTag()]).toString("base64url");
  return `${prefix}${key.id}:${sealed}`;
}

/** Why a sealed value did not open: no key given has its id, or it was altered or moved. */
export type OpenFailure = "unknown-key" | "damaged";

/** Opens a sealed value with whichever of the keys sealed it. */
export function open(
  keys: TokenKeys,
  value: string,
  associated: string,
): { ok: true; plaintext: string; key: TokenKey } | { ok: false; why: OpenFailure } {
  const id = sealedWith(value);
  const key = [keys.current, keys.previous].find((k) => k && k.id === id);
  if (!key) return { ok: false, why: "unknown-key" };
  const raw = Buffer.from(value.slice(prefix.length + (id?.length ?? 0) + 1), "base64url");
  if (raw.length < nonceBytes + tagBytes) return { ok: false, why: "damaged" };
  try {
    const decipher = createDecipheriv("aes-256-gcm", key.bytes, raw.subarray(0, nonceBytes));
    decipher.setAAD(Buffer.from(associated, "utf8"));
    decipher.setAuthTag(raw.subarray(raw.length - tagBytes));
    const plaintext = Buffer.concat([
      decipher.update(raw.subarray(nonceBytes, raw.length - tagBytes)),
      decipher.final(),
    ]).toString("utf8");
    return { ok: true, plaintext, key };
  } catch {
    return { ok: false, why: "damaged" };
  }
}
