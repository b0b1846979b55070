import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "./support/app.js";
import { event, slashCommand } from "./support/signed.js";
import { SlackApiStandIn } from "./support/slack-api.js";

/**
 * Installing into a second workspace with Bolt's OAuth, against the Web API stand-in: the Add to Slack page,
 * the redirect with its state cookie, the code exchange through SLACK_API_URL, a mention from the new
 * workspace answered with that workspace's own token, and the uninstall forgetting it.
 */
const api = new SlackApiStandIn();
let app: TestApp;

beforeAll(async () => {
  await api.start();
  app = await startTestApp(api, { oauth: true });
});
afterAll(async () => {
  await app.stop();
  await api.stop();
});

const base = () => `http://127.0.0.1:${app.port}`;

async function install(teamId: string, token: string): Promise<void> {
  const page = await fetch(`${base()}/slack/install`);
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
    `${base()}/slack/oauth_redirect?code=code-${teamId}&state=${encodeURIComponent(state)}`,
    {
      headers: { cookie },
    },
  );
  expect(done.status).toBe(200);
  const exchange = api.calls("oauth.v2.access")[0];
  expect(exchange?.body.code).toBe(`code-${teamId}`);
  expect(exchange?.body.client_id).toBe("1111.2222");
}

describe("OAuth installs into many workspaces", () => {
  it("refuses a redirect whose state was not issued by the install page", async () => {
    const res = await fetch(`${base()}/slack/oauth_redirect?code=x&state=forged`);
    expect(res.status).not.toBe(200);
    expect(api.calls("oauth.v2.access")).toEqual([]);
  });

  it("installs, then answers the new workspace with its own token", async () => {
    await install("T2", "xoxb-second-workspace");
    expect((await app.store.installation("T2"))?.teamId).toBe("T2");
    api.clear();
    await event(
      app.port,
      {
        type: "app_mention",
        user: "U2",
        text: "<@UBOT2> compare mle swe",
        channel: "C2",
        ts: "5.0",
        team: "T2",
      },
      "EvT2",
      {
        body: { team_id: "T2", authorizations: [{ team_id: "T2", user_id: "UBOT2", is_bot: true }] },
      },
    );
    const [post] = await api.waitFor("chat.postMessage");
    expect(post?.token).toBe("xoxb-second-workspace");
    expect(JSON.stringify(post?.body)).toContain("Machine Learning Engineer vs Software Engineer");
  });

  it("keeps people's preferences per workspace", async () => {
    api.clear();
    await slashCommand(app.port, "prefs set level senior", api.responseUrl("t2"), {
      user_id: "U2",
      team_id: "T2",
    });
    await new Promise((r) => setTimeout(r, 300));
    expect((await app.store.user("T2:U2"))?.level).toBe("senior");
    expect(await app.store.user("U2")).toBeUndefined();
  });

  it("forgets the workspace and its data when the app is uninstalled", async () => {
    await event(app.port, { type: "app_uninstalled" }, "EvUninstall", { body: { team_id: "T2" } });
    await new Promise((r) => setTimeout(r, 300));
    expect(await app.store.installation("T2")).toBeUndefined();
    expect(await app.store.user("T2:U2")).toBeUndefined();
  });
});
