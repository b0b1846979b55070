import { beforeAll, describe, expect, it } from "vitest";
import { knowledgeWithLayer, officialLayerInstalled, saidWithLayer } from "../../support/official-layer.js";

beforeAll(() => {
  if (officialLayerInstalled) knowledgeWithLayer();
}, 120_000);

// A move's pay change asked "at first", "starting out", "to begin with": the entry level, as "at entry level"
// is; the move's answer says where neither side has a figure there, or gives the one there is.
describe.skipIf(!officialLayerInstalled)("a pay cut at first, asked with a move", () => {
  it("says there are no entry-level figures for qa to data science, then both sides' pay", () => {
    const text = saidWithLayer(
      "im a qa tester, thinking of becoming a data scientist, would i take a pay cut at first",
    );
    expect(text).toContain("From QA Engineer to Data Scientist");
    expect(text).toContain("No figures for a move at the entry level");
    expect(text).toContain("$104,300");
    expect(text).toContain("$120,230");
  });

  it("gives the end's entry-level figure where it has one", () => {
    const text = saidWithLayer("data scientist to ml engineer, would i take a pay cut to begin with");
    expect(text).toContain("Entry level: $96,000 – $152,601");
    expect(text).toContain("The knowledge base has no Data Scientist figure at the entry level");
  });

  it("answers 'what would i make at first' with the entry-level pay, not what to learn first", () => {
    const text = saidWithLayer("qa to data science, what would i make at first");
    expect(text).toContain("No figures for these roles at the entry level: the pay below is national.");
    expect(text).not.toContain("To learn:");
  });

  it("leaves a move's pay change with no word of the start at the national figures", () => {
    const text = saidWithLayer("im a software engineer, should i move to data scientist, pay cut?");
    expect(text).not.toContain("entry level");
  });
});
