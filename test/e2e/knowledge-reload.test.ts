import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { useTestApp } from "../support/app.js";
import { copyOfKnowledge } from "../support/knowledge.js";
import { mention } from "../support/signed.js";

/** The knowledge folder edited while the app runs: a valid edit is swapped in, a broken one refused. */
const dir = copyOfKnowledge();
const app = useTestApp({ knowledgeDir: dir });
const api = app.api;
let ts = 100;

const version = async () =>
  ((await (await fetch(`http://127.0.0.1:${app.port}/healthz`)).json()) as { knowledge: string }).knowledge;

async function ask(words: string): Promise<string> {
  api.clear();
  await mention(app.port, `${words}`, { ts: `${++ts}.0` });
  const [post] = await api.waitFor("chat.postMessage");
  return JSON.stringify(post?.body);
}

async function until(check: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe("knowledge reloads without a restart", () => {
  const mle = () => path.join(dir, "roles", "machine-learning-engineer.yaml");

  it("swaps in a valid edit within a few seconds, and /healthz reports the new version", async () => {
    expect(await ask("what does an ml engineer earn in seattle")).toContain("$173,517");
    const before = await version();
    writeFileSync(mle(), readFileSync(mle(), "utf8").replace("value: 173517", "value: 181000"));
    await until(async () => (await version()) !== before);
    expect(await ask("what does an ml engineer earn in seattle")).toContain("$181,000");
  });

  it("refuses a broken edit, logs the problem naming file and field, and keeps serving the last good knowledge", async () => {
    const good = await version();
    writeFileSync(mle(), readFileSync(mle(), "utf8").replace(/^name: .*$/m, "name: 42"));
    await until(async () => app.logs.some((l) => l.includes("knowledge change refused")));
    expect(app.logs.join("\n")).toMatch(/machine-learning-engineer\.yaml: name: /);
    expect(await version()).toBe(good);
    expect(await ask("what does an ml engineer earn in seattle")).toContain("$181,000");
  });
});
