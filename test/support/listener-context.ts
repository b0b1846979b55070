import type { ReplyServices } from "../../src/conversation/reply.js";
import { digestCommands } from "../../src/digest/commands.js";
import type { SlackContext } from "../../src/slack/listeners/deps.js";
import { HomeRefresher } from "../../src/slack/listeners/home-refresher.js";
import { JsonStore } from "../../src/store/file/json-store.js";
import type { Store } from "../../src/store/store.js";
import { recordingLogger, tempDataFile } from "./app.js";
import { realKnowledge } from "./knowledge.js";

/** The reply core on the real knowledge, over `store` (a new lowdb file unless given), on UTC and today's clock. */
export async function testAssistant(store?: Store): Promise<ReplyServices> {
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
  const services = await testAssistant(store);
  const logs: string[] = [];
  return {
    services,
    roles: services.kb.knowledge.roles.map((r) => ({ id: r.id, name: r.name })),
    logger: recordingLogger(logs),
    home: new HomeRefresher(async () => undefined),
    logs,
  };
}
