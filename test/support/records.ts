import type { ConversationRecord, Subscription } from "../../src/store/records.js";

/** A digest subscription of C1 at 09:00 UTC by U1, made on 1 November 2026; `fields` on top. */
export const subscription = (fields: Partial<Subscription> = {}): Subscription => ({
  channelId: "C1",
  time: "09:00",
  zone: "UTC",
  subscribedBy: "U1",
  createdAt: "2026-11-01T00:00:00.000Z",
  ...fields,
});

/** A thread's context: a salary question about a software engineer in Seattle, at 10:00 on 22 November 2026. */
export const threadContext = (fields: Partial<ConversationRecord> = {}): ConversationRecord => ({
  roles: ["software-engineer"],
  place: "seattle",
  intent: "salary",
  updatedAt: "2026-11-22T10:00:00.000Z",
  ...fields,
});
