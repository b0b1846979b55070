import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { companyFolder, copyOfKnowledge, internalRole, knowledgeDir } from "../support/knowledge.js";
import { repoRoot } from "../support/paths.js";

/** `npm run knowledge:check` (src/cli/knowledge-check.ts in a process of its own) on the given folders. */
const knowledgeCheck = (folders: string) =>
  spawnSync("npx", ["tsx", "src/cli/knowledge-check.ts", folders], { cwd: repoRoot, encoding: "utf8" });

describe("npm run knowledge:check", () => {
  it("prints each problem and exits 1", () => {
    const dir = copyOfKnowledge();
    const file = path.join(dir, "roles", "software-engineer.yaml");
    writeFileSync(file, readFileSync(file, "utf8").replace("id: software-engineer", "id: Software Engineer"));
    const { status, stderr } = knowledgeCheck(dir);
    expect(status).toBe(1);
    expect(stderr).toContain(`${file}: id: must be lower-case words joined by '-'`);
  });

  it("checks the layered whole and names the later folder's file", () => {
    const company = companyFolder({ "roles/acme-c.yaml": internalRole("acme-c") });
    const { stderr } = knowledgeCheck(`${knowledgeDir}${path.delimiter}${company}`);
    expect(stderr).toContain(
      `${path.join(company, "roles", "acme-c.yaml")}: sources.0: source "acme-bands" is not in sources.yaml`,
    );
  });
});
