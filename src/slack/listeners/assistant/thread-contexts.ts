import type {
  AllMiddlewareArgs,
  AssistantConfig,
  AssistantThreadContextChangedMiddleware,
} from "@slack/bolt";
import type { WebClient } from "@slack/web-api";
import type { SlackMessage } from "../../blocks/message.js";

type ThreadContextStore = NonNullable<AssistantConfig["threadContextStore"]>;
type AssistantArgs = Parameters<ThreadContextStore["get"]>[0];
/** What Slack says the person is viewing: a channel (and its team). */
export type ThreadContext = Awaited<ReturnType<ThreadContextStore["get"]>>;

type ContextChangedArgs = Parameters<AssistantThreadContextChangedMiddleware>[0];

/** Bolt's metadata event type for a thread's context, kept so Bolt's own store could read ours. */
const contextEventType = "assistant_thread_context";

export const threadKey = (channel: string, threadTs: string) => `${channel}:${threadTs}`;

/** The channel and thread an assistant event belongs to. */
function threadOf(payload: AssistantArgs["payload"]): { channel: string; threadTs: string } | undefined {
  const p = payload as {
    assistant_thread?: { channel_id?: string; thread_ts?: string };
    channel?: string;
    thread_ts?: string;
  };
  const channel = p.assistant_thread?.channel_id ?? p.channel;
  const threadTs = p.assistant_thread?.thread_ts ?? p.thread_ts;
  return channel && threadTs ? { channel, threadTs } : undefined;
}

function contextOf(payload: AssistantArgs["payload"]): ThreadContext {
  return (payload as { assistant_thread?: { context?: ThreadContext } }).assistant_thread?.context ?? {};
}

/** Message metadata takes no nulls (Slack sends `enterprise_id: null` outside Enterprise Grid). */
function metadataPayload(context: ThreadContext): Record<string, string> {
  return Object.fromEntries(
    Object.entries(context).filter((e): e is [string, string] => typeof e[1] === "string"),
  );
}

/**
 * Remembers, per thread, the channel the person is viewing. Bolt's default store keeps one context per
 * Assistant (the last one saved, whatever the thread), so with two people the second would get the
 * first one's channel; and the project's Store keeps conversation records of a fixed schema. So the
 * context is kept here per thread in memory, with Slack as the durable copy: the greeting carries it as
 * message metadata (as Bolt does), and is updated when it changes, so after a restart it is read back
 * from the thread once.
 */
export class ThreadContexts implements ThreadContextStore {
  /** Per thread: the context, and the ts of the greeting that carries it (once posted, or being posted). */
  private readonly threads = new Map<
    string,
    { context: ThreadContext; greeting?: Promise<string | undefined> }
  >();

  constructor(
    private readonly greeting: () => SlackMessage,
    private readonly warn: (message: string) => void,
    private readonly capacity = 10_000,
  ) {}

  /** Records a thread's context (and the greeting that carries it, if given) without asking Slack. */
  remember(key: string, context: ThreadContext, greeting?: Promise<string | undefined>): void {
    const known = this.threads.get(key)?.greeting;
    this.threads.delete(key); // re-inserted last, so the oldest thread is the first forgotten
    const ts = greeting ?? known;
    this.threads.set(key, ts ? { context, greeting: ts } : { context });
    if (this.threads.size > this.capacity) this.threads.delete(this.threads.keys().next().value as string);
  }

  /** The greeting that carries a thread's context, once Slack has its ts. */
  greeted(key: string, ts: Promise<string | undefined>): void {
    const known = this.threads.get(key);
    if (known) known.greeting = ts;
    else this.remember(key, {}, ts);
  }

  async get(args: AssistantArgs): Promise<ThreadContext> {
    const thread = threadOf(args.payload);
    if (!thread) return {};
    const key = threadKey(thread.channel, thread.threadTs);
    const known = this.threads.get(key);
    if (known) return known.context;
    const found = await this.findGreeting(args.client, thread, args.context.botUserId);
    this.remember(key, found?.context ?? {}, found ? Promise.resolve(found.ts) : undefined);
    return found?.context ?? {};
  }

  async save(args: AssistantArgs): Promise<void> {
    const thread = threadOf(args.payload);
    if (!thread) return;
    const key = threadKey(thread.channel, thread.threadTs);
    const context = contextOf(args.payload);
    const pending = this.threads.get(key)?.greeting;
    this.remember(key, context);
    // A change right after the thread started waits for the greeting being posted rather than missing it.
    const greetingTs =
      (await pending) ?? (await this.findGreeting(args.client, thread, args.context.botUserId))?.ts;
    if (!greetingTs) return;
    this.greeted(key, Promise.resolve(greetingTs));
    try {
      await args.client.chat.update({
        channel: thread.channel,
        ts: greetingTs,
        ...this.greeting(),
        metadata: { event_type: contextEventType, event_payload: metadataPayload(context) },
      });
    } catch (error) {
      this.warn(`keeping the viewed channel in ${key} failed: ${(error as Error).message}`);
    }
  }

  /** Our first message in the thread (the greeting) and the context its metadata holds. */
  private async findGreeting(
    client: WebClient,
    thread: { channel: string; threadTs: string },
    botUserId: string | undefined,
  ): Promise<{ ts: string; context: ThreadContext } | undefined> {
    try {
      const { messages = [] } = await client.conversations.replies({
        channel: thread.channel,
        ts: thread.threadTs,
        oldest: thread.threadTs,
        include_all_metadata: true,
        limit: 4,
      });
      const ours = messages.find((m) => m.user === botUserId && !("subtype" in m) && m.ts);
      if (!ours?.ts) return undefined;
      const payload =
        ours.metadata?.event_type === contextEventType ? ours.metadata.event_payload : undefined;
      return { ts: ours.ts, context: (payload ?? {}) as ThreadContext };
    } catch (error) {
      this.warn(
        `reading the context of thread ${threadKey(thread.channel, thread.threadTs)} failed: ${(error as Error).message}`,
      );
      return undefined;
    }
  }
}

/** The person looked at another channel: remembered for the thread. */
export function threadContextChanged() {
  return async ({ saveThreadContext }: ContextChangedArgs & AllMiddlewareArgs) => {
    await saveThreadContext();
  };
}
