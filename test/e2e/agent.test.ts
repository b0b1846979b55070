import { describe, expect, it } from "vitest";
import { lookingUp } from "../../src/slack/listeners/working-status.js";
import { useTestApp, withTestApp } from "../support/app.js";
import { blockKitViolations } from "../support/block-kit.js";
import { textOf } from "../support/career.js";
import { directMessage, event, interaction, mention } from "../support/signed.js";
import type { Sent } from "../support/slack-api.js";
import { troubled } from "../support/troubled-store.js";

const app = useTestApp({ env: { ADMIN_USER_IDS: "UADMIN" } });
const api = app.api;

/*
 * Slack's agent messaging experience end to end (agent_view): the real app on its HTTP receiver, events
 * and clicks signed as Slack signs them, answers read from the Web API stand-in. Also 👍 / 👎 under answers
 * in mentions, threads and DMs, and the pay charts Slack draws (CHARTS=native, the default).
 */
let clock = 1_800_000_000;
const nextTs = () => `${++clock}.000100`;

type Block = { type: string; [k: string]: unknown };
const blocksOf = (s: Sent | undefined) => (s?.body.blocks ?? []) as Block[];
const types = (s: Sent | undefined) => blocksOf(s).map((b) => b.type);

/** The person writes `words` at the top of the app's Messages tab (their DM with the app). */
async function dm(port: number, words: string, user = "U1", threadTs?: string) {
  const ts = nextTs();
  api.clear();
  await directMessage(port, words, {
    user,
    channel: `D${user}`,
    ts,
    ...(threadTs ? { thread_ts: threadTs } : {}),
  });
  const [post] = await api.waitFor("chat.postMessage");
  expect(blockKitViolations(post?.body ?? {})).toEqual([]);
  return { post: post as Sent, ts };
}

/** A click on 👍 or 👎 under `answer`, by `user`. */
function click(port: number, answer: Sent, which: "positive" | "negative", user = "U1") {
  const block = blocksOf(answer).find((b) => b.type === "context_actions") as unknown as {
    elements: { action_id: string; positive_button: { value: string }; negative_button: { value: string } }[];
  };
  const buttons = block.elements[0];
  if (!buttons) throw new Error("no feedback buttons");
  const thread_ts = answer.body.thread_ts as string | undefined;
  return interaction(port, {
    type: "block_actions",
    user: { id: user, name: "ada" },
    channel: { id: answer.body.channel, name: "directmessage" },
    container: { type: "message", message_ts: nextTs(), channel_id: answer.body.channel, thread_ts },
    message: { ts: nextTs(), thread_ts, text: answer.body.text },
    response_url: api.responseUrl("feedback"),
    trigger_id: `trigger-${nextTs()}`,
    actions: [
      {
        type: "feedback_buttons",
        action_id: buttons.action_id,
        block_id: "fb",
        action_ts: nextTs(),
        value: which === "positive" ? buttons.positive_button.value : buttons.negative_button.value,
        text: { type: "plain_text", text: which === "positive" ? "👍" : "👎" },
      },
    ],
  });
}

describe("the Messages tab (agent messaging)", () => {
  it("suggests at least three prompts when the tab is opened: the DM's channel, no thread", async () => {
    await event(app.port, {
      type: "app_home_opened",
      user: "U1",
      channel: "DU1",
      tab: "messages",
      event_ts: nextTs(),
    });
    const [suggested] = await api.waitFor("assistant.threads.setSuggestedPrompts");
    expect(suggested?.body.channel_id).toBe("DU1");
    expect(suggested?.body).not.toHaveProperty("thread_ts");
    const prompts = suggested?.body.prompts as { title: string; message: string }[];
    expect(prompts.length).toBeGreaterThanOrEqual(3);
    expect(prompts.length).toBeLessThanOrEqual(4); // Slack shows up to four
    expect(prompts.map((p) => p.message)).toContain("What are the trends in ML engineering?");
    expect(api.calls("views.publish")).toEqual([]); // that is App Home's tab, not this one
  });

  it("answers each message in a thread of its own, and a follow-up there from the thread's context", async () => {
    const first = await dm(app.port, "what does a lead ml engineer do?");
    expect(first.post.body.channel).toBe("DU1");
    expect(first.post.body.thread_ts).toBe(first.ts);
    expect(textOf(first.post)).toContain("What a Lead Machine Learning Engineer does");
    const follow = await dm(app.port, "and which tools does it use?", "U1", first.ts);
    expect(follow.post.body.thread_ts).toBe(first.ts);
    expect(textOf(follow.post)).toContain("Tools and frameworks a Lead Machine Learning Engineer uses");
    // A new top-level message starts afresh: its own thread, not the last one's roles.
    const fresh = await dm(app.port, "and which tools does it use?");
    expect(fresh.post.body.thread_ts).toBe(fresh.ts);
    expect(textOf(fresh.post)).not.toContain("Lead Machine Learning Engineer uses");
  });

  it("answers a digest question about the channel the person is looking at (app_context_changed)", async () => {
    await event(app.port, {
      type: "app_context_changed",
      user: "U2",
      channel: "DU2",
      context: { entities: [{ type: "slack#/types/channel_id", value: "CVIEW", team_id: "T1" }] },
      event_ts: nextTs(),
    });
    api.answer("conversations.info", () => ({
      json: { ok: true, channel: { id: "CVIEW", is_member: true } },
    }));
    const sub = await dm(app.port, "digest subscribe 08:30 Europe/Paris", "U2");
    expect(textOf(sub.post)).toContain("08:30");
    // Subscribing writes, so it stays about where it was typed: the DM.
    expect((await app.store.subscription("DU2"))?.time).toBe("08:30");
    expect(await app.store.subscription("CVIEW")).toBeUndefined();
    await app.store.saveSubscription({
      channelId: "CVIEW",
      time: "07:15",
      zone: "UTC",
      subscribedBy: "U9",
      createdAt: new Date().toISOString(),
    });
    const status = await dm(app.port, "digest status", "U2");
    expect(textOf(status.post)).toContain("07:15 UTC"); // the viewed channel's, not the DM's 08:30
    // Looking at nothing in particular: back to the DM's own.
    await event(app.port, {
      type: "app_context_changed",
      user: "U2",
      channel: "DU2",
      context: {},
      event_ts: nextTs(),
    });
    expect(textOf((await dm(app.port, "digest status", "U2")).post)).toContain("08:30 Europe/Paris");
  });
});

describe("the Messages tab when answering is slow or fails", () => {
  it("shows that it is working in the message's thread, and the answer replaces it", async () => {
    await withTestApp(api, { wrapStore: troubled("USLOW", { delayMs: 1000 }) }, async (slow) => {
      const { post, ts } = await dm(slow.port, "trends", "USLOW");
      expect(textOf(post)).toContain("Trends shaping ML engineering");
      const statuses = api.calls("assistant.threads.setStatus");
      expect(statuses).toHaveLength(1);
      expect(statuses[0]?.body).toMatchObject({ channel_id: "DUSLOW", thread_ts: ts, status: lookingUp });
      // Set before the answer went out, so Slack's reply clears it.
      const order = api.sent.map((s) => s.method);
      expect(order.indexOf("assistant.threads.setStatus")).toBeLessThan(order.indexOf("chat.postMessage"));
    });
  });

  it("clears the status itself when no answer could be posted", async () => {
    await withTestApp(api, { wrapStore: troubled("UGONE", { delayMs: 1000 }) }, async (slow) => {
      api.answer("chat.postMessage", () => ({ json: { ok: false, error: "channel_not_found" } }), 2);
      api.clear();
      const ts = nextTs();
      await directMessage(slow.port, "trends", { user: "UGONE", channel: "DUGONE", ts });
      const statuses = await api.waitFor("assistant.threads.setStatus", 2);
      expect(statuses.map((s) => s.body.status)).toEqual([lookingUp, ""]);
      expect(statuses[1]?.body).toMatchObject({ channel_id: "DUGONE", thread_ts: ts });
      expect(api.calls("chat.postMessage")).toHaveLength(2); // the answer, then the apology: both refused
    });
  });
});

describe("pay charts Slack draws (CHARTS=native)", () => {
  it("puts bar charts of the answer's own figures into the answer, and uploads nothing", async () => {
    const { post } = await dm(app.port, "salary mle");
    const charts = blocksOf(post).filter((b) => b.type === "data_visualization") as unknown as {
      title: string;
      chart: { series: { name: string; data: { label: string; value: number }[] }[] };
    }[];
    // The official percentiles first (Slack draws two charts a message at most), then by level.
    expect(charts.map((c) => c.title)).toEqual([
      "Machine Learning Engineer: pay percentiles",
      "Machine Learning Engineer pay by level",
    ]);
    const percentileLow = charts[0]?.chart.series.find((s) => s.name === "Low end")?.data[0]?.value ?? 0;
    expect(textOf(post)).toContain(`$${percentileLow.toLocaleString("en-US")} –`);
    expect(charts[1]?.chart.series.find((s) => s.name === "Low end")?.data[0]).toEqual({
      label: "Entry level",
      value: 96_000,
    });
    expect(textOf(post)).toContain("$96,000 – $152,601"); // and the text says the same
    await new Promise((r) => setTimeout(r, 200));
    expect(api.calls("files.getUploadURLExternal")).toEqual([]);
  });

  it("charts a comparison's roles side by side, with a table of the comparison", async () => {
    const post = (await dm(app.port, "compare mle swe")).post;
    expect(types(post)).toContain("table");
    expect(types(post).filter((t) => t === "data_visualization")).toHaveLength(1);
    expect(textOf(post)).toContain("Skills both need"); // the sections stay under the table
  });

  it("draws none with CHARTS=off", async () => {
    await withTestApp(api, { env: { CHARTS: "off" } }, async (off) => {
      const { post } = await dm(off.port, "salary mle");
      expect(types(post)).not.toContain("data_visualization");
      await new Promise((r) => setTimeout(r, 200));
      expect(api.calls("files.getUploadURLExternal")).toEqual([]);
    });
  });
});

describe("👍 / 👎 on answers", () => {
  it("is under every answer in DMs, in a mention's thread and in an assistant thread", async () => {
    expect(types((await dm(app.port, "trends")).post).at(-1)).toBe("context_actions");
    api.clear();
    await mention(app.port, "roles", { ts: nextTs() });
    expect(types((await api.waitFor("chat.postMessage"))[0]).at(-1)).toBe("context_actions");
    api.clear();
    const thread = nextTs();
    await event(app.port, {
      type: "assistant_thread_started",
      assistant_thread: { user_id: "U5", context: {}, channel_id: "DU5", thread_ts: thread },
      event_ts: thread,
    });
    await api.waitFor("chat.postMessage"); // the greeting
    const follow = await dm(app.port, "path mle", "U5", thread);
    expect(types(follow.post).at(-1)).toBe("context_actions");
  });

  it("acknowledges a click at once, thanks privately in the thread, and records it without the user id", async () => {
    const { post, ts } = await dm(app.port, "what does an ML engineer earn in Oslo?", "UFB");
    const res = await click(app.port, post, "negative", "UFB");
    expect(res.status).toBe(200);
    const [thanks] = await api.waitFor("chat.postEphemeral");
    expect(thanks?.body).toMatchObject({ channel: "DUFB", user: "UFB", thread_ts: ts });
    expect(String(thanks?.body.text)).toContain("Thanks for the 👎");
    const since = new Date(Date.now() - 60_000);
    const [kept] = (await app.store.feedbackSince(since)).filter((f) => f.question?.includes("Oslo"));
    expect(kept).toMatchObject({ value: "negative", roles: ["machine-learning-engineer"] });
    expect(kept?.knowledge).toMatch(/^[0-9a-f]{16}$/);
    expect(JSON.stringify(await app.store.exportData().then((d) => d.feedback))).not.toContain("UFB");

    await click(app.port, post, "positive", "UFB");
    const [, second] = await api.waitFor("chat.postEphemeral", 2);
    expect(String(second?.body.text)).toContain("Thanks for the 👍");
  });

  it("shows the operator the 👎 share per kind of answer and the latest 👎 questions on App Home", async () => {
    const { post } = await dm(app.port, "how much does a rocket surgeon earn?", "U6");
    await click(app.port, post, "negative", "U6");
    await api.waitFor("chat.postEphemeral");
    api.clear();
    await event(app.port, {
      type: "app_home_opened",
      user: "UADMIN",
      channel: "DUADMIN",
      tab: "home",
      event_ts: nextTs(),
    });
    const [home] = await api.waitFor("views.publish");
    const view = JSON.stringify(home?.body.view);
    expect(view).toContain("👍 / 👎 on answers");
    expect(view).toMatch(/\d+% 👎 of \d+/);
    expect(view).toContain("how much does a rocket surgeon earn?");
    expect(blockKitViolations(home?.body.view as Record<string, unknown>, "view")).toEqual([]);
  });

  it("keeps no question's words with INSIGHTS=off, and counts clicks in Prometheus", async () => {
    await withTestApp(api, { env: { INSIGHTS: "off", METRICS_PORT: "0" } }, async (quiet) => {
      const { post } = await dm(quiet.port, "salary mle", "UQ");
      await click(quiet.port, post, "negative", "UQ");
      await api.waitFor("chat.postEphemeral");
      const kept = await quiet.store.feedbackSince(new Date(Date.now() - 60_000));
      expect(kept).toHaveLength(1);
      expect(kept[0]).not.toHaveProperty("question");
      const metrics = await (await fetch(`http://127.0.0.1:${quiet.service.metricsPort}/metrics`)).text();
      expect(metrics).toContain('career_feedback_total{kind="salary",value="negative"} 1');
    });
  });
});
