import type { IncomingMessage } from "node:http";
import { isValidSlackRequest } from "@slack/bolt";

/** Whether a request carries a valid Slack signature (v0, HMAC-SHA256) made within the last five minutes. */
export function signedBySlack(req: IncomingMessage & { rawBody: Buffer }, signingSecret: string): boolean {
  const header = (name: string) => {
    const value = req.headers[name];
    return typeof value === "string" ? value : "";
  };
  return isValidSlackRequest({
    signingSecret,
    body: req.rawBody.toString(),
    headers: {
      "x-slack-signature": header("x-slack-signature"),
      "x-slack-request-timestamp": Number(header("x-slack-request-timestamp")),
    },
  });
}
