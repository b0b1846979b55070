/**
 * `npm run eval:probe -- <file>`: answers every message of a probe file the way a Slack thread would, and
 * prints each answer's first lines, so a new set of questions can be tried before any is labelled. In the
 * file, one message per line; a line `--` starts a new thread; `#` lines are comments.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { anonymousUser } from "../src/advisor/answers.js";
import { converse } from "../src/advisor/converse.js";
import { loadKnowledgeBase } from "../src/knowledge/base.js";
import { ensureOfficialLayer } from "../src/official/ensure.js";
import { renderText } from "../src/render/plain-text.js";
import { parseCommand } from "../src/understanding/command-grammar.js";
import type { ConversationContext } from "../src/understanding/thread/conversation-state.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const officialDir = process.env.OFFICIAL_DATA_DIR ?? path.join(root, "data", "official");
await ensureOfficialLayer(officialDir, path.join(root, "..", "shared", "data", "official"));
const kb = loadKnowledgeBase(path.join(root, "knowledge"), { officialDir });

const [file, linesArg] = process.argv.slice(2);
if (!file) {
  console.error("usage: npm run eval:probe -- <file> [lines per answer, default 6]");
  process.exit(2);
}
const linesShown = Number(linesArg ?? 6);
let context: ConversationContext | undefined;
for (const line of readFileSync(file, "utf8").split("\n")) {
  const message = line.trim();
  if (!message || message.startsWith("#")) continue;
  if (message === "--") {
    context = undefined;
    console.log("----");
    continue;
  }
  const command = parseCommand(kb, message);
  const usable =
    command.kind === "prefs" || command.kind === "digest"
      ? ({ kind: "ask", question: message } as const)
      : command;
  const result = converse(kb, usable, context, anonymousUser);
  context = result.context;
  const u = result.understanding;
  const e = u?.entities;
  const read = u
    ? [
        u.intent,
        ...(e?.roles ?? []).map((r) => r.id),
        e?.to ? `to ${e.to.id}` : "",
        ...(e?.uncovered ?? []).map((o) => `occupation "${o.typed}" ${(o.official ?? []).join("/")}`),
        e?.unknownTitle ? `title "${e.unknownTitle}"` : "",
        e?.place ?? "",
        e?.company ?? "",
      ]
        .filter(Boolean)
        .join(" ")
    : command.kind;
  console.log(`> ${message}\n  [${result.answer.kind}; ${read}]`);
  for (const l of renderText(result.answer).split("\n").filter(Boolean).slice(0, linesShown))
    console.log(`  ${l}`);
}
