/**
 * Where one loose word of a message stands as a job or a place. A long message carries asides ("mostly
 * printers and badge readers", "my mate reckons", "(CA, 6 yrs)", "been reading the phoenix project"), and
 * a single word in one of them that happens to be an O*NET title or a place's name is not what the question
 * is about. There, such a word counts only in the frame a job or a place stands in; a short question ("nurse
 * salary", "plumbers?") is all subject, and keeps every word.
 */
import { ageEndingAt } from "./age-words.js";
import { comparers, contrastWords } from "./contrast-words.js";
import { heldOverSpell, payAfterJob, spellUnits } from "./entity-words.js";

/** Words from which on a message is long enough to hold an aside. */
const longFrom = 10;

/** Whether a message is long enough that a word of one of its asides may be read as its subject. */
export const isLongMessage = (tokens: readonly string[]) => tokens.length >= longFrom;

/**
 * Words right before a job: an article or "as" ("i'm a nurse", "work as a printer"), a question's verb
 * ("what do plumbers make"), a side of a move or comparison ("from nursing", "to teacher", "vs nurse"), or
 * being it with no article, as learners of English say it ("i am pharmacist in my country", "my sister was
 * feldsher in ukraine").
 */
const beforeJob = new Set([
  // "what does kaiser pay RNs in the bay area": the job an employer pays.
  ..."a an as do does did are is was for of to 2 from into become becoming being im am pay pays".split(" "),
  ...comparers,
]);

/** Words right after a job: pay ("nurse salary"), a side of a move or comparison, or the job as a job. */
const afterJob = new Set([
  ...payAfterJob,
  ...comparers,
  ..."to 2 into job jobs career careers role roles here pay".split(" "),
  // The way into the job: "electrician apprenticeship", "police academy".
  ..."apprenticeship apprenticeships academy".split(" "),
]);

/**
 * Words that open a follow-up before the job it turns to: "and electricians? my cousin says…", "ok and
 * plumbers", "what about nurses": the job they open on is the subject, first as if nothing came before it.
 */
const followUpOpeners = new Set("and ok okay hmm so also then what how about".split(" "));

/**
 * Whether a job named by one word, words start to end, stands where a job does: first (after a follow-up's
 * opening words), or in a job's frame. Last is no frame: "... in it rn", "... mostly printers".
 */
export function inJobFrame(tokens: readonly string[], start: number, end: number): boolean {
  // An age stands between a job and its frame: "a 42 yo accountant".
  const lead = start - ageEndingAt(tokens, start);
  return (
    tokens.slice(0, lead).every((w) => followUpOpeners.has(w)) ||
    beforeJob.has(tokens[lead - 1] ?? "") ||
    afterJob.has(tokens[end] ?? "") ||
    kindBetween(tokens, lead) ||
    heldOverSpell(tokens, lead) ||
    spellAfter(tokens, end) ||
    payAfter(tokens, end)
  );
}

/** Words of a rate after a sum: "15/hr", "40 an hour", "32k a year". */
const rateWords = new Set("hr hrs hour hourly yr year annually".split(" "));

/**
 * "(barista, ~$15/hr + tips)", "cashier 32k a year": a sum of pay right after a job says what the job pays
 * the person, so the job is theirs, said as plainly as "barista here" (otherwise: the barista's pay lost in a
 * long aside, and only the role's pay given). A sum in thousands ("80k") is pay said alone.
 */
const payAfter = (tokens: readonly string[], end: number) => {
  const sum = tokens[end] ?? "";
  const rate = tokens[end + 1] === "an" || tokens[end + 1] === "a" ? tokens[end + 2] : tokens[end + 1];
  return /^\d+k$/.test(sum) || (/^\d+$/.test(sum) && rateWords.has(rate ?? ""));
};

/**
 * "been in retail for 6 yrs", "nursing 8 yrs": a spell of time right after a job says how long it was held
 * (as "6 years in retail" before it does: `heldOverSpell`).
 */
const spellAfter = (tokens: readonly string[], end: number) => {
  const at = tokens[end] === "for" ? end + 1 : end;
  return /^\d+$/.test(tokens[at] ?? "") && spellUnits.has(tokens[at + 1] ?? "");
};

/**
 * "im a session musician", "i'm a freelance photographer": one word saying which kind of the job stands
 * between the article after "i'm" and the job (otherwise: the held job was lost in a long message, and a
 * move from it read as the way into the role from nothing).
 */
const kindBetween = (tokens: readonly string[], lead: number) =>
  articles.has(tokens[lead - 2] ?? "") &&
  tokens[lead - 3] === "im" &&
  /^[a-z]{3,}$/.test(tokens[lead - 1] ?? "");

const articles = new Set(["a", "an"]);

/**
 * How a job is worked, which a pasted job title puts beside its place: "(Hybrid, SF)", "(Remote, NYC)",
 * "Austin - onsite" (otherwise: SF was read as an aside, and its pay not asked there).
 */
const workModes: ReadonlySet<string> = new Set(["hybrid", "onsite", "remote"]);

/** Words before a place, "the" aside: "in seattle", "moving to pune", "based in the uk", "seattle vs austin". */
export const beforePlace: ReadonlySet<string> = new Set([
  ..."in at near around from to 2 outside across within based for relocate relocating".split(" "),
  ...contrastWords,
]);

/** Words before a town that a state may follow: "in madison wisconsin", "near moline illinois". */
const inTown: ReadonlySet<string> = new Set(["in", "near", "around", "outside"]);

/** Nouns that make the words before them a place: "the la area", "ma based", "the seattle metro". */
export const placeNouns: ReadonlySet<string> = new Set("area metro region based state".split(" "));

/**
 * Words after a place: "boston area", "seattle based", "texas salary", "seattle vs austin", "new york city".
 * "city" only here, after a name already read as a place: it makes no place of an everyday word ("in city").
 */
const afterPlace = new Set([...payAfterJob, ...comparers, ...placeNouns, "city"]);

/** Whether a place, words start to end, stands where a place does in a long message (else it is part of a name). */
export function inPlaceFrame(tokens: readonly string[], start: number, end: number): boolean {
  const lead = tokens[start - 1] === "the" ? start - 1 : start;
  return (
    lead === 0 ||
    beforePlace.has(tokens[lead - 1] ?? "") ||
    // "Epic in madison wisconsin, i hear they pay…": a state after a town it does not list, as addresses
    // write them; the town stands where a place does, and so the state does (r73: the thread's old town
    // and employer were carried instead).
    (inTown.has(tokens[lead - 2] ?? "") && /^[a-z]{3,}$/.test(tokens[lead - 1] ?? "")) ||
    end >= tokens.length ||
    afterPlace.has(tokens[end] ?? "") ||
    workModes.has(tokens[lead - 1] ?? "") ||
    workModes.has(tokens[end] ?? "")
  );
}
