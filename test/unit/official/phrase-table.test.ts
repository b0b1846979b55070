import { describe, expect, it } from "vitest";
import { PhraseTable } from "../../../src/official/phrase-table.js";

describe("a packed table of phrases", () => {
  it("finds every phrase it was built from, and nothing else", () => {
    const entries = new Map<string, number | number[]>([
      ["registered nurse", 1],
      ["nurse", [1, 2]],
      ["data scientist", 3],
      ["a", 4],
      ["zoologist", 5],
    ]);
    const table = new PhraseTable(entries);
    expect(table.size).toBe(5);
    for (const [phrase, value] of entries) expect(table.get(phrase)).toEqual(value);
    for (const missing of ["", "nurses", "registered", "data", "zz", "b"])
      expect(table.get(missing)).toBeUndefined();
  });

  it("holds an empty table", () => {
    expect(new PhraseTable(new Map()).get("nurse")).toBeUndefined();
  });
});
