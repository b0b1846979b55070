import path from "node:path";
import { fileURLToPath } from "node:url";
import { advise } from "./advisor/advise.js";
import { digestFor } from "./advisor/digest.js";
import { anonymousUser } from "./advisor/types.js";
import { loadKnowledgeBase } from "./knowledge/base.js";
import { KnowledgeError } from "./knowledge/loader.js";
import { parseCommand } from "./parser.js";
import { renderText } from "./render/text.js";

const packageRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

export interface CliResult {
  code: number;
  out: string;
}

/** Runs one CLI invocation: the same grammar as /career, answered as plain text. */
export function runCli(args: string[], knowledgeDir: string, today = new Date()): CliResult {
  const kb = loadKnowledgeBase(knowledgeDir);
  const command = parseCommand(kb, args.join(" "));
  if (command.kind === "usage") return { code: 2, out: renderText(advise(kb, command, anonymousUser)) };
  if (command.kind === "prefs" || (command.kind === "digest" && command.action !== "preview"))
    return {
      code: 2,
      out: `\`${command.kind}\` keeps settings per Slack user or channel, so it works in Slack only.\nUsage here: career digest preview [--date YYYY-MM-DD]`,
    };
  if (command.kind === "digest")
    return { code: 0, out: renderText(digestFor(kb, command.date ?? today.toISOString().slice(0, 10))) };
  return { code: 0, out: renderText(advise(kb, command, anonymousUser)) };
}

export function main(argv: string[]): number {
  const knowledgeDir = process.env.KNOWLEDGE_DIR ?? path.join(packageRoot, "knowledge");
  try {
    const { code, out } = runCli(argv, knowledgeDir);
    (code === 0 ? process.stdout : process.stderr).write(`${out}\n`);
    return code;
  } catch (error) {
    if (error instanceof KnowledgeError) {
      process.stderr.write(
        `${error.message}\nFix the files named above (see knowledge/README.md), then run again.\n`,
      );
      return 1;
    }
    throw error;
  }
}
