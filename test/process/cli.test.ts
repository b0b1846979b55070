import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/main.js";
import { knowledgeDir } from "../support/knowledge.js";

const bin = path.resolve(import.meta.dirname, "../../bin/career.js");
const career = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: "utf8" });

describe("career CLI", () => {
  it("prints a comparison as plain text and exits 0", () => {
    const r = career("compare", "mle", "swe");
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("Machine Learning Engineer vs Software Engineer");
    expect(r.stdout).toContain("Skills both need: Python, Cloud computing");
    expect(r.stdout).toContain("Median annual wage, software developers (US): $135,980");
  });

  it("answers a quoted question with the fact", () => {
    const r = career("ask", "what does an ML engineer earn in Seattle?");
    expect(r.stdout).toContain("Machine Learning Engineer, Seattle, WA: $173,517 (AiPathly, 2024).");
  });

  it("exits 2 with a usage line when the command is malformed", () => {
    const r = career("compare", "mle");
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("Usage: compare <role> <role> [<role>]");
  });

  it("prints any day's digest", () => {
    const { code, out } = runCli(["digest", "preview", "--date", "2026-12-01"], knowledgeDir);
    expect(code).toBe(0);
    expect(out).toMatch(/^Career digest for 2026-12-01/);
    expect(out).toMatch(/Trend of the day \(\d of 9\)/);
  });

  it("explains that per-user commands live in Slack", () => {
    expect(runCli(["prefs", "set", "level", "senior"], knowledgeDir)).toMatchObject({
      code: 2,
      out: expect.stringContaining("works in Slack only"),
    });
  });

  it("stops with one clear line when the knowledge folder is not there", () => {
    const r = spawnSync(process.execPath, [bin, "roles"], {
      encoding: "utf8",
      env: { ...process.env, KNOWLEDGE_DIR: "/nonexistent/knowledge" },
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("/nonexistent/knowledge: (folder): no such folder: set KNOWLEDGE_DIR");
  });
});
