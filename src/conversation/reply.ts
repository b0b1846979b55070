import type { AdvisorCommand } from "../advisor/advise.js";
import type { Answer, PrefsAnswer, UserContext } from "../advisor/answers.js";
import { converse, describeUnderstanding } from "../advisor/converse.js";
import { notice, roleRef } from "../advisor/parts/answer-parts.js";
import type { DigestCommands } from "../digest/commands.js";
import type { KnowledgeBase } from "../knowledge/base.js";
import { resolveRole } from "../knowledge/resolve.js";
import type { ConversationRecord, UserRecord } from "../store/records.js";
import type { Store } from "../store/store.js";
import { type Command, type PrefKey, parseCommand, prefKeys } from "../understanding/command-grammar.js";
import { intents } from "../understanding/intent/intents.js";
import { rankingMetrics } from "../understanding/intent/ranking-request.js";
import { type ConversationContext, compactContext } from "../understanding/thread/conversation-state.js";

/** Who is asking, and where. */
export interface Asker {
  userId: string;
  channelId: string;
}

/** Where follow-up questions are remembered: a Slack thread or DM, by channel and thread. */
export interface Conversation {
  key: string;
  /** A new top-level mention: it starts a thread of its own rather than continuing one. */
  fresh: boolean;
}

/** What replies are worked out from: the knowledge, the store, the digest's commands and a clock. */
export interface ReplyServices {
  kb: KnowledgeBase;
  store: Store;
  digest: DigestCommands;
  clock: () => Date;
  /** Where the understanding of each question is logged (intent, confidence, entities) at debug level. */
  debug?: (message: string) => void;
}

export interface Reply {
  answer: Answer;
  /** Where the user wants answers: only to them, or to the channel. */
  visibility: "private" | "channel";
  /** The command set or reset the user's preferences (App Home shows them). */
  changedPreferences: boolean;
}

/** What the advisor needs of a user's saved record. */
export function userContext(record: UserRecord | undefined): UserContext {
  return {
    ...(record?.location ? { location: record.location } : {}),
    ...(record?.level ? { level: record.level } : {}),
    ...(record?.role ? { role: record.role } : {}),
    ...(record?.visibility ? { visibility: record.visibility } : {}),
    ticked: new Set(record?.ticked ?? []),
  };
}

export function prefsView(kb: KnowledgeBase, record: UserRecord | undefined): PrefsAnswer {
  const role = record?.role ? kb.roleById.get(record.role) : undefined;
  return {
    kind: "prefs",
    ...(record?.location
      ? { location: kb.knowledge.locations.find((l) => l.id === record.location)?.name ?? record.location }
      : {}),
    ...(record?.level
      ? { level: kb.knowledge.levels.find((l) => l.id === record.level)?.name ?? record.level }
      : {}),
    ...(role ? { role: roleRef(role) } : {}),
    visibility: record?.visibility ?? "private",
    followups: ["salary", "skills"],
  };
}

/** Places at least one role has a figure for: the only locations worth saving. */
export function placesWithFigures(kb: KnowledgeBase) {
  const used = new Set(kb.knowledge.roles.flatMap((r) => r.salary?.locations.map((l) => l.location) ?? []));
  return kb.knowledge.locations.filter((l) => used.has(l.id));
}

/** Checks a preference value against the knowledge; returns the stored value or a reason to refuse it. */
export function validatePreference(
  kb: KnowledgeBase,
  key: PrefKey,
  value: string,
): { value: string } | { problem: string } {
  switch (key) {
    case "location": {
      const hit = kb.places.lookup(value);
      const places = placesWithFigures(kb);
      const list = places.map((p) => p.name).join("; ");
      if (hit?.entries.length !== 1)
        return { problem: `"${value}" is not a place I have pay figures for. Choose one of: ${list}.` };
      const id = hit.entries[0] as string;
      if (!places.some((p) => p.id === id))
        return {
          problem: `No role in the knowledge base has pay figures for ${value}, so it cannot be your location. Choose one of: ${list}.`,
        };
      return { value: id };
    }
    case "level": {
      const hit = kb.levels.lookup(value);
      if (hit?.entries.length !== 1)
        return {
          problem: `"${value}" is not a level I know. Choose one of: ${kb.knowledge.levels.map((l) => l.id).join(", ")}.`,
        };
      return { value: hit.entries[0] as string };
    }
    case "role": {
      const r = resolveRole(kb, value);
      if (r.kind === "found") return { value: r.role.id };
      const options = r.kind === "ambiguous" ? r.options : r.suggestions;
      return {
        problem: `${r.kind === "ambiguous" ? `"${value}" could mean more than one role` : `I don't know a role called "${value}"`}. ${
          options.length ? `Did you mean ${options.map((o) => o.name).join(", ")}? ` : ""
        }\`/career roles\` lists every role.`,
      };
    }
    case "visibility": {
      const v = value.toLowerCase();
      if (["private", "ephemeral", "me", "only me"].includes(v)) return { value: "private" };
      if (["channel", "public", "everyone"].includes(v)) return { value: "channel" };
      return {
        problem: `"${value}" is not a visibility. Choose private (answers only you see) or channel (answers everyone sees).`,
      };
    }
  }
}

/** The record with one preference set to an already validated value. */
export function withPreference(record: UserRecord, key: PrefKey, value: string): UserRecord {
  if (key === "visibility") return { ...record, visibility: value === "channel" ? "channel" : "private" };
  return { ...record, [key]: value };
}

async function handlePrefs(
  a: ReplyServices,
  command: Extract<Command, { kind: "prefs" }>,
  who: Asker,
): Promise<Answer> {
  if (command.action === "show") return prefsView(a.kb, await a.store.user(who.userId));
  if (command.action === "reset") {
    const before = await a.store.user(who.userId);
    await a.store.forgetUser(who.userId);
    // A record that only says App Home was opened holds nothing the person chose.
    const chosen = before !== undefined && (before.ticked.length > 0 || prefKeys.some((k) => before[k]));
    return chosen
      ? notice(
          "Forgotten",
          ["Everything stored about you — preferences and checklist ticks — has been deleted."],
          "success",
        )
      : notice("Nothing to forget", ["I had nothing stored about you."], "info");
  }
  const checked = validatePreference(a.kb, command.key, command.value);
  if ("problem" in checked) return notice(`Could not set ${command.key}`, [checked.problem], "warning");
  const record = await a.store.updateUser(who.userId, (u) => withPreference(u, command.key, checked.value));
  return {
    ...prefsView(a.kb, record),
    followups: command.key === "role" ? ["skills", "salary"] : ["salary"],
  };
}

function toContext(record: ConversationRecord | undefined): ConversationContext | undefined {
  if (!record) return undefined;
  const intent = intents.find((i) => i === record.intent);
  const rankedBy = rankingMetrics.find((m) => m === record.rankedBy);
  return compactContext({
    ...record,
    ...(intent ? { intent } : { intent: undefined }),
    ...(rankedBy ? { rankedBy } : { rankedBy: undefined }),
  });
}

/** Answers a question or command in the light of its thread, and remembers what the thread is now about. */
async function answerInConversation(
  a: ReplyServices,
  command: AdvisorCommand,
  user: UserContext,
  conversation: Conversation | undefined,
): Promise<Answer> {
  const now = a.clock();
  const context =
    conversation && !conversation.fresh
      ? toContext(await a.store.conversation(conversation.key, now))
      : undefined;
  const turn = converse(a.kb, command, context, user);
  if (turn.understanding) a.debug?.(describeUnderstanding(turn.understanding));
  const { answer, context: next } = turn;
  if (conversation)
    await a.store.saveConversation(conversation.key, { ...next, updatedAt: now.toISOString() });
  return answer;
}

/** Answers what a user typed after /career (or in a mention or DM), using and updating what is stored. */
export async function reply(
  a: ReplyServices,
  text: string,
  who: Asker,
  conversation?: Conversation,
): Promise<Reply> {
  const command = parseCommand(a.kb, text);
  const record = await a.store.user(who.userId);
  const visibility = record?.visibility ?? "private";
  if (command.kind === "prefs") {
    const answer = await handlePrefs(a, command, who);
    return { answer, visibility: "private", changedPreferences: command.action !== "show" };
  }
  if (command.kind === "digest")
    return { answer: await a.digest.handle(command, who), visibility: "private", changedPreferences: false };
  const answer = await answerInConversation(a, command, userContext(record), conversation);
  return { answer, visibility, changedPreferences: false };
}

/** Saves the ticks of one checklist element: the skills shown in it are set to exactly what is selected. */
export async function saveTicks(
  a: ReplyServices,
  userId: string,
  shown: string[],
  selected: string[],
): Promise<UserRecord> {
  return a.store.updateUser(userId, (u) => {
    const ticked = new Set(u.ticked);
    for (const id of shown) ticked.delete(id);
    for (const id of selected) if (shown.includes(id)) ticked.add(id);
    return { ...u, ticked: [...ticked] };
  });
}
