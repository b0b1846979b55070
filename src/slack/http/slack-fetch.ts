import { Agent, type Dispatcher, request } from "undici";
import type { Metrics } from "../../runtime/metrics.js";
import { slackMethodOf, timedSlackCall } from "../../runtime/metrics.js";

/**
 * The fetch used for every call to Slack: with a timeout, and with response URLs sent to SLACK_API_URL's
 * host when one is set (a proxy or a test stand-in), so that no call bypasses it. It is undici's
 * `request` under a fetch-shaped function: the Web API client and `respond` only need status, headers and
 * body, and full fetch costs a good share of the CPU of an answer.
 */
export function slackFetch(
  slackApiUrl: string | undefined,
  timeoutMs: number,
  metrics?: Metrics,
): typeof fetch {
  const base = slackApiUrl ? new URL(slackApiUrl) : undefined;
  const agent = new Agent({ keepAliveTimeout: 10_000, connect: { timeout: timeoutMs } });
  return async (input, init) => {
    let url = input instanceof Request ? input.url : String(input);
    const called = url;
    if (base && /^https:\/\/hooks\.slack\.com\//.test(url))
      url = url.replace("https://hooks.slack.com", base.origin);
    const sendHeaders = Object.fromEntries(new Headers(init?.headers).entries());
    let payload = init?.body;
    // files.uploadV2 (pay charts) sends the bytes as FormData, which undici's `request` cannot take:
    // encode it as multipart the way fetch would, boundary in the content type.
    if (payload instanceof FormData) {
      const encoded = new Response(payload);
      sendHeaders["content-type"] = encoded.headers.get("content-type") ?? "multipart/form-data";
      payload = Buffer.from(await encoded.arrayBuffer());
    }
    // Counted by method and outcome (ok, error, 429, timeout…) when METRICS_PORT is set.
    const { res, body } = await timedSlackCall(
      metrics,
      () => slackMethodOf(called, slackApiUrl ?? "https://slack.com/api/"),
      async () => {
        const res = await request(url, {
          method: (init?.method ?? "GET") as Dispatcher.HttpMethod,
          headers: sendHeaders,
          body: payload as string | Buffer | undefined,
          dispatcher: agent,
          headersTimeout: timeoutMs,
          bodyTimeout: timeoutMs,
        });
        return { res, status: res.statusCode, body: await res.body.arrayBuffer() };
      },
    );
    const headers = new Headers();
    for (const [name, value] of Object.entries(res.headers))
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(", ") : value);
    return new Response(res.statusCode === 204 || res.statusCode === 304 ? null : body, {
      status: res.statusCode,
      headers,
    });
  };
}
