import { beforeAll, describe, expect, it } from "vitest";
import { knowledgeWithLayer, officialLayerInstalled, saidWithLayer } from "../support/official-layer.js";

beforeAll(() => {
  if (officialLayerInstalled) knowledgeWithLayer();
}, 120_000);

// Past bug (r75): "ml engineers r getting replaced … is ml still a good bet or nah" named one role twice,
// and the tag "or nah" was taken for setting the names against each other: "name one role here". And "for
// someone whos 52" was no age said, so the outlook passed over it.
describe("one role named twice with a tag 'or nah'", () => {
  it.skipIf(!officialLayerInstalled)("answers its outlook", () => {
    const text = saidWithLayer(
      "<@U04KX9Z2M> keeps saying ml engineers r getting replaced by ai lol. is ml still a good bet or nah",
    );
    expect(text).toContain("Outlook for a Machine Learning Engineer");
    expect(text).not.toContain("name one role here");
  });

  it.skipIf(!officialLayerInstalled)("still says two names set against each other are one role", () => {
    expect(saidWithLayer("is it support or help desk better paid")).toContain("name one role here");
  });
});

describe("an age said of someone", () => {
  it.skipIf(!officialLayerInstalled)("is said to be left aside", () => {
    const text = saidWithLayer(
      "is ml a good idea for someone whos 52? i run a cnc machine, good w/ numbers, did some online courses",
    );
    expect(text).toContain("The knowledge holds nothing on age");
  });
});
