import { describe, expect, it } from "vitest";
import { anonymousUser } from "../../../src/advisor/answers.js";
import { converse } from "../../../src/advisor/converse.js";
import { conversationSchema } from "../../../src/store/records.js";
import { parseCommand } from "../../../src/understanding/command-grammar.js";
import type { ConversationContext } from "../../../src/understanding/thread/conversation-state.js";
import { realKnowledge } from "../../support/knowledge.js";

describe("a thread's context as the stores keep it", () => {
  it("keeps every key of the context: a key the schema lacks is dropped when the thread is saved", () => {
    // Required<…> makes this list every key of ConversationContext, so a key added there fails tsc here
    // until it is added, and then this test until the schema keeps it.
    const context: Required<ConversationContext> = {
      roles: ["qa-engineer"],
      level: "senior",
      unlistedLevel: "principal",
      companyLevel: "L5",
      place: "seattle",
      unlistedPlace: "Washington, DC",
      placeBefore: "texas",
      company: "google",
      companiesBefore: ["amazon", "meta"],
      companiesBeside: 1,
      employersNamed: ["netflix", "amazon", "google"],
      earlier: "devops-engineer",
      inTurn: ["devops-engineer", "qa-engineer"],
      recent: ["data-analyst", "devops-engineer", "qa-engineer"],
      occupation: "15-1299",
      besideOccupation: "15-1244",
      earlierOccupation: "47-2111",
      intent: "salary",
      perHour: true,
      offered: ["site-reliability-engineer"],
      shown: ["qa-engineer", "devops-engineer"],
      checked: ["Apache Spark"],
      rankedBy: "pay",
      byPay: ["devops-engineer", "qa-engineer"],
      uncovered: "Platform Engineers",
      leaving: "qa-engineer",
      held: "qa-engineer",
      heldOccupation: "nurse",
      payStated: { amount: 25, upTo: 30, per: "hour", base: false },
    };
    const record = { ...context, updatedAt: "2026-11-22T10:00:00.000Z" };
    expect(conversationSchema.parse(record)).toEqual(record);
  });
});

describe("a long thread's context fits what the stores keep", () => {
  // One role's pay asked at six employers in turn: the employers kept before the last stay within what the
  // schema takes, or the thread could not be saved (and a JSON file holding it would not open).
  it("keeps at most three employers before the one asked now", () => {
    const kb = realKnowledge();
    let context: ConversationContext | undefined;
    for (const m of [
      "mle pay at meta",
      "and amazon?",
      "and google?",
      "and microsoft?",
      "and apple?",
      "and netflix?",
    ]) {
      const command = parseCommand(kb, m);
      if (command.kind === "prefs" || command.kind === "digest") throw new Error("not an advisor command");
      context = converse(kb, command, context, anonymousUser).context;
      const record = { ...context, updatedAt: "2026-12-06T05:00:00.000Z" };
      expect(conversationSchema.safeParse(record).success).toBe(true);
    }
    expect(context?.companiesBefore?.length).toBe(3);
  });
});
