import type { CustomRoute, Logger } from "@slack/bolt";
import type { KnownBlock } from "@slack/types";
import type { WebClient } from "@slack/web-api";
import type { Answer } from "../../advisor/answers.js";
import { chartFor, type PayChart } from "../../charts/answer-chart.js";
import { ChartCache } from "../../charts/cache.js";
import type { KnowledgeBase } from "../../knowledge/base.js";
import { clip, esc, limits } from "../blocks/kit.js";
import type { SlackMessage } from "../blocks/message.js";

/** Where a chart was asked to go: the channel (and thread) the answer was just posted in. */
export interface ChartPlace {
  channel: string;
  thread_ts?: string;
}

/** Slack's limits for image blocks (alt_text, title) and for a file's alt text. */
const imageAltText = 2000;
const imageTitle = 2000;
const fileAltText = 1000;

/** The path the app serves charts under; `:file` is `<content hash>.png`. */
export const chartRoutePath = "/charts/:file";

/**
 * How Slack gets the pay chart of an answer (a salary answer or a comparison):
 * - `withImage`: with PUBLIC_URL (HTTP mode), an image block whose URL the app serves (`route`);
 * - `upload`: for messages posted in a channel, thread or DM, the PNG uploaded beside the answer;
 * and whenever there is no chart, or drawing or uploading fails, nothing: the answer stands alone, and the
 * failure goes to the log.
 */
export class SlackCharts {
  constructor(
    private readonly kb: KnowledgeBase,
    private readonly logger: Logger,
    /** The app's public base URL, without a trailing slash; undefined: no image blocks. */
    private readonly publicUrl?: string,
    readonly cache = new ChartCache(),
  ) {}

  private chart(answer: Answer): PayChart | undefined {
    try {
      return chartFor(this.kb, answer);
    } catch (error) {
      this.logger.warn(`chart not drawn: ${(error as Error).message}`);
      return undefined;
    }
  }

  /**
   * The message with the chart as an image block just before its buttons, when PUBLIC_URL is set and the
   * answer has a chart. The PNG is drawn before the block is added (and stays cached for Slack's fetch), so
   * a chart that cannot be drawn never leaves a broken picture.
   */
  async withImage(answer: Answer, message: SlackMessage): Promise<SlackMessage> {
    if (!this.publicUrl) return message;
    const chart = this.chart(answer);
    if (!chart || message.blocks.length >= limits.messageBlocks) return message;
    try {
      const { hash } = await this.cache.png(chart.svg);
      const image: KnownBlock = {
        type: "image",
        image_url: `${this.publicUrl}/charts/${hash}.png`,
        alt_text: clip(chart.alt, imageAltText),
        title: { type: "plain_text", text: clip(chart.title, imageTitle) },
      };
      const blocks = [...message.blocks];
      let at = blocks.length;
      while (at > 0 && blocks[at - 1]?.type === "actions") at--;
      blocks.splice(at, 0, image);
      return { ...message, blocks };
    } catch (error) {
      this.logger.warn(`chart not drawn: ${(error as Error).message}`);
      return message;
    }
  }

  /**
   * Uploads the chart with files.uploadV2 into the channel (or thread) where its answer was just posted,
   * with the sources as its comment. Never throws: the answer is already there.
   */
  async upload(client: WebClient, answer: Answer, place: ChartPlace): Promise<void> {
    const chart = this.chart(answer);
    if (!chart) return;
    try {
      const { png } = await this.cache.png(chart.svg);
      const file = {
        file: png,
        filename: `${chart.title
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, "-")
          .replace(/^-|-$/g, "")}.png`,
        title: chart.title,
        alt_text: clip(chart.alt, fileAltText),
        initial_comment: esc(chart.caption),
        channel_id: place.channel,
      };
      await (place.thread_ts
        ? client.filesUploadV2({ ...file, thread_ts: place.thread_ts })
        : client.filesUploadV2(file));
    } catch (error) {
      this.logger.warn(`chart upload to ${place.channel} failed: ${(error as Error).message}`);
    }
  }

  /**
   * `GET /charts/<hash>.png`: a chart this process drew, cacheable for ever (its name is its content);
   * anything else is 404. Slack fetches the picture once and keeps its own copy.
   */
  readonly route: CustomRoute = {
    path: chartRoutePath,
    method: ["GET", "HEAD"],
    handler: (req, res) => {
      const file = req.params?.file;
      const hash = /^([0-9a-f]{32})\.png$/.exec(typeof file === "string" ? file : "")?.[1];
      const notFound = () => {
        res.writeHead(404, { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" });
        res.end("No such chart.\n");
      };
      if (!hash) return notFound();
      this.cache.byHash(hash).then(
        (png) => {
          if (!png) return notFound();
          const etag = `"${hash}"`;
          const headers = { "cache-control": "public, max-age=31536000, immutable", etag };
          if (req.headers["if-none-match"] === etag) return void res.writeHead(304, headers).end();
          res.writeHead(200, { ...headers, "content-type": "image/png", "content-length": png.length });
          res.end(png);
        },
        (error: Error) => {
          this.logger.warn(`chart ${hash} not drawn: ${error.message}`);
          res.writeHead(500, { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" });
          res.end("The chart could not be drawn.\n");
        },
      );
    },
  };
}
