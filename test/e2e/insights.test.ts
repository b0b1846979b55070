import { describe, expect, it } from "vitest";
import { runInsightsCommand } from "../../src/cli/insights.js";
import { startTestApp, useSlackApi, useTestApp } from "../support/app.js";
import { textOf } from "../support/career.js";
import { event, mention } from "../support/signed.js";

/** What the app records of the questions asked, as the digest, App Home and `career insights` show it. */
describe("the record in the app", () => {
  const app = useTestApp({ env: { ADMIN_USER_IDS: "UADMIN" } });
  const api = app.api;

  it("shows what three people asked about in the channel's digest, with no user id anywhere", async () => {
    for (const [i, user] of ["UAA1", "UBB2", "UCC3"].entries()) {
      api.clear();
      await event(app.port, {
        type: "app_mention",
        user,
        text: "<@UBOT> what does a data science engineer earn",
        channel: "C1",
        ts: `${70 + i}.0`,
      });
      await api.waitFor("chat.postMessage");
    }
    api.clear();
    await mention(app.port, "how do I become a zookeeper", { user: "UDD4", ts: "80.0" });
    await api.waitFor("chat.postMessage");
    await new Promise((r) => setTimeout(r, 200));
    const preview = textOf(await app.career("digest preview", { user: "UAA1" }));
    expect(preview).toContain("This week here");
    expect(preview).toContain("Data Science Engineer (3 times)");
    await app.store.flush();
    const stored = JSON.stringify(await app.store.exportData());
    for (const user of ["UAA1", "UBB2", "UCC3", "UDD4"]) expect(stored).not.toContain(user);
    expect(stored).toContain("how do I become a zookeeper");
    expect(stored).not.toContain("what does a data science engineer earn");
  });

  it("shows the operator's report on App Home to admins only", async () => {
    api.clear();
    await event(app.port, { type: "app_home_opened", user: "UADMIN", channel: "D1", tab: "home" });
    const [admin] = await api.waitFor("views.publish");
    expect(JSON.stringify(admin?.body)).toContain("Operator's report");
    expect(JSON.stringify(admin?.body)).toContain("how do i become a zookeeper");
    api.clear();
    await event(app.port, { type: "app_home_opened", user: "UAA1", channel: "D2", tab: "home" });
    const [other] = await api.waitFor("views.publish");
    expect(JSON.stringify(other?.body)).not.toContain("Operator's report");
  });

  it("prints the report with `career insights`", async () => {
    await app.store.flush();
    const { code, out } = await runInsightsCommand({ DATA_FILE: app.dataFile });
    expect(code).toBe(0);
    expect(out).toContain("how do i become a zookeeper (1)");
    expect(out).toContain("data-science-engineer (asked 3 times)");
  });
});

describe("INSIGHTS=off", () => {
  const api = useSlackApi();

  it("records nothing", async () => {
    const app = await startTestApp(api, { env: { INSIGHTS: "off" } });
    await mention(app.port, "salary mle", { ts: "1.0" });
    await api.waitFor("chat.postMessage");
    expect(await app.store.insightsSince(new Date(0))).toEqual([]);
    await app.stop();
  });
});
