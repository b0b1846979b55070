import { mkdtempSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import YAML from "yaml";
import { runFeedbackCommand } from "../../../src/cli/feedback.js";
import { runInsightsCommand } from "../../../src/cli/insights.js";
import { JsonStore } from "../../../src/store/file/json-store.js";
import { tempDataFile } from "../../support/app.js";

const now = new Date("2026-12-04T12:00:00Z");

async function storeWithFeedback(): Promise<string> {
  const file = tempDataFile();
  const store = await JsonStore.open(file);
  const click = (value: "positive" | "negative", question?: string) =>
    store.recordFeedback({
      at: "2026-12-03T10:00:00.000Z",
      value,
      kind: "question",
      roles: ["data-science-engineer"],
      knowledge: "0123456789abcdef",
      ...(question ? { question } : {}),
    });
  await click("positive");
  await click("negative", "which certifications help a DSE?");
  await click("negative", "Which certifications help a DSE?");
  await click("negative", "does an mle need a PhD?");
  await store.close();
  return file;
}

describe("career feedback export <file>", () => {
  it("writes each 👎 question once, unlabelled, in the question corpus's format", async () => {
    const file = await storeWithFeedback();
    const out = path.join(mkdtempSync(path.join(os.tmpdir(), "feedback-")), "to-label.yaml");
    const result = await runFeedbackCommand(["export", out], { DATA_FILE: file }, now);
    expect(result).toEqual({
      code: 0,
      out: `Wrote 2 👎 questions to ${out}, unlabelled: set intent, entities and expect for each, then move them into eval/corpus/.`,
    });
    const written = readFileSync(out, "utf8");
    expect(YAML.parse(written)).toEqual([
      { id: "feedback-001", ask: "which certifications help a DSE?" },
      { id: "feedback-002", ask: "does an mle need a PhD?" },
    ]);
    expect(written).toContain("# answered as question (data-science-engineer), knowledge 0123456789abcdef");
  });

  it("says how to use it, and where the store is missing", async () => {
    expect((await runFeedbackCommand([], {}, now)).code).toBe(2);
    expect((await runFeedbackCommand(["export"], {}, now)).out).toContain("career feedback export <file>");
    const missing = await runFeedbackCommand(
      ["export", "x.yaml"],
      { DATA_FILE: "/nonexistent/db.json" },
      now,
    );
    expect(missing).toEqual({
      code: 1,
      out: "No store at /nonexistent/db.json (set DATA_FILE or DATABASE_URL): no feedback to export.",
    });
    const file = await storeWithFeedback();
    const unwritable = await runFeedbackCommand(
      ["export", "/nonexistent/dir/x.yaml"],
      { DATA_FILE: file },
      now,
    );
    expect(unwritable.code).toBe(1);
    expect(unwritable.out).toContain("Could not write /nonexistent/dir/x.yaml");
  });

  it("shows in `career insights` as the 👎 share per kind and the latest 👎 questions", async () => {
    const file = await storeWithFeedback();
    const { code, out } = await runInsightsCommand({ DATA_FILE: file }, now);
    expect(code).toBe(0);
    expect(out).toContain("👍 / 👎 on answers (4 in all)");
    expect(out).toContain("question: 75% 👎 of 4");
    expect(out).toContain("does an mle need a PhD? (question, 2026-12-03)");
  });
});
