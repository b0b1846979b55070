import { beforeAll, describe, expect, it } from "vitest";
import { spellHeldByVerbOfAnother } from "../../../src/understanding/text/held-by-verb.js";
import { knowledgeWithLayer, officialLayerInstalled, saidWithLayer } from "../../support/official-layer.js";

// The whole official layer loads once, before the first question, however busy the machine.
beforeAll(() => {
  if (officialLayerInstalled) knowledgeWithLayer();
}, 120_000);

/** The first line of an answer: an occupation's card opens with its title and SOC code. */
const heading = (text: string) => text.split("\n")[0] ?? "";

// "my brother drives trucks, is that a growing field" was declined as off topic: a job told by its verb was
// read only when it was the asker's. Told of someone close, it is their occupation, and the question is
// answered about it, as "is trucking a growing field" is.
describe.skipIf(!officialLayerInstalled)("a job told by its verb, of someone close", () => {
  it.each([
    ["my brother drives trucks, is that a growing field", "(SOC 53-3032)"],
    ["my mom cleans houses does that pay well", "(SOC 37-2012)"],
    ["my friend fixes cars, is that a good job?", "(SOC 49-3023)"],
    ["my friend teaches 3rd grade what does that pay", "(SOC 25-2021)"],
    ["my uncle repairs cars what does that pay", "(SOC 49-3023)"],
  ])("%s: that occupation's figures", (asked, soc) => {
    expect(heading(saidWithLayer(asked))).toContain(soc);
  });

  it("answers the outlook of truck drivers as 'is trucking a growing field' does", () => {
    const told = saidWithLayer("my brother drives trucks, is that a growing field");
    expect(told).toMatch(/^Heavy and Tractor-Trailer Truck Drivers \(SOC 53-3032\)/);
    expect(told).toContain("Growing, by BLS Employment Projections");
    expect(heading(told)).toBe(heading(saidWithLayer("is trucking a growing field")));
  });

  it("reads the asker's own work by a verb it had no word for", () => {
    expect(saidWithLayer("i wire houses for a living, is that a growing field")).toMatch(
      /^Electricians \(SOC 47-2111\)/,
    );
  });

  it("keeps a move asked for them a move from their job", () => {
    expect(saidWithLayer("my dad has been driving trucks for 20 years, could he get into IT")).toContain(
      "From Heavy and Tractor-Trailer Truck Drivers to IT Support Specialist",
    );
  });
});

describe("work not asked about as a living", () => {
  it("leaves an everyday verb, or work done off the job, as it was", () => {
    expect(spellHeldByVerbOfAnother("my husband cooks, what should i learn")).toBe(
      "my husband cooks, what should i learn",
    );
    expect(spellHeldByVerbOfAnother("my son teaches kids coding on weekends, is it worth it")).toBe(
      "my son teaches kids coding on weekends, is it worth it",
    );
  });

  it("leaves a job said in passing, or a skill taught, to the asker's own question", () => {
    for (const said of [
      "my mom teaches, im thinking about data science",
      "he drives trucks lol. anyway whats a swe make",
      "my friend teaches python, should i learn it",
    ])
      expect(spellHeldByVerbOfAnother(said)).toBe(said);
  });
});
