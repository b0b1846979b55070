import type { Sent, SlackApiStandIn } from "./slack-api.js";

/**
 * The answer to a slash command as Slack would show it: the acknowledgement's body when it carries one
 * (`method` "ack", one round trip), else what followed through the response URL (`method` "respond").
 */
export async function commandAnswer(api: SlackApiStandIn, res: Response): Promise<Sent> {
  if (res.status !== 200) throw new Error(`HTTP ${res.status}`);
  const body = await res.text();
  if (body) return { method: "ack", body: JSON.parse(body) as Record<string, unknown> };
  const [sent] = await api.waitFor("respond");
  if (!sent) throw new Error("no answer");
  return sent;
}
