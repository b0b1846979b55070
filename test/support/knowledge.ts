import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { type KnowledgeBase, loadKnowledgeBase } from "../../src/knowledge/base.js";

export const knowledgeDir = path.resolve(import.meta.dirname, "../../knowledge");

let cached: KnowledgeBase | undefined;

/** The real knowledge base, loaded once per test file. */
export function realKnowledge(): KnowledgeBase {
  cached ??= loadKnowledgeBase(knowledgeDir);
  return cached;
}

/** A writable copy of the knowledge folder, for tests that break a file. */
export function copyOfKnowledge(): string {
  const dir = path.join(mkdtempSync(path.join(os.tmpdir(), "career-knowledge-")), "knowledge");
  cpSync(knowledgeDir, dir, { recursive: true });
  return dir;
}

/** A later knowledge folder (a company's), written into a temporary folder. */
export function companyFolder(files: Record<string, string>): string {
  const dir = path.join(mkdtempSync(path.join(os.tmpdir(), "career-company-")), "company");
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

/** A role file of a company folder, citing its pay bands (`acme-bands`). */
export const internalRole = (id: string, extra = "") => `id: ${id}
name: Internal ${id}
aliases: [${id.replaceAll("-", " ")}]
summary: An internal role.
sources: [acme-bands]
responsibilities: [Do the work.]
skills: { technical: [Go] }
${extra}`;
