import MiniSearch from "minisearch";
import { RecentlyUsed } from "./recency.js";
import { editDistance, stem, tokenize, typoAllowance } from "./text.js";

/** Runs of adjacent words (their positions) that `skip` leaves in and that mix words a name took with free ones. */
function runsAround(words: string[], taken: boolean[], skip: (i: number) => boolean): number[][] {
  const runs: number[][] = [[]];
  words.forEach((_, i) => {
    if (!skip(i)) runs[runs.length - 1]?.push(i);
    else if (runs[runs.length - 1]?.length) runs.push([]);
  });
  return runs.filter((r) => r.some((i) => taken[i]) && r.some((i) => !taken[i]));
}

export interface Match<T> {
  entries: T[];
  /** The words of the text that matched. */
  start: number;
  end: number;
  distance: number;
}

/** Names joined into one word shorter than this ("mleng") are too like other words to read. */
const shortestJoined = 8;

/** The text is the phrase with words split apart, and at most one letter off. */
function splitOnly(text: string, phrase: string): boolean {
  return editDistance(text.replaceAll(" ", ""), phrase.replaceAll(" ", ""), 1) <= 1;
}

interface Phrase<T> {
  id: number;
  phrase: string;
  /** The phrase's words unstemmed, for typos that stemming would widen ("manger" → "manger", "manager" → "manag"). */
  raw: string;
  /** How many words the phrase has: compared with every window of every question (see `findAll`). */
  words: number;
  entries: T[];
}

/**
 * Phrases (names and aliases) that stand for entries (roles, levels, places). Phrases are compared as the
 * stems of their words, so plurals and possessives match ("ML engineers'" names "ML engineer"). Exact phrases are looked up
 * in a map; typos are found by asking a fuzzy minisearch index for candidates and keeping those within an
 * edit-distance allowance, so a lookup stays fast however many phrases there are.
 */
export class Vocabulary<T> {
  private readonly exact = new Map<string, Phrase<T>>();
  /**
   * Names of several words typed as one ("dataengineer", "fullstackdeveloper"), by their words joined, as
   * word forms and as typed: no fuzzy search finds them, whose terms are the name's words.
   */
  private readonly joined = new Map<string, Phrase<T>>();
  /** For typos: none where every phrase is compared (see `candidates`). */
  private readonly fuzzy: MiniSearch<Phrase<T>> | undefined;
  private readonly phrases: Phrase<T>[] = [];
  /** The phrases by their length in letters, as word forms and as typed: the ones a typo can reach. */
  private readonly byLength = new Map<number, Phrase<T>[]>();
  private readonly byRawLength = new Map<number, Phrase<T>[]>();
  /** The first word of every phrase: a run of words that begins with no such word is no phrase. */
  private readonly firstWords: ReadonlySet<string>;
  readonly longestPhrase: number;
  /** The longest phrase in letters, stemmed and as typed. */
  private readonly longestChars: number;
  private readonly longestRawChars: number;
  /** The last few searches' results, by their text (see `candidates`). */
  private readonly recentSearches = new RecentlyUsed<string, number[]>(searchesKept);

  /**
   * `form` is the form words are compared in: Porter2 stems by default; singulars for job titles, whose
   * stems would collide with ordinary words ("marketer" and "market" share a stem, not a singular).
   * `plurals` false for names nobody says in the plural (places): "was" is no plural of "wa", Washington.
   */
  constructor(
    pairs: Iterable<[string, T]>,
    private readonly form: (word: string) => string = stem,
    private readonly plurals = true,
  ) {
    let longest = 1;
    for (const [raw, entry] of pairs) {
      const phrase = this.phraseOf(raw);
      if (phrase === "") continue;
      const known = this.exact.get(phrase);
      if (known) {
        if (!known.entries.includes(entry)) known.entries.push(entry);
        continue;
      }
      const words = phrase.split(" ").length;
      const record = {
        id: this.phrases.length,
        phrase,
        raw: tokenize(raw).join(" "),
        words,
        entries: [entry],
      };
      this.phrases.push(record);
      this.exact.set(phrase, record);
      longest = Math.max(longest, words);
    }
    for (const p of this.phrases)
      for (const key of [p.phrase, p.raw].filter((k) => k.includes(" ")).map((k) => k.replaceAll(" ", "")))
        if (key.length >= shortestJoined && !this.exact.has(key) && !this.joined.has(key))
          this.joined.set(key, p);
    if (this.phrases.length > comparedInFull) {
      this.fuzzy = new MiniSearch<Phrase<T>>({ fields: ["phrase", "raw"], storeFields: [] });
      this.fuzzy.addAll(this.phrases);
    }
    this.firstWords = new Set(this.phrases.map((p) => firstWord(p.phrase)));
    for (const p of this.phrases) {
      addTo(this.byLength, p.phrase.length, p);
      addTo(this.byRawLength, p.raw.length, p);
    }
    this.longestPhrase = longest;
    this.longestChars = Math.max(0, ...this.phrases.map((p) => p.phrase.length));
    this.longestRawChars = Math.max(0, ...this.phrases.map((p) => p.raw.length));
  }

  /** The entries a whole phrase names: exactly, or else within the typo allowance. */
  lookup(text: string): { entries: T[]; distance: number } | undefined {
    const tokens = tokenize(text);
    const phrase = tokens.map((t) => this.wordForm(t)).join(" ");
    const hit = this.exact.get(phrase);
    if (hit) return { entries: hit.entries, distance: 0 };
    const joinedHit = this.joinedPhrase(phrase, tokenize(text).join(" "));
    if (joinedHit) return { entries: joinedHit.entries, distance: 1 };
    const allowance = typoAllowance(phrase.length);
    if (allowance === 0) return undefined;
    const raw = tokens.join(" ");
    // No phrase is nearer than the difference in length: text longer than every phrase by more than the
    // allowance (a whole question, say) names none, and the fuzzy search would only cost time.
    if (phrase.length - this.longestChars > allowance && raw.length - this.longestRawChars > allowance)
      return undefined;
    const words = phrase.split(" ").length;
    if (!this.anyNear(phrase, raw, words, allowance)) return undefined;
    let best: { entries: T[]; distance: number } | undefined;
    for (const candidate of this.candidates(`${phrase} ${raw}`, 12)) {
      const distance = this.typoDistance(candidate, phrase, raw, words, allowance);
      if (distance === undefined) continue;
      if (!best || distance < best.distance) best = { entries: [...candidate.entries], distance };
      else if (distance === best.distance)
        for (const e of candidate.entries) if (!best.entries.includes(e)) best.entries.push(e);
    }
    return best;
  }

  /**
   * How far a phrase typed with typos is from a name, when it is near enough to be read as that name.
   * `phrase` is the text's word forms, `raw` its words as typed, `words` how many.
   */
  private typoDistance(candidate: Phrase<T>, phrase: string, raw: string, words: number, allowance: number) {
    const nameWords = candidate.words;
    // A typo may split a word ("dev ops engineer") but does not add one: "it support specialist pay" is
    // a role and a question about it, not a misspelled role name. More words than the name are read as
    // a typo only when, spaces aside, at most one letter differs. Asked first: a whole question looked up
    // has more words than most names, and this costs less than the distances.
    if (words > nameWords && !splitOnly(phrase, candidate.phrase)) return undefined;
    // Unstemmed too, as `findAll` compares: "product manger" is one letter from "product manager",
    // three from its stems.
    const distance = Math.min(
      editDistance(phrase, candidate.phrase, allowance),
      editDistance(raw, candidate.raw, Math.min(allowance, typoAllowance(raw.length))),
    );
    if (distance > allowance) return undefined;
    // Word for word, each typo stays within its own word's allowance: "software engineer salary" is no
    // misspelt "software engineering manager", though the phrases are close as wholes.
    if (words === nameWords && !wordByWord(raw, candidate.raw, phrase, candidate.phrase)) return undefined;
    return distance;
  }

  /**
   * Whether any name at all is near enough to the text to be read as it. Most words of a question are
   * near none; comparing them with the few names of about their length answers that without the fuzzy
   * search, which took most of the time of reading the intent examples' words at start. Where those names
   * are too many to compare (thousands of roles), or a shorter allowance as typed lets any name's length
   * pass (see `typoDistance`), the search decides.
   */
  private anyNear(phrase: string, raw: string, words: number, allowance: number): boolean {
    if (Math.min(allowance, typoAllowance(raw.length)) < allowance) return true;
    const near: Phrase<T>[][] = [];
    for (let d = -allowance; d <= allowance; d++)
      near.push(this.byLength.get(phrase.length + d) ?? [], this.byRawLength.get(raw.length + d) ?? []);
    if (near.reduce((n, list) => n + list.length, 0) > maxCompared) return true;
    return near.some((list) =>
      list.some((c) => this.typoDistance(c, phrase, raw, words, allowance) !== undefined),
    );
  }

  /** Entries whose phrases look most like the text, best first: for "did you mean …". */
  suggest(text: string, limit: number): T[] {
    const phrase = this.phraseOf(text);
    const scored = this.candidates(phrase, 30)
      .map((c) => ({ c, d: editDistance(phrase, c.phrase) / Math.max(phrase.length, c.phrase.length, 1) }))
      .sort((a, b) => a.d - b.d);
    const out: T[] = [];
    for (const { c } of scored)
      for (const e of c.entries) if (!out.includes(e) && out.length < limit) out.push(e);
    return out;
  }

  /**
   * Every phrase found in a run of words, longest and closest first, without overlaps. `skip` marks words
   * that may not be part of a fuzzy match (question words, intents); `fuzzy` false finds exact phrases only.
   */
  findAll(
    tokens: string[],
    skip: (word: string, at: number) => boolean = () => false,
    fuzzy = true,
  ): Match<T>[] {
    const words = tokens.map((t) => this.wordForm(t));
    const taken = new Array<boolean>(words.length).fill(false);
    const found: Match<T>[] = [];
    const claim = (start: number, end: number, entries: T[], distance: number) => {
      for (let i = start; i < end; i++) taken[i] = true;
      found.push({ entries, start, end, distance });
    };
    const free = (start: number, end: number) => {
      for (let i = start; i < end; i++) if (taken[i]) return false;
      return true;
    };
    // Most words begin no phrase: the runs of words starting at them are passed over without being joined,
    // which made most of the time of masking the intent examples at start.
    const begins = words.map((w) => this.firstWords.has(firstWord(w)));
    if (!fuzzy && !begins.includes(true)) return [];
    for (let size = Math.min(this.longestPhrase, words.length); size >= 1; size--)
      for (let start = 0; start + size <= words.length; start++) {
        // A word that begins no phrase may still be a name typed as one word ("dataengineer").
        if (!begins[start] && !(fuzzy && size === 1)) continue;
        if (!free(start, start + size)) continue;
        const hit = begins[start] ? this.exact.get(words.slice(start, start + size).join(" ")) : undefined;
        if (hit) claim(start, start + size, hit.entries, 0);
        // A name typed as one word ("dataengineer") is as good as found: only its spaces are missing.
        const joinedHit =
          !hit && fuzzy && size === 1
            ? this.joinedPhrase(words[start] ?? "", tokens[start] ?? "")
            : undefined;
        if (joinedHit) claim(start, start + 1, joinedHit.entries, 1);
      }
    if (!fuzzy) return found.sort((a, b) => a.start - b.start);
    // Candidates are asked for each run of words between taken and skipped ones, so that a misspelt name
    // on one side of "vs" is not crowded out by the other side's ("sofware engineer vs data scienist").
    const runs: number[][] = [[]];
    words.forEach((w, i) => {
      if (!taken[i] && !skip(tokens[i] ?? w, i)) runs[runs.length - 1]?.push(i);
      else if (runs[runs.length - 1]?.length) runs.push([]);
    });
    const rest = runs.filter((r) => r.length > 0);
    // A run is searched by its word forms and as typed: "secruity" finds "security" only unstemmed.
    // Two words typed apart are searched joined too: "fornt end" is a misspelt "frontend".
    const query = (run: number[]) =>
      [
        ...run.map((i) => words[i] ?? ""),
        ...run.map((i) => tokens[i] ?? ""),
        ...run.slice(1).flatMap((i) => joinedPair(tokens[i - 1] ?? "", tokens[i] ?? "")),
      ].join(" ");
    if (rest.length > 0) {
      const exactHits = [...found];
      // A window may also take in whole exact names next to free words, for a misspelt longer name around
      // a correct shorter one ("fornt end developer" is not "developer", "frontend develper" not "frontend").
      const extending = (start: number, end: number) =>
        !free(start, end) &&
        taken.slice(start, end).some((t) => !t) &&
        exactHits.every((m) => m.end <= start || m.start >= end || (m.start >= start && m.end <= end));
      const aroundExact = exactHits.length
        ? runsAround(words, taken, (i) => skip(tokens[i] ?? words[i] ?? "", i))
        : [];
      // A run opening with a short word is also searched without it: a short word is matched exactly, so one
      // that many names begin with ("it" of "it support", "it tech", "it guy") fills the few candidates and
      // crowds out a misspelt name after it ("it helpdsk").
      const shortFirst = (run: number[]) => run.length > 1 && (words[run[0] ?? 0] ?? "").length <= 3;
      const searched = [...rest, ...aroundExact].flatMap((run) =>
        shortFirst(run) ? [run, run.slice(1)] : [run],
      );
      const candidates = [...new Set(searched.flatMap((run) => this.candidates(query(run), 10)))];
      const windows: { start: number; end: number; text: string; raw: string; extends: boolean }[] = [];
      for (let size = Math.min(this.longestPhrase + 1, words.length); size >= 1; size--)
        for (let start = 0; start + size <= words.length; start++) {
          const slice = words.slice(start, start + size);
          const extends_ = extending(start, start + size);
          if (
            (!free(start, start + size) && !extends_) ||
            skip(tokens[start] ?? "", start) ||
            skip(tokens[start + size - 1] ?? "", start + size - 1)
          )
            continue;
          windows.push({
            start,
            end: start + size,
            text: slice.join(" "),
            raw: tokens.slice(start, start + size).join(" "),
            extends: extends_,
          });
        }
      const fuzzyHits: (Match<T> & { extends: boolean })[] = [];
      for (const w of windows) {
        const allowance = typoAllowance(w.text.length);
        if (allowance === 0) continue;
        // Every window meets every candidate (all the names of a small vocabulary): what depends on the
        // window alone is worked out once, and a candidate too far off is dropped before the words are
        // compared one by one.
        const rawAllowance = Math.min(allowance, typoAllowance(w.raw.length));
        const windowWords = w.text.split(" ").length;
        const split = splitRun(w.raw);
        // Replacing a name typed right takes a single typo in the longer one.
        const reach = w.extends ? Math.min(1, allowance) : allowance;
        for (const c of candidates) {
          // Abbreviations ("mle", "mass", "nyc") are matched exactly: one edit turns them into other words.
          if (c.phrase.length < 5) continue;
          const distance = Math.min(
            editDistance(w.text, c.phrase, allowance),
            editDistance(w.raw, c.raw, rawAllowance),
            splitTypo(split, c),
          );
          if (distance > reach) continue;
          // Word for word, each typo stays within its own word's allowance, as `lookup` holds: a word
          // of two letters has none, so "it architect" is IT and an architect, no "aws architect" (whose
          // stem "aw" is two edits from "it"), and "ops engineer" is no misspelt "vp engineering".
          if (windowWords === c.words && !wordByWord(w.raw, c.raw, w.text, c.phrase)) continue;
          fuzzyHits.push({ entries: c.entries, start: w.start, end: w.end, distance, extends: w.extends });
        }
      }
      // The hit that explains more words wins ("princpal applied scientst gen ai" is one name, not an
      // ambiguous "applied scientist"); among hits of one length, the closest.
      fuzzyHits.sort((a, b) => b.end - b.start - (a.end - a.start) || a.distance - b.distance);
      for (const hit of fuzzyHits) {
        if (free(hit.start, hit.end)) claim(hit.start, hit.end, hit.entries, hit.distance);
        else if (hit.extends) {
          const inside = found.filter((m) => m.start >= hit.start && m.end <= hit.end);
          const others = found.filter((m) => m.end <= hit.start || m.start >= hit.end);
          if (inside.length === 0 || inside.length + others.length !== found.length) continue;
          if (!inside.every((m) => exactHits.includes(m))) continue;
          found.splice(0, found.length, ...others);
          for (let k = hit.start; k < hit.end; k++) taken[k] = false;
          claim(hit.start, hit.end, hit.entries, hit.distance);
        }
      }
    }
    return found.sort((a, b) => a.start - b.start);
  }

  /** A word's form, with a plural "s" dropped from an abbreviation the stemmer leaves alone ("mles"). */
  private wordForm(token: string): string {
    if (token === "") return "";
    const f = this.form(token);
    return this.plurals &&
      f.length <= 5 &&
      f.endsWith("s") &&
      !this.exact.has(f) &&
      this.exact.has(f.slice(0, -1))
      ? f.slice(0, -1)
      : f;
  }

  private phraseOf(text: string): string {
    return tokenize(text).map(this.form).join(" ");
  }

  /** The name of several words one word is, joined ("dataengineer" → "data engineer"), if any. */
  private joinedPhrase(form: string, typed: string): Phrase<T> | undefined {
    if (form.includes(" ") || typed.includes(" ")) return undefined;
    return this.joined.get(form) ?? this.joined.get(typed);
  }

  private candidates(phrase: string, limit: number): Phrase<T>[] {
    if (phrase === "") return [];
    if (!this.fuzzy) return this.phrases;
    // A question's words are looked up whole and then found in runs, and each way of reading its entities
    // searches the same runs again, a few other searches apart: the last few searches are kept, the least
    // recently used dropped.
    let ids = this.recentSearches.get(phrase);
    if (!ids) {
      // A word searched twice (its word form and as typed are often the same) costs a second fuzzy walk of
      // the index and finds nothing the first did not.
      const words = [...new Set(phrase.split(" "))].join(" ");
      ids = this.fuzzy
        .search(words, { fuzzy: (term) => (term.length > 3 ? 0.3 : 0), prefix: (term) => term.length > 2 })
        .map((r) => r.id as number);
      this.recentSearches.set(phrase, ids);
    }
    return ids.slice(0, limit).map((id) => this.phrases[id] as Phrase<T>);
  }
}

/** Searches a vocabulary keeps: most repeated within a question are fewer than this apart. */
const searchesKept = 8;

/** A small vocabulary (levels, places) is cheaper to compare in full than to search: it has no index. */
const comparedInFull = 64;

/**
 * The most names `lookup` compares one by one instead of searching: a few hundred comparisons cost about
 * what one fuzzy search does. A vocabulary of thousands of roles has more names than that of each length.
 */
const maxCompared = 200;

function addTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The first word of a phrase, or all of a word. */
function firstWord(phrase: string): string {
  const space = phrase.indexOf(" ");
  return space < 0 ? phrase : phrase.slice(0, space);
}

/** Whether each word of a phrase is within its own typo allowance of the same word of a name, as typed or as word forms. */
function wordByWord(raw: string, nameRaw: string, forms: string, nameForms: string): boolean {
  const close = (a: string, b: string) => {
    const x = a.split(" ");
    const y = b.split(" ");
    return (
      x.length === y.length &&
      x.every(
        (w, i) =>
          editDistance(w, y[i] ?? "", typoAllowance(w.length)) <= typoAllowance(w.length) ||
          doubledOnce(w, y[i] ?? "") ||
          letterLeftOut(w, y[i] ?? "") ||
          syllableLeftOut(w, y[i] ?? ""),
      )
    );
  };
  return close(raw, nameRaw) || close(forms, nameForms);
}

/**
 * Whether a short word is another with one of its doubled letters typed once ("ful" for "full", "al" for
 * "all"): a word of three letters has no typo allowance, yet this slip is common and turns it into no other
 * word of a name.
 */
function doubledOnce(typed: string, name: string): boolean {
  if (name.length !== typed.length + 1 || typed.length < 3) return false;
  for (let i = 1; i < name.length; i++)
    if (name[i] === name[i - 1] && name.slice(0, i) + name.slice(i + 1) === typed) return true;
  return false;
}

/**
 * Words of three letters that are words of their own, each a letter short of a name's word: "i led ml
 * projects" is no Lead ML Engineer's, "a pen tester" no "open" anything (review of the session's rules).
 */
const wordsOfTheirOwn: ReadonlySet<string> = new Set(
  "led ran pen ten tan ban bet pan con man can car fat".split(" "),
);

/**
 * Whether a word of three letters is a name's word of four with one letter after the first left out ("dat"
 * or "dta" for "data", "tst" for "test"): too short for any typo allowance, yet said among the other words of
 * a name, each within its own allowance, the slip is plain ("dat engineer vs ml engineer" is the data
 * engineer, not a side no role names; r90).
 */
function letterLeftOut(typed: string, name: string): boolean {
  if (typed.length !== 3 || name.length !== 4 || typed[0] !== name[0] || wordsOfTheirOwn.has(typed))
    return false;
  for (let i = 1; i < name.length; i++) if (name.slice(0, i) + name.slice(i + 1) === typed) return true;
  return false;
}

/**
 * Whether a long word of a name is typed with two letters side by side left out inside it, its first three
 * and last two letters kept ("scienst" for "scientist", "speclist" for "specialist"): a syllable lost
 * in fast typing, two edits where a word of that length allows one. Not its start or end cut ("develop" is
 * no "developer", "design" no "designer"), and only among the name's other words, each within its own
 * allowance, as every typo of a name is read.
 */
function syllableLeftOut(typed: string, name: string): boolean {
  if (name.length < 8 || typed.length !== name.length - 2) return false;
  for (let i = 3; i + 2 <= name.length - 2; i++)
    if (name.slice(0, i) + name.slice(i + 2) === typed) return true;
  return false;
}

/**
 * Two words run together as one, where `splitTypo` could read them as a name cut in two: both of letters and
 * of three or more, six or more together. Only those are searched joined, since each extra term widens the
 * fuzzy search every question goes through.
 */
function joinedPair(first: string, second: string): string[] {
  const joined = first + second;
  return /^[a-z]{3,}$/.test(first) && /^[a-z]{3,}$/.test(second) && joined.length >= 6 ? [joined] : [];
}

/** A run of words typed as `splitTypo` reads it: how many words, and their letters joined. */
interface SplitRun {
  words: number;
  joined: string;
}

/**
 * A run of words typed that could be a name cut in two, as `splitTypo` reads it: each word of three letters
 * or more, six or more together. Only words of letters are a name cut in two: "sysadmin 8" and "+ data
 * engineer" are a name and more.
 */
function splitRun(typed: string): SplitRun | undefined {
  const words = typed.split(" ");
  if (!words.every((w) => /^[a-z]{3,}$/.test(w))) return undefined;
  const joined = words.join("");
  return joined.length < 6 ? undefined : { words: words.length, joined };
}

/**
 * How far a name typed as more words than it has is from it, spaces aside, when at most one letter differs
 * ("fornt end" for "frontend"), as `splitOnly` allows in `lookup`; otherwise more than any allowance.
 */
function splitTypo(typed: SplitRun | undefined, name: Phrase<unknown>): number {
  if (!typed || typed.words <= name.words) return Number.POSITIVE_INFINITY;
  const distance = editDistance(typed.joined, name.raw.replaceAll(" ", ""), 1);
  return distance <= 1 ? Math.max(1, distance) : Number.POSITIVE_INFINITY;
}
