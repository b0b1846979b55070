import type { Subscription } from "../../src/store/schema.js";

/** A digest subscription of C1 at 09:00 UTC by U1, made on 1 November 2026; `fields` on top. */
export const subscription = (fields: Partial<Subscription> = {}): Subscription => ({
  channelId: "C1",
  time: "09:00",
  zone: "UTC",
  subscribedBy: "U1",
  createdAt: "2026-11-01T00:00:00.000Z",
  ...fields,
});
