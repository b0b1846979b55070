import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { composeDigest } from "../../../src/digest/compose.js";
import { loadKnowledgeBase } from "../../../src/knowledge/base.js";
import { fingerprintOf } from "../../../src/knowledge/fingerprint.js";
import { renderText } from "../../../src/render/plain-text.js";
import { JsonStore } from "../../../src/store/file/json-store.js";
import { tempDataFile } from "../../support/app.js";
import { copyOfKnowledge, realKnowledge } from "../../support/knowledge.js";
import { subscription } from "../../support/records.js";

describe("what changed in the knowledge since a channel's last digest", () => {
  it("names a new role and a changed figure, with sources, once", async () => {
    const before = realKnowledge();
    const dir = copyOfKnowledge();
    const mle = path.join(dir, "roles", "machine-learning-engineer.yaml");
    writeFileSync(mle, readFileSync(mle, "utf8").replace("value: 173517", "value: 180000"));
    const fsd = readFileSync(path.join(dir, "roles", "full-stack-developer.yaml"), "utf8");
    writeFileSync(
      path.join(dir, "roles", "web-performance-engineer.yaml"),
      fsd
        .replace("id: full-stack-developer", "id: web-performance-engineer")
        .replace("name: Full Stack Developer", "name: Web Performance Engineer")
        .replace(/aliases:[\s\S]*?\]/, "aliases: [web performance engineer]"),
    );
    const after = loadKnowledgeBase(dir);
    const store = await JsonStore.open(tempDataFile());
    const old = fingerprintOf(before);
    await store.saveKnowledgeVersion(old);
    await store.saveSubscription(subscription({ knowledgeVersion: old.version }));
    const now = fingerprintOf(after);
    const digest = await composeDigest(
      { kb: after, store, clock: () => new Date("2026-12-01T09:00:00Z"), fingerprint: now },
      "C1",
      "2026-12-01",
    );
    const text = renderText(digest);
    expect(text).toContain("New in the knowledge since the last digest:");
    expect(text).toContain("New role: Web Performance Engineer (AiPathly, 2024)");
    expect(text).toContain(
      "Machine Learning Engineer: Average salary, Seattle, WA: $180,000 (AiPathly, 2024)",
    );
    expect(text).not.toContain("$173,517");
    // Once the channel has seen today's knowledge, nothing is new.
    const saved = await store.subscription("C1");
    if (!saved) throw new Error("the channel's subscription is missing");
    await store.saveSubscription({ ...saved, knowledgeVersion: now.version });
    const next = await composeDigest(
      { kb: after, store, clock: () => new Date("2026-12-02T09:00:00Z"), fingerprint: now },
      "C1",
      "2026-12-02",
    );
    expect(next.changes).toBeUndefined();
  });

  it("leaves the section out when nothing changed, and a digest is never empty", async () => {
    const kb = realKnowledge();
    const store = await JsonStore.open(tempDataFile());
    const digest = await composeDigest(
      { kb, store, clock: () => new Date(), fingerprint: fingerprintOf(kb) },
      "C2",
      "2026-12-01",
    );
    expect(digest.changes).toBeUndefined();
    expect(digest.thisWeek).toBeUndefined();
    expect(renderText(digest)).toContain("Trend of the day");
  });
});
