import porter2 from "wink-porter2-stemmer";

const normalized = new Map<string, string>();

/**
 * Lower-case words without punctuation: the form every phrase is compared in. Reading one question
 * normalizes some ninety texts, most of them the same few words and names again ("data", "engineer", the
 * question itself): texts seen are remembered, and forgotten all at once past a bound.
 */
export function normalize(text: string): string {
  let normal = normalized.get(text);
  if (normal === undefined) {
    normal = normalizedAnew(text);
    if (normalized.size >= 2_000) normalized.clear();
    normalized.set(text, normal);
  }
  return normal;
}

function normalizedAnew(text: string): string {
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

const unitCost = () => 1;
// Rows are kept between calls: the distance is computed for every candidate of every window of a question,
// and fresh arrays each time were a tenth of answering's time in garbage collection.
let rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];
const beyond = 1 << 29;

/** Optimal-string-alignment distance: Levenshtein plus adjacent transpositions ("machien" → "machine" is 1). */
export function editDistance(
  a: string,
  b: string,
  ceiling = Number.POSITIVE_INFINITY,
  substitution: (x: string, y: string) => number = unitCost,
): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > ceiling) return ceiling + 1;
  const m = b.length;
  if ((rows[0]?.length ?? 0) <= m + 1) rows = [0, 1, 2].map(() => new Int32Array(m + 33));
  let [prevPrev, prev, row] = rows as [Int32Array, Int32Array, Int32Array];
  // Every edit costs at least 1, so a cell more than `ceiling` off the diagonal is already over it: only
  // the band around the diagonal is computed, and the cells just outside it read as out of reach.
  const band = Number.isFinite(ceiling) ? Math.max(0, Math.floor(ceiling)) : Math.max(a.length, m);
  for (let j = 0; j <= Math.min(m, band); j++) prev[j] = j;
  if (band + 1 <= m) prev[band + 1] = beyond;
  for (let i = 1; i <= a.length; i++) {
    const lo = Math.max(1, i - band);
    const hi = Math.min(m, i + band);
    row[0] = i <= band ? i : beyond;
    if (lo > 1) row[lo - 1] = beyond;
    let rowMin = row[0] as number;
    const x = a.charCodeAt(i - 1);
    for (let j = lo; j <= hi; j++) {
      const y = b.charCodeAt(j - 1);
      const cost = x === y ? 0 : substitution === unitCost ? 1 : substitution(a[i - 1] ?? "", b[j - 1] ?? "");
      let d = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && x === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === y)
        d = Math.min(d, (prevPrev[j - 2] as number) + 1);
      row[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (hi + 1 <= m) row[hi + 1] = beyond;
    if (rowMin > ceiling) return ceiling + 1;
    [prevPrev, prev, row] = [prev, row, prevPrev];
  }
  return Math.min(prev[m] as number, ceiling + 1);
}

/**
 * Short forms people type for a word of a job title ("web dev", "product mgr", "sys admin", "db admin"), and
 * the words they stand for: a title typed with one names what the title spelt out does.
 */
const shortForms: ReadonlyMap<string, string> = new Map([
  ["dev", "developer"],
  ["devs", "developers"],
  ["eng", "engineer"],
  ["engs", "engineers"],
  // "sec engr", "data engr", "sec engnr": the engineer's short forms as engineering drawings and job boards
  // write them.
  ["engr", "engineer"],
  ["engrs", "engineers"],
  ["engnr", "engineer"],
  ["engnrs", "engineers"],
  ["admin", "administrator"],
  ["admins", "administrators"],
  ["mgr", "manager"],
  ["mgrs", "managers"],
  // "db admin", "db engineer": "db" alone is a kind of skill (databases); only in a title is it the word
  // "database" of the role's name.
  ["db", "database"],
  ["mgmt", "management"],
  // "sec eng", "it sec", "data sci": in a title, the words of security and science ("give me a sec" names
  // no role, so stays as typed).
  ["sec", "security"],
  ["sci", "scientist"],
  // "sys analyst", "sys engineer": in a title, the word "systems" ("sys admin" was an alias of its own; a
  // systems analyst typed so was read as a data analyst, r73).
  ["sys", "systems"],
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

/** Text as a regular expression that matches it literally: "c++" → "c\\+\\+". */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** "a Machine Learning Engineer", "an Engineering Manager", "an order picker": a name with its article. */
export function withArticle(name: string): string {
  return `${/^[AEIOU]/i.test(name) ? "an" : "a"} ${name}`;
}
