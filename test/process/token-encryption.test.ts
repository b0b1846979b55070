import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { JsonStore } from "../../src/store/file/json-store.js";
import { sealInstallation } from "../../src/store/installation-secrets.js";
import { keyOf } from "../../src/store/secrets.js";
import { tempDataFile, useSlackApi } from "../support/app.js";
import { runMain } from "../support/process.js";
import { signingSecret } from "../support/signed.js";

/** Start-up in a process of its own with OAuth: a missing or wrong TOKEN_ENCRYPTION_KEY stops it. */
const api = useSlackApi();
const keyD = Buffer.alloc(32, 13).toString("base64");

// A process loads the knowledge and trains its classifier before it opens the store: seconds on a busy host.
describe("npm start (src/server/main.ts) with OAuth", { timeout: 60_000 }, () => {
  const oauthEnv = (extra: Record<string, string>) => ({
    SLACK_CLIENT_ID: "1111.2222",
    SLACK_CLIENT_SECRET: "0123456789abcdef0123",
    SLACK_STATE_SECRET: "a-long-state-secret-for-tests",
    SLACK_SIGNING_SECRET: signingSecret,
    SLACK_API_URL: api.apiUrl,
    PORT: "0",
    ...extra,
  });

  it("stops without TOKEN_ENCRYPTION_KEY, saying how to make one", async () => {
    const app = runMain(oauthEnv({ DATA_FILE: tempDataFile() }));
    expect(await app.exited).toBe(1);
    expect(app.output()).toContain("TOKEN_ENCRYPTION_KEY is missing");
    expect(app.output()).toContain("openssl rand -base64 32");
  });

  it("stops when the key does not open the stored installations, naming the variable and how many, file untouched", async () => {
    const dataFile = tempDataFile();
    const store = await JsonStore.open(dataFile);
    const record = {
      teamId: "T9",
      installation: { team: { id: "T9" }, bot: { token: "xoxb-t9", id: "B9" } },
      updatedAt: "2026-11-01T00:00:00.000Z",
    };
    await store.saveInstallation(
      "T9",
      sealInstallation("T9", record, { current: keyOf(Buffer.alloc(32, 1)) }),
    );
    await store.close();
    const before = readFileSync(dataFile, "utf8");
    const app = runMain(oauthEnv({ DATA_FILE: dataFile, TOKEN_ENCRYPTION_KEY: keyD }));
    expect(await app.exited).toBe(1);
    expect(app.output()).toContain("TOKEN_ENCRYPTION_KEY does not open 1 of the 1 stored installations (T9)");
    expect(app.output()).not.toContain(keyD);
    expect(readFileSync(dataFile, "utf8")).toBe(before);
  });
});
