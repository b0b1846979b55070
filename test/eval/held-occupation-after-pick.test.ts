import path from "node:path";
import { describe, expect, it } from "vitest";
import { ask } from "../../src/advisor/ask.js";
import { type KnowledgeBase, loadKnowledgeBase } from "../../src/knowledge/base.js";
import { ensureOfficialLayer } from "../../src/official/ensure.js";
import { renderText } from "../../src/render/plain-text.js";
import type { ConversationContext } from "../../src/understanding/thread/conversation-state.js";
import { knowledgeDir } from "../support/knowledge.js";

// left4 probe: "im a teacher", "the third one", then "what about sysadmin?" gave a System Administrator's
// duties: the occupation picked among those the title stands for is the one held, and a role weighed next is
// a move from it. Another occupation asked of in between is no longer the one held. The pick needs the
// whole official layer ("teacher" under eleven occupations): imported once from the agencies' files beside
// the repository, as `eval:probe` does, and skipped only where neither the layer nor the files are there.
const officialDir = path.resolve(import.meta.dirname, "../../data/official");
const installed = await ensureOfficialLayer(
  officialDir,
  path.resolve(import.meta.dirname, "../../../shared/data/official"),
);

let cached: KnowledgeBase | undefined;
const withLayer = () => {
  cached ??= loadKnowledgeBase(knowledgeDir, { officialDir });
  return cached;
};

/** A thread's last answer as plain text, on the knowledge with the official layer. */
function said(...messages: string[]): string {
  let context: ConversationContext | undefined;
  let text = "";
  for (const m of messages) {
    const turn = ask(withLayer(), m, context ? { context } : {});
    context = turn.context;
    text = renderText(turn.answer);
  }
  return text;
}

const cases: [string[], string][] = [
  [
    ["im a teacher", "the third one", "what about sysadmin?"],
    "From Elementary School Teachers, Except Special Education to System Administrator",
  ],
  [
    ["im a teacher", "the second one", "how about data analyst"],
    "From Kindergarten Teachers, Except Special Education to Data Analyst",
  ],
  // Another occupation asked of in between is no longer the one held.
  [
    ["im a teacher", "the third one", "what about nurses?", "what about sysadmin?"],
    "What a System Administrator does:",
  ],
];

describe.skipIf(!installed)("an occupation held through a pick of which one", () => {
  it.each(cases)("%j", (messages, shown) => {
    expect(said(...messages)).toContain(shown);
  });

  it("names the occupation held by its code without reading the code out as typed", () => {
    expect(said("im a teacher", "the third one", "what about sysadmin?")).not.toContain("Read “25-2021”");
  });
});
