import { describe, expect, it, vi } from "vitest";
import { careerCommand } from "../../../src/slack/listeners/commands/career.js";
import { directMessage } from "../../../src/slack/listeners/events/direct-message.js";
import { appMention } from "../../../src/slack/listeners/events/mention.js";
import { refreshOpenedHome } from "../../../src/slack/listeners/publish-home.js";
import { prefsSubmitted } from "../../../src/slack/listeners/views/prefs-submitted.js";
import { JsonStore } from "../../../src/store/file/json-store.js";
import { tempDataFile } from "../../support/app.js";
import { listenerContext } from "../../support/listener-context.js";
import { troubled } from "../../support/troubled-store.js";

/** Listener callbacks called directly, as Bolt would, with fakes for ack, respond and the Web API client. */
const context = () => listenerContext();

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
    ctx.services.store.updateUser = async () => {
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
    const mentions = [
      { text: "<@UBOT> role dse", user: "U1", channel: "C1", ts: "5.5" },
      { text: "<@UBOT> help", bot_id: "B1", channel: "C1", ts: "6.6" },
    ];
    for (const event of mentions) await listener({ event, client } as never);
    expect(client.chat.postMessage).toHaveBeenCalledTimes(1);
    expect(client.chat.postMessage.mock.calls[0]).toMatchObject([{ channel: "C1", thread_ts: "5.5" }]);
  });

  it("appMention drops every mention as the understanding does, with the comma after it", async () => {
    // One pattern (`mentionsDropped`) for the listener and the pipeline: the question kept with the answer
    // (in its feedback buttons) is the words the person typed, whatever mentions came before them.
    const posted = async (text: string) => {
      const client = fakeClient();
      await appMention(await context())({
        event: { text, user: "U1", channel: "C1", ts: "7.7" },
        client,
      } as never);
      return JSON.stringify(client.chat.postMessage.mock.calls[0]);
    };
    const bare = await posted("<@UBOT> role dse");
    expect(bare).toContain("Data Science Engineer");
    expect(await posted("<@UBOT|career>, <!here> role dse")).toBe(bare);
  });

  it("directMessage answers only plain user messages in DMs", async () => {
    const client = fakeClient();
    const listener = directMessage(await context());
    const messages = [
      { channel_type: "channel", user: "U1", text: "help", channel: "C1" },
      { channel_type: "im", user: "U1", text: "trends", channel: "D1" },
    ];
    for (const message of messages) await listener({ message, client } as never);
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

const command = (text: string, user = "U1") => ({ text, user_id: user, channel_id: "C1" });
const client = { views: { publish: async () => ({ ok: true }) } };

describe("refreshOpenedHome, called directly", () => {
  // Found by the database-faults test: run from a timer with nothing awaiting it, a failed read of the
  // user was an unhandled rejection, which stops a Node process.
  it("logs a store that fails instead of rejecting, and publishes nothing", async () => {
    const ctx = await context();
    ctx.services.store.user = async () => {
      throw new Error("the database is unavailable: Connection terminated unexpectedly");
    };
    const client = fakeClient();
    await expect(refreshOpenedHome(ctx, client as never, "U1")).resolves.toBeUndefined();
    expect(client.views.publish).not.toHaveBeenCalled();
    expect(ctx.logs.join("\n")).toContain(
      "App Home not brought up to date for U1: the database is unavailable",
    );
  });
});

describe("careerCommand, called directly", () => {
  it("acks with the answer and never uses the response URL", async () => {
    const ack = vi.fn(async (_?: unknown) => undefined);
    const respond = vi.fn(async (_: unknown) => undefined);
    await careerCommand(await listenerContext())({
      command: command("salary mle seattle"),
      ack,
      respond,
      client,
    } as never);
    expect(ack).toHaveBeenCalledTimes(1);
    expect(ack.mock.calls[0]?.[0]).toMatchObject({
      response_type: "ephemeral",
      text: expect.stringContaining("$173,517"),
    });
    expect(respond).not.toHaveBeenCalled();
  });

  it("acks empty once the budget is spent, then responds with the answer", async () => {
    const store = troubled("U1", { delayMs: 100 })(await JsonStore.open(tempDataFile()));
    const calls: string[] = [];
    const ack = vi.fn(async (message?: unknown) => {
      calls.push(message === undefined ? "empty ack" : "ack with answer");
    });
    const respond = vi.fn(async (_: unknown) => {
      calls.push("respond");
    });
    await careerCommand(
      await listenerContext(store),
      10,
    )({ command: command("trends"), ack, respond, client } as never);
    expect(calls).toEqual(["empty ack", "respond"]);
    expect(JSON.stringify(respond.mock.calls[0]?.[0])).toContain("Trends shaping ML engineering");
  });

  it("logs a response URL that fails for a slow answer, and tries to apologise", async () => {
    const store = troubled("U1", { delayMs: 50 })(await JsonStore.open(tempDataFile()));
    const ctx = await listenerContext(store);
    const respond = vi
      .fn(async (_: unknown): Promise<unknown> => undefined)
      .mockRejectedValueOnce(new Error("response URL answered 500"));
    await careerCommand(
      ctx,
      5,
    )({ command: command("roles"), ack: async () => undefined, respond, client } as never);
    expect(respond).toHaveBeenCalledTimes(2);
    expect(JSON.stringify(respond.mock.calls[1]?.[0])).toContain("Something went wrong on my side");
    expect(ctx.logs.some((l) => l.includes("/career failed") && l.includes("500"))).toBe(true);
  });
});
