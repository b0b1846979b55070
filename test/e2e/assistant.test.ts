import { describe, expect, it } from "vitest";
import { lookingUp } from "../../src/slack/listeners/working-status.js";
import { useTestApp, withTestApp } from "../support/app.js";
import { blockKitViolations } from "../support/block-kit.js";
import { textOf } from "../support/career.js";
import { directMessage, event, slashCommand } from "../support/signed.js";
import type { Sent } from "../support/slack-api.js";
import { troubled } from "../support/troubled-store.js";

const app = useTestApp();
const api = app.api;

let clock = 1_700_000_000;
const nextTs = () => `${++clock}.000200`;

type Thread = { channel: string; ts: string };

/** An assistant thread event (started, or its context changed): `user` in `thread`, looking at `viewing`. */
function threadEvent(
  port: number,
  type: string,
  thread: Thread,
  viewing: string,
  user: string,
  eventTs: string,
) {
  return event(port, {
    type,
    assistant_thread: {
      user_id: user,
      context: { channel_id: viewing, team_id: "T1", enterprise_id: null },
      channel_id: thread.channel,
      thread_ts: thread.ts,
    },
    event_ts: eventTs,
  });
}

/** Slack opens an assistant thread for `user`, who is looking at `viewing`. */
async function startThread(port: number, user = "U1", viewing = "C1"): Promise<Thread> {
  const thread = { channel: `D${user}`, ts: nextTs() };
  await threadEvent(port, "assistant_thread_started", thread, viewing, user, thread.ts);
  return thread;
}

/** The person sends `words` in the thread; returns the bot's answer there. */
async function ask(port: number, thread: { channel: string; ts: string }, words: string, user = "U1") {
  api.clear();
  await directMessage(port, words, { user, channel: thread.channel, ts: nextTs(), thread_ts: thread.ts });
  const [post] = await api.waitFor("chat.postMessage");
  if (!post) throw new Error("no answer");
  expect(post.body.channel).toBe(thread.channel);
  expect(post.body.thread_ts).toBe(thread.ts);
  expect(blockKitViolations(post.body)).toEqual([]);
  return post;
}

/** `user` looks at another channel (`viewing`) while `thread` is open. */
async function viewChannel(port: number, thread: Thread, viewing: string, user = "U1") {
  await threadEvent(port, "assistant_thread_context_changed", thread, viewing, user, nextTs());
}

const prompts = (s: Sent | undefined) => (s?.body.prompts ?? []) as { title: string; message: string }[];

describe("the assistant container", () => {
  it("greets a new thread and suggests prompts for that channel and thread", async () => {
    const thread = await startThread(app.port);
    const [suggested] = await api.waitFor("assistant.threads.setSuggestedPrompts");
    expect(suggested?.body.channel_id).toBe(thread.channel);
    expect(suggested?.body.thread_ts).toBe(thread.ts);
    expect(prompts(suggested).length).toBeGreaterThanOrEqual(3);
    expect(prompts(suggested).map((p) => p.message)).toContain(
      "How does a machine learning engineer differ from a software engineer?",
    );
    const [hello] = await api.waitFor("chat.postMessage");
    expect(hello?.body.thread_ts).toBe(thread.ts);
    expect(textOf(hello)).toContain("Career Advisor");
    expect(blockKitViolations(hello?.body ?? {})).toEqual([]);
  });

  it("turns the suggested prompts towards the person's saved target role, level and place", async () => {
    const res = await slashCommand(app.port, "prefs set role lead mle", api.responseUrl("p1"), {
      user_id: "UT",
    });
    expect(await res.text()).toContain("Lead Machine Learning Engineer");
    await startThread(app.port, "UT");
    const [suggested] = await api.waitFor("assistant.threads.setSuggestedPrompts");
    expect(prompts(suggested).map((p) => p.message)).toContain(
      "What should I learn to become a Lead Machine Learning Engineer?",
    );
  });

  it("answers in the thread, names the thread after its first question, and answers a follow-up from context", async () => {
    const thread = await startThread(app.port);
    await api.waitFor("chat.postMessage");
    const first = await ask(app.port, thread, "what does a lead ml engineer do?");
    expect(textOf(first)).toContain("What a Lead Machine Learning Engineer does");
    const [title] = await api.waitFor("assistant.threads.setTitle");
    expect(title?.body).toMatchObject({
      channel_id: thread.channel,
      thread_ts: thread.ts,
      title: "what does a lead ml engineer do?",
    });
    const follow = await ask(app.port, thread, "and which tools does it use?");
    expect(textOf(follow)).toContain("Tools and frameworks a Lead Machine Learning Engineer uses");
    expect(textOf(follow)).toContain("TensorFlow");
    expect(api.calls("assistant.threads.setTitle")).toEqual([]);
  });

  it("answers commands in a thread the same way as everywhere else", async () => {
    const thread = await startThread(app.port);
    await api.waitFor("chat.postMessage");
    const answer = await ask(app.port, thread, "compare mle swe");
    expect(textOf(answer)).toContain("Machine Learning Engineer vs Software Engineer");
  });

  it("remembers the channel each person is viewing for their own thread", async () => {
    const a = await startThread(app.port, "UA", "CA1");
    await api.waitFor("chat.postMessage");
    const b = await startThread(app.port, "UB", "CB1");
    await api.waitFor("chat.postMessage", 2);
    await viewChannel(app.port, a, "CA2");
    const [update] = await api.waitFor("chat.update");
    expect(update?.body.metadata).toEqual({
      event_type: "assistant_thread_context",
      event_payload: { channel_id: "CA2", team_id: "T1" },
    });
    const inA = await ask(app.port, a, "trends", "UA");
    expect((inA.body.metadata as { event_payload: unknown }).event_payload).toMatchObject({
      channel_id: "CA2",
    });
    const inB = await ask(app.port, b, "trends", "UB");
    expect((inB.body.metadata as { event_payload: unknown }).event_payload).toMatchObject({
      channel_id: "CB1",
    });
  });

  it("reads the viewed channel back from the thread after a restart", async () => {
    const thread = await startThread(app.port, "UR", "CR1");
    const [greeting] = await api.waitFor("chat.postMessage");
    await app.restart();
    api.answer("conversations.replies", () => ({
      json: {
        ok: true,
        messages: [
          { user: "UR", ts: thread.ts, text: "" },
          {
            user: "UBOT",
            ts: "1.5",
            text: String(greeting?.body.text),
            metadata: { event_type: "assistant_thread_context", event_payload: { channel_id: "CR1" } },
          },
        ],
      },
    }));
    const answer = await ask(app.port, thread, "trends", "UR");
    expect((answer.body.metadata as { event_payload: unknown }).event_payload).toMatchObject({
      channel_id: "CR1",
    });
  });

  it("does not answer its own messages in the thread", async () => {
    const thread = await startThread(app.port);
    await api.waitFor("chat.postMessage");
    api.clear();
    await directMessage(app.port, "An answer of ours", {
      user: "UBOT",
      bot_id: "BBOT",
      channel: thread.channel,
      ts: nextTs(),
      thread_ts: thread.ts,
    });
    await new Promise((r) => setTimeout(r, 300));
    expect(api.calls("chat.postMessage")).toEqual([]);
  });

  it("answers a top-level direct message in a thread of its own, with no assistant calls when quick", async () => {
    const ts = nextTs();
    await directMessage(app.port, "salary dse", { channel: "DPLAIN", ts });
    const [post] = await api.waitFor("chat.postMessage");
    expect(post?.body.channel).toBe("DPLAIN");
    expect(post?.body.thread_ts).toBe(ts);
    expect(textOf(post)).toContain("$120,230");
    expect(api.sent.filter((s) => s.method.startsWith("assistant."))).toEqual([]);
  });
});

describe("the assistant container when answering is slow or fails", () => {
  it("shows that it is looking the answer up when the answer is slow", async () => {
    await withTestApp(api, { wrapStore: troubled("USLOW", { delayMs: 1000 }) }, async (slow) => {
      const thread = { channel: "DUSLOW", ts: nextTs() };
      const answer = await ask(slow.port, thread, "trends", "USLOW");
      expect(textOf(answer)).toContain("Trends shaping ML engineering");
      const [status] = api.calls("assistant.threads.setStatus");
      expect(status?.body).toMatchObject({ channel_id: "DUSLOW", thread_ts: thread.ts, status: lookingUp });
    });
  });

  it("answers a failure in the thread with an apology", async () => {
    await withTestApp(
      api,
      {
        wrapStore: troubled("UFAIL", { error: new Error("disk gone") }),
      },
      async (broken) => {
        const answer = await ask(broken.port, { channel: "DUFAIL", ts: nextTs() }, "trends", "UFAIL");
        expect(textOf(answer)).toContain("Something went wrong on my side");
        expect(
          broken.logs.some((l) => l.includes("assistant message failed") && l.includes("disk gone")),
        ).toBe(true);
      },
    );
  });
});
