import path from "node:path";
import { describe, expect, it } from "vitest";
import { anonymousUser } from "../../src/advisor/answers.js";
import { converse } from "../../src/advisor/converse.js";
import { type KnowledgeBase, loadKnowledgeBase } from "../../src/knowledge/base.js";
import { ensureOfficialLayer } from "../../src/official/ensure.js";
import { renderText } from "../../src/render/plain-text.js";
import { parseCommand } from "../../src/understanding/command-grammar.js";
import type { ConversationContext } from "../../src/understanding/thread/conversation-state.js";
import { knowledgeDir } from "../support/knowledge.js";

// askback probe: "im a nurse, should i go for data analyst or it support" sets the two roles beside the
// nurses' figures; "the analyst one" then picked none (an alias of IT Support Specialist is "help desk
// analyst"), and "the first one" gave the nurses' own figures. A reply that picks one of the options is the
// move from the occupation held to it, as the options from a role held offer the move to each. The
// occupation's figures need the whole official layer: imported once from the agencies' files beside the
// repository, as `eval:probe` does, and skipped only where neither the layer nor the files are there.
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

/** A thread's last answer as plain text, each message read as Slack reads it (a role typed alone is a command). */
function said(...messages: string[]): string {
  const kb = withLayer();
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

const options = "im a nurse, should i go for data analyst or it support";

describe.skipIf(!installed)("a reply that picks one of the options weighed from an occupation held", () => {
  it.each(["the analyst one", "the first one", "data analyst", "ok analyst"])(
    "%s: the move to it",
    (reply) => {
      const text = said(options, reply);
      expect(text).toContain("From Registered Nurses to Data Analyst");
      expect(text).toContain("$97,550");
    },
  );

  it("the support one: the move to IT support", () => {
    expect(said(options, "the support one")).toContain("From Registered Nurses to IT Support Specialist");
  });

  it("a pick with a question of its own is asked of the role picked, not of the nurses", () => {
    const text = said(options, "what skills for the first one");
    expect(text).toContain("Skills for a Data Analyst");
    expect(text).not.toContain("Registered Nurses");
  });

  it("after the move, its pay is set against the occupation's, not the other option's", () => {
    expect(said(options, "the analyst one", "does it pay more")).toContain(
      "Pay: Registered Nurses vs Data Analyst",
    );
  });

  it("occupations compared with roles, none held: a pick is the role picked, no move", () => {
    // The sides count in the order named: the nurses first, Data Analyst second.
    const text = said("nurses vs data analysts vs it support", "the second one");
    expect(text).toContain("What a Data Analyst does");
    expect(text).not.toContain("From Registered Nurses");
  });
});
