import { describe, expect, it } from "vitest";
import { officialLayerInstalled, saidWithLayer } from "../support/official-layer.js";

// Past bug: "im a teacher", "the third one", then "what about sysadmin?" gave a System Administrator's
// duties: the occupation picked among those the title stands for is the one held, and a role weighed next is
// a move from it. Another occupation asked of in between is no longer the one held. The pick needs the
// whole official layer ("teacher" under eleven occupations): imported once from the agencies' files beside
// the repository, as `eval:probe` does, and skipped only where neither the layer nor the files are there.

const cases: [string[], string][] = [
  [
    ["im a teacher", "the third one", "what about sysadmin?"],
    "From Elementary School Teachers, Except Special Education to System Administrator",
  ],
  [
    ["im a teacher", "the second one", "how about data analyst"],
    "From Kindergarten Teachers, Except Special Education to Data Analyst",
  ],
  // Another occupation asked of in between is no longer the one held.
  [
    ["im a teacher", "the third one", "what about nurses?", "what about sysadmin?"],
    "What a System Administrator does:",
  ],
];

describe.skipIf(!officialLayerInstalled)("an occupation held through a pick of which one", () => {
  it.each(cases)("%j", (messages, shown) => {
    expect(saidWithLayer(...messages)).toContain(shown);
  });

  it("names the occupation held by its code without reading the code out as typed", () => {
    expect(saidWithLayer("im a teacher", "the third one", "what about sysadmin?")).not.toContain(
      "Read “25-2021”",
    );
  });
});
