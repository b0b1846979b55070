// The app's own answers to what bench:load sends, rendered exactly as the app sends them, for the bare Bolt
// target to send back without the knowledge, the understanding or the store: computed in the bench's own
// process and handed to the bare target in a file, so that its memory holds the answers and nothing else.
import { writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { reply } from "../../src/conversation/reply.js";
import { digestCommands } from "../../src/digest/commands.js";
import type { KnowledgeBase } from "../../src/knowledge/base.js";
import { renderMessage } from "../../src/slack/blocks/message.js";
import { JsonStore } from "../../src/store/file/json-store.js";

export interface MixedPayloads {
  /** `/career <text>`, as acknowledged. */
  commands: Record<string, object>;
  /** `@Career Advisor <text>`, as posted in the thread. */
  mentions: Record<string, object>;
  /** A next-step button whose value is `<text>`, as sent to the response URL. */
  clicks: Record<string, object>;
  /** A checklist tick, as the redrawn checklist. */
  tick: object;
}

/** Renders every answer the load's mix asks for; returns the file they are written to. */
export async function writeMixedPayloads(kb: KnowledgeBase, texts: string[]): Promise<string> {
  const dir = path.join(os.tmpdir(), `career-bench-payloads-${process.pid}`);
  const store = await JsonStore.open(path.join(dir, "data.json"));
  const directory = { userTimezone: async () => "UTC", isMember: async () => true };
  const clock = () => new Date();
  const assistant = { kb, store, digest: digestCommands({ kb, store, directory, clock }), clock };
  const roles = kb.knowledge.roles.map((r) => ({ id: r.id, name: r.name }));
  const answer = async (text: string) =>
    (await reply(assistant, text, { userId: "UBENCH", channelId: "C1" })).answer;
  const payloads: MixedPayloads = { commands: {}, mentions: {}, clicks: {}, tick: {} };
  for (const text of texts) {
    const a = await answer(text);
    payloads.commands[text] = {
      response_type: "ephemeral",
      ...renderMessage(a, { command: text, shareable: true, roles, nativeCharts: true }),
    };
    // As the app posts them with its defaults: Slack's own pay charts (CHARTS=native), 👍 / 👎 under mentions.
    payloads.mentions[text] = renderMessage(a, {
      roles,
      nativeCharts: true,
      feedback: { kind: a.kind, roles: [], knowledge: "bench" },
    });
    payloads.clicks[text] = renderMessage(a, { command: text, shareable: true, roles, nativeCharts: true });
  }
  payloads.tick = renderMessage(await answer("skills lead mle"), { roles });
  await store.close();
  const file = path.join(dir, "payloads.json");
  writeFileSync(file, JSON.stringify(payloads));
  return file;
}
