import type { AllMiddlewareArgs, AnyMiddlewareArgs, Logger } from "@slack/bolt";
import type { Store } from "../../store/store.js";

/**
 * An event Slack sends again (`X-Slack-Retry-Num`) after it was handled is not answered twice. The event ids
 * are kept in the store, so that a retry Slack sends to another instance is recognised there too. The
 * requests that go on are tracked, so that stopping can wait for them.
 */
export function duplicateEvents(store: Store, clock: () => Date, logger: Logger) {
  const inFlight = new Set<Promise<unknown>>();
  return {
    middleware: async ({ body, next }: AnyMiddlewareArgs & AllMiddlewareArgs): Promise<void> => {
      const eventId = (body as { event_id?: string }).event_id;
      // If the store cannot tell, the event is answered: a rare double answer beats a lost one.
      if (eventId && !(await store.firstDelivery(eventId, clock()).catch(() => true))) {
        logger.debug(`skipping event ${eventId}: already handled`);
        return;
      }
      const work = next();
      inFlight.add(work);
      try {
        await work;
      } finally {
        inFlight.delete(work);
      }
    },
    /** Resolves once the requests that went on have been handled. */
    async idle(): Promise<void> {
      await Promise.allSettled([...inFlight]);
    },
  };
}
