import { beforeEach, describe, expect, it } from "vitest";
import type { Store } from "../../src/store/store.js";
import { useTestApp } from "../support/app.js";
import { blockKitViolations } from "../support/block-kit.js";
import { commandAnswer } from "../support/command-answer.js";
import { interaction, sendSigned, slashCommand } from "../support/signed.js";
import type { Sent } from "../support/slack-api.js";

/**
 * Every store call the app makes, by method: a malformed request must make none. The digest scheduler's
 * minute tick (it lists the subscriptions) runs whenever it falls due, so it is left out.
 */
const storeCalls: string[] = [];
const schedulerTick = "subscriptions";
const counting = (store: Store): Store =>
  new Proxy(store, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver);
      if (typeof value !== "function") return value;
      return (...args: unknown[]) => {
        if (key !== schedulerTick) storeCalls.push(String(key));
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
const app = useTestApp({ wrapStore: counting });
const api = app.api;

beforeEach(() => {
  api.clear();
  storeCalls.length = 0;
});

let n = 0;
const envelope = (fields: Record<string, unknown>) =>
  JSON.stringify({
    token: "legacy-verification-token",
    team_id: "T1",
    api_app_id: "A1",
    type: "event_callback",
    event_id: `EvBad${++n}`,
    event_time: 1,
    authorizations: [{ team_id: "T1", user_id: "UBOT", is_bot: true }],
    ...fields,
  });
const json = "application/json";
const form = "application/x-www-form-urlencoded";
const payloadForm = (payload: unknown) =>
  new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
const text = (s: Sent | undefined) => JSON.stringify(s?.body);
/** Lines logged at info, warn or error (debug lines are Bolt's and the app's tracing). */
const loudLines = (from: number) => app.logs.slice(from).filter((l) => !l.startsWith("debug"));
const settle = () => new Promise((r) => setTimeout(r, 150));

describe("malformed payloads, correctly signed", () => {
  const events: [string, string][] = [
    ["an event that is null", envelope({ event: null })],
    ["an event_callback without an event", envelope({})],
    ["an event without a type", envelope({ event: { user: "U1", channel: "C1" } })],
    ["an event that is a string", envelope({ event: "app_mention" })],
    [
      "a mention without text",
      envelope({ event: { type: "app_mention", user: "U1", channel: "C1", ts: "1.0" } }),
    ],
    [
      "a mention without a channel",
      envelope({ event: { type: "app_mention", user: "U1", text: "hi", ts: "1.0" } }),
    ],
    [
      "a DM without a channel",
      envelope({ event: { type: "message", channel_type: "im", user: "U1", ts: "1.0" } }),
    ],
    ["App Home opened by nobody", envelope({ event: { type: "app_home_opened", tab: "home" } })],
    ["an assistant thread without its thread", envelope({ event: { type: "assistant_thread_started" } })],
  ];
  it.each(events)(
    "acknowledges %s with a 200 (so Slack does not retry), one log line, nothing else",
    async (_, body) => {
      const from = app.logs.length;
      const res = await sendSigned(app.port, body, json);
      expect(res.status).toBe(200);
      await settle();
      expect(loudLines(from)).toHaveLength(1);
      expect(loudLines(from)[0]).toMatch(/^warn ignored a malformed request: /);
      expect(api.sent).toEqual([]);
      // Not even its event id is kept, nor a rate-limit token taken.
      expect(storeCalls).toEqual([]);
    },
  );

  const others: [string, string, string][] = [
    ["a body that is null", "null", json],
    ["a body that is an array", "[]", json],
    ["a body that is a number", "42", json],
    ["an interaction whose payload is null", "payload=null", form],
    ["a body without a type", "{}", json],
    ["a type Slack never sends", JSON.stringify({ type: "weird", team_id: "T1" }), json],
    [
      "block_actions without actions",
      payloadForm({ type: "block_actions", user: { id: "U1" }, team: { id: "T1" } }),
      form,
    ],
    [
      "block_actions without a user",
      payloadForm({
        type: "block_actions",
        team: { id: "T1" },
        actions: [{ action_id: "run_command_0", value: "roles" }],
      }),
      form,
    ],
    [
      "a select without its selected option",
      payloadForm({
        type: "block_actions",
        user: { id: "U1" },
        actions: [
          { type: "static_select", action_id: "compare_with", block_id: "compare_with|software-engineer" },
        ],
      }),
      form,
    ],
    [
      "a view submission without the view's state",
      payloadForm({
        type: "view_submission",
        user: { id: "U1" },
        view: { id: "V1", callback_id: "prefs_modal" },
      }),
      form,
    ],
    ["a slash command without a user", "command=%2Fcareer&text=roles&channel_id=C1&response_url=x", form],
  ];
  it.each(others)("refuses %s with a 400, one log line, nothing else", async (_, body, contentType) => {
    const from = app.logs.length;
    const res = await sendSigned(app.port, body, contentType);
    expect(res.status).toBe(400);
    await settle();
    expect(loudLines(from)).toHaveLength(1);
    expect(loudLines(from)[0]).toMatch(/^warn ignored a malformed request: /);
    expect(api.sent).toEqual([]);
    expect(storeCalls).toEqual([]);
  });

  it("answers JSON that does not parse with a 400 and one line (Bolt's own)", async () => {
    const from = app.logs.length;
    const res = await sendSigned(app.port, "{not json", json);
    expect(res.status).toBe(400);
    await settle();
    expect(loudLines(from)).toEqual([expect.stringMatching(/^warn Malformed request body/)]);
  });

  it("still refuses an unsigned malformed body as unsigned (401), not as malformed", async () => {
    const res = await sendSigned(app.port, "null", json, { secret: "ffffffffffffffffffffffffffffffff" });
    expect(res.status).toBe(401);
  });

  it("acknowledges Slack's app_rate_limited notice with a 200 and a warning", async () => {
    const from = app.logs.length;
    const res = await sendSigned(
      app.port,
      JSON.stringify({
        token: "t",
        type: "app_rate_limited",
        team_id: "T1",
        minute_rate_limited: 1,
        api_app_id: "A1",
      }),
      json,
    );
    expect(res.status).toBe(200);
    await settle();
    expect(loudLines(from)).toEqual([expect.stringMatching(/^warn Slack is not sending this app's events/)]);
  });

  it("keeps answering well-formed requests after all that", async () => {
    const sent = await commandAnswer(api, await slashCommand(app.port, "role mle", api.responseUrl("ok")));
    expect(text(sent)).toContain("Machine Learning Engineer");
  });
});

describe("buttons, views and shortcuts from an older version of the app", () => {
  const fromMessage = {
    type: "block_actions",
    user: { id: "U1", team_id: "T1" },
    channel: { id: "C1" },
    container: { type: "message", message_ts: "1.0", is_ephemeral: true },
    trigger_id: "t1",
  };

  it("acknowledges a button no listener knows and says privately, under the message, what to try", async () => {
    const res = await interaction(app.port, {
      ...fromMessage,
      response_url: api.responseUrl("old-button"),
      actions: [{ type: "button", action_id: "salary_by_city_v1", block_id: "b", value: "x" }],
    });
    expect(res.status).toBe(200);
    const [sent] = await api.waitFor("respond");
    expect(sent?.body.response_type).toBe("ephemeral");
    expect(sent?.body.replace_original).toBe(false);
    expect(text(sent)).toContain("This button is from an older version of the app; try `/career help`");
    expect(blockKitViolations(sent?.body ?? {})).toEqual([]);
  });

  it("answers an old button on App Home (no response URL) in the app's DM", async () => {
    const res = await interaction(app.port, {
      type: "block_actions",
      user: { id: "U1", team_id: "T1" },
      container: { type: "view", view_id: "VHOME" },
      view: { id: "VHOME", type: "home" },
      trigger_id: "t2",
      actions: [{ type: "button", action_id: "home_quick_v1", block_id: "b", value: "x" }],
    });
    expect(res.status).toBe(200);
    const [sent] = await api.waitFor("chat.postMessage");
    expect(sent?.body.channel).toBe("U1");
    expect(text(sent)).toContain("from an older version of the app");
  });

  it("answers an old select menu too", async () => {
    await interaction(app.port, {
      ...fromMessage,
      response_url: api.responseUrl("old-select"),
      actions: [
        {
          type: "static_select",
          action_id: "pick_level_v1",
          block_id: "b",
          selected_option: { text: { type: "plain_text", text: "Senior" }, value: "senior" },
        },
      ],
    });
    const [sent] = await api.waitFor("respond");
    expect(text(sent)).toContain("This menu is from an older version of the app");
  });

  it("updates an old modal in place with the note when it is submitted", async () => {
    const res = await interaction(app.port, {
      type: "view_submission",
      user: { id: "U1", team_id: "T1" },
      trigger_id: "t3",
      view: { id: "V1", type: "modal", callback_id: "goals_modal_v1", state: { values: {} } },
    });
    expect(res.status).toBe(200);
    const answer = (await res.json()) as { response_action: string; view: Record<string, unknown> };
    expect(answer.response_action).toBe("update");
    expect(answer.view.type).toBe("modal");
    expect(JSON.stringify(answer.view)).toContain("This form is from an older version of the app");
    expect(blockKitViolations(answer.view, "view")).toEqual([]);
    expect(api.sent).toEqual([]);
  });

  it("acknowledges an old modal being closed, and says nothing", async () => {
    const res = await interaction(app.port, {
      type: "view_closed",
      user: { id: "U1", team_id: "T1" },
      view: { id: "V1", type: "modal", callback_id: "goals_modal_v1" },
    });
    expect(res.status).toBe(200);
    await settle();
    expect(api.sent).toEqual([]);
  });

  it("answers a global shortcut the app no longer has in the app's DM", async () => {
    const res = await interaction(app.port, {
      type: "shortcut",
      callback_id: "career_quiz",
      user: { id: "U1", team_id: "T1" },
      trigger_id: "t4",
    });
    expect(res.status).toBe(200);
    const [sent] = await api.waitFor("chat.postMessage");
    expect(sent?.body.channel).toBe("U1");
    expect(text(sent)).toContain("This shortcut is from an older version of the app");
  });

  it("answers a message shortcut the app no longer has privately, through its response URL", async () => {
    const res = await interaction(app.port, {
      type: "message_action",
      callback_id: "explain_message",
      user: { id: "U1", team_id: "T1" },
      channel: { id: "C1" },
      message: { ts: "1.0", text: "hello" },
      response_url: api.responseUrl("old-shortcut"),
      trigger_id: "t5",
    });
    expect(res.status).toBe(200);
    const [sent] = await api.waitFor("respond");
    expect(sent?.body.response_type).toBe("ephemeral");
    expect(text(sent)).toContain("This shortcut is from an older version of the app");
  });

  it("answers a slash command the app no longer has in its acknowledgement", async () => {
    const res = await slashCommand(app.port, "anything", api.responseUrl("old-cmd"), {
      command: "/careers-old",
    });
    const sent = await commandAnswer(api, res);
    expect(sent.method).toBe("ack");
    expect(sent.body.response_type).toBe("ephemeral");
    expect(text(sent)).toContain("This command is from an older version of the app");
  });

  it("gives an old menu's option request an empty list", async () => {
    const res = await interaction(app.port, {
      type: "block_suggestion",
      action_id: "search_roles_v1",
      block_id: "b",
      user: { id: "U1", team_id: "T1" },
      value: "ml",
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ options: [] });
  });

  it("answers a current button as before, with no note", async () => {
    await interaction(app.port, {
      ...fromMessage,
      response_url: api.responseUrl("current"),
      actions: [{ type: "button", action_id: "run_command_0", block_id: "b", value: "path mle" }],
    });
    const sent = await api.waitFor("respond");
    expect(sent).toHaveLength(1);
    expect(text(sent[0])).toContain("Machine Learning Engineer career path");
    expect(text(sent[0])).not.toContain("older version");
  });
});
