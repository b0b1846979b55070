import { describe, expect, it, vi } from "vitest";
import { type TestApp, useTestApp, withTestApp } from "../support/app.js";
import { blockKitViolations } from "../support/block-kit.js";
import { careerRequest } from "../support/career.js";
import { event } from "../support/signed.js";
import { troubled } from "../support/troubled-store.js";

const app = useTestApp();
const api = app.api;

/** Sends `/career <text>` and returns the HTTP response's body, parsed ("" when the ack was empty). */
async function acknowledgement(
  to: TestApp,
  text: string,
  user = "U1",
): Promise<Record<string, unknown> | ""> {
  const res = await careerRequest(to.api, to.port, text, { user });
  expect(res.status).toBe(200);
  const body = await res.text();
  return body ? (JSON.parse(body) as Record<string, unknown>) : "";
}

/** Lets anything the app might still send arrive, so that its absence means something. */
const settle = () => new Promise((r) => setTimeout(r, 300));

describe("/career answered in one round trip", () => {
  it("puts `/career compare mle swe` in the HTTP response, with no call to the response URL", async () => {
    const answer = await acknowledgement(app, "compare mle swe");
    expect(answer).not.toBe("");
    const message = answer as Record<string, unknown>;
    expect(message.response_type).toBe("ephemeral");
    expect(JSON.stringify(message)).toContain("Machine Learning Engineer vs Software Engineer");
    expect(JSON.stringify(message)).toContain("Share in channel");
    expect(blockKitViolations(message)).toEqual([]);
    await settle();
    expect(api.calls("respond")).toEqual([]);
  });

  it("escapes text from the user in the acknowledgement as everywhere else", async () => {
    const answer = JSON.stringify(await acknowledgement(app, "role &lt;!channel&gt;"));
    expect(answer).toContain("&lt;!channel&gt;");
    expect(answer).not.toContain("<!channel>");
  });

  it("answers in the channel, in the ack, for someone who chose channel visibility", async () => {
    await acknowledgement(app, "prefs set visibility channel", "UCHAN");
    const answer = (await acknowledgement(app, "salary mle seattle", "UCHAN")) as Record<string, unknown>;
    expect(answer.response_type).toBe("in_channel");
    expect(JSON.stringify(answer)).toContain("$173,517");
    expect(JSON.stringify(answer)).not.toContain("Share in channel");
  });

  it("still refreshes App Home after a preference change answered in the ack", async () => {
    const homes = () => api.calls("views.publish").filter((c) => c.body.user_id === "UHOME");
    await event(app.port, { type: "app_home_opened", user: "UHOME", channel: "D1", tab: "home" });
    await vi.waitFor(() => expect(homes()).toHaveLength(1));
    const answer = await acknowledgement(app, "prefs set level senior", "UHOME");
    expect(JSON.stringify(answer)).toContain("Senior level");
    await vi.waitFor(() => expect(homes()).toHaveLength(2));
    expect(JSON.stringify(homes()[1]?.body.view)).toContain("Senior level");
  });
});

describe("/career answers given again (answers are reused, never stale)", () => {
  it("follows the asker's own preferences, and never passes them to someone else", async () => {
    expect(JSON.stringify(await acknowledgement(app, "salary mle", "UPREF"))).not.toContain(
      "your saved location",
    );
    await acknowledgement(app, "prefs set location chicago", "UPREF");
    expect(JSON.stringify(await acknowledgement(app, "salary mle", "UPREF"))).toContain(
      "your saved location (Illinois (Chicago))",
    );
    expect(JSON.stringify(await acknowledgement(app, "salary mle", "UOTHER"))).not.toContain(
      "your saved location",
    );
  });

  it("redraws a checklist with the person's ticks", async () => {
    expect(JSON.stringify(await acknowledgement(app, "skills lead mle", "UTICK"))).toContain("0/28");
    await app.store.updateUser("UTICK", (u) => ({ ...u, ticked: ["pytorch"] }));
    expect(JSON.stringify(await acknowledgement(app, "skills lead mle", "UTICK"))).toContain("1/28");
  });

  it("carries out the same digest command in each channel it is typed in", async () => {
    for (const channel of ["CD1", "CD2"]) {
      const res = await careerRequest(api, app.port, "digest subscribe 09:00 UTC", { user: "UDIG", channel });
      expect(await res.text()).toContain("Daily digest subscribed");
    }
    expect(await app.store.subscription("CD1")).toBeDefined();
    expect(await app.store.subscription("CD2")).toBeDefined();
  });
});

describe("/career answers that are slow or fail", () => {
  it("acknowledges a slow answer empty, then answers through the response URL", async () => {
    await withTestApp(api, { wrapStore: troubled("USLOW", { delayMs: 1500 }) }, async (slow) => {
      expect(await acknowledgement(slow, "compare mle swe", "USLOW")).toBe("");
      const [sent] = await api.waitFor("respond");
      expect(sent?.body.response_type).toBe("ephemeral");
      expect(JSON.stringify(sent?.body)).toContain("Machine Learning Engineer vs Software Engineer");
      expect(blockKitViolations(sent?.body ?? {})).toEqual([]);
      // Everyone else is still answered at once.
      expect(JSON.stringify(await acknowledgement(slow, "roles", "UQUICK"))).toContain("Roles I know");
    });
  });

  it("answers a failure with the apology in the acknowledgement", async () => {
    await withTestApp(
      api,
      {
        wrapStore: troubled("UFAIL", { error: new Error("disk gone") }),
      },
      async (broken) => {
        const answer = await acknowledgement(broken, "compare mle swe", "UFAIL");
        expect(JSON.stringify(answer)).toContain("Something went wrong on my side");
        expect(blockKitViolations(answer as Record<string, unknown>)).toEqual([]);
        expect(broken.logs.some((l) => l.startsWith("error /career failed") && l.includes("disk gone"))).toBe(
          true,
        );
      },
    );
  });
});
