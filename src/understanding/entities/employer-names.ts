/*
 * Employers named in ways the employers list does not spell: in a job link's address ("amazon.jobs",
 * "careers.google.com") or misspelt ("netflx", "amazn", "googel"). Read so that the answer says it has no
 * figures for that employer, lest its general figures be taken for the employer's.
 */
import { slipDistance } from "../../knowledge/core/text.js";
import type { Match, Vocabulary } from "../../knowledge/core/vocabulary.js";
import { comparers } from "../words/contrast-words.js";
import { pronouns, questionWords } from "../words/entity-words.js";
import { credentialWords, degreeWords } from "../words/topic-words.js";

/**
 * "amazon.jobs", "careers.microsoft.com": a web address names the employer one of its parts is the name of.
 * Words left empty (already read as something else) are skipped.
 */
export function employersInAddresses(
  employers: Vocabulary<string>,
  words: readonly string[],
): Match<string>[] {
  return words.flatMap((word, i) => {
    if (!word.includes(".")) return [];
    const named = word
      .split(".")
      .map((part) => employers.lookup(part))
      .find((hit) => hit?.distance === 0 && hit.entries.length === 1);
    return named ? [{ entries: named.entries, start: i, end: i + 1, distance: 0 }] : [];
  });
}

/**
 * The shortest employer's name (its letters, as the knowledge spells it) read through a typo: a slip from a
 * shorter one ("chase") is too often another word.
 */
const shortestMisspelt = 6;
/** The shortest word the person typed that may be a misspelt employer's name: a shorter one is too often another name. */
const shortestTyped = 5;

/**
 * "netflx senior swe comp", "googel sre salary bands": a word one slip of the keys from an employer's name
 * (a letter left out, added, swapped or a vowel changed), where the word is none the knowledge or the
 * questions use ("strip" is no Stripe) and the name is long enough that a slip from it is no other word.
 * Words left empty (already read as something else) are skipped.
 */
export function misspeltEmployers(
  employers: Vocabulary<string>,
  words: readonly string[],
  knownWord: (word: string) => boolean,
): Match<string>[] {
  return words.flatMap((word, i) => {
    if (word.length < shortestTyped || knownWord(word) || !/^[a-z]+$/.test(word)) return [];
    const hit = employers.lookup(word);
    const [name] = hit?.entries ?? [];
    if (!hit || hit.distance === 0 || hit.entries.length !== 1 || !name) return [];
    const spelt = name.toLowerCase().replace(/[^a-z]/g, "");
    if (spelt.length < shortestMisspelt || slipDistance(word, spelt, 1) > 1) return [];
    return [{ entries: hit.entries, start: i, end: i + 1, distance: hit.distance }];
  });
}

/** The shortest word read as an employer no list names: a shorter one is too often a slip of another word. */
const shortestUnlisted = 4;

/**
 * "what does costco pay it support", "data analyst salary at kaiser permanente": one or two words no list,
 * no knowledge and no question uses, where a pay question puts the employer ("does … pay" someone, "at …"
 * ending the message or before its place), are an employer the lists do not name. Read so that the answer
 * says it has no figures for it rather than give the general figures as if they were that employer's.
 */
/** Words after "does X pay" that say how well or how much, not whom: the work asked of, no employer. */
const howWellPaid: ReadonlySet<string> = new Set(
  "well more less enough better good ok okay much a an the per on off in for you".split(" "),
);

/**
 * What else pays, or is said to: a degree or a credential ("how much does a masters pay data scientists"),
 * experience, a way of working ("does overtime pay", "does remote work pay less"), or more of it. None is
 * an employer.
 */
const paysWithoutEmploying: ReadonlySet<string> = new Set([
  ...degreeWords,
  ...credentialWords,
  ..."experience exp seniority tenure overtime remote hybrid onsite contract contracting more less extra".split(
    " ",
  ),
]);

export function unlistedEmployers(
  words: readonly string[],
  knownWord: (word: string) => boolean,
  jobAt: (i: number) => boolean,
  skillWord: (w: string) => boolean,
): Match<string>[] {
  const unknown = (i: number) => {
    const w = words[i] ?? "";
    return (
      w.length >= shortestUnlisted && /^[a-z]+$/.test(w) && !knownWord(w) && !paysWithoutEmploying.has(w)
    );
  };
  const spans = [...payersOfJobs(words, jobAt, skillWord)];
  for (let i = 1; i < words.length; i++) {
    if (!unknown(i) || spans.some((m) => m.start <= i && i < m.end)) continue;
    const two = unknown(i + 1) ? 2 : 1;
    const after = words[i + two];
    // Someone paid is named after "pay": "how much does freelancing pay" asks of the work, no employer, and
    // so does a word of how well ("does bartending pay well", "… pay more than retail"); a name of work
    // in "-ing" is no employer either ("how much does babysitting pay a month").
    const paid = words[i + two + 1];
    const asksPay =
      (words[i - 1] === "does" || words[i - 1] === "do") &&
      after === "pay" &&
      paid !== undefined &&
      !howWellPaid.has(paid) &&
      !words.slice(i, i + two).some((w) => w.endsWith("ing"));
    // "at kaiser" ends the message, or only a place follows it ("a dba at kaiser in kentucky").
    if (asksPay || employerAfterAt(words, i, i + two)) spans.push(employerName(words, i, i + two));
  }
  return spans;
}

/** An employer's name spelt with capitals, as the answer writes it. */
function employerName(words: readonly string[], start: number, end: number): Match<string> {
  const name = words
    .slice(start, end)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(" ");
  return { entries: [name], start, end, distance: 0 };
}

/**
 * "does that pay a lot more than the help desk stuff", "does each pay more": a word pointing back at what
 * the thread named, or at each of several, is no payer, whatever job follows "pay".
 */
const pointingBack: ReadonlySet<string> = new Set("that those these each both all one ones".split(" "));

/** Words that stand before a payer without being one: "does the government pay", "does my company pay". */
const payerLeads = new Set(["the", "a", "an"]);

/**
 * "how much does target pay data analysts", "what does home depot pay it support", "what does the
 * government pay security analysts": between "does" and "pay", with a job named after "pay", one or two
 * words are whoever pays, even words of everyday English ("target", "home", "government") that the
 * unknown-word rule leaves alone. The job after "pay" makes the frame an employer's pay, so the answer
 * says it has no figures for it before the general ones.
 */
function payersOfJobs(
  words: readonly string[],
  jobAt: (i: number) => boolean,
  skillWord: (w: string) => boolean,
): Match<string>[] {
  const plain = (i: number) => {
    const w = words[i] ?? "";
    return (
      /^[a-z]+$/.test(w) &&
      !questionWords.has(w) &&
      !pronouns.has(w) &&
      !pointingBack.has(w) &&
      !paysWithoutEmploying.has(w) &&
      !w.endsWith("ing") &&
      !skillWord(w)
    );
  };
  const spans: Match<string>[] = [];
  const jobPaid = (end: number) => words.slice(end + 1).some((_, k) => jobAt(end + 1 + k));
  for (let i = 1; i < words.length; i++) {
    if (words[i] !== "does" && words[i] !== "do") continue;
    const start = payerLeads.has(words[i + 1] ?? "") ? i + 2 : i + 1;
    const end = [start + 1, start + 2].find((e) => words[e] === "pay");
    if (end === undefined || !words.slice(start, end).every((_, k) => plain(start + k))) continue;
    if (jobPaid(end)) spans.push(employerName(words, start, end));
  }
  const opening = openingPayer(words, jobAt, plain);
  if (opening && jobPaid(opening.end)) spans.push(employerName(words, opening.start, opening.end));
  return spans;
}

/**
 * Words opening a message before "pay" that say which pay or ask where, not who pays: "average pay for",
 * "entry level pay for", "wheres pay highest for". None is an employer.
 */
const payMeasures: ReadonlySet<string> = new Set(
  "wheres whos hows whys whens and so but or also average avg median mean typical usual normal starting start base entry level total hourly annual yearly monthly weekly senior junior mid lead staff principal top high low higher lower good decent fair real actual expected current new take home net gross".split(
    " ",
  ),
);

/**
 * "epic systems pay for qa engineers?", "acme pays data analysts how much": one or two words opening the
 * message right before "pay" or "pays", none a job's, whoever pays, whatever their words (otherwise: "epic"
 * was left unread, and its place answered instead). The caller asks that a job be named after "pay".
 */
function openingPayer(
  words: readonly string[],
  jobAt: (i: number) => boolean,
  plain: (i: number) => boolean,
): { start: number; end: number } | undefined {
  const start = payerLeads.has(words[0] ?? "") ? 1 : 0;
  const end = [start + 1, start + 2].find((e) => words[e] === "pay" || words[e] === "pays");
  if (end === undefined) return undefined;
  const payer = (i: number) => plain(i) && !jobAt(i) && !payMeasures.has(words[i] ?? "");
  return words.slice(start, end).every((_, k) => payer(start + k)) ? { start, end } : undefined;
}

/**
 * Where the masked words put an employer after "at": the words from `start` to `end` stand right after "at",
 * and the message ends there, or only its place follows ("a dba at kaiser in kentucky"), or the work done
 * there ("at target doing it support"): a listed name that is an everyday word ("at target") or a
 * word no list knows ("at kaiser"). `words` may hold "" for words already read as something else, which end
 * nothing. (Where the message's punctuation ends a clause, or capitals mark a name, `employers-placed.ts`
 * reads the employer from the text itself.)
 */
export function employerAfterAt(words: readonly string[], start: number, end: number): boolean {
  const after = words[end];
  return (
    words[start - 1] === "at" &&
    (after === undefined || after === "in" || (after !== undefined && workDoneThere.has(after)))
  );
}

/** Words that ask a question again of something else: "same q for", "same question for", "same for". */
const askedAgain: ReadonlySet<string> = new Set(["q", "qs", "question", "questions", "thing", "deal"]);

/**
 * "same q for target", "same question for home depot": the words from `start` to `end` stand right after
 * "same (q) for", which asks the question just asked again of them; after an employer's pay, an employer
 * whose name is an everyday word ("target") is the one it is asked of.
 */
export function employerAskedAgain(words: readonly string[], start: number): boolean {
  if (words[start - 1] !== "for") return false;
  const same = askedAgain.has(words[start - 2] ?? "") ? start - 3 : start - 2;
  return words[same] === "same";
}

/** Words after an employer that say what work is done there: "at target doing it support", "at kaiser as a dba". */
const workDoneThere = new Set(["doing", "as", "working"]);

/** Words between a comparing word and the employer it sets against another: "than at aws", "vs for aws". */
const beforeEmployer = new Set(["at", "for"]);

/**
 * "does accenture pay cloud architects less than aws does", "accenture vs aws pay", "does aws pay cloud
 * architects more than accenture": the words from `start` to `end` stand right across a word that compares,
 * or between "does" and "pay", where a question of two employers' pay puts each of them.
 */
export const employerSetAgainst = (words: readonly string[], start: number, end: number): boolean =>
  comparers.has(words[start - 1] ?? "") ||
  (beforeEmployer.has(words[start - 1] ?? "") && comparers.has(words[start - 2] ?? "")) ||
  comparers.has(words[end] ?? "") ||
  ((words[start - 1] === "does" || words[start - 1] === "do") && words[end] === "pay");

/** Words of working with a thing: "experience with vmware", "working with salesforce". */
const workingWith = new Set("work works working worked experience exp familiar skilled certified".split(" "));

/** Words of using a thing: "using workday", "we use servicenow". */
const usingWords = new Set(["use", "uses", "using", "used"]);

/**
 * "windows server + vmware", "working with vmware", "we use servicenow": a name of an employer that is also
 * its product, listed among the tools one works with or said as what is used, names no employer. Not where
 * a "+" joins two employers ("google + meta"): `employerAt` says where one stands.
 */
export function productWorkedWith(
  words: readonly string[],
  start: number,
  end: number,
  employerAt: (at: number) => boolean,
): boolean {
  const before = words[start - 1] ?? "";
  if (usingWords.has(before)) return true;
  if (before === "with" && workingWith.has(words[start - 2] ?? "")) return true;
  // The tools typed as a list with pluses: the name beside a word that is no employer's.
  return (before === "+" && !employerAt(start - 2)) || (words[end] === "+" && !employerAt(end + 1));
}

/** Words of a course or credential an employer gives: "the google data cert", "aws certification", "meta's course". */
const programWords: ReadonlySet<string> = new Set([
  ...credentialWords,
  ..."course courses program programme bootcamp class classes".split(" "),
]);

/**
 * "did the google data cert thing last winter", "have the aws cloud practitioner certification": an
 * employer's name right before a course or credential it gives (within three words) names that program,
 * not where someone works or whose pay is asked, so the answer does not open with "No figures for Google".
 */
export function programOfEmployer(words: readonly string[], end: number): boolean {
  for (let at = end; at < Math.min(words.length, end + 3); at++) {
    const w = words[at] ?? "";
    if (programWords.has(w)) return true;
    if (w === "pay" || w === "pays" || w === "salary" || w === "at" || w === "for") return false;
  }
  return false;
}
