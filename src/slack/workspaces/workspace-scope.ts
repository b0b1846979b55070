import { AsyncLocalStorage } from "node:async_hooks";
import type { ConversationRecord, Subscription, UserRecord } from "../../store/records.js";
import type { Store } from "../../store/store.js";

/**
 * The workspace a request came from, for the whole of its handling. With OAuth installs into many
 * workspaces, a user id means something only within its workspace, so what is kept per user or thread is
 * keyed by team as well; this carries the team id there without every listener passing it along.
 */
const current = new AsyncLocalStorage<{ teamId: string | undefined }>();

/** The team a Slack request belongs to: slash commands, events and interactions each say it differently. */
export function teamOf(body: unknown): string | undefined {
  const b = body as {
    team_id?: string;
    team?: { id?: string } | null;
    user?: { team_id?: string };
    event?: { team?: string };
    authorizations?: { team_id?: string }[];
  };
  return b.team_id ?? b.team?.id ?? b.user?.team_id ?? b.event?.team ?? b.authorizations?.[0]?.team_id;
}

/** Runs a request's handling as belonging to a team. */
export function inWorkspace<T>(teamId: string | undefined, work: () => T): T {
  return current.run({ teamId }, work);
}

export function currentTeam(): string | undefined {
  return current.getStore()?.teamId;
}

const storeMethods = [
  "user",
  "updateUser",
  "forgetUser",
  "subscription",
  "subscriptions",
  "saveSubscription",
  "removeSubscription",
  "post",
  "postsFor",
  "claimPost",
  "completePost",
  "reclaimPost",
  "releasePost",
  "failPost",
  "pauseSubscription",
  "conversation",
  "saveConversation",
  "firstDelivery",
  "takeToken",
  "health",
  "installation",
  "saveInstallation",
  "rewriteInstallations",
  "forgetWorkspace",
  "feedsFor",
  "saveFeed",
  "removeFeed",
  "saveKnowledgeVersion",
  "knowledgeVersion",
  "recordInsight",
  "insightsSince",
  "recordFeedback",
  "feedbackSince",
  "exportData",
  "importData",
  "flush",
  "close",
] as const satisfies readonly (keyof Store)[];
// Fails to compile when the Store interface gains a method this list does not delegate.
const everyMethod: Exclude<keyof Store, (typeof storeMethods)[number]> extends never ? true : never = true;
void everyMethod;

/**
 * The store as one workspace sees it: users and threads keyed `<team>:<id>`, subscriptions marked with
 * their team (whose token posts the digest). Outside a request (the digest scheduler) nothing changes.
 */
export function workspaceScoped(store: Store): Store {
  const key = (id: string) => {
    const team = currentTeam();
    return team ? `${team}:${id}` : id;
  };
  // Every other method, bound to the store itself (its state lives there, never on this wrapper).
  const delegated = Object.fromEntries(
    storeMethods.map((name) => [name, (store[name] as (...args: unknown[]) => unknown).bind(store)]),
  ) as unknown as Store;
  return Object.assign(delegated, {
    user: (userId: string) => store.user(key(userId)),
    updateUser: (userId: string, change: (u: UserRecord) => UserRecord) =>
      store.updateUser(key(userId), change),
    forgetUser: (userId: string) => store.forgetUser(key(userId)),
    conversation: (k: string, now: Date) => store.conversation(key(k), now),
    saveConversation: (k: string, record: ConversationRecord) => store.saveConversation(key(k), record),
    saveSubscription: (sub: Subscription) => {
      const team = currentTeam();
      return store.saveSubscription(team && !sub.teamId ? { ...sub, teamId: team } : sub);
    },
  });
}
