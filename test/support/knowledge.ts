import { cpSync, mkdtempSync } from "node:fs";
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
