import path from "node:path";
import { loadKnowledgeBase } from "./knowledge/base.js";
import { KnowledgeError } from "./knowledge/loader.js";

/** `npm run knowledge:check`: validates every knowledge file and prints every problem as `file: path: message`. */
const dir = process.argv[2] ?? process.env.KNOWLEDGE_DIR ?? "knowledge";
try {
  const kb = loadKnowledgeBase(dir);
  console.log(
    `${path.resolve(dir)}: ${kb.knowledge.roles.length} roles, ${kb.sections.length} sections, no problems.`,
  );
} catch (error) {
  if (!(error instanceof KnowledgeError)) throw error;
  for (const problem of error.problems) console.error(problem);
  console.error(`${error.problems.length} problem(s) found.`);
  process.exitCode = 1;
}
