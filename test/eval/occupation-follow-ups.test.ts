import path from "node:path";
import { describe, expect, it } from "vitest";
import { ask } from "../../src/advisor/ask.js";
import { type KnowledgeBase, loadKnowledgeBase } from "../../src/knowledge/base.js";
import { ensureOfficialLayer } from "../../src/official/ensure.js";
import { renderText } from "../../src/render/plain-text.js";
import type { ConversationContext } from "../../src/understanding/thread/conversation-state.js";
import { knowledgeDir } from "../support/knowledge.js";

// r46 probe: a follow-up about the occupation a thread is on leads with what it asks, not the whole answer
// again led by pay; after the occupation held set beside the role a move leads to, follow-ups are the role's;
// "the it one" after IT set against a role is the field's side. Occupations beyond the curated roles' need
// the whole official layer: imported once from the agencies' files beside the repository, as `eval:probe`
// does, and skipped only where neither is there. Figures are read from the layer.
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
const outlook = (soc: string) => withLayer().official?.bySoc.get(soc)?.outlook;

/** A thread's last answer as plain text, on the knowledge with the official layer. */
function lastAnswerText(...messages: string[]): string {
  let context: ConversationContext | undefined;
  let text = "";
  for (const m of messages) {
    const turn = ask(withLayer(), m, context ? { context } : {});
    context = turn.context;
    text = renderText(turn.answer);
  }
  return text;
}

describe.skipIf(!installed)("a follow-up about an occupation", () => {
  it("leads 'growing or shrinking?' after a pharmacist's pay with its projected change and openings", () => {
    const answer = lastAnswerText("pharmacist salary", "growing or shrinking?");
    const lines = answer.split("\n");
    const lead = lines.findIndex((l) => l.startsWith("Growing, by BLS Employment Projections"));
    expect(lead).toBeGreaterThan(-1);
    expect(lead).toBeLessThan(lines.findIndex((l) => l.startsWith("Pay (base pay only)")));
    expect(lines[lead]).toContain(`${outlook("29-1051")?.changePercent}%`);
    expect(lines[lead]).toContain("openings projected each year");
  });

  it("says a declining occupation declines", () => {
    const answer = lastAnswerText("cashier pay", "is it shrinking?");
    expect(answer).toContain("Declining, by BLS Employment Projections");
  });

  it("answers what people do before becoming one with the way in, saying no source maps its path", () => {
    const answer = lastAnswerText(
      "it manager salary chicago",
      "is that field growing",
      "what do ppl usually do before becoming one",
    );
    expect(answer).toContain(
      "No source here maps a career path for Computer and Information Systems Managers",
    );
    expect(answer).toContain(
      `work experience in a related occupation, ${outlook("11-3021")?.experience?.toLowerCase()}`,
    );
  });
});

describe.skipIf(!installed)("follow-ups after the occupation held set beside a role", () => {
  it("answers the ladder and the degree of Front-End Developer, not the barista's occupation again", () => {
    const opening = "barista rn, self taught html/css/js. whats a junior frontend dev make vs what im making";
    const ladder = lastAnswerText(opening, "ok whats the ladder after junior");
    expect(ladder).toContain("Career path for a Front-End Developer");
    expect(ladder).not.toContain("Fast Food and Counter Workers");
    const degree = lastAnswerText(
      opening,
      "ok whats the ladder after junior",
      "do i need a cs degree for it or nah",
    );
    expect(degree).toContain("Education for a Front-End Developer");
    expect(degree).not.toContain("Fast Food and Counter Workers");
  });
});

describe.skipIf(!installed)("the IT side of IT set against a role, picked", () => {
  it("answers the certifications of the usual way into IT, saying so, not the software engineer's", () => {
    const answer = lastAnswerText(
      "whats the difference between working in IT and being a software engineer? pay wise",
      "which has more openings",
      "the it one — what certs matter",
    );
    expect(answer).toContain("IT support is the usual way into IT");
    expect(answer).not.toContain("Software Engineer");
  });
});
