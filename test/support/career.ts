import { expect } from "vitest";
import { blockKitViolations } from "./block-kit.js";
import { commandAnswer } from "./command-answer.js";
import { slashCommand } from "./signed.js";
import type { Sent, SlackApiStandIn } from "./slack-api.js";

/** Who types the command, and where. */
export interface CareerOptions {
  user?: string;
  channel?: string;
  /**
   * Leave what the app sent while answering on the stand-in, for the test to look at. By default it is
   * cleared with the answer, so that what the test waits for next is what its next step makes.
   */
  keepCalls?: boolean;
}

let commandsSent = 0;

/** POSTs the signed `/career <text>` slash command, with a response URL of its own on the stand-in. */
export function careerRequest(
  api: SlackApiStandIn,
  port: number,
  text: string,
  o: CareerOptions = {},
): Promise<Response> {
  const fields = { user_id: o.user ?? "U1", channel_id: o.channel ?? "C1" };
  return slashCommand(port, text, api.responseUrl(`career${++commandsSent}`), fields);
}

/**
 * Types `/career <text>` and returns the answer as Slack shows it (in the acknowledgement, or through the
 * response URL), checked against Block Kit's limits. The stand-in is cleared first, so that the answer
 * waited for is this command's.
 */
export async function career(
  api: SlackApiStandIn,
  port: number,
  text: string,
  o: CareerOptions = {},
): Promise<Sent> {
  api.clear();
  const res = await careerRequest(api, port, text, o);
  expect(res.status).toBe(200);
  const answer = await commandAnswer(api, res);
  expect(blockKitViolations(answer.body)).toEqual([]);
  if (!o.keepCalls) api.clear();
  return answer;
}

/** A message as one string, for `toContain`. */
export const textOf = (s: Sent | undefined): string => JSON.stringify(s?.body ?? {});
