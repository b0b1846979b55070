import {
  WebAPIHTTPError,
  WebAPIPlatformError,
  WebAPIRateLimitedError,
  WebAPIRequestError,
  type WebClient,
} from "@slack/web-api";
import { type DigestPoster, PostError } from "../../digest/scheduler.js";
import { renderMessage } from "../blocks/message.js";

/** Message metadata that marks our digest posts, so a restart can tell whether a post went out. */
const eventType = "career_digest";

const transientCodes = new Set([
  "ratelimited",
  "internal_error",
  "fatal_error",
  "service_unavailable",
  "request_timeout",
]);
const pausingCodes = new Set(["channel_not_found", "is_archived", "not_in_channel"]);

function toPostError(error: unknown): PostError {
  if (error instanceof WebAPIRateLimitedError)
    return new PostError("rate_limited", "ratelimited", error.retryAfter * 1000);
  if (error instanceof WebAPIPlatformError) {
    const code = error.data.error;
    if (pausingCodes.has(code)) return new PostError("permanent", code);
    return new PostError(transientCodes.has(code) ? "transient" : "rejected", code);
  }
  if (error instanceof WebAPIHTTPError)
    return new PostError(error.statusCode >= 500 ? "transient" : "rejected", `http_${error.statusCode}`);
  if (error instanceof WebAPIRequestError)
    return new PostError("transient", `request_error: ${error.original.message}`);
  return new PostError("transient", (error as Error).message);
}

/**
 * Posts digests with a client that hands 429s back to the scheduler (which waits Retry-After itself).
 * `tokenFor` gives a channel's workspace token when the app is installed into many workspaces.
 */
export function slackDigestPoster(
  client: WebClient,
  tokenFor: (channelId: string) => Promise<string | undefined> = async () => undefined,
): DigestPoster {
  const auth = async (channelId: string) => {
    const token = await tokenFor(channelId).catch(() => undefined);
    return token ? { token } : {};
  };
  return {
    async post(channelId, date, digest) {
      try {
        const res = await client.chat.postMessage({
          ...(await auth(channelId)),
          channel: channelId,
          ...renderMessage(digest),
          metadata: { event_type: eventType, event_payload: { date } },
        });
        return res.ts ?? "";
      } catch (error) {
        throw toPostError(error);
      }
    },
    async findPosted(channelId, date, since) {
      try {
        const res = await client.conversations.history({
          ...(await auth(channelId)),
          channel: channelId,
          oldest: String(since.getTime() / 1000),
          include_all_metadata: true,
          limit: 200,
        });
        const found = res.messages?.find(
          (m) =>
            m.metadata?.event_type === eventType &&
            (m.metadata.event_payload as { date?: string })?.date === date,
        );
        return found?.ts ?? null;
      } catch {
        return undefined;
      }
    },
    async tell(userId, text, channelId) {
      await client.chat.postMessage({ ...(channelId ? await auth(channelId) : {}), channel: userId, text });
    },
  };
}
