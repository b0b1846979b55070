import { describe, expect, it, vi } from "vitest";
import type { Assistant } from "../../src/assistant.js";
import { digestCommands } from "../../src/digest/commands.js";
import { HomeRefresher, type SlackContext } from "../../src/slack/context.js";
import { careerCommand } from "../../src/slack/listeners/commands.js";
import { JsonStore, type Store } from "../../src/store/store.js";
import { recordingLogger, startTestApp, type TestApp, tempDataFile, useTestApp } from "../support/app.js";
import { blockKitViolations } from "../support/block-kit.js";
import { careerRequest } from "../support/career.js";
import { realKnowledge } from "../support/knowledge.js";
import { event } from "../support/signed.js";

const app = useTestApp();
const api = app.api;

/** Sends `/career <text>` and returns the HTTP response's body, parsed ("" when the ack was empty). */
async function acknowledgement(
  to: TestApp,
  text: string,
  user = "U1",
): Promise<Record<string, unknown> | ""> {
  const res = await careerRequest(to.api, to.port, text, { user });
  expect(res.status).toBe(200);
  const body = await res.text();
  return body ? (JSON.parse(body) as Record<string, unknown>) : "";
}

/** Lets anything the app might still send arrive, so that its absence means something. */
const settle = () => new Promise((r) => setTimeout(r, 300));

/** A store whose `user` read is held up for `ms` (or fails) for one user, as a slow or broken disk would. */
function troubled(userId: string, trouble: { delayMs: number } | { error: Error }) {
  return (store: Store): Store =>
    new Proxy(store, {
      get(target, key, receiver) {
        const value = Reflect.get(target, key, receiver);
        if (key !== "user") return value;
        return async (id: string) => {
          if (id === userId) {
            if ("error" in trouble) throw trouble.error;
            await new Promise((r) => setTimeout(r, trouble.delayMs));
          }
          return target.user(id);
        };
      },
    });
}

describe("/career answered in one round trip", () => {
  it("puts `/career compare mle swe` in the HTTP response, with no call to the response URL", async () => {
    const answer = await acknowledgement(app, "compare mle swe");
    expect(answer).not.toBe("");
    const message = answer as Record<string, unknown>;
    expect(message.response_type).toBe("ephemeral");
    expect(JSON.stringify(message)).toContain("Machine Learning Engineer vs Software Engineer");
    expect(JSON.stringify(message)).toContain("Share in channel");
    expect(blockKitViolations(message)).toEqual([]);
    await settle();
    expect(api.calls("respond")).toEqual([]);
  });

  it("escapes text from the user in the acknowledgement as everywhere else", async () => {
    const answer = JSON.stringify(await acknowledgement(app, "role &lt;!channel&gt;"));
    expect(answer).toContain("&lt;!channel&gt;");
    expect(answer).not.toContain("<!channel>");
  });

  it("answers in the channel, in the ack, for someone who chose channel visibility", async () => {
    await acknowledgement(app, "prefs set visibility channel", "UCHAN");
    const answer = (await acknowledgement(app, "salary mle seattle", "UCHAN")) as Record<string, unknown>;
    expect(answer.response_type).toBe("in_channel");
    expect(JSON.stringify(answer)).toContain("$173,517");
    expect(JSON.stringify(answer)).not.toContain("Share in channel");
  });

  it("still refreshes App Home after a preference change answered in the ack", async () => {
    const homes = () => api.calls("views.publish").filter((c) => c.body.user_id === "UHOME");
    await event(app.port, { type: "app_home_opened", user: "UHOME", channel: "D1", tab: "home" });
    await vi.waitFor(() => expect(homes()).toHaveLength(1));
    const answer = await acknowledgement(app, "prefs set level senior", "UHOME");
    expect(JSON.stringify(answer)).toContain("Senior level");
    await vi.waitFor(() => expect(homes()).toHaveLength(2));
    expect(JSON.stringify(homes()[1]?.body.view)).toContain("Senior level");
  });
});

describe("/career answers given again (answers are reused, never stale)", () => {
  it("follows the asker's own preferences, and never passes them to someone else", async () => {
    expect(JSON.stringify(await acknowledgement(app, "salary mle", "UPREF"))).not.toContain(
      "your saved location",
    );
    await acknowledgement(app, "prefs set location chicago", "UPREF");
    expect(JSON.stringify(await acknowledgement(app, "salary mle", "UPREF"))).toContain(
      "your saved location (Illinois (Chicago))",
    );
    expect(JSON.stringify(await acknowledgement(app, "salary mle", "UOTHER"))).not.toContain(
      "your saved location",
    );
  });

  it("redraws a checklist with the person's ticks", async () => {
    expect(JSON.stringify(await acknowledgement(app, "skills lead mle", "UTICK"))).toContain("0/28");
    await app.store.updateUser("UTICK", (u) => ({ ...u, ticked: ["pytorch"] }));
    expect(JSON.stringify(await acknowledgement(app, "skills lead mle", "UTICK"))).toContain("1/28");
  });

  it("carries out the same digest command in each channel it is typed in", async () => {
    for (const channel of ["CD1", "CD2"]) {
      const res = await careerRequest(api, app.port, "digest subscribe 09:00 UTC", { user: "UDIG", channel });
      expect(await res.text()).toContain("Daily digest subscribed");
    }
    expect(await app.store.subscription("CD1")).toBeDefined();
    expect(await app.store.subscription("CD2")).toBeDefined();
  });
});

describe("/career answers that are slow or fail", () => {
  it("acknowledges a slow answer empty, then answers through the response URL", async () => {
    const slow = await startTestApp(api, { wrapStore: troubled("USLOW", { delayMs: 1500 }) });
    try {
      expect(await acknowledgement(slow, "compare mle swe", "USLOW")).toBe("");
      const [sent] = await api.waitFor("respond");
      expect(sent?.body.response_type).toBe("ephemeral");
      expect(JSON.stringify(sent?.body)).toContain("Machine Learning Engineer vs Software Engineer");
      expect(blockKitViolations(sent?.body ?? {})).toEqual([]);
      // Everyone else is still answered at once.
      expect(JSON.stringify(await acknowledgement(slow, "roles", "UQUICK"))).toContain("Roles I know");
    } finally {
      await slow.stop();
    }
  });

  it("answers a failure with the apology in the acknowledgement", async () => {
    const broken = await startTestApp(api, {
      wrapStore: troubled("UFAIL", { error: new Error("disk gone") }),
    });
    try {
      const answer = await acknowledgement(broken, "compare mle swe", "UFAIL");
      expect(JSON.stringify(answer)).toContain("Something went wrong on my side");
      expect(blockKitViolations(answer as Record<string, unknown>)).toEqual([]);
      expect(broken.logs.some((l) => l.startsWith("error /career failed") && l.includes("disk gone"))).toBe(
        true,
      );
    } finally {
      await broken.stop();
    }
  });
});

/** careerCommand called directly, as Bolt would, with fakes for ack, respond and the Web API client. */
async function context(store?: Store): Promise<SlackContext & { logs: string[] }> {
  const kb = realKnowledge();
  const s = store ?? (await JsonStore.open(tempDataFile()));
  const directory = { userTimezone: async () => "UTC", isMember: async () => true };
  const assistant: Assistant = {
    kb,
    store: s,
    digest: digestCommands({ kb, store: s, directory, clock: () => new Date() }),
    clock: () => new Date(),
  };
  const logs: string[] = [];
  return {
    assistant,
    roles: kb.knowledge.roles.map((r) => ({ id: r.id, name: r.name })),
    logger: recordingLogger(logs),
    home: new HomeRefresher(async () => undefined),
    logs,
  };
}

const command = (text: string, user = "U1") => ({ text, user_id: user, channel_id: "C1" });
const client = { views: { publish: async () => ({ ok: true }) } };

describe("careerCommand, called directly", () => {
  it("acks with the answer and never uses the response URL", async () => {
    const ack = vi.fn(async (_?: unknown) => undefined);
    const respond = vi.fn(async (_: unknown) => undefined);
    await careerCommand(await context())({
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
      await context(store),
      10,
    )({ command: command("trends"), ack, respond, client } as never);
    expect(calls).toEqual(["empty ack", "respond"]);
    expect(JSON.stringify(respond.mock.calls[0]?.[0])).toContain("Trends shaping ML engineering");
  });

  it("logs a response URL that fails for a slow answer, and tries to apologise", async () => {
    const store = troubled("U1", { delayMs: 50 })(await JsonStore.open(tempDataFile()));
    const ctx = await context(store);
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
