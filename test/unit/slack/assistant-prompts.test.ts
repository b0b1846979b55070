import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import YAML from "yaml";
import { reply } from "../../../src/conversation/reply.js";
import { suggestedPrompts, threadTitle } from "../../../src/slack/listeners/assistant/prompts.js";
import { realKnowledge } from "../../support/knowledge.js";
import { testAssistant } from "../../support/listener-context.js";
import { repoRoot } from "../../support/paths.js";

describe("suggested prompts", () => {
  const kb = realKnowledge();
  const ignored = ["out-of-scope", "clarify", "role-problem", "usage", "help"];

  it("are the manifest's prompts for someone with no preferences", () => {
    const manifest = YAML.parse(readFileSync(path.join(repoRoot, "manifest.yml"), "utf8"));
    expect(manifest.features.agent_view.suggested_prompts).toEqual(suggestedPrompts(kb, undefined));
    expect(manifest.oauth_config.scopes.bot).toContain("assistant:write");
  });

  it("each get a real answer, for every target role, level and place", async () => {
    const a = await testAssistant();
    const people = [
      undefined,
      { level: "mid", location: "texas", ticked: [], updatedAt: "2026-01-01T00:00:00Z" },
      ...kb.knowledge.roles.flatMap((r) => [
        { role: r.id, ticked: [], updatedAt: "2026-01-01T00:00:00Z" },
        { role: r.id, level: "entry", location: "illinois", ticked: [], updatedAt: "2026-01-01T00:00:00Z" },
      ]),
    ];
    for (const prefs of people) {
      const role = prefs && "role" in prefs ? kb.roleById.get(prefs.role)?.name : undefined;
      const list = suggestedPrompts(kb, prefs);
      expect(list.length).toBeGreaterThanOrEqual(3);
      for (const [i, prompt] of list.entries()) {
        const { answer } = await reply(a, prompt.message, { userId: "UP", channelId: "DUP" });
        expect(ignored, `${prompt.message} was answered with ${answer.kind}`).not.toContain(answer.kind);
        if (role && i < 3) expect(JSON.stringify(answer), prompt.message).toContain(role);
      }
    }
  });

  it("name a thread after its first question in plain words, escaped", () => {
    expect(threadTitle("what does an *MLE* earn in &lt;!channel&gt; <@U1>?")).toBe(
      "what does an MLE earn in &lt;!channel&gt; ?",
    );
    expect([...threadTitle("salary ".repeat(40))].length).toBeLessThanOrEqual(60);
  });
});
