import { beforeAll, describe, expect, it } from "vitest";
import { knowledgeWithLayer, officialLayerInstalled, saidWithLayer } from "../support/official-layer.js";

// The whole official layer loads once, before the first question, however busy the machine.
beforeAll(() => {
  if (officialLayerInstalled) knowledgeWithLayer();
}, 120_000);

// A brand before a job's word names the job: "a tiktok creator" is no question of TikTok's pay, and in a long
// message it is still the job asked (before: the plumbers' figures of the thread, "No figures for ByteDance").
describe.skipIf(!officialLayerInstalled)("a brand before a job's word", () => {
  it("is the job asked, declined honestly, not the thread's occupation at that employer", () => {
    const said = saidWithLayer(
      "how much do electricians make",
      "and plumbers",
      "my kid wants to be a tiktok creator instead, what does that pay",
    );
    expect(said).toContain("I don't cover tiktok creators yet");
    expect(said).not.toMatch(/Plumbers|ByteDance/);
  });

  it("keeps the brand as the employer asked of where it pays a role", () => {
    expect(saidWithLayer("what does tiktok pay swes")).toContain("No figures for ByteDance");
  });
});

// "the national number" asks the general figures, as "the national average" does (before: "nothing on
// 'national'" and the role's duties).
describe.skipIf(!officialLayerInstalled)("the national number after an employer's pay", () => {
  it("gives the role's general pay", () => {
    const said = saidWithLayer(
      "how much does a data analyst make at target",
      "ok whats the national number then",
    );
    expect(said).toContain("Data Analyst pay");
    expect(said).not.toContain("nothing on");
  });
});
