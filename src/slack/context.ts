import type { Logger } from "@slack/bolt";
import type { WebClient } from "@slack/web-api";
import type { RoleRef } from "../advisor/types.js";
import { notice } from "../advisor/views.js";
import { type Asker, type Assistant, type Reply, reply } from "../assistant.js";
import { homeView } from "./blocks/home.js";
import { unescapeSlack } from "./blocks/kit.js";
import { renderMessage, type SlackMessage } from "./blocks/render.js";

/** What every listener needs. */
export interface SlackContext {
  assistant: Assistant;
  roles: RoleRef[];
  logger: Logger;
  home: HomeRefresher;
}

/**
 * Answers text that came from Slack. Slack escapes &, < and > in what it sends (and so do our button
 * values), so the text is decoded once here; the renderers escape everything again on the way out.
 */
export function replyToSlack(
  ctx: SlackContext,
  slackText: string,
  who: Asker,
): Promise<Reply & { text: string }> {
  const text = unescapeSlack(slackText);
  return reply(ctx.assistant, text, who).then((r) => ({ ...r, text }));
}

/** The friendly answer when something on our side failed; the details go to the log. */
export function failureMessage(error: unknown): SlackMessage {
  const saving = (error as NodeJS.ErrnoException).code;
  const line =
    saving === "ENOSPC" || saving === "EROFS" || saving === "EACCES"
      ? "I could not save that just now (the bot's storage is not writable). Nothing you had saved before is lost; please try again later."
      : "Something went wrong on my side while answering. Please try again in a moment.";
  return renderMessage(notice("Sorry", [line], "warning"));
}

export async function refreshHome(ctx: SlackContext, client: WebClient, userId: string): Promise<void> {
  try {
    await client.views.publish({
      user_id: userId,
      view: homeView(ctx.assistant.kb, ctx.assistant.store.user(userId)),
    });
  } catch (error) {
    ctx.logger.warn(`views.publish failed for ${userId}: ${(error as Error).message}`);
  }
}

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
