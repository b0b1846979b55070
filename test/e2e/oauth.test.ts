import { describe, expect, it } from "vitest";
import { useTestApp } from "../support/app.js";
import { installWorkspace, tokenAnsweredWith } from "../support/oauth.js";
import { event, slashCommand } from "../support/signed.js";

const app = useTestApp({ oauth: true });
const api = app.api;

/**
 * Installing into a second workspace with Bolt's OAuth, against the Web API stand-in: the Add to Slack page,
 * the redirect with its state cookie, the code exchange through SLACK_API_URL, a mention from the new
 * workspace answered with that workspace's own token, and the uninstall forgetting it.
 */

const base = () => `http://127.0.0.1:${app.port}`;

describe("OAuth installs into many workspaces", () => {
  it("refuses a redirect whose state was not issued by the install page", async () => {
    const res = await fetch(`${base()}/slack/oauth_redirect?code=x&state=forged`);
    expect(res.status).not.toBe(200);
    expect(api.calls("oauth.v2.access")).toEqual([]);
  });

  it("installs, then answers the new workspace with its own token", async () => {
    await installWorkspace(api, app.port, "T2", "xoxb-second-workspace");
    expect((await app.store.installation("T2"))?.teamId).toBe("T2");
    expect(await tokenAnsweredWith(api, app.port, "T2", "EvT2")).toBe("xoxb-second-workspace");
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
