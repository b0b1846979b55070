import type { Answer } from "../advisor/answers.js";
import { notice } from "../advisor/parts/answer-parts.js";
import type { KnowledgeBase } from "../knowledge/base.js";
import { fingerprintOf } from "../knowledge/fingerprint.js";
import type { Store } from "../store/store.js";
import type { DigestCommand } from "../understanding/command-grammar.js";
import { composeDigest } from "./compose.js";
import { type FeedOptions, feedHealth, newsFor, readNewFeed } from "./feeds.js";
import { describeInstant, localDate, nextSlot } from "./schedule.js";

/**
 * Who typed a digest command, and in which channel: the assistant's `Asker`, declared here by its shape so
 * that this module does not import the assistant that imports it.
 */
interface Asker {
  userId: string;
  channelId: string;
}

/** What the digest commands need to know about Slack. */
export interface ChannelDirectory {
  /** The user's IANA time zone from their Slack profile. */
  userTimezone(userId: string): Promise<string | undefined>;
  /** Whether the bot is in the channel; undefined when that cannot be told (DMs, missing scope). */
  isMember(channelId: string): Promise<boolean | undefined>;
}

export interface DigestCommands {
  handle(command: DigestCommand, who: Asker): Promise<Answer>;
}

const defaultTime = "09:00";

const inviteHelp = "Invite me first: type `/invite @Career Advisor` in the channel, then subscribe again.";

export function digestCommands(deps: {
  kb: KnowledgeBase;
  store: Store;
  directory: ChannelDirectory;
  clock: () => Date;
  /** How channel feeds are read (FEEDS_ALLOW_PRIVATE); none: feeds cannot be added. */
  feeds?: FeedOptions;
}): DigestCommands {
  const { kb, store, directory, clock } = deps;
  const feedOptions = deps.feeds ?? { allowPrivate: false };
  const sources = {
    kb,
    store,
    clock,
    fingerprint: fingerprintOf(kb),
    news: (channelId: string) => newsFor(store, channelId, clock(), feedOptions),
  };

  /** The address as feeds are kept under (`new URL` normalises case, a bare host's slash, …). */
  const canonical = (url: string) => {
    try {
      return new URL(url).href;
    } catch {
      return url;
    }
  };

  async function feed(command: Extract<DigestCommand, { action: "feed" }>, who: Asker): Promise<Answer> {
    if (command.op === "list") {
      const feeds = await store.feedsFor(who.channelId);
      return feeds.length
        ? notice(
            "Feeds in this channel's digest",
            feeds.map((f) => `${f.title} <${f.url}> — ${feedHealth(f)}`),
            "info",
            ["digest preview", "digest status"],
          )
        : notice(
            "No feeds here",
            ["Add one with `/career digest feed add <url>`: an RSS or Atom feed your team follows."],
            "info",
          );
    }
    if (command.op === "remove")
      return (await store.removeFeed(who.channelId, command.url)) ||
        (await store.removeFeed(who.channelId, canonical(command.url)))
        ? notice("Feed removed", [`${command.url} is no longer in this channel's digest.`], "success")
        : notice(
            "No such feed",
            [`This channel's digest has no feed at ${command.url}. See \`/career digest feed list\`.`],
            "info",
          );
    const read = await readNewFeed(command.url, feedOptions);
    if (!read.ok)
      return notice(
        "Could not add that feed",
        [read.problem, "Check the address: it must be a public RSS or Atom feed."],
        "warning",
      );
    await store.saveFeed({
      channelId: who.channelId,
      url: read.url,
      title: read.title,
      addedBy: who.userId,
      addedAt: clock().toISOString(),
      ...(read.etag ? { etag: read.etag } : {}),
      ...(read.lastModified ? { lastModified: read.lastModified } : {}),
      items: read.items,
      failures: 0,
      lastOkAt: clock().toISOString(),
      posted: [],
    });
    return notice(
      "Feed added",
      [
        `${read.title}: ${read.items.length} item${read.items.length === 1 ? "" : "s"} now. The newest not yet posted here appear in this channel's digest.`,
      ],
      "success",
      ["digest feed list", "digest preview"],
    );
  }
  const lastPosted = async (channelId: string) =>
    (await store.postsFor(channelId))
      .filter((p) => p.state === "posted")
      .map((p) => p.date)
      .sort()
      .at(-1);

  async function subscribe(
    command: Extract<DigestCommand, { action: "subscribe" }>,
    who: Asker,
  ): Promise<Answer> {
    if ((await directory.isMember(who.channelId)) === false)
      return notice("I'm not in this channel yet", [inviteHelp], "warning");
    const profileZone = command.zone ? undefined : await directory.userTimezone(who.userId);
    const zone = command.zone ?? profileZone ?? "UTC";
    const time = command.time ?? defaultTime;
    const now = clock();
    await store.saveSubscription({
      channelId: who.channelId,
      time,
      zone,
      subscribedBy: who.userId,
      createdAt: now.toISOString(),
    });
    const next = nextSlot({ time, zone }, now);
    return notice(
      "Daily digest subscribed",
      [
        `This channel gets the career digest every day at ${time} ${zone}${command.zone ? "" : profileZone ? " (your Slack time zone)" : " (no time zone in your profile, so UTC)"}.`,
        next ? `First post: ${describeInstant(next, zone)}.` : "",
        "Change the time by subscribing again; stop with `/career digest unsubscribe`.",
      ].filter(Boolean),
      "success",
      ["digest preview", "digest status"],
    );
  }

  async function status(who: Asker): Promise<Answer> {
    const sub = await store.subscription(who.channelId);
    if (!sub)
      return notice(
        "No digest here",
        ["This channel has no daily digest. Start one with `/career digest subscribe [HH:MM] [Area/City]`."],
        "info",
        ["digest subscribe", "digest preview"],
      );
    const next = sub.paused ? undefined : nextSlot(sub, clock());
    const last = await lastPosted(sub.channelId);
    return notice(
      "Digest status",
      [
        `Posts daily at ${sub.time} ${sub.zone}.`,
        sub.paused
          ? `Paused since ${sub.paused.at}: ${sub.paused.reason}. Subscribe again to resume.`
          : `Next post: ${next ? describeInstant(next, sub.zone) : "unknown"}.`,
        `Last post: ${last ?? "none yet"}.`,
        ...(await store.feedsFor(sub.channelId)).map((f) => `Feed ${f.title}: ${feedHealth(f)}.`),
      ],
      sub.paused ? "warning" : "info",
      ["digest preview"],
    );
  }

  return {
    async handle(command, who) {
      switch (command.action) {
        case "subscribe":
          return subscribe(command, who);
        case "unsubscribe":
          return (await store.removeSubscription(who.channelId))
            ? notice("Digest stopped", ["This channel will get no more daily digests."], "success")
            : notice("No digest here", ["This channel had no digest subscription."], "info");
        case "status":
          return status(who);
        case "preview": {
          const zone =
            (await store.subscription(who.channelId))?.zone ??
            (await directory.userTimezone(who.userId)) ??
            "UTC";
          return composeDigest(sources, who.channelId, command.date ?? localDate(clock(), zone));
        }
        case "feed":
          return feed(command, who);
      }
    },
  };
}
