import { describe, expect, it } from "vitest";
import { reply, saveTicks } from "../../../src/conversation/reply.js";
import { renderText } from "../../../src/render/plain-text.js";
import { testAssistant } from "../../support/listener-context.js";

// The reply core on its own: what a person typed, their saved record and the thread, in; the answer, where
// it goes and whether App Home needs a refresh, out. The surfaces (Slack, CLI, MCP) only render it.
const who = { userId: "U1", channelId: "D1" };

describe("reply", () => {
  it("answers with the saved preferences, and forgets them on reset", async () => {
    const services = await testAssistant();
    const set = await reply(services, "prefs set location chicago", who);
    expect(set.changedPreferences).toBe(true);
    expect(set.visibility).toBe("private");
    const salary = renderText((await reply(services, "salary mle", who)).answer);
    expect(salary).toContain("your saved location (Illinois (Chicago))");
    expect((await reply(services, "prefs reset", who)).changedPreferences).toBe(true);
    expect(renderText((await reply(services, "salary mle", who)).answer)).not.toContain(
      "your saved location",
    );
  });

  it("answers in the channel only for someone who chose that", async () => {
    const services = await testAssistant();
    expect((await reply(services, "compare mle swe", who)).visibility).toBe("private");
    await reply(services, "prefs set visibility channel", who);
    const answered = await reply(services, "compare mle swe", who);
    expect(answered.visibility).toBe("channel");
    expect(answered.changedPreferences).toBe(false);
  });

  it("keeps the thread: a follow-up with no role of its own is about the thread's role", async () => {
    const services = await testAssistant();
    const first = await reply(services, "what does a data architect do", who, {
      key: "T1:1.1",
      fresh: false,
    });
    expect(renderText(first.answer)).toContain("Data Architect");
    const followUp = await reply(services, "are they in demand?", who, { key: "T1:1.1", fresh: false });
    expect(renderText(followUp.answer)).toContain("Outlook for a Data Architect");
  });

  it("saves exactly the ticked skills of the checklist shown", async () => {
    const services = await testAssistant();
    await saveTicks(services, "U1", ["python", "sql", "docker"], ["python", "sql"]);
    const saved = await saveTicks(services, "U1", ["python", "sql", "docker"], ["docker"]);
    expect(saved.ticked).toEqual(["docker"]);
  });
});
