import { expect } from "vitest";
import { event } from "./signed.js";
import type { SlackApiStandIn } from "./slack-api.js";

/**
 * Installs the app into a workspace through Bolt's OAuth as Slack would drive it: the Add to Slack page,
 * the redirect with the state cookie, and the code exchanged at the stand-in's oauth.v2.access for `token`.
 */
export async function installWorkspace(
  api: SlackApiStandIn,
  port: number,
  teamId: string,
  token: string,
): Promise<void> {
  const base = `http://127.0.0.1:${port}`;
  const page = await fetch(`${base}/slack/install`);
  expect(page.status).toBe(200);
  const html = await page.text();
  const link = html
    .match(/href="([^"]+slack\.com\/oauth\/v2\/authorize[^"]+)"/)?.[1]
    ?.replaceAll("&amp;", "&");
  expect(link).toBeDefined();
  const authorize = new URL(link as string);
  expect(authorize.searchParams.get("client_id")).toBe("1111.2222");
  expect(authorize.searchParams.get("scope")).toContain("commands");
  const state = authorize.searchParams.get("state") as string;
  const cookie = (page.headers.get("set-cookie") ?? "").split(";")[0] as string;
  api.clear();
  api.answer("oauth.v2.access", () => ({
    json: {
      ok: true,
      app_id: "A1",
      authed_user: { id: "U2" },
      scope: "commands,chat:write",
      token_type: "bot",
      access_token: token,
      bot_user_id: "UBOT2",
      team: { id: teamId, name: "Second" },
      enterprise: null,
      is_enterprise_install: false,
    },
  }));
  const done = await fetch(
    `${base}/slack/oauth_redirect?code=code-${teamId}&state=${encodeURIComponent(state)}`,
    { headers: { cookie } },
  );
  expect(done.status).toBe(200);
  const exchange = api.calls("oauth.v2.access")[0];
  expect(exchange?.body.code).toBe(`code-${teamId}`);
  expect(exchange?.body.client_id).toBe("1111.2222");
}

/** Mentions the bot in a workspace and returns the token its answer was posted with. */
export async function tokenAnsweredWith(
  api: SlackApiStandIn,
  port: number,
  teamId: string,
  eventId: string,
): Promise<string | undefined> {
  api.clear();
  await event(
    port,
    {
      type: "app_mention",
      user: "U2",
      text: "<@UBOT2> compare mle swe",
      channel: "C2",
      ts: "5.0",
      team: teamId,
    },
    eventId,
    { body: { team_id: teamId, authorizations: [{ team_id: teamId, user_id: "UBOT2", is_bot: true }] } },
  );
  const [post] = await api.waitFor("chat.postMessage");
  expect(JSON.stringify(post?.body)).toContain("Machine Learning Engineer vs Software Engineer");
  return post?.token;
}
