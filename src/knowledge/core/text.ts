import porter2 from "wink-porter2-stemmer";

/** Lower-case words without punctuation: the form every phrase is compared in. */
export function normalize(text: string): string {
  // Most text is printable ASCII, where NFKC changes nothing and plain character classes are much faster.
  const ascii = !/[^\x20-\x7e]/.test(text);
  const letters = ascii ? /[^a-z0-9+#.]+/g : /[^\p{L}\p{N}+#.]+/gu;
  const loneDots = ascii ? /(?<![a-z0-9])\.|\.(?![a-z0-9])/g : /(?<![\p{L}\p{N}])\.|\.(?![\p{L}\p{N}])/gu;
  return (ascii ? text : text.normalize("NFKC"))
    .toLowerCase()
    .replace(/[’']/g, "")
    .replace(letters, " ")
    .replace(loneDots, " ")
    .replace(/\s+/g, " ")
    .trim();
}

export function tokenize(text: string): string[] {
  const normal = normalize(text);
  return normal === "" ? [] : normal.split(" ");
}

/** Optimal-string-alignment distance: Levenshtein plus adjacent transpositions ("machien" → "machine" is 1). */
export function editDistance(
  a: string,
  b: string,
  ceiling = Number.POSITIVE_INFINITY,
  substitution: (x: string, y: string) => number = () => 1,
): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > ceiling) return ceiling + 1;
  let prevPrev: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : substitution(a[i - 1] ?? "", b[j - 1] ?? "");
      let d = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, (prevPrev[j - 2] ?? 0) + 1);
      row.push(d);
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > ceiling) return ceiling + 1;
    prevPrev = prev;
    prev = row;
  }
  return prev[b.length] ?? 0;
}

/**
 * Short forms people type for the last word of a job title ("web dev", "product mgr", "sys admin"), and the
 * words they stand for: a title typed with one names what the title spelt out does.
 */
const shortForms: ReadonlyMap<string, string> = new Map([
  ["dev", "developer"],
  ["devs", "developers"],
  ["eng", "engineer"],
  ["engs", "engineers"],
  ["admin", "administrator"],
  ["admins", "administrators"],
  ["mgr", "manager"],
  ["mgrs", "managers"],
]);

/** Whether a word is a short form of a title's word ("dev", "mgr"). */
export const isShortForm = (word: string) => shortForms.has(word);

/** The words with each short form spelt out ("web dev" → "web developer"), one word for one. */
export const spellShortForms = (words: readonly string[]): string[] =>
  words.map((w) => shortForms.get(w) ?? w);

const vowels = new Set("aeiouy");
/** Letters that sound alike in English spelling: "nurce" for "nurse", "pharmasist" for "pharmacist". */
const soundAlike = new Set(["cs", "sc", "ck", "kc", "sz", "zs", "gj", "jg"]);

/**
 * Edits of a slip of the keys or of spelling by ear: a letter left out, added or swapped with the next,
 * or changed for one that sounds alike (a vowel for a vowel, "c" for "s"); changing a letter for any other
 * counts two ("twitter" is not one slip from "twister").
 */
export function slipDistance(a: string, b: string, ceiling = Number.POSITIVE_INFINITY): number {
  return editDistance(a, b, ceiling, (x, y) =>
    (vowels.has(x) && vowels.has(y)) || soundAlike.has(x + y) ? 1 : 2,
  );
}

/** How many typos a phrase of this length may carry and still be recognised. */
export function typoAllowance(length: number): number {
  if (length < 4) return 0;
  if (length < 8) return 1;
  return Math.min(4, Math.floor(length / 5));
}

export function slugify(text: string): string {
  return (
    normalize(text)
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "") || "item"
  );
}

const stems = new Map<string, string>();

/**
 * The Porter2 (Snowball English) stem of a normalized word, so "engineers", "engineer's" and "engineer" meet
 * at "engin", and "hiring" and "hires" at "hire". Stems of words seen are remembered up to a bound, since
 * the same few thousand words make up nearly every question.
 */
export function stem(word: string): string {
  let s = stems.get(word);
  if (s === undefined) {
    // Words with digits or symbols ("c++", "2027", "h1b") are kept as they are.
    s = /^[a-z]+$/.test(word) ? porter2(word) : word;
    if (stems.size < 50_000) stems.set(word, s);
  }
  return s;
}
