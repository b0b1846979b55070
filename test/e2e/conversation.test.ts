import { describe, expect, it } from "vitest";
import { startTestApp, useTestApp } from "../support/app.js";
import { blockKitViolations } from "../support/block-kit.js";
import { textOf } from "../support/career.js";
import { directMessage, event } from "../support/signed.js";
import { type Sent, SlackApiStandIn } from "../support/slack-api.js";

const app = useTestApp();
const api = app.api;

let ts = 1_700_000_000;

/** Mentions the bot (in a thread when `thread` is given) and returns what it posted. */
async function mention(words: string, thread?: string, channel = "C1"): Promise<{ post: Sent; ts: string }> {
  api.clear();
  const own = `${++ts}.000100`;
  await event(app.port, {
    type: "app_mention",
    user: "U1",
    text: `<@UBOT> ${words}`,
    channel,
    ts: own,
    ...(thread ? { thread_ts: thread } : {}),
  });
  const [post] = await api.waitFor("chat.postMessage");
  if (!post) throw new Error("no answer");
  expect(blockKitViolations(post.body)).toEqual([]);
  return { post, ts: own };
}

/** A DM: at the top of the conversation, or in the thread of an earlier message (`thread`). */
async function dm(words: string, user = "U7", thread?: string): Promise<Sent> {
  api.clear();
  await event(app.port, {
    type: "message",
    channel_type: "im",
    user,
    text: words,
    channel: `D${user}`,
    ts: `${++ts}.0`,
    ...(thread ? { thread_ts: thread } : {}),
  });
  const [post] = await api.waitFor("chat.postMessage");
  if (!post) throw new Error("no answer");
  return post;
}

describe("conversations in Slack threads", () => {
  it("answers a follow-up mention from the thread's context", async () => {
    const root = await mention("role lead mle");
    expect(root.post.body.thread_ts).toBe(root.ts);
    const follow = await mention("and which tools does it use?", root.ts);
    expect(follow.post.body.thread_ts).toBe(root.ts);
    expect(textOf(follow.post)).toContain("Tools and frameworks a Lead Machine Learning Engineer uses");
    expect(textOf(follow.post)).toContain("TensorFlow");
  });

  it("keeps role, place and level across a pay conversation", async () => {
    const root = await mention("what does an ML engineer earn?");
    expect(textOf((await mention("what about Seattle?", root.ts)).post)).toContain("$173,517");
    const senior = textOf((await mention("and for senior?", root.ts)).post);
    expect(senior).toContain("Seattle, WA (all levels)");
    expect(senior).toContain("Senior level: $177,177 – $184,000");
  });

  it("answers a follow-up with no role of its own about the thread's role, or asks back with buttons", async () => {
    const root = await mention("what does a data architect do");
    const demand = textOf((await mention("are they in demand?", root.ts)).post);
    expect(demand).toContain("Outlook for a Data Architect");
    expect(demand).not.toContain("ML engineer job postings");
    const unsure = (await mention("ok and what else", root.ts)).post;
    expect(textOf(unsure)).toContain("About Data Architect?");
    expect(textOf(unsure)).toContain('"type":"button"');
  });

  it("gives both roles' pay in a new place after a comparison, naming the one with no figure", async () => {
    const root = await mention("compare mle swe");
    const austin = textOf((await mention("and in Austin?", root.ts)).post);
    expect(austin).toContain("$150,000");
    expect(austin).toContain("no Texas (Austin, Dallas) figure for Software Engineer");
  });

  it("starts fresh on a new top-level mention, asking which role is meant", async () => {
    await mention("role lead mle");
    const fresh = await mention("which tools does it use?");
    expect(textOf(fresh.post)).toContain("Which role do you mean?");
  });

  it("keeps threads apart", async () => {
    const a = await mention("role lead mle");
    const b = await mention("role full stack developer", undefined, "C2");
    expect(textOf((await mention("what does it pay?", b.ts, "C2")).post)).toContain("Full Stack Developer");
    expect(textOf((await mention("which industries hire them?", a.ts)).post)).toContain(
      "Lead Machine Learning Engineer",
    );
  });

  it("remembers the thread across a restart (the context is in the store)", async () => {
    const root = await mention("salary dse");
    await app.restart();
    const follow = await mention("and the skills?", root.ts);
    expect(textOf(follow.post)).toContain("Skills for a Data Science Engineer");
  });

  it("carries a DM conversation on in the thread of its answer", async () => {
    const first = await dm("how much do software data engineers make?");
    const thread = first.body.thread_ts as string;
    expect(thread).toBe(`${ts}.0`); // answered in a thread of its own (agent messaging)
    expect(textOf(await dm("and which databases should they know?", "U7", thread))).toContain("MongoDB");
  });

  it("logs how each question was understood at debug level", async () => {
    await mention("which industries hire lead machine learning engineers?");
    expect(app.logs.join("\n")).toMatch(
      /understood: intent=industries confidence=\d\.\d\d .*roles=lead-machine-learning-engineer/,
    );
  });

  it("posts both answers of a message that asks two things, in turn, and goes on from the second", async () => {
    const root = await mention("how much do IT support ppl make? and do u need a degree for it");
    const blocks = root.post.body.blocks as { type: string; text?: { text?: string } }[];
    const said = blocks.map((b) => b.text?.text ?? "").join("\n");
    const pay = said.indexOf("IT Support Specialist pay");
    const schooling = said.indexOf("Education for an IT Support Specialist");
    expect(pay).toBeGreaterThanOrEqual(0);
    expect(schooling).toBeGreaterThan(pay);
    expect(said).toContain("$61,860");
    expect(blocks.map((b) => b.type)).toContain("divider");
    // One message for both, with its 👍 / 👎 under it.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(api.calls("chat.postMessage")).toHaveLength(1);
    expect(blocks.at(-1)?.type).toBe("context_actions");
    const growing = await mention("is it growing tho", root.ts);
    expect(textOf(growing.post)).toContain("Outlook for an IT Support Specialist");
  });

  it("says plainly what it does not cover, with no other role's pay", async () => {
    const { post } = await mention("how much do nurses make in Seattle");
    expect(textOf(post)).toContain("I don't cover Nurses yet");
    expect(textOf(post)).not.toMatch(/\$\d/);
  });
});

describe("every mention gets an answer, even a rate-limited one", () => {
  it("tells a person who mentions the bot too fast to slow down, privately in the thread", async () => {
    const limited = new SlackApiStandIn();
    await limited.start();
    const small = await startTestApp(limited, { rateLimit: { burst: 2, perSecond: 0.01 } });
    try {
      for (let i = 0; i < 4; i++)
        await event(small.port, {
          type: "app_mention",
          user: "U9",
          text: "<@UBOT> roles",
          channel: "C9",
          ts: `${900 + i}.0`,
        });
      const answers = await limited.waitFor("chat.postMessage", 2);
      const slowDowns = await limited.waitFor("chat.postEphemeral", 2);
      expect(answers).toHaveLength(2);
      for (const s of slowDowns) {
        expect(s.body.user).toBe("U9");
        expect(String(s.body.thread_ts)).toMatch(/^90[23]\.0$/);
        expect(textOf(s)).toContain("faster than I answer them");
      }
      // Assistant thread starts count against the person who opened them, not one shared bucket.
      const start = (user: string, ts: string) =>
        event(small.port, {
          type: "assistant_thread_started",
          assistant_thread: { user_id: user, context: {}, channel_id: `D${user}`, thread_ts: ts },
          event_ts: ts,
        });
      for (const ts of ["960.0", "961.0", "962.0"]) await start("U10", ts);
      await start("U11", "963.0");
      const prompts = await limited.waitFor("assistant.threads.setSuggestedPrompts", 3);
      expect(prompts.map((p) => p.body.channel_id)).toContain("DU11");
      await new Promise((r) => setTimeout(r, 300));
      expect(
        limited.calls("assistant.threads.setSuggestedPrompts").filter((p) => p.body.channel_id === "DU10"),
      ).toHaveLength(2);
      // A DM past the limit is answered in the DM.
      await directMessage(small.port, "roles", { user: "U9", channel: "D9", ts: "950.0" });
      await new Promise((r) => setTimeout(r, 300));
      const dmSlowDown = limited.calls("chat.postMessage").find((m) => m.body.channel === "D9");
      expect(dmSlowDown?.body.channel).toBe("D9");
      expect(textOf(dmSlowDown)).toContain("faster than I answer them");
    } finally {
      await small.stop();
      await limited.stop();
    }
  });
});
