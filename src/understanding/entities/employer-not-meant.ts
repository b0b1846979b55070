/*
 * Where an employer's name names no employer: a product one works with or learns ("working with vmware", "we
 * use servicenow", "should i learn `jira` for pm"), a course or credential it gives ("the google data cert"), or a site things happen on
 * ("a recruiter pinged me on linkedin"). The answer then opens with no
 * "No figures for …".
 */
import { choiceWords } from "../words/contrast-words.js";
import { credentialWords } from "../words/topic-words.js";

/** Words of working with a thing: "experience with vmware", "working with salesforce". */
const workingWith = new Set("work works working worked experience exp familiar skilled certified".split(" "));

/** Words of an amount of a thing: "some oracle", "mostly salesforce". */
const amountWords = new Set(["some", "mostly", "mainly", "little"]);

/** Words for things of a kind, said after a product's name: "cisco stuff", "aws things". */
const stuffWords = new Set(["stuff", "things"]);

/** Words of using a thing: "using workday", "we use servicenow". */
const usingWords = new Set(["use", "uses", "using", "used"]);

/**
 * Words of learning a thing: "should i learn jira", "is learning salesforce worth it", "studying oracle":
 * what one learns is a tool, never a workplace.
 */
const learningWords = new Set(
  "learn learns learning learned learnt study studying studied master mastering".split(" "),
);

/** "is oracle worth learning for a dba": a name, then "worth" and a word of learning, is the thing to learn. */
const worthLearning = (words: readonly string[], end: number): boolean =>
  words[end] === "worth" && learningWords.has(words[end + 1] ?? "");

/**
 * "windows server + vmware", "working with vmware", "we use servicenow", "is `oracle` worth learning for
 * dba": a name of an employer that is also its product, listed among the tools one works with, said as what
 * is used or what to learn, names no employer. Not where
 * a "+" joins two employers ("google + meta"): `employerAt` says where one stands.
 */
export function productWorkedWith(
  words: readonly string[],
  start: number,
  end: number,
  employerAt: (at: number) => boolean,
  toolAt: (at: number) => boolean = () => false,
  listedName: (word: string) => boolean = () => false,
): boolean {
  const before = words[start - 1] ?? "";
  if (usingWords.has(before) || learningWords.has(before) || worthLearning(words, end)) return true;
  // "oracle vs postgres for a dba", "mysql or oracle": set against a tool that is no employer's name, the
  // name is the other tool weighed ("oracle or google" sets two employers against each other).
  const toolBeside = (at: number) => toolAt(at) && !employerAt(at);
  if (
    (choiceWords.has(words[end] ?? "") && toolBeside(end + 1)) ||
    (choiceWords.has(before) && toolBeside(start - 2))
  )
    return true;
  // "(sql server, some oracle)", "mostly salesforce", "a bit of workday": an amount of a thing worked
  // with is a product; no one works at "some Oracle" (r73: read as the employer, the pay question about
  // the State of Ohio was answered as a skills list, and "No figures for Oracle" carried on).
  if (amountWords.has(before) || (before === "of" && words[start - 2] === "bit")) return true;
  if (before === "with" && workingWith.has(words[start - 2] ?? "")) return true;
  // "cisco stuff, vlans", "databricks/emr/bigquery stuff": a name before "stuff", across the tools or names
  // listed with it (no word of English: "google pay for ml stuff" names Google), is the kind of thing
  // worked with; no one asks the pay of "Cisco stuff".
  let next = end;
  while (next < end + 3 && (toolAt(next) || employerAt(next) || listedName(words[next] ?? ""))) next++;
  if (stuffWords.has(words[next] ?? "")) return true;
  // The tools typed as a list with pluses: the name beside a word that is no employer's.
  return (before === "+" && !employerAt(start - 2)) || (words[end] === "+" && !employerAt(end + 1));
}

/** Fruit set side by side in the saying of a fair comparison: "apples to apples", "apples and oranges". */
const sayingFruit = new Set(["apple", "apples", "orange", "oranges"]);

/** Words joining the fruit in that saying: "apples to apples", "apples with apples", "apples vs oranges". */
const sayingJoins = new Set(["to", "and", "with", "vs", "versus", "v"]);

/**
 * "apples to apples, how does sre pay compare to devops", "that's apples and oranges": the fruit of the
 * saying for a fair comparison, on either side of its joining word, names no employer (read as Apple, the
 * answer opened on "No figures for Apple"). "does apple pay sres more" stays the employer.
 */
export const fruitOfSaying = (words: readonly string[], start: number, end: number): boolean =>
  end - start === 1 &&
  sayingFruit.has(words[start] ?? "") &&
  ((sayingJoins.has(words[end] ?? "") && sayingFruit.has(words[end + 1] ?? "")) ||
    (sayingJoins.has(words[start - 1] ?? "") && sayingFruit.has(words[start - 2] ?? "")));

/**
 * "what i'm chasing as a data analyst", "got chased by recruiters": an everyday verb typed with "-ing" or
 * "-ed" matches an employer's name only as a word form ("chase", JPMorgan's), and names no employer; a name
 * that itself ends so ("boeing", "lockheed") is no everyday word. Of a name matched by one word as typed;
 * `english` says which words are everyday ones. A name of several words ends in such a word as its own
 * ("jump trading", "hudson river trading") and is the employer.
 */
export const verbFormOfName = (
  words: readonly string[],
  start: number,
  end: number,
  english: (word: string) => boolean,
): boolean => end - start === 1 && /(?:ing|ed)$/.test(words[start] ?? "") && english(words[start] ?? "");

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

/** Words before a site something happens on: "pinged me on linkedin", "saw it via indeed". */
const onSite = new Set(["on", "via", "thru", "through"]);

/**
 * "recruiter pinged me on linkedin", "saw the posting on indeed": an employer's name right after "on" or
 * "via" names the site something was seen or said on, not whose pay is asked (otherwise: "No figures for
 * Shopify or LinkedIn").
 */
export const siteUsed = (words: readonly string[], start: number, end = start + 1): boolean =>
  onSite.has(words[start - 1] ?? "") || accountHeld(words, start, end);

/** Words of having a thing: "have a github", "made a linkedin". */
const havingWords = new Set("have has had got made make making built set".split(" "));

/** Words after an account's site: "a github w some projects", "a linkedin profile". */
const accountWords = new Set("w with profile account page portfolio repo repos full of and".split(" "));

/**
 * "have a github w some projects", "made a linkedin profile": a site's name held as "a" thing (or "my"), then
 * what is on it or nothing, is an account there, no employer (otherwise: "No figures for GitHub"); not where
 * an offer or interview follows ("got a microsoft and a google offer": both employers).
 */
const accountHeld = (words: readonly string[], start: number, end: number): boolean =>
  (words[start - 1] === "a" || words[start - 1] === "my") &&
  havingWords.has(words[start - 2] ?? "") &&
  (words[end] === undefined || accountWords.has(words[end] ?? "")) &&
  !words.slice(end, end + 5).some((w) => hiredBy.has(w));

/** Words of being hired by an employer, after its name: "got a microsoft and a google offer". */
const hiredBy = new Set("offer offers interview interviews".split(" "));

/**
 * Verbs before an employer that someone went to work for: "left for a startup", "went to google", "joined
 * a startup", "poached by meta", "jumped to a startup".
 */
const goneTo: readonly (readonly string[])[] = [
  ["left", "for"],
  ["leaving", "for"],
  ["quit", "for"],
  ["went", "to"],
  ["gone", "to"],
  ["moved", "to"],
  ["jumped", "to"],
  ["jumped", "ship", "to"],
  ["joined"],
  ["poached", "by"],
  ["hired", "away", "by"],
  ["snagged", "by"],
];

/** Words of the asker themselves: "i left for a startup" is their own move, which the question may ask of. */
const firstPerson = new Set(["i", "im", "ive", "id", "me", "we", "were", "weve"]);

/** Words referring back to the employer told: "what do they pay sres there", "at that startup". */
const referredBack = new Set(["there", "that", "those", "such"]);

/** Words passed over back from the verb to who went: "who just left for", "got poached by", "has since joined". */
const besideVerb = new Set(
  "just recently finally already also then and who that has have had since got get gets getting was were been being".split(
    " ",
  ),
);

/**
 * Words before the verb that leave the move the asker's own or one weighed, not someone else's made: a
 * message opening on it ("just joined google as an sre"), "thinking of leaving for amazon", "might quit for
 * google", "about to join".
 */
const weighedGoing = new Set(
  "of about to considering thinking planning might may will would could should gonna wanna maybe possibly soon".split(
    " ",
  ),
);

/** Who went, said before the verb: the first word back past `besideVerb`; undefined at the message's start. */
function whoWent(words: readonly string[], verbAt: number): string | undefined {
  for (let i = verbAt - 1; i >= 0; i--) if (!besideVerb.has(words[i] ?? "")) return words[i];
  return undefined;
}

/**
 * "my sister went to google as a data scientist, how much does she make", "what's his salary now": the one
 * who went asked of after the employer, whose pay there the question asks.
 */
function wentAskedOf(words: readonly string[], start: number): boolean {
  const after = words.slice(start);
  return after.some(
    (w, i) =>
      (["he", "she", "hes", "shes"].includes(w) &&
        after
          .slice(i + 1, i + 4)
          .some((v) => /^(?:make|makes|making|earn|earns|earning|paid|get|gets|getting)$/.test(v))) ||
      (["his", "her"].includes(w) &&
        /^(?:pay|salary|comp|compensation|tc|offer|package|base)$/.test(after[i + 1] ?? "")),
  );
}

/**
 * "backfilling an sre (ours left for a startup), what does it pay", "lost our best devops engineer to a
 * startup": an employer, or a kind of employer, that someone else left for is told in passing of them, not
 * the employer the question asks of (read so, the answer opened on no figures for startups). Not the
 * asker's own ("i'm leaving for a startup", "just joined google as an sre", "thinking of leaving for amazon"),
 * nor one the message refers back to ("what do they pay there"), nor one whose pay there is asked of who went
 * ("my sister went to google, how much does she make").
 */
export function goneToByAnother(words: readonly string[], start: number): boolean {
  const at = ["a", "an", "the", "some"].includes(words[start - 1] ?? "") ? start - 1 : start;
  const verbAt = (() => {
    for (const verb of goneTo) {
      const from = at - verb.length;
      if (from >= 0 && verb.every((w, i) => words[from + i] === w)) return from;
    }
    // "lost our best devops engineer to a startup": "lost", up to five words, then "to".
    if (words[at - 1] === "to") {
      for (let i = at - 2; i >= Math.max(0, at - 7); i--) if (words[i] === "lost") return i;
    }
    return -1;
  })();
  if (verbAt < 0) return false;
  const clauseStart = Math.max(0, verbAt - 5);
  if (words.slice(clauseStart, verbAt).some((w) => firstPerson.has(w))) return false;
  // "lost our best sre to google" names who went after "lost"; any other verb, before it.
  const who = words[verbAt] === "lost" ? "lost" : whoWent(words, verbAt);
  if (who === undefined || weighedGoing.has(who) || wentAskedOf(words, start)) return false;
  return !words.slice(start).some((w) => referredBack.has(w));
}
