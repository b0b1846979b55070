import { describe, expect, it, vi } from "vitest";
import type { Assistant } from "../../../src/assistant.js";
import { digestCommands } from "../../../src/digest/commands.js";
import { HomeRefresher, type SlackContext } from "../../../src/slack/context.js";
import { careerCommand } from "../../../src/slack/listeners/commands.js";
import { appMention, directMessage } from "../../../src/slack/listeners/events.js";
import { prefsSubmitted } from "../../../src/slack/listeners/views.js";
import { JsonStore } from "../../../src/store/store.js";
import { recordingLogger, tempDataFile } from "../../support/app.js";
import { realKnowledge } from "../../support/knowledge.js";

/** Listener callbacks called directly, as Bolt would, with fakes for ack, respond and the Web API client. */
async function context(): Promise<SlackContext> {
  const kb = realKnowledge();
  const store = await JsonStore.open(tempDataFile());
  const directory = { userTimezone: async () => "UTC", isMember: async () => true };
  const assistant: Assistant = {
    kb,
    store,
    digest: digestCommands({ kb, store, directory, clock: () => new Date() }),
    clock: () => new Date(),
  };
  return {
    assistant,
    roles: kb.knowledge.roles.map((r) => ({ id: r.id, name: r.name })),
    logger: recordingLogger([]),
    home: new HomeRefresher(async () => undefined),
  };
}

const fakeClient = () => ({
  chat: { postMessage: vi.fn(async () => ({ ok: true })) },
  views: { publish: vi.fn(async () => ({ ok: true })) },
});

describe("listeners, called directly", () => {
  it("careerCommand answers privately in the ack itself", async () => {
    const ack = vi.fn(async (_?: unknown) => undefined);
    const respond = vi.fn(async (_: unknown) => undefined);
    const command = { text: "salary mle seattle", user_id: "U1", channel_id: "C1" };
    await careerCommand(await context())({ command, ack, respond, client: fakeClient() } as never);
    expect(ack.mock.calls[0]?.[0]).toMatchObject({
      response_type: "ephemeral",
      text: expect.stringContaining("$173,517"),
    });
    expect(respond).not.toHaveBeenCalled();
  });

  it("careerCommand answers a failure with an apology, not silence", async () => {
    const ctx = await context();
    ctx.assistant.store.updateUser = async () => {
      throw Object.assign(new Error("disk full"), { code: "ENOSPC" });
    };
    const ack = vi.fn(async (_?: unknown) => undefined);
    await careerCommand(ctx)({
      command: { text: "prefs set level senior", user_id: "U1", channel_id: "C1" },
      ack,
      respond: async () => undefined,
      client: fakeClient(),
    } as never);
    expect(JSON.stringify(ack.mock.calls[0]?.[0])).toContain("I could not save that just now");
  });

  it("appMention answers in the thread and ignores bots", async () => {
    const client = fakeClient();
    const listener = appMention(await context());
    await listener({
      event: { text: "<@UBOT> role dse", user: "U1", channel: "C1", ts: "5.5" },
      client,
    } as never);
    await listener({
      event: { text: "<@UBOT> help", bot_id: "B1", channel: "C1", ts: "6.6" },
      client,
    } as never);
    expect(client.chat.postMessage).toHaveBeenCalledTimes(1);
    expect(client.chat.postMessage.mock.calls[0]).toMatchObject([{ channel: "C1", thread_ts: "5.5" }]);
  });

  it("directMessage answers only plain user messages in DMs", async () => {
    const client = fakeClient();
    const listener = directMessage(await context());
    await listener({
      message: { channel_type: "channel", user: "U1", text: "help", channel: "C1" },
      client,
    } as never);
    await listener({
      message: { channel_type: "im", user: "U1", text: "trends", channel: "D1" },
      client,
    } as never);
    expect(client.chat.postMessage).toHaveBeenCalledTimes(1);
  });

  it("prefsSubmitted refuses a value the knowledge does not have, naming the field", async () => {
    const ack = vi.fn(async (_?: unknown) => undefined);
    const view = { state: { values: { level: { level: { selected_option: { value: "wizard" } } } } } };
    await prefsSubmitted(await context())({
      ack,
      body: { user: { id: "U1" } },
      view,
      client: fakeClient(),
    } as never);
    expect(ack).toHaveBeenCalledWith({
      response_action: "errors",
      errors: { level: expect.stringContaining("is not a level I know") },
    });
  });
});
