import { editDistance, spellShortForms, tokenize, typoAllowance } from "../knowledge/core/text.js";
import { PhraseTable } from "./phrase-table.js";

/** Work said for the worker who does it, at the end of a title: "web development" for "web developer". */
const workers: ReadonlyMap<string, string> = new Map([["development", "developer"]]);

/**
 * The job titles of the official layer (occupation titles, O*NET alternate and reported titles: about
 * 56,000) as an index a question is matched against, built once at start.
 *
 * Exact phrases are looked up in one map. Typos are corrected word by word: a word no title uses is
 * compared only with the title words that share a trigram with it (an inverted index over the ~12,000
 * distinct title words), so a lookup never scans the titles. Words are compared in a cheap singular form
 * ("nurses" → "nurse") applied alike to titles and questions; a dictionary-based singular for 150,000
 * title words would cost more start-up time than the whole layer.
 */

/** "analysts" → "analyst", "technologies" → "technology"; "business", "status" and "sales" stay. */
export function singular(word: string): string {
  if (word.length <= 3 || !word.endsWith("s")) return word;
  if (word.endsWith("ss") || word.endsWith("us") || word.endsWith("is") || word === "sales") return word;
  if (word.endsWith("ies") && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(ch|sh|x)es$/.test(word)) return word.slice(0, -2);
  return word.slice(0, -1);
}

/** A name as singular words: "Information Security Analysts" and "information security analyst" alike. */
export const singularWords = (name: string) => tokenize(name).map(singular).join(" ");

/**
 * An occupation's titles, best first, as the index takes them: its own title, the names O*NET shows job
 * seekers for it, its other O*NET names, then the names of O*NET's more specific occupations under it (the
 * layer keeps each list one title a line). A residual occupation ("…, All Other") is marked: where it shares
 * a name with a specific occupation, the specific one is meant.
 */
export function rankedTitles(o: {
  soc: string;
  title: string;
  pay?: { employment?: number | string | undefined } | undefined;
  onet?: { featuredTitles?: string | undefined; titles: string; subTitles: string } | undefined;
}): TitleEntry {
  const lines = (text: string | undefined) => (text ? text.split("\n") : []);
  const employment = o.pay?.employment;
  return {
    soc: o.soc,
    ranked: [[o.title], lines(o.onet?.featuredTitles), lines(o.onet?.titles), lines(o.onet?.subTitles)],
    residual: /,\s*all other$/i.test(o.title),
    ...(typeof employment === "number" ? { employment } : {}),
  };
}

/**
 * One occupation's titles for the index: `ranked` best first; `residual` for an "All Other" category;
 * `employment`, how many hold it, for a bare word several occupations' own titles share.
 */
export interface TitleEntry {
  soc: string;
  ranked: readonly (readonly string[])[];
  residual?: boolean;
  employment?: number;
}

export interface TitleMatch {
  /** The occupations the title names: one, or several when O*NET lists it under each of them. */
  socs: string[];
  /** The words of the question the title covers. */
  start: number;
  end: number;
  /** Edits made to read it (0: exact). */
  distance: number;
  /** It is an occupation's own official title ("computer programmers"), not another name for one. */
  own: boolean;
  /** The title as read, typos mended, in singular words ("project manager" for "project manger"). */
  phrase: string;
}

/** "Information Technology Manager (IT Manager)" → both names; "Chief Executive Officer" → itself. */
function namesIn(title: string): string[] {
  const m = /^(.+?)\s*\(([^()]+)\)\s*$/.exec(title);
  return m ? [m[1] ?? "", m[2] ?? ""] : [title];
}

/**
 * The workers an own title joins with "and", each as a name of its own: "Health Information Technologists and
 * Medical Registrars" is also "health information technologists" and "medical registrars"; "Clinical
 * Laboratory Technologists and Technicians" also "clinical laboratory technologists" and, its words before
 * the last shared, "clinical laboratory technicians". People type one half, which otherwise reads as a
 * shorter title inside it ("technologist" alone, an Electrical Engineering title). Only the main part
 * counts, before a comma; a first half of one word ("Police and Sheriff's…", "Computer and Information…")
 * is a modifier, not a worker, and is left alone.
 */
export function joinedWorkers(title: string): string[][] {
  const main = title.split(",")[0] ?? "";
  const halves = main.split(/\s+and\s+/i);
  if (halves.length !== 2) return [];
  const first = tokenize(halves[0] ?? "").map(singular);
  const second = tokenize(halves[1] ?? "").map(singular);
  if (first.length < 2 || second.length === 0 || !/s$/i.test(halves[0]?.trim() ?? "")) return [];
  const names = [first];
  if (second.length > 1) names.push(second);
  else names.push([...first.slice(0, -1), ...second]);
  return names;
}

/** Last words of the titles of many different jobs: alone, they tell no occupation from another. */
const manyJobsWords = new Set(
  "engineer developer manager analyst scientist designer architect consultant specialist technician administrator officer director assistant associate worker operator".split(
    " ",
  ),
);

/** The words "tech" is short for at the end of a title. */
const techWords = ["technician", "technologist"];

/** The singular words of an own title's main part, before its first comma ("Bus Drivers, School" → bus, driver). */
function mainWords(title: string): string[] {
  return tokenize(title.split(",")[0] ?? "").map(singular);
}

/** The same word, or one the start of the other ("truck" and "trucker"), for words of four letters or more. */
function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  return Math.min(a.length, b.length) >= 4 && (a.startsWith(b) || b.startsWith(a));
}

const trigrams = (word: string) => {
  const padded = `^${word}$`;
  const out = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) out.add(padded.slice(i, i + 3));
  return out;
};

export class TitleIndex {
  /**
   * Phrase (singular words joined by spaces) → index into `socs`, or several where titles of equal rank
   * of several occupations meet. A better-ranked title wins: an occupation's own title over an alternate
   * title of another, and that over a title of a more specific O*NET occupation.
   */
  private readonly phrases: PhraseTable<number | number[]>;
  private readonly ownPhrases = new Set<string>();
  private readonly socs: string[] = [];
  /** Distinct title words, and which of them hold each trigram. */
  private readonly words: string[] = [];
  private readonly wordSet = new Set<string>();
  private readonly byTrigram = new Map<string, number[]>();
  /** How many titles end in each word ("nurse" ends dozens): a lone word is a title only if it heads several. */
  private readonly heads = new Map<string, number>();
  /** Names read as an occupation other than the one O*NET lists them under ("police"): see `preferOwnTitles`. */
  private readonly readElsewhere = new Set<string>();
  /** The words of own and featured titles: names people know. */
  private readonly knownNames = new Set<string>();
  /** Own and featured titles, whole: the names an occupation is plainly called ("radiologic technologist"). */
  private readonly plainPhrases = new Set<string>();
  /** Each occupation's own and featured titles' words, by its place in `socs`: what it is plainly called. */
  private readonly plainWords: Set<string>[] = [];
  /**
   * For a title O*NET plainly calls several occupations alike (their own or featured title), the one of all
   * the occupations listing it, under any name, that employs the most: see `commonestListing`.
   */
  private readonly commonestListers = new Map<string, string>();
  /**
   * For a name several occupations list alike that `preferOwnTitles` gave to those whose own title shares its
   * words, the others that list it as well ("captain": Airline Pilots, beside the water vessels' captains).
   */
  private readonly alsoListing = new Map<string, number[]>();
  /**
   * Every occupation listing a name that several list, under any of their names and at any rank
   * ("operations coordinator": Airfield Operations Specialists, Brokerage Clerks, Managers, All Other): see
   * `listedBy`. Packed as the phrases are.
   */
  private readonly listedByAll: PhraseTable<number[]>;
  readonly longestPhrase: number;
  readonly size: number;

  /**
   * Each entry lists an occupation's titles best first (see `rankedTitles`). "Information Technology
   * Manager (IT Manager)" counts as both names.
   */
  constructor(entries: Iterable<TitleEntry>) {
    let longest = 1;
    // While building: each phrase's best rank, the words of the titles it came from ("customer support
    // rep" from "Customer Support Representative (Customer Support Rep)"), and each occupation's own title.
    const ranks = new Map<string, number>();
    const titleWords = new Map<string, Set<string>>();
    const ownWords: string[][] = [];
    const ownTitle: string[][] = [];
    const firstWords: Set<string>[] = [];
    const employment: number[] = [];
    const joined: { words: string[]; at: number }[] = [];
    // The two names of "Customer Service Representative (Customer Service Rep)": one name, read alike.
    const partners = new Map<string, Set<string>>();
    // Each phrase's occupation that employs the most, of all that list it under any name.
    const listers = new Map<string, number>();
    // Built as a Map, then packed (see PhraseTable): the Map would hold three times the heap.
    const phrases = new Map<string, number | number[]>();
    // Each phrase's occupations, of every rank: kept for the phrases several list.
    const allListers = new Map<string, number[]>();
    const add = (phrase: string, at: number, rank: number, words: readonly string[]) => {
      const all = allListers.get(phrase);
      if (!all) allListers.set(phrase, [at]);
      else if (!all.includes(at)) all.push(at);
      const lister = listers.get(phrase);
      if (lister === undefined || (employment[at] ?? 0) > (employment[lister] ?? 0)) listers.set(phrase, at);
      const known = phrases.get(phrase);
      const knownRank = ranks.get(phrase) ?? Number.POSITIVE_INFINITY;
      if (known === undefined || rank < knownRank) {
        phrases.set(phrase, at);
        ranks.set(phrase, rank);
        titleWords.set(phrase, new Set(words));
      } else if (rank === knownRank) {
        const list = typeof known === "number" ? [known] : known;
        if (!list.includes(at)) phrases.set(phrase, [...list, at]);
        for (const w of words) titleWords.get(phrase)?.add(w);
      }
    };
    for (const entry of entries) {
      const { soc, ranked, residual } = entry;
      const at = this.socs.push(soc) - 1;
      ownWords[at] = mainWords(ranked[0]?.[0] ?? "");
      ownTitle[at] = tokenize(ranked[0]?.[0] ?? "").map(singular);
      firstWords[at] = new Set(
        [...(ranked[0] ?? []), ...(ranked[1] ?? [])].map((t) => singular(tokenize(t)[0] ?? "")),
      );
      employment[at] = entry.employment ?? 0;
      for (const words of joinedWorkers(ranked[0]?.[0] ?? "")) joined.push({ words, at });
      ranked.forEach((titles, tier) => {
        // Within a tier a specific occupation outranks a residual one; a better tier outranks both.
        const rank = tier * 2 + (residual ? 1 : 0);
        for (const title of titles) {
          const names = namesIn(title).map((n) => tokenize(n).map(singular).join(" "));
          for (const name of names)
            for (const other of names)
              if (other !== name && other !== "")
                partners.set(name, (partners.get(name) ?? new Set()).add(other));
          for (const name of namesIn(title)) {
            const words = tokenize(name).map(singular);
            if (words.length === 0) continue;
            add(words.join(" "), at, rank, tokenize(title).map(singular));
            if (tier === 0) this.ownPhrases.add(words.join(" "));
            if (tier <= 1) this.plainPhrases.add(words.join(" "));
            if (tier <= 1)
              for (const w of words) {
                this.knownNames.add(w);
                this.plainWords[at] = (this.plainWords[at] ?? new Set()).add(w);
              }
            const head = words[words.length - 1] ?? "";
            if (words.length > 1) this.heads.set(head, (this.heads.get(head) ?? 0) + 1);
            longest = Math.max(longest, words.length);
            for (const w of words) this.addWord(w);
          }
        }
      });
    }
    // Each half of an own title joined by "and", where it ends in a job's head as other titles do ("insurance
    // claims" of "Insurance Claims and Policy Processing Clerks" does not): the occupation's own name too.
    joined.forEach(({ words, at }) => {
      if ((this.heads.get(words[words.length - 1] ?? "") ?? 0) < 3) return;
      const phrase = words.join(" ");
      add(phrase, at, 0, ownTitle[at] ?? []);
      this.ownPhrases.add(phrase);
      this.plainPhrases.add(phrase);
    });
    // Ranks 0 to 3 are own and featured titles (a tier counts twice, a residual occupation one more).
    for (const [phrase, at] of phrases) {
      const lister = listers.get(phrase);
      if (typeof at !== "number" && (ranks.get(phrase) ?? 4) <= 3 && lister !== undefined)
        this.commonestListers.set(phrase, this.socs[lister] ?? "");
    }
    this.preferOwnTitles(phrases, ranks, titleWords, ownWords, ownTitle, firstWords, employment);
    this.readPartnersAlike(phrases, ranks, partners);
    this.phrases = new PhraseTable(phrases);
    for (const [phrase, all] of allListers) if (all.length < 2) allListers.delete(phrase);
    this.listedByAll = new PhraseTable(allListers);
    this.longestPhrase = Math.min(longest, 8);
    this.size = this.phrases.size;
  }

  /**
   * Where O*NET's lists leave a name to the wrong occupation or to several, the occupation whose own title
   * says what the name says is meant. A name several occupations list alike goes to those whose own title
   * shares most of its words ("UX designer": Web and Digital Interface Designers, not Software Quality
   * Assurance Analysts; "trucker": Truck Drivers, not Laborers); a tie stays a question back ("teacher").
   * A bare word that is only another name of an occupation whose own title lacks it ("police", listed under
   * Secretaries) goes to the commonest occupation whose own title holds it (Police and Sheriff's Patrol
   * Officers). Only the main part of an own title counts, before its first comma: what follows narrows or
   * excludes ("Secondary School Teachers, Except Special and Career/Technical Education").
   */
  private preferOwnTitles(
    phrases: Map<string, number | number[]>,
    ranks: ReadonlyMap<string, number>,
    titleWords: ReadonlyMap<string, ReadonlySet<string>>,
    ownWords: readonly string[][],
    ownTitle: readonly string[][],
    firstWords: readonly ReadonlySet<string>[],
    employment: readonly number[],
  ): void {
    // The occupations whose own or featured title begins with a word ("Police and Sheriff's Patrol
    // Officers", "Police Officer"): what that word alone names; not a word further in ("Criminal Justice
    // and Law Enforcement Teachers" for "justice", which is a Judges' title).
    const byFirstWord = new Map<string, number[]>();
    firstWords.forEach((words, at) => {
      for (const w of words) byFirstWord.set(w, [...(byFirstWord.get(w) ?? []), at]);
    });
    const shared = (at: number, words: Iterable<string>) =>
      [...words].filter((w) => (ownWords[at] ?? []).some((o) => sameWord(w, o))).length;
    // A word that ends the titles of many kinds of job says nothing of which ("systems engineer" is no
    // more Aerospace Engineers than Computer Network Architects).
    const telling = (words: Iterable<string>) => [...words].filter((w) => !manyJobsWords.has(w));
    const mostShared = (among: number[], words: string[]) => {
      const scores = among.map((i) => shared(i, words));
      const best = Math.max(...scores);
      return { best, kept: among.filter((_, k) => scores[k] === best) };
    };
    for (const [phrase, at] of phrases) {
      if (typeof at !== "number") {
        // The name's own words decide; the other name of its title only breaks a tie ("customer support
        // rep": "Customer Support Representative" shares two words with Customer Service Representatives).
        const own = mostShared(at, telling(phrase.split(" ")));
        if (own.best === 0) continue;
        const kept =
          own.kept.length > 1 ? mostShared(own.kept, telling(titleWords.get(phrase) ?? [])).kept : own.kept;
        if (kept.length < at.length) {
          phrases.set(phrase, kept.length === 1 ? (kept[0] as number) : kept);
          this.alsoListing.set(
            phrase,
            at.filter((i) => !kept.includes(i)),
          );
        }
        continue;
      }
      // A bare word that is only an alternate name (tier 2 on), not in its occupation's own title.
      if (phrase.includes(" ") || (ranks.get(phrase) ?? 0) < 4 || ownTitle[at]?.includes(phrase)) continue;
      const holders = byFirstWord.get(phrase) ?? [];
      const commonest = holders.sort((a, b) => (employment[b] ?? 0) - (employment[a] ?? 0))[0];
      if (commonest !== undefined) {
        phrases.set(phrase, commonest);
        this.readElsewhere.add(phrase);
      }
    }
  }

  /**
   * A title's other name means what the title does: "Customer Service Rep", listed only as the short name of
   * a sales representatives' title, is the short name of "Customer Service Representative", the own title
   * of Customer Service Representatives. A short name goes where its better-ranked long name goes.
   */
  private readPartnersAlike(
    phrases: Map<string, number | number[]>,
    ranks: ReadonlyMap<string, number>,
    partners: ReadonlyMap<string, ReadonlySet<string>>,
  ): void {
    const rank = (p: string) => ranks.get(p) ?? Number.POSITIVE_INFINITY;
    for (const [name, others] of partners) {
      // Only a short name follows its long one: an abbreviation ("CSO") names many things, its long form one.
      const best = [...others].filter((o) => o.length > name.length).sort((a, b) => rank(a) - rank(b))[0];
      const at = best === undefined ? undefined : phrases.get(best);
      const was = phrases.get(name);
      if (best === undefined || at === undefined || was === undefined || rank(best) >= rank(name)) continue;
      phrases.set(name, at);
      // Still a name O*NET lists there ("CIO" beside "Chief Information Officer"), or one read there.
      const listedBy = this.socsAt(was);
      if (!this.socsAt(at).every((s) => listedBy.includes(s))) this.readElsewhere.add(name);
    }
  }

  private addWord(word: string): void {
    if (this.wordSet.has(word)) return;
    this.wordSet.add(word);
    const id = this.words.push(word) - 1;
    for (const g of trigrams(word)) {
      const list = this.byTrigram.get(g);
      if (list) list.push(id);
      else this.byTrigram.set(g, [id]);
    }
  }

  /** The occupations a phrase names: one, or several where titles of equal rank meet (asked back). */
  private socsAt(at: number | number[]): string[] {
    return (typeof at === "number" ? [at] : at).map((i) => this.socs[i] ?? "");
  }

  /**
   * Whether a word is in an occupation's own title or a title O*NET features for it ("electrician",
   * "plumber"): a name people know, which a misspelt word may be read as ("streamer" is no misspelt
   * "steamer", an alternate title of pressers).
   */
  isKnownName(word: string): boolean {
    return this.knownNames.has(singular(word));
  }

  /** Whether any title uses the word ("strip", of strip cutters): a word of work, no typo of a name. */
  hasWord(word: string): boolean {
    return this.wordSet.has(singular(word));
  }

  /** Whether a lone word heads several titles ("nurse", "pharmacist"), so that alone it names a job. */
  isTitleHead(word: string): boolean {
    return (this.heads.get(singular(word)) ?? 0) >= 3;
  }

  /**
   * The occupations with a title that is these words and a job's head after them ("it operation" → "it
   * operation analyst", under Computer Network Support Specialists): what a function named with no head of
   * its own stands for ("IT operations salary").
   */
  socsBeginning(text: string): string[] {
    const start = tokenize(text).map(singular).join(" ");
    const socs = new Set<string>();
    for (const [head, count] of this.heads) {
      const phrase = `${start} ${head}`;
      const at = count >= 3 ? this.phrases.get(phrase) : undefined;
      if (at !== undefined && !this.readElsewhere.has(phrase))
        for (const soc of this.socsAt(at)) socs.add(soc);
    }
    return [...socs];
  }

  /** Whether O*NET itself lists a title under the occupation ("influencer" under Models), as typed. */
  lists(text: string, soc: string): boolean {
    const phrase = tokenize(text).map(singular).join(" ");
    const at = this.phrases.get(phrase);
    return at !== undefined && !this.readElsewhere.has(phrase) && this.socsAt(at).includes(soc);
  }

  /**
   * Whether a title names the occupation plainly: it is the occupation's own or featured title, or shares a
   * telling word with one ("trucker" and Truck Drivers). O*NET's other names include titles that mean another
   * job in tech talk: "Developer Advocate" is listed under Urban and Regional Planners, "Growth Hacker" under
   * Forest and Conservation Workers. Those share no word with what the occupation is called, and are no
   * reading of the job a tech question means.
   */
  private namesPlainly(text: string, soc: string): boolean {
    const phrase = this.phraseIn(tokenize(text).map(singular));
    if (phrase === undefined) return false;
    if (this.ownPhrases.has(phrase) || this.readElsewhere.has(phrase)) return true;
    const plain = this.plainWords[this.socs.indexOf(soc)] ?? new Set<string>();
    return phrase
      .split(" ")
      .filter((w) => !manyJobsWords.has(w))
      .some((w) => [...plain].some((p) => sameWord(w, p)));
  }

  /**
   * Whether a job title of tech talk may be read as the occupation O*NET lists it under: a computer
   * occupation (SOC group 15: "cloud engineer" under Computer Programmers), whatever its words; any other
   * only where the title names it plainly ("growth hacker" is no forest worker's job here).
   */
  readsAs(text: string, soc: string): boolean {
    return soc.startsWith("15-") || this.namesPlainly(text, soc);
  }

  /**
   * For a title O*NET plainly calls several occupations alike ("line cook": the featured title of three kinds
   * of cook), the one of all the occupations listing it under any name that employs the most (Cooks,
   * Restaurant); undefined for any other title.
   */
  commonestListing(text: string): string | undefined {
    const phrase = this.phraseIn(tokenize(text).map(singular));
    return phrase === undefined ? undefined : this.commonestListers.get(phrase);
  }

  /**
   * Whether an occupation lists a title as well as it is listed by the occupations `lookup` gives, though the
   * title was read as theirs: "captain" is listed by Airline Pilots, Copilots, and Flight Engineers as by the
   * water vessels' captains, whose own title holds the word.
   */
  alsoListedBy(text: string, soc: string): boolean {
    const phrase = this.phraseIn(tokenize(text).map(singular));
    const others = phrase === undefined ? undefined : this.alsoListing.get(phrase);
    return others?.some((i) => this.socs[i] === soc) ?? false;
  }

  /**
   * Every occupation O*NET lists a title under, by any name and at any rank, where several do ("operations
   * coordinator": Brokerage Clerks and Managers, All Other beside Airfield Operations Specialists, which
   * `lookup` reads it as); empty for a title one occupation lists, or none.
   */
  listedBy(text: string): string[] {
    const phrase = this.phraseIn(tokenize(text).map(singular));
    const all = phrase === undefined ? undefined : this.listedByAll.get(phrase);
    return all ? this.socsAt(all) : [];
  }

  /** The occupations a whole title names, exactly: "registered nurse" → [29-1141]. */
  lookup(text: string): string[] {
    const phrase = this.phraseIn(tokenize(text).map(singular));
    const at = phrase === undefined ? undefined : this.phrases.get(phrase);
    return at === undefined ? [] : this.socsAt(at);
  }

  /**
   * The title phrase some words are: as they are, else, for a title of several words, with their short forms
   * spelt out ("web dev" → "web developer", "it mgr" → "it manager"). A short form alone ("dev") is too loose.
   */
  private phraseIn(words: readonly string[]): string | undefined {
    const phrase = words.join(" ");
    if (this.phrases.get(phrase) !== undefined) return phrase;
    const spelt = spellShortForms(words).join(" ");
    // Words with no short form spell out as they are, already looked up: every window of every question
    // comes here, and most have none.
    if (words.length > 1 && spelt !== phrase && this.phrases.get(spelt) !== undefined) return spelt;
    // "get into web development": the work said for the worker who does it, a title's last word ("web
    // developer"), as people name a line of work they want to go into.
    const worker = words.length > 1 ? workers.get(words.at(-1) ?? "") : undefined;
    const asWorker = worker ? [...spellShortForms(words.slice(0, -1)), worker].join(" ") : undefined;
    if (asWorker && this.phrases.get(asWorker) !== undefined) return asWorker;
    if (words.length > 1 && words.at(-1) === "tech") return this.techSpelt(words);
    return words.length > 1 && techWords.includes(words.at(-1) ?? "") ? this.techShort(words) : undefined;
  }

  /**
   * "hvac technician", "ekg technician": O*NET lists a worker under "tech" alone ("HVAC Tech", "EKG Tech"),
   * its long form spelt out otherwise ("Heating, Ventilation, and Air Conditioning Technician"), so the
   * full word typed after the same words is that short title. Not after initials of two letters ("av
   * technician", "hr technologist"), which name several things, as `techSpelt`.
   */
  private techShort(words: readonly string[]): string | undefined {
    if ((words.at(-2)?.length ?? 0) <= 2) return undefined;
    const short = [...words.slice(0, -1), "tech"].join(" ");
    return this.phrases.get(short) !== undefined ? short : undefined;
  }

  /**
   * "radiologic tech": "tech" at the end of a title is short for technician or technologist, either. Read
   * only as a name an occupation is plainly called (its own or a featured title: "Radiologic Technologist"),
   * so that a line of business ("ed tech", "legal tech") is no O*NET title's rare other name; and only
   * where the spelt-out names agree on the occupations they name. Not after initials ("ai tech" is no AI
   * technician, an animal breeder's title): the initials O*NET means are listed with "tech" ("AV Tech").
   */
  private techSpelt(words: readonly string[]): string | undefined {
    if ((words.at(-2)?.length ?? 0) <= 2) return undefined;
    const stem = words.slice(0, -1).join(" ");
    const named = techWords
      .map((w) => `${stem} ${w}`)
      .filter((p) => this.plainPhrases.has(p) && this.phrases.get(p) !== undefined);
    const socs = new Set(named.map((p) => this.socsAt(this.phrases.get(p) as number | number[]).join(" ")));
    return socs.size === 1 ? named[0] : undefined;
  }

  /**
   * The title word closest to a word no title uses, within the typo allowance, or undefined. With `accept`,
   * only the words it accepts, and only one: two as close leave the typo unread.
   */
  correct(word: string, accept?: (candidate: string) => boolean): string | undefined {
    const allowance = Math.min(2, typoAllowance(word.length));
    if (allowance === 0) return undefined;
    const grams = [...trigrams(word)];
    const shared = new Map<number, number>();
    for (const g of grams)
      for (const id of this.byTrigram.get(g) ?? []) shared.set(id, (shared.get(id) ?? 0) + 1);
    // One edit changes at most three trigrams: candidates must share the rest.
    const needed = Math.max(1, grams.length - 3 * allowance);
    let best: { word: string; distance: number; tied: boolean } | undefined;
    for (const [id, count] of shared) {
      if (count < needed) continue;
      const candidate = this.words[id] ?? "";
      if (accept && !accept(candidate)) continue;
      const distance = editDistance(word, candidate, allowance);
      if (distance > allowance) continue;
      if (!best || distance < best.distance) best = { word: candidate, distance, tied: false };
      else if (distance === best.distance) best.tied = true;
    }
    return accept && best?.tied ? undefined : best?.word;
  }

  /**
   * The titles in a run of words, longest first and without overlaps. `fixable` says which words may be
   * corrected for typos (not question words, not words the knowledge itself uses).
   */
  findAll(tokens: readonly string[], fixable: (word: string) => boolean = () => true): TitleMatch[] {
    const forms = tokens.map(singular);
    const fixed = forms.map((w, i) => {
      if (this.wordSet.has(w) || !fixable(tokens[i] ?? w) || w.length < 5) return { word: w, edits: 0 };
      const c = this.correct(w);
      return c ? { word: c, edits: 1 } : { word: w, edits: 0 };
    });
    const taken = new Array<boolean>(tokens.length).fill(false);
    const found: TitleMatch[] = [];
    for (let size = Math.min(this.longestPhrase, tokens.length); size >= 1; size--)
      for (let start = 0; start + size <= tokens.length; start++) {
        if (taken.slice(start, start + size).some(Boolean)) continue;
        const slice = fixed.slice(start, start + size);
        const phrase = this.phraseIn(slice.map((f) => f.word));
        const at = phrase === undefined ? undefined : this.phrases.get(phrase);
        if (at === undefined || phrase === undefined) continue;
        for (let i = start; i < start + size; i++) taken[i] = true;
        found.push({
          socs: this.socsAt(at),
          start,
          end: start + size,
          distance: slice.reduce((n, f) => n + f.edits, 0),
          own: this.ownPhrases.has(phrase),
          phrase,
        });
      }
    return found.sort((a, b) => a.start - b.start);
  }
}
