import { editDistance, slipDistance } from "../../knowledge/core/text.js";

/**
 * Contractions typed without their apostrophe, which no dictionary lists but everyone writes: "theyre" is
 * "they're", never "there"; "youre" never "your".
 */
export const contractionsTypedBare: readonly string[] =
  "theyre youre were weve theyve youve ive im id ill youll theyll shes hes its isnt arent wasnt werent dont doesnt didnt cant couldnt wont wouldnt shouldnt havent hasnt hadnt thats whats wheres whos theres heres lets aint".split(
    " ",
  );

/** A text spelt right, and where a place between its words was typed (`SpellingCorrector.spelt`). */
export interface SpeltText {
  text: string;
  /** The place in the typed text of a place between words of the spelt one. */
  typedAt(at: number): number;
}

/** A text read as typed: each place where it is. */
export const asTyped = (text: string): SpeltText => ({ text, typedAt: (at) => at });

/**
 * Ordinary words misspelt by a slip of the keys, spelt right before anything reads the question: "waht skils
 * does a devops enginer need" is read as "what skills does a devops engineer need", so every later step (the
 * classifier, the readers of rankings, of pay, of skills, the echo of what was said) sees the words it knows.
 * The classifier corrects the words it reads too, but only for itself, and gives up on a tie: "skils" was
 * "skills" to it, yet the step that tells skills from soft skills looked for "skills" as typed, and "waht"
 * ("what" or "want") and "wich" ("which" or "with") stayed as they were, so "wich pays more" was a role
 * called "wich".
 *
 * A word is corrected only when it is no English word (the dictionary in `language/english-words.txt`) and
 * no word the pipeline knows (the examples', the knowledge's, the names of roles, employers and places),
 * and one word the questions use (or one set of its forms) is one slip of typing away; of several, the
 * word the examples use, then the likeliest slip, then the word used most. Never a word with a capital
 * inside a sentence (a name: "Deno", "Meta"), in short capitals ("SWES", "GCP"), or beside a digit, a dot
 * or a slash ("node.js", "ci/cd").
 */
export class SpellingCorrector {
  /** The texts spelt last, by the text as typed (see `spelt`). */
  private readonly recent = new Map<string, SpeltText>();

  /**
   * `known` tells a word never to correct (an English word, a word the pipeline knows); `targets` are the
   * words a misspelling may be corrected to, each with how many examples use it (1 for a word only the
   * knowledge uses), which settles which slips are allowed and which of two candidates wins.
   */
  constructor(
    private readonly known: (word: string) => boolean,
    private readonly targets: ReadonlyMap<string, number>,
  ) {}

  /** The text with each misspelt ordinary word spelt right, in the case it was typed in; the rest as typed. */
  corrected(text: string): string {
    return this.spelt(text).text;
  }

  /**
   * The text spelt right (`corrected`), and where each place between its words was typed: a reading of the
   * spelt words that must cut the typed text ("waht's the pay? wich needs a degree" cut before "wich") maps
   * its cut back, so it knows every slip the corrector knows.
   */
  spelt(typed: string): SpeltText {
    // One message is spelt by several readers (the whole, the pleasantries' core, the splitter of questions),
    // often the same text three times or more: the last few are kept.
    const kept = this.recent.get(typed);
    if (kept) return kept;
    const spelt = this.speltAnew(typed);
    if (this.recent.size >= recentKept) this.recent.delete(this.recent.keys().next().value as string);
    this.recent.set(typed, spelt);
    return spelt;
  }

  private speltAnew(typed: string): SpeltText {
    // Where each word spelt anew ends in the spelt text, and how much longer the typed text is from there.
    const changes: { end: number; longer: number }[] = [];
    let longer = 0;
    const text = typed.replace(/[\p{L}]+/gu, (word, at: number) => {
      const right = this.spelling(typed, word, at);
      if (right !== word) {
        changes.push({ end: at - longer + right.length, longer: longer + word.length - right.length });
        longer += word.length - right.length;
      }
      return right;
    });
    const typedAt = (at: number) => {
      let shift = 0;
      for (const change of changes) if (change.end <= at) shift = change.longer;
      return at + shift;
    };
    return { text, typedAt };
  }

  /** A word of the text as it is spelt right, or as typed. */
  private spelling(text: string, word: string, at: number): string {
    if (!this.mayCorrect(text, word, at)) return word;
    const right = this.correctedWord(word.toLowerCase());
    if (right === undefined) return word;
    // "Rolando said": a capital opening a sentence may start a name, which is no slip of a name of the
    // knowledge ("Orlando"); only of a word the examples ask with ("Waht", "Wich").
    const capital = word[0] !== word[0]?.toLowerCase();
    return capital && (this.targets.get(right) ?? 0) < 2 ? word : inCaseOf(word, right);
  }

  /**
   * The one word a misspelt word (lower case) stands for, or undefined: a known word, a word with no
   * candidate or with two that differ as much from it are left as typed.
   */
  correctedWord(word: string): string | undefined {
    if (word.length < 3 || !/^[a-z]+$/.test(word) || this.knowsForm(word)) return undefined;
    // Every word one edit away, looked up: a few hundred lookups for the rare word not known, and no index
    // of the targets' misspellings kept for the life of the process.
    const candidates = [...new Set(oneEdit(word))].filter(
      (candidate) =>
        candidate !== word &&
        this.targets.has(candidate) &&
        slipAllowed(word, candidate, this.targets.get(candidate) ?? 0) &&
        !inflectionOf(word, candidate),
    );
    if (candidates.length === 0) return this.swappedApart(word);
    // A word the examples use before one only the knowledge does ("carrer": "career", not "carrier"), then
    // the likeliest slip (a letter left out before one changed), then the word used most; two candidates
    // left alike are no correction.
    const ranked = candidates
      .map((candidate) => ({
        candidate,
        asked: (this.targets.get(candidate) ?? 0) >= 2,
        slip: slipDistance(word, candidate, 2),
        use: this.targets.get(candidate) ?? 0,
      }))
      .sort((a, b) => Number(b.asked) - Number(a.asked) || a.slip - b.slip || b.use - a.use);
    const [first, second] = ranked;
    if (!first) return undefined;
    if (
      second &&
      second.asked === first.asked &&
      second.slip === first.slip &&
      !inflectionOf(first.candidate, second.candidate)
    )
      return second.use * 4 <= first.use ? first.candidate : undefined;
    return first.candidate;
  }

  /**
   * The one word a word of six letters or more is with two letters one apart swapped back ("secutiry" for
   * "security", "manegar" for "manager"): a slip as plain as two letters side by side swapped, two edits by
   * the count of edits. Only where no word is one edit away, and only one word is so.
   */
  private swappedApart(word: string): string | undefined {
    if (word.length < 6) return undefined;
    const found = new Set<string>();
    for (let i = 0; i + 2 < word.length; i++) {
      if (word[i] === word[i + 2]) continue;
      const candidate = word.slice(0, i) + word[i + 2] + word[i + 1] + word[i] + word.slice(i + 3);
      if (this.targets.has(candidate)) found.add(candidate);
    }
    return found.size === 1 ? [...found][0] : undefined;
  }

  /** A known word, or a plural or verb form of one ("rsus", "upskilling" of "upskill"). */
  private knowsForm(word: string): boolean {
    return this.known(word) || bareForms(word).some((bare) => bare.length >= 3 && this.known(bare));
  }

  /** Whether the word at `at` may be a misspelling rather than a name, a code or part of a longer token. */
  private mayCorrect(text: string, word: string, at: number): boolean {
    const before = text[at - 1] ?? "";
    const after = text[at + word.length] ?? "";
    if (/[\p{N}./@#_+\-:<>&'’*]/u.test(before) || /[\p{N}./@#_+\-<>&*]/u.test(after)) return false;
    // "SWES", "GCP": short capitals are names and abbreviations.
    if (word === word.toUpperCase() && word.length <= 5) return false;
    // "ask Deno", "at Meta": a capital after the first word of a sentence starts a name.
    const capital = word[0] !== word[0]?.toLowerCase();
    return !capital || /^\s*$|[.!?]\s*$/.test(text.slice(0, at));
  }
}

/** How many texts `spelt` keeps: the readings of one message, not a store of every message. */
const recentKept = 8;

const letters = "abcdefghijklmnopqrstuvwxyz";

/** Every string one edit from a word: a letter deleted, two swapped, one changed or one inserted. */
function oneEdit(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i <= word.length; i++) {
    const [head, tail] = [word.slice(0, i), word.slice(i)];
    if (tail) out.push(head + tail.slice(1));
    if (tail.length > 1) out.push(head + tail[1] + tail[0] + tail.slice(2));
    for (const letter of letters) {
      if (tail) out.push(head + letter + tail.slice(1));
      out.push(head + letter + tail);
    }
  }
  return out;
}

/**
 * The slips of typing fast allowed from a word to what it stands for, one edit in all. The dictionary keeps
 * real words as they are; these limits keep the names and codes it does not list ("kotlin", "deno", "stat"),
 * which a short edit turns into a word too easily:
 * - two letters swapped: "mcuh", "deamnd", "secruity";
 * - a letter left out inside a word (not its first or last: "ngineer" and "analys" are rare slips):
 *   "skils", "shoud", "enginer";
 * - a letter added inside a word of six or more ("salaray", "enginneer"), or one changed ("salery",
 *   "carrer", "skillz"), only towards a word the examples use often, not one word of the knowledge from
 *   another ("deno" is no "demo").
 * A word of three letters is corrected only when two of its letters are swapped from a word that nearly
 * every question uses ("teh", "hwo", "adn"). A word of four letters is corrected only to a word questions
 * are made of, one the examples use at least twenty times ("waht", "wich", "mcuh"; "stat" is no "start"); a
 * word the examples use less than twice (one only the knowledge uses) only from a word of six letters or
 * more.
 */
function slipAllowed(word: string, candidate: string, uses: number): boolean {
  if (editDistance(word, candidate, 1) > 1) return false;
  // "teh", "hwo", "adn": three letters, two of them swapped, of a word nearly every question uses.
  if (word.length === 3) return uses >= 100 && [...word].sort().join("") === [...candidate].sort().join("");
  if ((uses < 2 && word.length < 6) || (uses < 20 && word.length === 4)) return false;
  if (word.length === candidate.length) {
    const at = [...word].findIndex((letter, i) => letter !== candidate[i]);
    if (at + 1 < word.length && word[at + 1] !== candidate[at + 1]) return true; // swapped: "waht"
    return word.length >= 6 && uses >= 3; // changed: "salery"
  }
  const [short, long] = word.length < candidate.length ? [word, candidate] : [candidate, word];
  const inside = [...long].some(
    (_, i) => i > 0 && i < long.length - 1 && long.slice(0, i) + long.slice(i + 1) === short,
  );
  if (!inside) return false;
  // A letter added ("salaray") or left out ("skils", "wich").
  return word.length > candidate.length ? word.length >= 6 && uses >= 3 : true;
}

/** Whether two words are forms of one ("skill", "skills"; "hire", "hired"): no misspelling of each other. */
function inflectionOf(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return long.startsWith(short) && /^(?:s|es|d|ed|ing|er|ly)$/.test(long.slice(short.length));
}

/**
 * A word without the endings of a noun's plural or a verb's forms: "rsus" → "rsu", "interviewing" →
 * "interview", "tries" → "try" (the dictionary lists these forms; the knowledge and the examples may not).
 * Not "-er": "enginer" is no form of "engine".
 */
function bareForms(word: string): string[] {
  const forms: string[] = [];
  const ending = /^(.+?)(ies|es|s|ing|ed)$/.exec(word);
  if (!ending?.[1]) return forms;
  const [, bare, suffix] = ending;
  forms.push(bare);
  if (suffix === "ies") forms.push(`${bare}y`);
  if (suffix === "es") forms.push(`${bare}e`);
  if (suffix === "ing" || suffix === "ed") forms.push(`${bare}e`);
  if (/([b-df-hj-np-tv-z])\1$/.test(bare)) forms.push(bare.slice(0, -1)); // "planning" → "plan"
  return forms;
}

/** The word corrected in the case it was typed in: "Waht" → "What", "WAHT" → "WHAT". */
function inCaseOf(typed: string, right: string): string {
  if (typed === typed.toUpperCase()) return right.toUpperCase();
  if (typed[0] !== typed[0]?.toLowerCase()) return right[0]?.toUpperCase() + right.slice(1);
  return right;
}
