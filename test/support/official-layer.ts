import path from "node:path";
import { anonymousUser } from "../../src/advisor/answers.js";
import { converse } from "../../src/advisor/converse.js";
import { type KnowledgeBase, loadKnowledgeBase } from "../../src/knowledge/base.js";
import { ensureOfficialLayer } from "../../src/official/ensure.js";
import { renderText } from "../../src/render/plain-text.js";
import { parseCommand } from "../../src/understanding/command-grammar.js";
import type { ConversationContext } from "../../src/understanding/thread/conversation-state.js";
import { knowledgeDir } from "./knowledge.js";

/*
 * Questions whose reading needs the whole official layer (every O*NET title, "teacher" under eleven
 * occupations, "bank teller" as Tellers): the layer is imported once from the agencies' files beside the
 * repository, as `eval:probe` does. `officialLayerInstalled` is false only where neither the layer nor the
 * files are there; tests that need it skip then (in CI they run).
 */
const officialDir = path.resolve(import.meta.dirname, "../../data/official");

export const officialLayerInstalled = await ensureOfficialLayer(
  officialDir,
  path.resolve(import.meta.dirname, "../../../shared/data/official"),
);

let cached: KnowledgeBase | undefined;

/** The real knowledge with the whole official layer, loaded once per test file. */
export function knowledgeWithLayer(): KnowledgeBase {
  cached ??= loadKnowledgeBase(knowledgeDir, { officialDir });
  return cached;
}

/**
 * A thread's last answer as plain text, on the knowledge with the official layer, each message read as Slack
 * reads it (a role typed alone is a command).
 */
export function saidWithLayer(...messages: string[]): string {
  const kb = knowledgeWithLayer();
  let context: ConversationContext | undefined;
  let text = "";
  for (const m of messages) {
    const command = parseCommand(kb, m);
    if (command.kind === "prefs" || command.kind === "digest") throw new Error("not an advisor command");
    const turn = converse(kb, command, context, anonymousUser);
    context = turn.context;
    text = renderText(turn.answer);
  }
  return text;
}
