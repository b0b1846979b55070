import { describe, expect, it } from "vitest";
import {
  hasPlainSecrets,
  openInstallation,
  planKeyUpgrade,
  sealInstallation,
} from "../../../src/store/installation-secrets.js";
import type { InstallationRecord } from "../../../src/store/records.js";
import { isSealed, keyOf, open, parseTokenKey, seal, sealedWith } from "../../../src/store/secrets.js";

const keyA = keyOf(Buffer.alloc(32, 1));
const keyB = keyOf(Buffer.alloc(32, 2));

describe("token keys", () => {
  it("reads 32 bytes written as base64, base64url or hex, and names what is wrong otherwise", () => {
    const bytes = Buffer.alloc(32, 9);
    for (const text of [bytes.toString("base64"), bytes.toString("base64url"), bytes.toString("hex")])
      expect(parseTokenKey(` ${text}\n`)).toMatchObject({ id: keyOf(bytes).id, bytes });
    expect(parseTokenKey(Buffer.alloc(16).toString("base64"))).toEqual({
      problem: "must be 32 bytes as base64 (44 characters) or hex (64 characters), not 24 characters",
    });
    expect(parseTokenKey("correct horse battery staple")).toHaveProperty("problem");
    expect(parseTokenKey("z".repeat(64))).toHaveProperty("problem");
  });

  it("gives different keys different ids, and never the key itself", () => {
    expect(keyA.id).not.toBe(keyB.id);
    expect(keyA.id).toMatch(/^[0-9a-f]{8}$/);
    expect(keyA.bytes.toString("hex")).not.toContain(keyA.id);
  });
});

describe("sealing a value", () => {
  it("opens with its key and associated data, and names the key that sealed it", () => {
    const sealed = seal(keyA, "xoxb-secret", "T1/bot.token");
    expect(sealed).not.toContain("xoxb");
    expect(isSealed(sealed)).toBe(true);
    expect(sealedWith(sealed)).toBe(keyA.id);
    expect(open({ current: keyB, previous: keyA }, sealed, "T1/bot.token")).toMatchObject({
      ok: true,
      plaintext: "xoxb-secret",
      key: { id: keyA.id },
    });
  });

  it("uses a fresh nonce each time: the same token sealed twice looks different", () => {
    expect(seal(keyA, "xoxb-secret", "T1")).not.toBe(seal(keyA, "xoxb-secret", "T1"));
  });

  it("does not open under another key, another workspace, or once altered", () => {
    const sealed = seal(keyA, "xoxb-secret", "T1/bot.token");
    expect(open({ current: keyB }, sealed, "T1/bot.token")).toEqual({ ok: false, why: "unknown-key" });
    expect(open({ current: keyA }, sealed, "T2/bot.token")).toEqual({ ok: false, why: "damaged" });
    const flipped = `${sealed.slice(0, -2)}${sealed.at(-2) === "A" ? "B" : "A"}${sealed.at(-1)}`;
    expect(open({ current: keyA }, flipped, "T1/bot.token")).toEqual({ ok: false, why: "damaged" });
    expect(open({ current: keyA }, `sealed:v1:${keyA.id}:AAAA`, "T1/bot.token")).toEqual({
      ok: false,
      why: "damaged",
    });
  });
});

const plainRecord = (team: string): InstallationRecord => ({
  teamId: team,
  installation: {
    team: { id: team, name: "Acme" },
    bot: { token: `xoxb-${team}`, refreshToken: `xoxe-${team}`, scopes: ["commands"], id: "B1" },
    user: { token: `xoxp-${team}`, id: "U1" },
    incomingWebhook: { url: `https://hooks.slack.com/services/${team}/x`, channel: "#general" },
  },
  updatedAt: "2026-12-01T00:00:00.000Z",
});

describe("an installation's secrets", () => {
  it("seals the bot and user tokens, refresh token and webhook URL, and leaves the rest readable", () => {
    const sealed = sealInstallation("T1", plainRecord("T1"), { current: keyA });
    const text = JSON.stringify(sealed);
    for (const secret of ["xoxb-", "xoxe-", "xoxp-", "hooks.slack.com"]) expect(text).not.toContain(secret);
    expect(sealed.installation.team).toEqual({ id: "T1", name: "Acme" });
    expect((sealed.installation.bot as { scopes: string[] }).scopes).toEqual(["commands"]);
    expect(openInstallation("T1", sealed, { current: keyA })).toEqual(plainRecord("T1"));
    expect(hasPlainSecrets({ T1: sealed })).toBe(false);
    expect(hasPlainSecrets({ T1: sealed, T2: plainRecord("T2") })).toBe(true);
  });

  it("refuses a sealed installation copied under another workspace", () => {
    const sealed = sealInstallation("T1", plainRecord("T1"), { current: keyA });
    expect(() => openInstallation("T2", sealed, { current: keyA })).toThrow(
      /installation of T2 does not open with TOKEN_ENCRYPTION_KEY/,
    );
  });

  it("plans plain ones sealed, previous-key ones re-sealed, current ones kept, and locked ones untouched", () => {
    const underB = sealInstallation("T2", plainRecord("T2"), { current: keyB });
    const underA = sealInstallation("T3", plainRecord("T3"), { current: keyA });
    const foreign = sealInstallation("T4", plainRecord("T4"), { current: keyOf(Buffer.alloc(32, 3)) });
    const plan = planKeyUpgrade(
      { T1: plainRecord("T1"), T2: underB, T3: underA, T4: foreign },
      { current: keyA, previous: keyB },
    );
    expect(plan.sealed).toEqual(["T1"]);
    expect(plan.rotated).toEqual(["T2"]);
    expect(plan.locked).toEqual(["T4"]);
    expect(Object.keys(plan.changed)).toEqual(["T1", "T2"]);
    for (const [team, record] of Object.entries(plan.changed)) {
      expect(sealedWith((record.installation.bot as { token: string }).token)).toBe(keyA.id);
      expect(openInstallation(team, record, { current: keyA })).toEqual(plainRecord(team));
    }
    // Once done, nothing is left to do.
    expect(planKeyUpgrade({ ...plan.changed, T3: underA }, { current: keyA }).changed).toEqual({});
  });
});
