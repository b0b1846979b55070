import path from "node:path";
import { loadKnowledgeBase } from "../knowledge/base.js";
import { KnowledgeError, knowledgeFolders, loadKnowledge } from "../knowledge/core/loader.js";
import { officialProblems } from "../official/check.js";
import { understanderFor } from "../understanding/understand.js";

/**
 * `npm run knowledge:check`: validates every knowledge file and prints every problem as `file: path: message`.
 * With several folders (`KNOWLEDGE_DIR=knowledge:../company-knowledge`), it checks the layered whole; each
 * problem's file path names its folder.
 */
const dir = process.argv[2] ?? process.env.KNOWLEDGE_DIR ?? "knowledge";
// The imported layer, when there is one, is checked against the committed figures of the curated roles.
const officialDir = process.env.OFFICIAL_DATA_DIR ?? "data/official";
try {
  const kb = loadKnowledgeBase(dir, { officialDir });
  const official = officialProblems(loadKnowledge(dir), dir, officialDir);
  if (official.length > 0) throw new KnowledgeError(official);
  // The language files (intent examples, occupations, skill kinds) are checked with the knowledge.
  understanderFor(kb);
  const folders = knowledgeFolders(dir).map((d) => path.resolve(d));
  console.log(
    `${folders.join(path.delimiter)}: ${kb.knowledge.roles.length} roles, ${kb.sections.length} sections, ${kb.official ? `${kb.official.occupations.length} official occupations (${Object.values(kb.official.manifest.releases).join(", ")})` : "no official figures"}, no problems.`,
  );
} catch (error) {
  if (!(error instanceof KnowledgeError)) throw error;
  for (const problem of error.problems) console.error(problem);
  console.error(`${error.problems.length} problem(s) found.`);
  process.exitCode = 1;
}
