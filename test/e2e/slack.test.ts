import { describe, expect, it } from "vitest";
import { useTestApp } from "../support/app.js";
import { blockKitViolations } from "../support/block-kit.js";
import { textOf } from "../support/career.js";
import { commandAnswer } from "../support/command-answer.js";
import { blockAction, directMessage, event, mention, slashCommand } from "../support/signed.js";
import type { Sent } from "../support/slack-api.js";

const app = useTestApp();
const api = app.api;

describe("service", () => {
  it("answers /healthz with status and roles loaded", async () => {
    const res = await fetch(`http://127.0.0.1:${app.port}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      status: "ok",
      mode: "http",
      roles: expect.any(Number),
      knowledge: expect.stringMatching(/^[0-9a-f]{16}$/),
    });
  });
});

describe("/career", () => {
  it("answers privately in the acknowledgement itself, with no call to the response URL", async () => {
    const res = await slashCommand(app.port, "compare mle swe", api.responseUrl("ack"));
    expect(res.status).toBe(200);
    const sent = await commandAnswer(api, res);
    expect(sent.method).toBe("ack");
    expect(sent.body.response_type).toBe("ephemeral");
    expect(textOf(sent)).toContain("Machine Learning Engineer vs Software Engineer");
    expect(textOf(sent)).toContain("Share in channel");
    expect(api.calls("respond")).toEqual([]);
  });

  it.each([
    ["", "Career Advisor"],
    ["help", "Type any of these after"],
    ["roles", "Principal Applied Scientist (Generative AI)"],
    ["role dse", "Data Science Engineer"],
    ["mle", "Machine Learning Engineer"],
    ["compare lead mle vs software data engineer", "Kaggle"],
    ["salary mle senior seattle", "$173,517"],
    ["skills lead mle", "checkboxes"],
    ["path distinguished mle", "AI Ethics and Policy Analyst"],
    ["gap swe to lead mle", "TensorFlow"],
    ["trends", "Machine Learning Operations (MLOps)"],
    ["ask what does an ML engineer earn in Seattle?", "$173,517"],
    ["what does an ML engineer earn in NYC?", "$184,982"],
    ["role sde", "could mean more than one role"],
    ["role astronaut", "I don't know a role called"],
    ["compare mle", "needs a fix"],
    ["prefs", "Your preferences"],
    ["digest preview", "Career digest"],
    ["digest status", "No digest here"],
  ])("answers `/career %s` within Block Kit limits", async (text, expected) => {
    const sent = await app.career(text);
    expect(textOf(sent)).toContain(expected);
  });

  it("sends answers for Slack's own response URLs through SLACK_API_URL", async () => {
    // Slash commands are answered in the ack; a button click still answers through its response URL.
    const button = { type: "button", action_id: "run_command_0", value: "roles" };
    await blockAction(app.port, button, "https://hooks.slack.com/actions/T1/1234/abcd");
    const [sent] = await api.waitFor("actions/T1/1234/abcd");
    expect(JSON.stringify(sent?.body)).toContain("Roles I know");
  });

  it("escapes <!channel> typed by a user, so it is never sent back as a ping", async () => {
    // Slack sends &, < and > escaped; the bot decodes them once and escapes everything it sends.
    const sent = await app.career("role &lt;!channel&gt; &lt;@U999&gt; &amp; friends");
    expect(textOf(sent)).toContain("&lt;!channel&gt;");
    expect(textOf(sent)).not.toContain("<!channel>");
    expect(textOf(sent)).not.toContain("<@U999>");
  });

  it("answers a 6,000-character input within the limits", async () => {
    const sent = await app.career(`ask ${"what does an mle earn in seattle ".repeat(200).slice(0, 6000)}`);
    expect(textOf(sent)).toContain("$173,517");
  });

  it("rejects a forged signature with 401 and does nothing", async () => {
    const res = await slashCommand(
      app.port,
      "help",
      api.responseUrl("forged"),
      {},
      { secret: "ffffffffffffffffffffffffffffffff" },
    );
    expect(res.status).toBe(401);
    await new Promise((r) => setTimeout(r, 200));
    expect(api.sent).toEqual([]);
  });

  it("rejects a stale timestamp with 401", async () => {
    const res = await slashCommand(
      app.port,
      "help",
      api.responseUrl("stale"),
      {},
      { timestamp: Math.floor(Date.now() / 1000) - 600 },
    );
    expect(res.status).toBe(401);
    await new Promise((r) => setTimeout(r, 200));
    expect(api.sent).toEqual([]);
  });
});

describe("events", () => {
  it("answers a mention in a thread, with the mention stripped", async () => {
    await mention(app.port, "compare mle swe", { ts: "1700000000.000100" });
    const [post] = await api.waitFor("chat.postMessage");
    expect(post?.body.channel).toBe("C1");
    expect(post?.body.thread_ts).toBe("1700000000.000100");
    expect(textOf(post)).toContain("Machine Learning Engineer vs Software Engineer");
    expect(blockKitViolations((post as Sent).body)).toEqual([]);
  });

  it("answers in the existing thread when mentioned inside one", async () => {
    await mention(app.port, "trends", { ts: "2.0", thread_ts: "1.0" });
    const [post] = await api.waitFor("chat.postMessage");
    expect(post?.body.thread_ts).toBe("1.0");
  });

  it("answers a direct message in the DM", async () => {
    await directMessage(app.port, "salary dse", { ts: "3.0" });
    const [post] = await api.waitFor("chat.postMessage");
    expect(post?.body.channel).toBe("D1");
    expect(textOf(post)).toContain("$120,230");
  });

  it("ignores messages from bots and message edits", async () => {
    await directMessage(app.port, "help", { bot_id: "B2", ts: "4.0" });
    await event(app.port, {
      type: "message",
      channel_type: "im",
      subtype: "message_changed",
      channel: "D1",
      ts: "5.0",
    });
    await new Promise((r) => setTimeout(r, 300));
    expect(api.calls("chat.postMessage")).toEqual([]);
  });

  it("answers an event once when Slack retries it", async () => {
    const body = { type: "app_mention", user: "U1", text: "<@UBOT> roles", channel: "C1", ts: "6.0" };
    await event(app.port, body, "EvRetry1");
    await api.waitFor("chat.postMessage");
    const retry = await event(app.port, body, "EvRetry1", {
      headers: { "x-slack-retry-num": "1", "x-slack-retry-reason": "http_timeout" },
    });
    expect(retry.status).toBe(200);
    await new Promise((r) => setTimeout(r, 300));
    expect(api.calls("chat.postMessage")).toHaveLength(1);
  });

  it("publishes App Home when it is opened", async () => {
    await event(app.port, { type: "app_home_opened", user: "U1", channel: "D1", tab: "home" });
    const [publish] = await api.waitFor("views.publish");
    expect(publish?.body.user_id).toBe("U1");
    const view = publish?.body.view as Record<string, unknown>;
    expect(view.type).toBe("home");
    expect(blockKitViolations(view, "view")).toEqual([]);
    expect(JSON.stringify(view)).toContain("Edit preferences");
  });
});

describe("interactive elements", () => {
  const click = (action: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
    blockAction(app.port, action, api.responseUrl("click"), { trigger_id: "trigger-click", ...extra });

  it("runs the command behind a next-step button and answers privately", async () => {
    const res = await click({ type: "button", action_id: "run_command_0", value: "path mle" });
    expect(res.status).toBe(200);
    const [sent] = await api.waitFor("respond");
    expect(sent?.body.response_type).toBe("ephemeral");
    expect(textOf(sent)).toContain("Machine Learning Engineer career path");
  });

  it("shares an answer in the channel", async () => {
    await click({ type: "button", action_id: "share_answer", value: "salary mle seattle" });
    const [sent] = await api.waitFor("respond");
    expect(sent?.body.response_type).toBe("in_channel");
    expect(textOf(sent)).toContain("$173,517");
  });

  it("compares the role shown with the role picked", async () => {
    await click({
      type: "static_select",
      action_id: "compare_with",
      block_id: "compare_with|software-engineer",
      selected_option: {
        text: { type: "plain_text", text: "Machine Learning Engineer" },
        value: "machine-learning-engineer",
      },
    });
    const [sent] = await api.waitFor("respond");
    expect(textOf(sent)).toContain("Software Engineer vs Machine Learning Engineer");
  });

  it("saves a checklist tick, redraws the checklist with the new progress and refreshes App Home", async () => {
    await event(app.port, { type: "app_home_opened", user: "U1", channel: "D1", tab: "home" });
    await api.waitFor("views.publish");
    await click({
      type: "checkboxes",
      action_id: "skills_check|lead-machine-learning-engineer|frameworks|0",
      selected_options: [{ text: { type: "plain_text", text: "PyTorch" }, value: "pytorch" }],
    });
    const [sent] = await api.waitFor("respond");
    expect(sent?.body.replace_original).toBe(true);
    expect(textOf(sent)).toContain("1/28");
    expect((await app.store.user("U1"))?.ticked).toEqual(["pytorch"]);
    const [, refreshed] = await api.waitFor("views.publish", 2);
    expect(refreshed?.body.user_id).toBe("U1");
  });

  it("opens the preferences modal", async () => {
    await click({ type: "button", action_id: "open_prefs", value: "open" });
    const [open] = await api.waitFor("views.open");
    expect(open?.body.trigger_id).toBe("trigger-click");
    expect(JSON.stringify(open?.body.view)).toContain("Who sees my answers");
  });
});
