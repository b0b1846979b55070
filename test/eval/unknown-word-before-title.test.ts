import { describe, expect, it } from "vitest";
import { officialLayerInstalled, saidWithLayer } from "../support/official-layer.js";

// "a matatu conductor": a word no list, knowledge or title knows, typed before a lone title, makes a title of
// its own; the lone title's occupation (Railroad Conductors) is not it. Before, its figures came back as if
// asked.
describe.skipIf(!officialLayerInstalled)("an unknown word before a lone title", () => {
  it("is read with it, as a title not covered", () => {
    const text = saidWithLayer("how much does a matatu conductor make");
    expect(text).toContain("I don't cover matatu conductors yet.");
    expect(text).not.toContain("Railroad Conductors");
  });

  it("leaves the lone title, and a known word before it, as they were", () => {
    expect(saidWithLayer("what does a conductor make")).toContain("Railroad Conductors");
    expect(saidWithLayer("how much does a train conductor make")).toContain("Railroad Conductors");
  });
});
