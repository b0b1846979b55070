import { describe, expect, it } from "vitest";
import { editDistance, slipDistance } from "../../../src/knowledge/core/text.js";

// The distance computes only a band around the diagonal and reuses its rows between calls. Checked here
// against the whole table computed afresh, the way it was written before, on random near and far words.
function fullTable(a: string, b: string, cost: (x: string, y: string) => number = () => 1): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const row = d[i] as number[];
      const up = d[i - 1] as number[];
      const c = a[i - 1] === b[j - 1] ? 0 : cost(a[i - 1] as string, b[j - 1] as string);
      row[j] = Math.min((up[j] as number) + 1, (row[j - 1] as number) + 1, (up[j - 1] as number) + c);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        row[j] = Math.min(row[j] as number, ((d[i - 2] as number[])[j - 2] as number) + 1);
    }
  return (d[a.length] as number[])[b.length] as number;
}

function randomWord(random: () => number, length: number): string {
  return Array.from({ length }, () => "aeiostnrcs"[Math.floor(random() * 10)]).join("");
}

function mutate(random: () => number, word: string, edits: number): string {
  let w = word;
  for (let k = 0; k < edits; k++) {
    const at = Math.floor(random() * (w.length + 1));
    const kind = Math.floor(random() * 4);
    const letter = "aeiostnrcs"[Math.floor(random() * 10)] as string;
    if (kind === 0) w = w.slice(0, at) + letter + w.slice(at);
    else if (kind === 1) w = w.slice(0, at) + w.slice(at + 1);
    else if (kind === 2) w = w.slice(0, at) + letter + w.slice(at + 1);
    else if (at + 1 < w.length) w = w.slice(0, at) + w[at + 1] + w[at] + w.slice(at + 2);
  }
  return w;
}

describe("editDistance", () => {
  it("reads a typo or two as near and other words as far, whatever the ceiling", () => {
    expect(editDistance("machien", "machine")).toBe(1);
    expect(editDistance("machien", "machine", 1)).toBe(1);
    expect(editDistance("sofware", "software", 2)).toBe(1);
    expect(editDistance("scienist", "scientist", 1)).toBe(1);
    expect(editDistance("nurse", "plumber", 2)).toBeGreaterThan(2);
    expect(editDistance("", "abc", 5)).toBe(3);
  });

  it("agrees with the whole table on random pairs, within and over the ceiling", () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const slip = (x: string, y: string) => ("aeiou".includes(x) && "aeiou".includes(y) ? 1 : 2);
    for (let n = 0; n < 3000; n++) {
      const a = randomWord(random, 1 + Math.floor(random() * 14));
      const b = n % 3 === 0 ? randomWord(random, 1 + Math.floor(random() * 14)) : mutate(random, a, n % 4);
      const ceiling = n % 5;
      const exact = fullTable(a, b);
      const banded = editDistance(a, b, ceiling);
      if (exact <= ceiling) expect(banded, `${a} ${b} ${ceiling}`).toBe(exact);
      else expect(banded, `${a} ${b} ${ceiling}`).toBeGreaterThan(ceiling);
      expect(editDistance(a, b), `${a} ${b}`).toBe(exact);
      const weighted = fullTable(a, b, slip);
      const slipped = editDistance(a, b, ceiling, slip);
      if (weighted <= ceiling) expect(slipped).toBe(weighted);
      else expect(slipped).toBeGreaterThan(ceiling);
    }
    expect(slipDistance("nurce", "nurse", 1)).toBe(1);
    expect(slipDistance("twitter", "twister", 1)).toBeGreaterThan(1);
  });
});
