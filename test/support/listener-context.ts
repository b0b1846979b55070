import type { Assistant } from "../../src/assistant.js";
import { digestCommands } from "../../src/digest/commands.js";
import { HomeRefresher, type SlackContext } from "../../src/slack/context.js";
import { JsonStore, type Store } from "../../src/store/store.js";
import { recordingLogger, tempDataFile } from "./app.js";
import { realKnowledge } from "./knowledge.js";

/** The reply core on the real knowledge, over `store` (a new lowdb file unless given), on UTC and today's clock. */
export async function testAssistant(store?: Store): Promise<Assistant> {
  const kb = realKnowledge();
  const s = store ?? (await JsonStore.open(tempDataFile()));
  const directory = { userTimezone: async () => "UTC", isMember: async () => true };
  return {
    kb,
    store: s,
    digest: digestCommands({ kb, store: s, directory, clock: () => new Date() }),
    clock: () => new Date(),
  };
}

/**
 * What a listener callback gets, for calling it directly as Bolt would (with fakes for ack, respond and
 * the Web API client): the reply core, the roles, a logger whose lines are kept in `logs`, and App Home.
 */
export async function listenerContext(store?: Store): Promise<SlackContext & { logs: string[] }> {
  const assistant = await testAssistant(store);
  const logs: string[] = [];
  return {
    assistant,
    roles: assistant.kb.knowledge.roles.map((r) => ({ id: r.id, name: r.name })),
    logger: recordingLogger(logs),
    home: new HomeRefresher(async () => undefined),
    logs,
  };
}
