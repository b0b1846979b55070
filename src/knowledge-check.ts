import path from "node:path";
import { loadKnowledgeBase } from "./knowledge/base.js";
import { KnowledgeError, knowledgeFolders } from "./knowledge/loader.js";
import { understanderFor } from "./understanding/understand.js";

/**
 * `npm run knowledge:check`: validates every knowledge file and prints every problem as `file: path: message`.
 * With several folders (`KNOWLEDGE_DIR=knowledge:../company-knowledge`), it checks the layered whole; each
 * problem's file path names its folder.
 */
const dir = process.argv[2] ?? process.env.KNOWLEDGE_DIR ?? "knowledge";
try {
  const kb = loadKnowledgeBase(dir);
  // The language files (intent examples, occupations, skill kinds) are checked with the knowledge.
  understanderFor(kb);
  const folders = knowledgeFolders(dir).map((d) => path.resolve(d));
  console.log(
    `${folders.join(path.delimiter)}: ${kb.knowledge.roles.length} roles, ${kb.sections.length} sections, no problems.`,
  );
} catch (error) {
  if (!(error instanceof KnowledgeError)) throw error;
  for (const problem of error.problems) console.error(problem);
  console.error(`${error.problems.length} problem(s) found.`);
  process.exitCode = 1;
}
