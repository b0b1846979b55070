/*
 * Where the words put an employer: right after "at" ending the message, after "same q for", across a word
 * that compares two employers. Names there are read as employers, even everyday words ("target").
 */
import { comparers } from "../words/contrast-words.js";
import { payNouns } from "../words/topic-words.js";
import { phraseWords } from "./at-phrases.js";

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
    // "at family dinners", "at night": a phrase of its own, no employer.
    !phraseWords.has(words[start] ?? "") &&
    (after === undefined ||
      after === "in" ||
      (after !== undefined && (workDoneThere.has(after) || singlingOut.has(after))))
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

/**
 * "does target pay good for tech jobs", "what target pays", "how much grab pay": the words from `start` to `end` stand between
 * "does" (or "what") and "pay", where a question of pay puts whoever pays; a listed name that is an everyday
 * word ("target") is the employer there.
 */
export const employerPaying = (words: readonly string[], start: number, end: number): boolean =>
  ((words[start - 1] === "does" || words[start - 1] === "do") &&
    (words[end] === "pay" || words[end] === "pays")) ||
  (words[start - 1] === "what" && words[end] === "pays") ||
  // "how much grab pay for backend", as a learner writes it without "does": between "how much" and "pay".
  (words[start - 2] === "how" &&
    words[start - 1] === "much" &&
    (words[end] === "pay" || words[end] === "pays" || words[end] === "paying"));

/**
 * Everyday words that end an employer's name after a word no list knows: "mayo clinic", "kaiser health",
 * "fulton bank". Read with it, the name is the employer's whole (otherwise: "clinic" stood between "mayo"
 * and the job, and nothing was read).
 */
export const nameEnding: ReadonlySet<string> = new Set(
  "clinic clinics hospital hospitals health healthcare bank insurance group foods stores markets fcu cu".split(
    " ",
  ),
);

/**
 * Words after an employer's name that single it out, or say how closely its figure is wanted, no part of it:
 * "at Mayo Clinic specifically", "at acme exactly", "security analyst at booz allen ballpark" (typed without
 * the comma that would end the name).
 */
export const singlingOut: ReadonlySet<string> = new Set(
  "specifically particularly especially exactly precisely instead ballpark roughly approx approximately".split(
    " ",
  ),
);

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

/**
 * Words naming the pay that ends a job board's headline ("kaiser data analyst salary", "costco it support
 * pay", "datadog sre tc"): the nouns of pay, but "money".
 */
const headlinePay: ReadonlySet<string> = new Set(payNouns.filter((w) => !w.includes(" ") && w !== "money"));

/** Words that may follow that pay, naming its spread: "kaiser data analyst salary range". */
const headlineSpread: ReadonlySet<string> = new Set(["range", "ranges", "band", "bands"]);

/**
 * "kaiser permanente data analyst salary", "target data analyst salary": the words from `start` to `end` open
 * the message, a job follows right after them, and its pay ends the message (or only its spread or place
 * follows): a job board's headline of one employer's pay for that job, so those words are the employer.
 * `words` may hold "" for words already read as something else (a place), which end nothing.
 */
export function employerHeadingJobPay(
  words: readonly string[],
  start: number,
  end: number,
  jobAt: (i: number) => boolean,
): boolean {
  if (start !== 0 || !jobAt(end)) return false;
  let k = end;
  while (k < words.length && jobAt(k)) k++;
  if (!headlinePay.has(words[k] ?? "")) return false;
  return words.slice(k + 1).every((w) => w === "" || w === "in" || headlineSpread.has(w));
}
