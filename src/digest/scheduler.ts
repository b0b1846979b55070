import type { DigestAnswer } from "../advisor/answers.js";
import { digestFor } from "../advisor/general/digest.js";
import type { KnowledgeBase } from "../knowledge/base.js";
import type { Subscription } from "../store/records.js";
import type { Store } from "../store/store.js";
import { latestSlot } from "./schedule.js";

/**
 * How long a claim may go without its instance refreshing it before another instance takes it over. Longer
 * than one post attempt with its timeout (10 s) and the longest backoff (16 s) by a wide margin.
 */
export const staleClaimMs = 2 * 60 * 1000;

/** Why a post failed, as far as what to do next is concerned. */
export class PostError extends Error {
  constructor(
    readonly kind: "rate_limited" | "transient" | "permanent" | "rejected",
    readonly code: string,
    readonly retryAfterMs = 0,
  ) {
    super(code);
    this.name = "PostError";
  }
}

/** What the scheduler needs from Slack. Errors are thrown as PostError. */
export interface DigestPoster {
  post(channelId: string, date: string, digest: DigestAnswer): Promise<string>;
  /** The ts of our digest for `date` in the channel since `since`; null if not there; undefined if it cannot tell. */
  findPosted(channelId: string, date: string, since: Date): Promise<string | null | undefined>;
  /** A direct message to someone about a channel's digest (the channel tells whose workspace). */
  tell(userId: string, text: string, channelId?: string): Promise<void>;
}

export interface SchedulerDeps {
  kb: KnowledgeBase;
  store: Store;
  poster: DigestPoster;
  clock: () => Date;
  sleep: (ms: number) => Promise<void>;
  log: (level: "info" | "warn" | "error", message: string) => void;
  /** After a post: what the channel has now seen (the knowledge's version, the feed items). */
  posted?: (channelId: string, digest: DigestAnswer) => Promise<void>;
  /** A channel's digest for a date (the workspace's week, its feeds); the knowledge's alone by default. */
  compose?: (channelId: string, date: string) => Promise<DigestAnswer>;
  /** Gap between two posts, so that channels due in the same minute are spread, not burst. */
  paceMs?: number;
  /** Attempts for transient errors (and 429s) before a slot is given up. */
  attempts?: number;
}

/** Errors after which a channel cannot get the digest until someone acts: the subscription is paused. */
const pausingErrors = new Map([
  ["channel_not_found", "the channel no longer exists or I cannot see it"],
  ["is_archived", "the channel is archived"],
  ["not_in_channel", "I am not a member of the channel; invite me with `/invite @Career Advisor`"],
]);

/**
 * Posts each subscribed channel's daily digest at its time, exactly once. A slot is claimed in the store
 * before posting and marked posted after; a claim left by a crash is settled at start by looking for the
 * post in the channel. The same check serves the minute ticks while running and the catch-up at start.
 */
export class DigestScheduler {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = false;
  private lastPostAt = 0;

  constructor(private readonly d: SchedulerDeps) {}

  /**
   * Settles claims left by a crash, posts what is owed, then checks every minute (or every `tickMs`). The
   * check also settles claims that instances which died left behind, so a survivor finishes their work.
   */
  async start(tickMs?: number): Promise<void> {
    await this.settleClaims();
    await this.checkDue();
    const next = () => {
      if (this.stopped) return;
      const now = this.d.clock().getTime();
      const wait = tickMs ?? 60_000 - (now % 60_000) + 50;
      this.timer = setTimeout(() => {
        void this.checkDue()
          .then(() => this.settleClaims())
          .catch((error: Error) => this.d.log("error", `digest check failed: ${error.message}`))
          .finally(next);
      }, wait);
    };
    next();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  /** Posts every slot that is due at the clock's now and not yet handled. One check runs at a time. */
  checkDue(): Promise<void> {
    this.running ??= this.postDue().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private async due(): Promise<{ sub: Subscription; date: string }[]> {
    const now = this.d.clock();
    const due: { sub: Subscription; date: string }[] = [];
    for (const sub of await this.d.store.subscriptions()) {
      if (sub.paused) continue;
      const slot = latestSlot(sub, now, new Date(sub.createdAt));
      if (slot && !(await this.d.store.post(sub.channelId, slot.date))) due.push({ sub, date: slot.date });
    }
    return due;
  }

  private async postDue(): Promise<void> {
    for (const { sub, date } of await this.due()) {
      if (this.stopped) return;
      if (!(await this.d.store.claimPost(sub.channelId, date, this.d.clock()))) continue;
      await this.deliver(sub, date);
    }
  }

  /** Posts a claimed slot, with retries; records the outcome. */
  private async deliver(sub: Subscription, date: string): Promise<void> {
    const attempts = this.d.attempts ?? 4;
    await this.pace();
    for (let attempt = 1; ; attempt++) {
      try {
        // A claim is held by refreshing it before each attempt: only a claim left alone for longer than
        // `staleClaimMs` (its instance died) is taken over by another instance.
        if (attempt > 1) await this.d.store.reclaimPost(sub.channelId, date, undefined, this.d.clock());
        const digest = this.d.compose
          ? await this.d.compose(sub.channelId, date)
          : digestFor(this.d.kb, date);
        const ts = await this.d.poster.post(sub.channelId, date, digest);
        await this.d.store.completePost(sub.channelId, date, ts, this.d.clock());
        await this.d
          .posted?.(sub.channelId, digest)
          .catch((error: Error) =>
            this.d.log("warn", `after the digest in ${sub.channelId}: ${error.message}`),
          );
        this.d.log("info", `digest for ${date} posted in ${sub.channelId}`);
        return;
      } catch (error) {
        const e = error instanceof PostError ? error : new PostError("transient", (error as Error).message);
        const reason = pausingErrors.get(e.code);
        if (reason) return this.pause(sub, date, reason);
        if (e.kind === "rejected" || e.kind === "permanent" || attempt >= attempts) {
          this.d.log(
            "error",
            `digest for ${date} in ${sub.channelId} given up after ${attempt} attempt(s): ${e.code}`,
          );
          await this.d.store.failPost(sub.channelId, date, e.code, this.d.clock());
          return;
        }
        const wait = e.kind === "rate_limited" ? e.retryAfterMs : 1000 * 4 ** (attempt - 1);
        this.d.log("warn", `digest post to ${sub.channelId} failed (${e.code}); retrying in ${wait} ms`);
        await this.d.sleep(wait);
      }
    }
  }

  private async pause(sub: Subscription, date: string, reason: string): Promise<void> {
    await this.d.store.releasePost(sub.channelId, date);
    await this.d.store.pauseSubscription(sub.channelId, reason, this.d.clock());
    this.d.log("warn", `digest in ${sub.channelId} paused: ${reason}`);
    await this.d.poster
      .tell(
        sub.subscribedBy,
        `I paused the daily career digest you set up in <#${sub.channelId}>: ${reason}. Once that is fixed, run \`/career digest subscribe\` there again.`,
        sub.channelId,
      )
      .catch((error: Error) =>
        this.d.log("warn", `could not tell ${sub.subscribedBy} about the pause: ${error.message}`),
      );
  }

  private async pace(): Promise<void> {
    const gap = this.d.paceMs ?? 1000;
    const wait = this.lastPostAt + gap - this.d.clock().getTime();
    if (this.lastPostAt > 0 && wait > 0) await this.d.sleep(wait);
    this.lastPostAt = this.d.clock().getTime();
  }

  /**
   * A claim left alone for longer than `staleClaimMs` means its instance died between claiming and
   * posting: one survivor takes it over (atomically, so two survivors do not both), then finds out whether
   * the post went out.
   */
  private async settleClaims(): Promise<void> {
    const now = this.d.clock();
    const staleBefore = new Date(now.getTime() - staleClaimMs);
    for (const sub of await this.d.store.subscriptions())
      for (const post of (await this.d.store.postsFor(sub.channelId)).filter((p) => p.state === "claimed")) {
        if (new Date(post.claimedAt) >= staleBefore) continue;
        if (!(await this.d.store.reclaimPost(post.channelId, post.date, staleBefore, now))) continue;
        const since = new Date(new Date(post.claimedAt).getTime() - 60_000);
        const ts = await this.d.poster.findPosted(post.channelId, post.date, since).catch(() => undefined);
        if (ts) await this.d.store.completePost(post.channelId, post.date, ts, this.d.clock());
        else if (ts === null) await this.deliver(sub, post.date);
        else {
          // Cannot tell whether it went out: posting again could post twice, so give the slot up.
          this.d.log(
            "warn",
            `digest for ${post.date} in ${post.channelId}: cannot tell whether it was posted; not posting again`,
          );
          await this.d.store.failPost(
            post.channelId,
            post.date,
            "unknown whether posted before a restart",
            this.d.clock(),
          );
        }
      }
  }
}
