import type { WebClient } from "@slack/web-api";

/**
 * Republishes App Home after a user's changes, once per short window: ticking five boxes in a row sends
 * one `views.publish` with the latest state, not five. `flush` publishes whatever is still waiting.
 */
export class HomeRefresher {
  private readonly waiting = new Map<string, { timer: NodeJS.Timeout; client: WebClient }>();

  constructor(
    private readonly publish: (client: WebClient, userId: string) => Promise<void>,
    private readonly delayMs = 500,
  ) {}

  schedule(client: WebClient, userId: string): void {
    if (this.waiting.has(userId)) return;
    const timer = setTimeout(() => {
      this.waiting.delete(userId);
      void this.publish(client, userId);
    }, this.delayMs);
    this.waiting.set(userId, { timer, client });
  }

  async flush(): Promise<void> {
    const due = [...this.waiting.entries()];
    this.waiting.clear();
    await Promise.all(
      due.map(([userId, { timer, client }]) => {
        clearTimeout(timer);
        return this.publish(client, userId);
      }),
    );
  }
}
