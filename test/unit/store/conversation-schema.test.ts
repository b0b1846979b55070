import { describe, expect, it } from "vitest";
import { conversationSchema } from "../../../src/store/records.js";
import type { ConversationContext } from "../../../src/understanding/thread/conversation-state.js";

describe("a thread's context as the stores keep it", () => {
  it("keeps every key of the context: a key the schema lacks is dropped when the thread is saved", () => {
    // Required<…> makes this list every key of ConversationContext, so a key added there fails tsc here
    // until it is added, and then this test until the schema keeps it.
    const context: Required<ConversationContext> = {
      roles: ["qa-engineer"],
      level: "senior",
      unlistedLevel: "principal",
      place: "seattle",
      unlistedPlace: "Washington, DC",
      company: "google",
      companiesBefore: ["amazon", "meta"],
      earlier: "devops-engineer",
      inTurn: ["devops-engineer", "qa-engineer"],
      recent: ["data-analyst", "devops-engineer", "qa-engineer"],
      occupation: "15-1299",
      besideOccupation: "15-1244",
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
    };
    const record = { ...context, updatedAt: "2026-11-22T10:00:00.000Z" };
    expect(conversationSchema.parse(record)).toEqual(record);
  });
});
