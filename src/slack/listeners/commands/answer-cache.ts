import type { Answer } from "../../../advisor/answers.js";
import { RecentlyUsed } from "../../../knowledge/core/recency.js";
import type { UserRecord } from "../../../store/records.js";
import type { Store } from "../../../store/store.js";
import type { Command } from "../../../understanding/command-grammar.js";
import type { SlackMessage } from "../../blocks/message.js";

/** An answer and its message, and whether it goes to the asker alone or to the channel. */
export interface RenderedAnswer {
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
  private readonly answers: RecentlyUsed<string, RenderedAnswer>;
  /** The knowledge the kept answers came from: a reload swaps it, and every kept answer goes. */
  private knowledge: object | undefined;

  constructor(
    capacity = 256,
    /** Longer text is nearly always a one-off question: not worth the memory. */
    private readonly maxTextLength = 300,
  ) {
    this.answers = new RecentlyUsed(capacity);
  }

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
    return this.answers.get(key);
  }

  /** Of two asks answered at once, the later answer replaces the earlier where it stands: only a hit moves one. */
  set(key: string | undefined, answer: RenderedAnswer): void {
    if (key === undefined) return;
    this.answers.set(key, answer);
  }
}

/** Whether the answer depends only on the knowledge, the text and the asker's record. */
export const readsOnlyKnowledgeAndRecord = (command: Command) =>
  command.kind !== "prefs" && command.kind !== "digest";

/**
 * The store as `reply` sees it for one cached answer: the asker's record is the one the cache key was
 * made from, so a change arriving meanwhile cannot end up under the old key.
 */
export function withRecord(store: Store, userId: string, record: UserRecord | undefined): Store {
  return new Proxy(store, {
    get(target, name) {
      if (name === "user") return async (id: string) => (id === userId ? record : target.user(id));
      const value = Reflect.get(target, name, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}
