import { describe, expect, it } from "vitest";
import { startTestApp, type TestApp, tempDataFile, useSlackApi } from "../support/app.js";
import { textOf } from "../support/career.js";
import { event, interaction } from "../support/signed.js";

const api = useSlackApi();

/** `user` opens App Home, which publishes it; the stand-in's calls are cleared after, for what follows. */
async function openHome(app: TestApp, user: string): Promise<void> {
  await event(app.port, { type: "app_home_opened", user, channel: "D1", tab: "home" });
  await api.waitFor("views.publish");
  api.clear();
}

describe("preferences", () => {
  it("are kept across a restart on the same file, used by salary, and forgotten on reset", async () => {
    const dataFile = tempDataFile();
    let app = await startTestApp(api, { dataFile });
    expect(textOf(await app.career("prefs set location chicago"))).toContain("Illinois (Chicago)");
    expect(textOf(await app.career("prefs set level entry"))).toContain("Entry level");
    await app.stop();

    app = await startTestApp(api, { dataFile });
    const salary = await app.career("salary mle");
    expect(textOf(salary)).toContain("$164,024");
    expect(textOf(salary)).toContain("your saved location (Illinois (Chicago))");
    expect(textOf(salary)).toContain("your saved level (Entry level)");

    expect(textOf(await app.career("prefs reset"))).toContain("has been deleted");
    expect(await app.store.user("U1")).toBeUndefined();
    expect(textOf(await app.career("salary mle"))).not.toContain("your saved location");
    await app.stop();
  });

  it.each([
    ["prefs set location boston", "is not a place I have pay figures for", "Seattle, WA"],
    ["prefs set level wizard", "is not a level I know", "entry, mid, senior"],
    ["prefs set role sde", "could mean more than one role", "Software Engineer"],
    ["prefs set visibility loud", "Choose private", "channel"],
  ])("refuses `%s` and lists the valid values", async (command, problem, valid) => {
    const app = await startTestApp(api);
    const sent = await app.career(command);
    expect(textOf(sent)).toContain(problem);
    expect(textOf(sent)).toContain(valid);
    expect(await app.store.user("U1")).toBeUndefined();
    await app.stop();
  });

  it("posts answers in the channel when visibility is channel", async () => {
    const app = await startTestApp(api);
    await app.career("prefs set visibility channel");
    const sent = await app.career("role mle");
    expect(sent.body.response_type).toBe("in_channel");
    expect(textOf(sent)).not.toContain("Share in channel");
    await app.stop();
  });

  it("leaves ticked skills out of gap", async () => {
    const app = await startTestApp(api);
    await app.career("prefs set role lead mle");
    await app.store.updateUser("U1", (u) => ({ ...u, ticked: ["tensorflow", "pytorch"] }));
    const gap = await app.career("gap swe to lead mle");
    expect(textOf(gap)).toContain("scikit-learn");
    expect(textOf(gap)).toContain("Left out because you ticked them: TensorFlow, PyTorch");
    await app.stop();
  });

  it("refreshes App Home once for changes in quick succession, with the latest state", async () => {
    const app = await startTestApp(api);
    await openHome(app, "U1");
    for (const level of ["entry", "mid", "senior"]) await app.career(`prefs set level ${level}`);
    const publishes = await api.waitFor("views.publish");
    await new Promise((r) => setTimeout(r, 700));
    expect(api.calls("views.publish")).toHaveLength(1);
    expect(JSON.stringify(publishes[0]?.body.view)).toContain("Senior level");
    await app.stop();
  });

  it("publishes no App Home for someone who has never opened it, and shows their changes when they do", async () => {
    const app = await startTestApp(api);
    await app.career("prefs set level senior", { user: "UNEW" });
    await new Promise((r) => setTimeout(r, 700));
    expect(api.calls("views.publish")).toHaveLength(0);
    await event(app.port, { type: "app_home_opened", user: "UNEW", channel: "D1", tab: "home" });
    const [home] = await api.waitFor("views.publish");
    expect(home?.body.user_id).toBe("UNEW");
    expect(JSON.stringify(home?.body.view)).toContain("Senior level");
    expect(await app.store.user("UNEW")).toMatchObject({ level: "senior", homeOpened: true });
    await app.stop();
  });

  it("clears an open App Home on prefs reset, and has nothing to forget for someone who only opened it", async () => {
    const app = await startTestApp(api);
    await openHome(app, "UONLY");
    expect(textOf(await app.career("prefs reset", { user: "UONLY" }))).toContain("Nothing to forget");
    expect((await api.waitFor("views.publish"))[0]?.body.user_id).toBe("UONLY");
    await openHome(app, "U1");
    await app.career("prefs set level senior");
    const [changed] = await api.waitFor("views.publish");
    expect(changed?.body.user_id).toBe("U1");
    expect(JSON.stringify(changed?.body.view)).toContain("Senior level");
    api.clear();
    expect(textOf(await app.career("prefs reset"))).toContain("Forgotten");
    const [cleared] = await api.waitFor("views.publish");
    expect(cleared?.body.user_id).toBe("U1");
    expect(JSON.stringify(cleared?.body.view)).not.toContain("Senior level");
    await app.stop();
  });

  it("still opens App Home when the store cannot note that it was opened", async () => {
    const full = Object.assign(new Error("ENOSPC: no space left on device"), { code: "ENOSPC" });
    const app = await startTestApp(api, {
      wrapStore: (store) =>
        new Proxy(store, {
          get: (target, key, receiver) =>
            key === "updateUser" ? async () => Promise.reject(full) : Reflect.get(target, key, receiver),
        }),
    });
    await event(app.port, { type: "app_home_opened", user: "UFULL", channel: "D1", tab: "home" });
    const [home] = await api.waitFor("views.publish");
    expect(home?.body.user_id).toBe("UFULL");
    expect(app.logs.join("\n")).toContain("App Home opened by UFULL: ENOSPC");
    await app.stop();
  });

  it("saves the modal's choices together and refreshes App Home", async () => {
    const app = await startTestApp(api);
    await openHome(app, "U7");
    const state = (value: string) => ({ type: "static_select", selected_option: { value } });
    const res = await interaction(app.port, {
      type: "view_submission",
      user: { id: "U7" },
      trigger_id: "t",
      view: {
        id: "V1",
        callback_id: "prefs_modal",
        type: "modal",
        state: {
          values: {
            location: { location: state("seattle") },
            level: { level: state("senior") },
            role: { role: state("data-science-engineer") },
            visibility: { visibility: state("private") },
          },
        },
      },
    });
    expect(res.status).toBe(200);
    const [publish] = await api.waitFor("views.publish");
    expect(await app.store.user("U7")).toMatchObject({
      location: "seattle",
      level: "senior",
      role: "data-science-engineer",
    });
    const home = JSON.stringify(publish?.body.view);
    expect(home).toContain("Your progress toward Data Science Engineer");
    expect(home).toContain("Next three skills to learn:* Python, R, Java");
    await app.stop();
  });
});
