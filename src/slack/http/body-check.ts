import type { IncomingMessage, ServerResponse } from "node:http";
import { HTTPModuleFunctions, type HTTPReceiver, type Logger } from "@slack/bolt";
import type { Metrics } from "../../runtime/metrics.js";
import { signedBySlack } from "./signature.js";

/**
 * In front of Bolt's HTTP receiver, for POST /slack/events: reads the body (as Bolt would, with the same
 * limit, which Bolt then reuses) and refuses with a 400 a body that is not a JSON object, before Bolt reads
 * `body.ssl_check` of a `null` and leaves the request hanging on an unhandled rejection.
 */
export function guardBodies(
  receiver: HTTPReceiver,
  o: { logger: Logger; bodyLimit: number; signingSecret: string; metrics?: Metrics },
) {
  const listen = receiver.requestListener;
  receiver.requestListener = (req: IncomingMessage, res: ServerResponse) => {
    if (req.method !== "POST" || (req.url ?? "").split("?")[0] !== "/slack/events") return listen(req, res);
    HTTPModuleFunctions.bufferIncomingMessage(req, o.bodyLimit).then(
      (buffered) => {
        const problem = bodyProblem(buffered.rawBody, req.headers["content-type"]);
        // Only a signed request is judged malformed; an unsigned one is Bolt's to refuse with a 401.
        if (problem && signedBySlack(buffered, o.signingSecret)) {
          o.logger.warn(`ignored a malformed request: ${problem}`);
          o.metrics?.malformed("body");
          res.writeHead(400).end();
          return;
        }
        try {
          listen(req, res);
        } catch (error) {
          o.logger.error(`request to /slack/events failed: ${(error as Error).message}`);
          if (!res.headersSent) res.writeHead(500).end();
        }
      },
      (error: Error & { statusCode?: number; limit?: number }) => {
        if (HTTPModuleFunctions.isRawBodyError(error) && error.statusCode === 413) {
          o.logger.warn(`Request body exceeded the maximum allowed size (limit: ${error.limit} bytes)`);
          res.writeHead(413).end();
          return;
        }
        o.logger.warn(`could not read a request's body: ${error.message}`);
        if (!res.headersSent) res.writeHead(400).end();
      },
    );
  };
}

const form = "application/x-www-form-urlencoded";

/**
 * Whether a body Bolt is about to parse would give something other than an object: JSON that is not an
 * object, or an interactivity form whose `payload` is not one. Looks at the first bytes only; JSON that
 * does not parse at all is Bolt's to refuse (it answers 400).
 */
export function bodyProblem(raw: Buffer, contentType: string | undefined): string | undefined {
  const text = raw.toString("latin1", 0, Math.min(raw.length, 4096));
  if (contentType === form) {
    const payload = /(?:^|&)payload=([^&]{0,40})/.exec(text)?.[1];
    if (payload === undefined) return undefined;
    let start = payload.replace(/%[0-9a-f]?$/i, "").replace(/\+/g, " ");
    try {
      start = decodeURIComponent(start);
    } catch {
      return "its payload is not URL-encoded";
    }
    return /^\s*\{/.test(start)
      ? undefined
      : `its payload is ${JSON.stringify(start.trim().slice(0, 20))}…, not a JSON object`;
  }
  if (/^\s*\{/.test(text.slice(0, 64)) || raw.length === 0) return undefined;
  return `the body is ${JSON.stringify(text.trim().slice(0, 20))}…, not a JSON object`;
}
