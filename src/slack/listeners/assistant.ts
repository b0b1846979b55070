import {
  type AllMiddlewareArgs,
  type App,
  Assistant,
  type AssistantConfig,
  type AssistantThreadContextChangedMiddleware,
  type AssistantThreadStartedMiddleware,
  type AssistantUserMessageMiddleware,
} from "@slack/bolt";
import type { WebClient } from "@slack/web-api";
import { notice } from "../../advisor/answer-parts.js";
import type { KnowledgeBase } from "../../knowledge/base.js";
import type { UserRecord } from "../../store/records.js";
import { stripSlackMarkup } from "../../understanding/slack-text.js";
import { clip, esc } from "../blocks/kit.js";
import { renderMessage, type SlackMessage } from "../blocks/render.js";
import { conversationMessage, failureMessage, replyToSlack, type SlackContext } from "../context.js";
import { WorkingStatus } from "../status.js";

/*
 * Slack's assistant container (the split view, `assistant_view`: the legacy path, kept for apps whose
 * manifest still has it): a thread per conversation, started by Slack with `assistant_thread_started`, told
 * which channel the person is looking at with `assistant_thread_context_changed`, and fed the person's
 * messages as `message.im` events in the thread. Bolt's Assistant takes every message in a DM thread, so
 * under the agent messaging experience (`agent_view`) follow-ups in the thread of a DM's answer come here
 * too, and are answered the same way.
 */

type ThreadContextStore = NonNullable<AssistantConfig["threadContextStore"]>;
type AssistantArgs = Parameters<ThreadContextStore["get"]>[0];
/** What Slack says the person is viewing: a channel (and its team). */
export type ThreadContext = Awaited<ReturnType<ThreadContextStore["get"]>>;
type StartedArgs = Parameters<AssistantThreadStartedMiddleware>[0];
type ContextChangedArgs = Parameters<AssistantThreadContextChangedMiddleware>[0];
type UserMessageArgs = Parameters<AssistantUserMessageMiddleware>[0];

export { lookingUp } from "../status.js";

/** Bolt's metadata event type for a thread's context, kept so Bolt's own store could read ours. */
const contextEventType = "assistant_thread_context";
const titleLength = 60;

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

export function greeting(): SlackMessage {
  return renderMessage(
    notice(
      "Hi! I'm Career Advisor",
      [
        "Ask me about tech careers: what a role does, how two roles differ, pay by level and city, the skills to learn next and where the market is going. Every figure comes with its source and date.",
        "Ask a follow-up in this thread and I'll keep its roles, level and place in mind.",
      ],
      "info",
    ),
  );
}

export interface SuggestedPrompt {
  title: string;
  message: string;
}

const article = (word: string) => (/^[aeiou]/i.test(word) ? "an" : "a");
const titleCase = (s: string) => s.replace(/\b\w/g, (c) => c.toUpperCase());

/**
 * Four questions to start with, worded as a person would ask them. A saved target role turns the first
 * three towards it ("What should I learn to become a Lead Machine Learning Engineer?"); a saved level and
 * place go into the pay question.
 */
export function suggestedPrompts(kb: KnowledgeBase, prefs: UserRecord | undefined): SuggestedPrompt[] {
  const level = kb.knowledge.levels.find((l) => l.id === prefs?.level)?.name.toLowerCase();
  const placeAlias = kb.knowledge.locations.find((l) => l.id === prefs?.location)?.aliases[0];
  const place = placeAlias ? titleCase(placeAlias) : undefined;
  const compare = {
    title: "Compare two roles",
    message: "How does a machine learning engineer differ from a software engineer?",
  };
  const target = prefs?.role ? kb.roleById.get(prefs.role) : undefined;
  if (!target)
    return [
      compare,
      {
        title: "Pay by level and city",
        message: payQuestion("machine learning engineer", level ?? "senior", place ?? "Seattle"),
      },
      { title: "Skills to learn", message: "What skills does a data science engineer need?" },
      { title: "Where the field is going", message: "What are the trends in ML engineering?" },
    ];
  const name = target.name;
  return [
    { title: "What to learn next", message: `What should I learn to become ${article(name)} ${name}?` },
    { title: "The path there", message: `What is the career path to ${name}?` },
    target.salary
      ? { title: "What it pays", message: payQuestion(name, level, place) }
      : { title: "What the role involves", message: `What does ${article(name)} ${name} do?` },
    compare,
  ];
}

function payQuestion(role: string, level: string | undefined, place: string | undefined): string {
  const who = level ? `${level} ${role}` : role;
  return `What does ${article(who)} ${who} earn${place ? ` in ${place}` : ""}?`;
}

/** A thread's title from its first question: the words a person sees, on one line. */
export function threadTitle(slackText: string): string {
  const words = stripSlackMarkup(slackText).replace(/\s+/g, " ").trim();
  return esc(clip(words || "Career question", titleLength));
}

/** A new assistant thread: a greeting with the thread's context as metadata, and suggested prompts. */
export function threadStarted(ctx: SlackContext, threads: ThreadContexts) {
  return async ({ event, say, setSuggestedPrompts }: StartedArgs & AllMiddlewareArgs) => {
    const { user_id, channel_id, thread_ts, context } = event.assistant_thread;
    const key = threadKey(channel_id, thread_ts);
    threads.remember(key, context);
    const greeted = say(greeting());
    threads.greeted(
      key,
      greeted.then(
        (posted) => posted.ts,
        () => undefined,
      ),
    );
    const prefs = await ctx.assistant.store.user(user_id).catch((error: Error) => {
      ctx.logger.warn(
        `preferences for ${user_id} unavailable, suggesting the general prompts: ${error.message}`,
      );
      return undefined;
    });
    const [posted, suggested] = await Promise.allSettled([
      greeted,
      setSuggestedPrompts({ title: "Try asking", prompts: suggestedPrompts(ctx.assistant.kb, prefs) }),
    ]);
    if (posted.status === "rejected")
      ctx.logger.error(`assistant greeting in ${key} failed: ${posted.reason}`);
    if (suggested.status === "rejected")
      ctx.logger.warn(`suggested prompts in ${key} failed: ${suggested.reason}`);
  };
}

/** The person looked at another channel: remembered for the thread. */
export function threadContextChanged() {
  return async ({ saveThreadContext }: ContextChangedArgs & AllMiddlewareArgs) => {
    await saveThreadContext();
  };
}

/** A person's message in an assistant thread: answered in the thread, from the thread's conversation. */
export function userMessage(ctx: SlackContext) {
  return async ({ message, client, say, setTitle, setStatus }: UserMessageArgs & AllMiddlewareArgs) => {
    // Our own answers arrive here too, as messages in the thread.
    if (!("user" in message) || !message.user || ("bot_id" in message && message.bot_id)) return;
    const threadTs = (message as { thread_ts?: string }).thread_ts;
    if (!threadTs) return;
    const { channel, user } = message;
    const text = ("text" in message ? message.text : undefined) ?? "";
    const key = threadKey(channel, threadTs);
    const log = (what: string) => (error: Error) =>
      ctx.logger.warn(`${what} in ${key} failed: ${error.message}`);

    const status = new WorkingStatus(setStatus, (problem) => ctx.logger.warn(`${problem} in ${key}`));
    let titling: Promise<unknown> | undefined;
    let replied = false;
    try {
      // No conversation kept yet for the thread: this is its first question, which names it.
      if (!(await ctx.assistant.store.conversation(key, ctx.assistant.clock())))
        titling = setTitle(threadTitle(text)).catch(log("setting the title"));
      const {
        answer,
        changedPreferences,
        text: question,
      } = await replyToSlack(ctx, text, { userId: user, channelId: channel }, { key, fresh: false });
      await status.settle();
      await say(conversationMessage(ctx, answer, question));
      replied = true;
      if (changedPreferences) ctx.home.schedule(client, user);
      // Pay charts (CHARTS=image): uploaded into the thread after the answer, as for mentions (never throws).
      await ctx.charts?.upload(client, answer, { channel, thread_ts: threadTs });
    } catch (error) {
      ctx.logger.error(`assistant message failed: ${(error as Error).stack ?? error}`);
      await status.settle();
      replied = await say(failureMessage(error)).then(
        () => true,
        (e: Error) => {
          log("apologising")(e);
          return replied;
        },
      );
    } finally {
      await status.finish(replied);
    }
    await titling;
  };
}

export function createAssistant(ctx: SlackContext): Assistant {
  const threads = new ThreadContexts(greeting, (message) => ctx.logger.warn(message));
  return new Assistant({
    threadContextStore: threads,
    threadStarted: threadStarted(ctx, threads),
    threadContextChanged: threadContextChanged(),
    userMessage: userMessage(ctx),
  });
}

/**
 * The assistant is middleware: it takes messages in assistant threads (DM threads) before the DM listener,
 * which keeps answering top-level direct messages as before.
 */
export function registerAssistant(app: App, ctx: SlackContext): void {
  app.assistant(createAssistant(ctx));
}
