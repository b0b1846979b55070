/**
 * A read-only map from phrases to small numbers, packed for memory: the phrases sorted and joined into one
 * string with their offsets in a typed array, found by binary search. It holds O*NET's ~47,000 job titles
 * in about a third of the heap a Map of strings takes (each string and entry of a Map carries its own
 * header), for a lookup of some sixteen comparisons.
 */
export class PhraseTable<V> {
  private readonly text: string;
  /** Where each phrase starts in `text`; the last entry is where the text ends. */
  private readonly starts: Uint32Array;
  private readonly values: V[];
  readonly size: number;

  constructor(entries: Map<string, V>) {
    const phrases = [...entries.keys()].sort();
    this.size = phrases.length;
    this.starts = new Uint32Array(phrases.length + 1);
    let at = 0;
    phrases.forEach((p, i) => {
      this.starts[i] = at;
      at += p.length;
    });
    this.starts[phrases.length] = at;
    // Copied through a buffer: a joined string is a rope of the 47,000 phrases, which would keep every one
    // of them alive until something flattened it; the copy is one flat string.
    this.text = Buffer.from(phrases.join(""), "utf8").toString("utf8");
    this.values = phrases.map((p) => entries.get(p) as V);
  }

  get(phrase: string): V | undefined {
    let low = 0;
    let high = this.size - 1;
    while (low <= high) {
      const mid = (low + high) >>> 1;
      const order = this.orderAt(mid, phrase);
      if (order === 0) return this.values[mid];
      if (order < 0) low = mid + 1;
      else high = mid - 1;
    }
    return undefined;
  }

  /**
   * How the phrase at `index` sorts against `phrase` (below 0 before it, 0 the same), code unit by code unit
   * as `sort` and `<` compare: read in place, since cutting each probe out of the text made a string per
   * probe, and every window of words of every question is looked up.
   */
  private orderAt(index: number, phrase: string): number {
    const start = this.starts[index] ?? 0;
    const length = (this.starts[index + 1] ?? 0) - start;
    const shorter = Math.min(length, phrase.length);
    for (let k = 0; k < shorter; k++) {
      const difference = this.text.charCodeAt(start + k) - phrase.charCodeAt(k);
      if (difference !== 0) return difference;
    }
    return length - phrase.length;
  }
}
