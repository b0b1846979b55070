import type { AppContextChangedEvent } from "@slack/types";

/**
 * The channel each person is looking at, as Slack says with `app_context_changed` (the agent messaging
 * experience), so that a digest question asked in the app's Messages tab ("digest status") is about the
 * channel on screen rather than about the DM. In memory, the most recent few thousand people: it is only
 * ever a convenience, and the next event brings it back.
 */
export class ViewedChannels {
  private readonly byUser = new Map<string, string>();

  constructor(private readonly capacity = 5_000) {}

  /** Remembers the first channel among what the person is viewing; forgets it when they view none. */
  changed(event: Pick<AppContextChangedEvent, "user" | "context">): void {
    const channel = event.context?.entities?.find((e) => e.type === "slack#/types/channel_id")?.value;
    this.byUser.delete(event.user); // re-inserted last, so the oldest is the first forgotten
    if (typeof channel !== "string") return;
    this.byUser.set(event.user, channel);
    if (this.byUser.size > this.capacity) this.byUser.delete(this.byUser.keys().next().value as string);
  }

  channelOf(userId: string): string | undefined {
    return this.byUser.get(userId);
  }
}
