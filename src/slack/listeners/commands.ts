import type { AllMiddlewareArgs, App, RespondArguments, SlackCommandMiddlewareArgs } from "@slack/bolt";
import type { Answer } from "../../advisor/answers.js";
import { noteAnswer } from "../../runtime/request-context.js";
import type { UserRecord } from "../../store/records.js";
import type { Store } from "../../store/store.js";
import { type Command, parseCommand } from "../../understanding/command-grammar.js";
import { unescapeSlack } from "../blocks/kit.js";
import { renderMessage, type SlackMessage } from "../blocks/render.js";
import { failureMessage, replyToSlack, type SlackContext } from "../context.js";
import { currentTeam } from "../workspace.js";

/**
 * How long an answer may take and still travel in the acknowledgement. Slack gives the ack 3 seconds,
 * network both ways included, and a busy event loop fires timers late; a second leaves room for both,
 * while answers take milliseconds (under load, p99 well under 100 ms).
 */
export const ackBudgetMs = 1000;

type CommandArgs = SlackCommandMiddlewareArgs & AllMiddlewareArgs;

/** An answer and its message, and whether it goes to the asker alone or to the channel. */
interface RenderedAnswer {
  answer: Answer;
  message: SlackMessage;
  responseType: "ephemeral" | "in_channel";
}

/**
 * Rendered answers by what was typed and the asker's stored record. Working out and rendering an answer
 * costs several times what Bolt spends on the request around it, and most people type the same few
 * commands, so a popular command costs one lookup. Only commands that read nothing but the knowledge and
 * the asker's record are kept (not `prefs` or `digest`, which change or read other things), so an
 * answer from here is exactly the one `reply` would give. Least recently used answers go first.
 */
export class AnswerCache {
  private readonly answers = new Map<string, RenderedAnswer>();
  /** The knowledge the kept answers came from: a reload swaps it, and every kept answer goes. */
  private knowledge: object | undefined;

  constructor(
    private readonly capacity = 256,
    /** Longer text is nearly always a one-off question: not worth the memory. */
    private readonly maxTextLength = 300,
  ) {}

  /** Forgets every answer when the knowledge is not the one they were worked out from. */
  forKnowledge(knowledge: object): this {
    if (this.knowledge !== knowledge) {
      this.answers.clear();
      this.knowledge = knowledge;
    }
    return this;
  }

  key(text: string, record: UserRecord | undefined): string | undefined {
    if (text.length > this.maxTextLength) return undefined;
    return `${text}\u0000${record ? JSON.stringify(record) : ""}`;
  }

  get(key: string | undefined): RenderedAnswer | undefined {
    if (key === undefined) return undefined;
    const hit = this.answers.get(key);
    if (hit) {
      this.answers.delete(key);
      this.answers.set(key, hit);
    }
    return hit;
  }

  set(key: string | undefined, answer: RenderedAnswer): void {
    if (key === undefined) return;
    this.answers.set(key, answer);
    if (this.answers.size > this.capacity) this.answers.delete(this.answers.keys().next().value as string);
  }
}

/** Whether the answer depends only on the knowledge, the text and the asker's record. */
const readsOnlyKnowledgeAndRecord = (command: Command) =>
  command.kind !== "prefs" && command.kind !== "digest";

/**
 * The store as `reply` sees it for one cached answer: the asker's record is the one the cache key was
 * made from, so a change arriving meanwhile cannot end up under the old key.
 */
function withRecord(store: Store, userId: string, record: UserRecord | undefined): Store {
  return new Proxy(store, {
    get(target, name) {
      if (name === "user") return async (id: string) => (id === userId ? record : target.user(id));
      const value = Reflect.get(target, name, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

/** The answer to `/career …` as Slack takes it in an ack or a response URL; failures become an apology. */
async function answerCommand(
  ctx: SlackContext,
  cache: AnswerCache,
  { command, client }: CommandArgs,
): Promise<RespondArguments> {
  try {
    const who = { userId: command.user_id, channelId: command.channel_id };
    const record = await ctx.assistant.store.user(who.userId);
    const key = cache.forKnowledge(ctx.assistant.kb.knowledge).key(command.text, record);
    let rendered = cache.get(key);
    // A reused answer is still a question asked (a new one is recorded on its way through `reply`).
    if (rendered)
      ctx.insights?.answered(rendered.answer, unescapeSlack(command.text), { ...who, teamId: currentTeam() });
    if (!rendered) {
      const cacheable = readsOnlyKnowledgeAndRecord(
        parseCommand(ctx.assistant.kb, unescapeSlack(command.text)),
      );
      const answering = cacheable
        ? {
            ...ctx,
            assistant: { ...ctx.assistant, store: withRecord(ctx.assistant.store, who.userId, record) },
          }
        : ctx;
      const { answer, visibility, text, changedPreferences } = await replyToSlack(
        answering,
        command.text,
        who,
      );
      if (changedPreferences) ctx.home.schedule(client, command.user_id);
      const message = renderMessage(answer, {
        command: text,
        shareable: visibility === "private",
        roles: ctx.roles,
        nativeCharts: ctx.nativeCharts === true,
      });
      rendered = { answer, message, responseType: visibility === "channel" ? "in_channel" : "ephemeral" };
      if (cacheable) cache.set(key, rendered);
    }
    // Pay charts: a salary answer or comparison gets an image block when PUBLIC_URL is set. Added on every
    // answer, cached or not, so a cached answer never points at a picture the chart cache has let go.
    const { answer, message, responseType } = rendered;
    noteAnswer(answer); // a reused answer too, for the request's metrics and log lines
    const charted = ctx.charts ? await ctx.charts.withImage(answer, message) : message;
    return { response_type: responseType, ...charted };
  } catch (error) {
    ctx.logger.error(`/career failed: ${(error as Error).stack ?? error}`);
    return { response_type: "ephemeral", ...failureMessage(error) };
  }
}

/** The value of `promise` if it settles within `ms`, else undefined. */
async function within<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), ms);
  });
  try {
    return await Promise.race([promise, late]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * `/career …`, answered privately (or in the channel, if the user chose so). An answer ready within the
 * budget goes in the acknowledgement itself: one HTTP exchange instead of an empty ack and a POST to the
 * response URL. A slow one (a Web API call for the digest, a slow disk) is acknowledged empty at the
 * budget and follows through the response URL.
 */
export function careerCommand(ctx: SlackContext, budgetMs = ackBudgetMs, cache = new AnswerCache()) {
  return async (args: CommandArgs) => {
    const { ack, respond } = args;
    const answering = answerCommand(ctx, cache, args);
    const ready = await within(answering, budgetMs);
    if (ready) return ack(ready);
    await ack();
    const late = await answering;
    try {
      await respond(late);
    } catch (error) {
      ctx.logger.error(`/career failed: answering through the response URL: ${(error as Error).message}`);
      await respond({ response_type: "ephemeral", ...failureMessage(error) }).catch(() => undefined);
    }
  };
}

/**
 * `/career` is taken by a global middleware rather than `app.command`: Bolt runs the matchers of every
 * listener on every request (a dozen listeners here cost a slash command about 90 µs of CPU, more than
 * answering it from the cache), while a middleware that answers `/career` and stops skips them all, the
 * way Bolt's own Assistant takes its events. It runs after the middleware registered before it (repeated
 * event ids, the rate limit); anything else goes on to the listeners.
 */
export function registerCommands(app: App, ctx: SlackContext): void {
  const career = careerCommand(ctx);
  app.use(async (args) => {
    if ((args as Partial<CommandArgs>).command?.command !== "/career") return args.next();
    await career(args as unknown as CommandArgs);
  });
}
