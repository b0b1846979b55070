import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp, useSlackApi } from "../support/app.js";
import { blockKitViolations } from "../support/block-kit.js";
import { blockAction, directMessage, mention } from "../support/signed.js";
import type { Sent } from "../support/slack-api.js";

/*
 * PNG pay charts (CHARTS=image) end to end: the real app on its HTTP receiver against the Web API
 * stand-in. One app has PUBLIC_URL (image blocks it serves itself), one has not (uploads only, else the
 * text alone). Charts Slack draws (CHARTS=native, the default) are in agent.test.ts.
 */
const api = useSlackApi();
const publicUrl = "https://career-advisor.example.com";
let withUrl: TestApp;
let plain: TestApp;

beforeAll(async () => {
  withUrl = await startTestApp(api, { env: { PUBLIC_URL: `${publicUrl}/`, CHARTS: "image" } });
  plain = await startTestApp(api, { env: { CHARTS: "image" } });
});
afterAll(async () => {
  await withUrl.stop();
  await plain.stop();
});

const pngSignature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
type Block = { type: string; image_url?: string; alt_text?: string; title?: { text: string } };
const blocksOf = (s: Sent) => (s.body.blocks ?? []) as Block[];
const imageOf = (s: Sent) => blocksOf(s).find((b) => b.type === "image");

/** The stand-in's answer to files.getUploadURLExternal: an upload URL on the stand-in itself. */
function acceptUploads(fileId = "F1") {
  api.answer("files.getUploadURLExternal", () => ({
    json: { ok: true, upload_url: `http://127.0.0.1:${api.port}/upload/${fileId}`, file_id: fileId },
  }));
}

describe("pay chart as an image block (PUBLIC_URL set)", () => {
  it("shows `/career salary mle` with a chart the app serves as image/png", async () => {
    const sent = await withUrl.career("salary mle");
    expect(JSON.stringify(sent.body)).toContain("$96,000 – $152,601"); // the text answer is all there
    const image = imageOf(sent);
    expect(image?.image_url).toMatch(/^https:\/\/career-advisor\.example\.com\/charts\/[0-9a-f]{32}\.png$/);
    expect(image?.alt_text).toContain("Machine Learning Engineer");
    expect(image?.alt_text).toContain("Entry level $96,000 – $152,601");
    expect(image?.title?.text).toBe("Machine Learning Engineer pay");
    // Just before the buttons.
    const blocks = blocksOf(sent);
    expect(blocks[blocks.indexOf(image as Block) + 1]?.type).toBe("actions");

    const chartPath = new URL(image?.image_url ?? "").pathname;
    const res = await fetch(`http://127.0.0.1:${withUrl.port}${chartPath}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("image/png");
    expect(res.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    const png = Buffer.from(await res.arrayBuffer());
    expect(png.subarray(0, 8)).toEqual(pngSignature);
    expect(png.length).toBeGreaterThan(20_000);

    const again = await fetch(`http://127.0.0.1:${withUrl.port}${chartPath}`, {
      headers: { "if-none-match": res.headers.get("etag") ?? "" },
    });
    expect(again.status).toBe(304);
  });

  it("charts both roles of `/career compare mle swe`", async () => {
    const image = imageOf(await withUrl.career("compare mle swe"));
    expect(image?.title?.text).toBe("Pay: Machine Learning Engineer vs Software Engineer");
    expect(image?.alt_text).toContain("Software Engineer: us government statistics");
  });

  it("serves only charts it drew", async () => {
    for (const p of [
      "/charts/0123456789abcdef0123456789abcdef.png",
      "/charts/nothex.png",
      "/charts/..%2Fhealthz",
    ]) {
      const res = await fetch(`http://127.0.0.1:${withUrl.port}${p}`);
      expect(res.status, p).toBe(404);
    }
  });

  it("adds no picture to answers without pay", async () => {
    expect(imageOf(await withUrl.career("path mle"))).toBeUndefined();
  });
});

describe("pay chart without PUBLIC_URL", () => {
  it("answers `/career salary mle` with the text alone", async () => {
    const sent = await plain.career("salary mle", { keepCalls: true });
    expect(JSON.stringify(sent.body)).toContain("Machine Learning Engineer pay");
    expect(imageOf(sent)).toBeUndefined();
    expect(api.calls("files.getUploadURLExternal")).toEqual([]);
  });
});

describe("pay chart uploaded with files.uploadV2", () => {
  it("uploads the chart into the thread after a mention's answer", async () => {
    acceptUploads();
    await mention(plain.port, "salary mle", { ts: "1700000100.000100" });
    const [done] = await api.waitFor("files.completeUploadExternal");
    const [post] = api.calls("chat.postMessage");
    expect(JSON.stringify(post?.body)).toContain("Machine Learning Engineer pay");
    // The answer first, then the picture beside it in the same thread.
    const order = api.sent.map((s) => s.method);
    expect(order.indexOf("chat.postMessage")).toBeLessThan(order.indexOf("files.getUploadURLExternal"));

    const [asked] = api.calls("files.getUploadURLExternal");
    expect(asked?.body.filename).toBe("machine-learning-engineer-pay.png");
    const [upload] = api.calls("upload/F1");
    const bytes = upload?.body.bytes as Buffer;
    const at = bytes.indexOf(pngSignature);
    expect(at).toBeGreaterThan(-1);
    expect(Number(asked?.body.length)).toBeGreaterThan(20_000);

    expect(done?.body.channel_id).toBe("C1");
    expect(done?.body.thread_ts).toBe("1700000100.000100");
    expect(done?.body.files).toEqual([{ id: "F1", title: "Machine Learning Engineer pay" }]);
    expect(done?.body.initial_comment).toBe("Sources: AiPathly, 2024.");
  });

  it("uploads the chart into the DM's thread after the answer", async () => {
    acceptUploads("F2");
    await directMessage(plain.port, "compare mle swe", { ts: "1700000200.000100" });
    const [done] = await api.waitFor("files.completeUploadExternal");
    expect(done?.body.channel_id).toBe("D1");
    expect(done?.body.thread_ts).toBe("1700000200.000100");
    expect(done?.body.files).toEqual([
      { id: "F2", title: "Pay: Machine Learning Engineer vs Software Engineer" },
    ]);
  });

  it("still posts the text answer when the upload fails", async () => {
    api.answer("files.getUploadURLExternal", () => ({ json: { ok: false, error: "missing_scope" } }));
    await mention(plain.port, "salary mle", { ts: "1700000300.000100" });
    const [post] = await api.waitFor("chat.postMessage");
    expect(JSON.stringify(post?.body)).toContain("$96,000 – $152,601");
    expect(blockKitViolations((post as Sent).body)).toEqual([]);
    await expect.poll(() => plain.logs.some((l) => l.includes("chart upload to C1 failed"))).toBe(true);
    expect(api.calls("files.completeUploadExternal")).toEqual([]);
    expect(api.calls("chat.postMessage")).toHaveLength(1); // no apology: nothing failed for the user
  });

  it("still posts the text answer when sending the bytes fails", async () => {
    api.answer("files.getUploadURLExternal", () => ({
      json: { ok: true, upload_url: `http://127.0.0.1:${api.port}/upload/F3`, file_id: "F3" },
    }));
    api.answer("upload/F3", () => ({ status: 500, json: { error: "boom" } }));
    await mention(plain.port, "salary mle", { ts: "1700000400.000100" });
    await api.waitFor("upload/F3");
    await expect.poll(() => plain.logs.some((l) => l.includes("chart upload to C1 failed"))).toBe(true);
    expect(api.calls("chat.postMessage")).toHaveLength(1);
    expect(api.calls("files.completeUploadExternal")).toEqual([]);
  });

  it("uploads into the channel when an answer is shared there", async () => {
    acceptUploads("F4");
    const share = { type: "button", action_id: "share_answer", value: "salary mle" };
    await blockAction(plain.port, share, api.responseUrl("share"));
    const [done] = await api.waitFor("files.completeUploadExternal");
    const [shared] = api.calls("respond");
    expect(shared?.body.response_type).toBe("in_channel");
    expect(done?.body.channel_id).toBe("C1");
  });

  it("shares with the image block instead when PUBLIC_URL is set", async () => {
    const share = { type: "button", action_id: "share_answer", value: "salary mle" };
    await blockAction(withUrl.port, share, api.responseUrl("share2"));
    const [shared] = await api.waitFor("respond");
    expect(imageOf(shared as Sent)?.image_url).toMatch(/\/charts\/[0-9a-f]{32}\.png$/);
    expect(blockKitViolations((shared as Sent).body)).toEqual([]);
    expect(api.calls("files.getUploadURLExternal")).toEqual([]);
  });
});
