/*
 * Employers no list names, read where a pay question puts whoever pays: "what does costco pay it support",
 * "data analyst salary at kaiser permanente", "how much does target pay data analysts", "epic systems pay
 * for qa engineers?". Read so that the answer says it has no figures for them. (The listed ones, named
 * wherever they stand: `listed-employers.ts`.)
 */
import type { Match } from "../../knowledge/core/vocabulary.js";
import { isTitleHead, pronouns, questionWords } from "../words/entity-words.js";
import { jobNounWords } from "../words/job-nouns.js";
import { credentialWords, degreeWords } from "../words/topic-words.js";
import { employerAfterAt, employerHeadingJobPay, nameEnding, singlingOut } from "./employer-frames.js";

/** The shortest word read as an employer no list names: a shorter one is too often a slip of another word. */
const shortestUnlisted = 4;

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
  ..."experience exp seniority tenure overtime remote hybrid onsite contract contracting fulltime parttime more less extra".split(
    " ",
  ),
]);

/** What the reading of an unlisted employer needs to know of the question's words. */
export interface UnlistedWords {
  /** A word the knowledge, the questions or an occupation's title use: no name of its own. */
  known: (word: string) => boolean;
  /** A word of English ("state", "farm"): a name alone only where the frame, not the word, says so. */
  english: (word: string) => boolean;
  /** Whether the word at i is a job's (a role read, a title's head, IT's jobs). */
  jobAt: (i: number) => boolean;
  /** A word of a kind of skill ("python", "programming"): no payer. */
  skill: (word: string) => boolean;
  /**
   * A word of a tool or a credential beyond the kinds of skill ("golang", "splunk", "ccna"), some also an
   * employer's ("epic"): heading a job alone, no employer.
   */
  tool: (word: string) => boolean;
  /** A line of business ("saas", "crypto"): where the job is, no employer. */
  lineOfBusiness: (word: string) => boolean;
  /** Whether the word at i was typed "it"/"IT" (a job of IT's may have been read over it since). */
  itTypedAt?: (i: number) => boolean;
  /** The word at i as typed, where a reading before has taken it ("startup", read as a kind of employer). */
  typedAt?: (i: number) => string;
}

/**
 * "what does costco pay it support", "data analyst salary at kaiser permanente": one or two words no list,
 * no knowledge and no question uses, where a pay question puts the employer ("does … pay" someone, "at …"
 * ending the message or before its place, or opening a job's pay), are an employer the lists do not name. Read so that the answer
 * says it has no figures for it rather than give the general figures as if they were that employer's.
 */
export function unlistedEmployers(words: readonly string[], w: UnlistedWords): Match<string>[] {
  const { known, jobAt, skill, lineOfBusiness } = w;
  const itTypedAt = w.itTypedAt ?? ((i: number) => words[i] === "it");
  const unknown = (i: number) => {
    const word = words[i] ?? "";
    return (
      word.length >= shortestUnlisted &&
      /^[a-z]+$/.test(word) &&
      !known(word) &&
      !paysWithoutEmploying.has(word) &&
      // "at acme specifically": a word singling the name out is no part of it.
      !singlingOut.has(word)
    );
  };
  const spans = [...payersOfJobs(words, jobAt, skill)];
  for (let i = 1; i < words.length; i++) {
    if (!unknown(i) || spans.some((m) => m.start <= i && i < m.end)) continue;
    const two = unknown(i + 1) || nameEnding.has(words[i + 1] ?? "") ? 2 : 1;
    const after = words[i + two];
    // Someone paid is named after "pay": "how much does freelancing pay" asks of the work, no employer, and
    // so does a word of how well ("does bartending pay well", "… pay more than retail"); a name of work
    // in "-ing" is no employer either ("how much does babysitting pay a month").
    const paid = words[i + two + 1];
    // "what does kaiser pay", ending the message, asks the same of the one word no list knows: what
    // that employer pays, whom left open (the answer asks back which role there).
    const endsAskingWhat = paid === undefined && words[i - 2] === "what" && i + two + 1 === words.length;
    // "does duolingo pay good for backend devs": how well, then the job paid, asks it of the payer (r87).
    const jobPaidAfter = words.some((_, k) => k > i + two + 1 && jobAt(k));
    const asksPay =
      (words[i - 1] === "does" || words[i - 1] === "do") &&
      after === "pay" &&
      (endsAskingWhat || (paid !== undefined && (!howWellPaid.has(paid) || jobPaidAfter))) &&
      !words.slice(i, i + two).some((w) => w.endsWith("ing"));
    // "at kaiser" ends the message, or only a place follows it ("a dba at kaiser in kentucky").
    if (asksPay || employerAfterAt(words, i, i + two)) spans.push(employerName(words, i, i + two));
  }
  // "an offer at a series a startup called brightloop", "a regional hospital called mercy health": the name a
  // kind of employer is called by is the employer's, whatever its words (r88).
  for (const span of employersCalled(words, w.typedAt ?? ((i) => words[i] ?? "")))
    if (!spans.some((m) => m.start === span.start)) spans.push(span);
  // "kaiser permanente data analyst salary": opening a job's pay as a job board's headline does; not a
  // word of where or in what business the job is ("overseas", "fintech", "canadian data analyst salary").
  // Two words of a name, or one and a word that ends names ("mayo clinic"): one unknown word alone is as
  // often a tool, a certificate or a kind of the job ("golang developer salary", "dutch software engineer"),
  // but before IT's own jobs ("costco IT jobs pay", "publix it support pay"), which no tool heads.
  const heads = (i: number) => unknown(i) && !whereTheJobIs(words[i] ?? "", lineOfBusiness);
  const named = heads(0) && (heads(1) || nameEnding.has(words[1] ?? "")) && !jobAt(1);
  const heading = named ? 2 : heads(0) && (itTypedAt(1) || nameBeforeWholeRole(words, w)) ? 1 : 0;
  if (heading > 0 && employerHeadingJobPay(words, 0, heading, jobAt))
    spans.push(employerName(words, 0, heading));
  return spans;
}

/**
 * "boeing network architect salary", "lockheed software engineer pay": one word heading a job named whole,
 * in two words or more, is the employer where it is no word of English, of a skill, or of a people
 * ("dutch software engineer"): a tool or a kind of the job heads a one-word job ("golang developer",
 * "comptia help desk" aside, whose credential is a known word), an employer the job's full name.
 */
function nameBeforeWholeRole(words: readonly string[], w: UnlistedWords): boolean {
  const word = words[0] ?? "";
  const ofPeople = peoplesWords.has(word) || word.endsWith("i");
  // "datadog sre tc", "acme dba salary": a role's own name in one word is whole too, where the word is no
  // job's bare head ("golang dev", "godot engineer" say what kind of job).
  const wholeRole = w.jobAt(2) || !(isTitleHead(words[1] ?? "") || bareHeads.has(words[1] ?? ""));
  return w.jobAt(1) && wholeRole && !w.english(word) && !w.skill(word) && !w.tool(word) && !ofPeople;
}

/** A job's head clipped, which a kind of job goes before ("godot dev", "unity eng"). */
const bareHeads: ReadonlySet<string> = new Set(["dev", "devs", "eng", "engs", "coder", "coders"]);

/**
 * Words of a people that end in none of the endings `whereTheJobIs` reads ("-an", "-ese", "-ish"), nor in
 * "-i" ("saudi", "israeli"), which no English list writes in lower case: "dutch software engineer salary"
 * asks of the Netherlands' pay.
 */
const peoplesWords: ReadonlySet<string> = new Set(
  "dutch swiss thai greek french czech welsh scots arab nordic baltic kiwi aussie brit latino latina filipino filipina".split(
    " ",
  ),
);

/** Words of where the work is done, heading a job's pay as an employer would: "overseas data analyst salary". */
const whereDone: ReadonlySet<string> = new Set(
  "overseas offshore onshore nearshore domestic international global abroad stateside".split(" "),
);

/**
 * A word heading a job's pay that says where, or in what line of business, the job is, not who pays: a
 * line of business ("saas", any "…tech"), a people's adjective ("canadian", "european", "japanese",
 * "british"), or a word of where the work is done ("overseas").
 */
const whereTheJobIs = (w: string, lineOfBusiness: (w: string) => boolean) =>
  lineOfBusiness(w) || w.endsWith("tech") || /(?:an|ese|ish)$/.test(w) || whereDone.has(w);

/** An employer's name spelt with capitals, as the answer writes it. */
function employerName(words: readonly string[], start: number, end: number): Match<string> {
  const name = words
    .slice(start, end)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(" ");
  return { entries: [name], start, end, distance: 0 };
}

/** Words asking what someone would pay: "what would progressive pay a swe", "how much will google pay". */
const wouldWords: ReadonlySet<string> = new Set(["would", "will", "could", "might"]);

/** "what target is paying", "what banks are paying": the verb before "paying". */
const isAre: ReadonlySet<string> = new Set(["is", "are", "s"]);

/**
 * "does that pay a lot more than the help desk stuff", "does each pay more": a word pointing back at what
 * the thread named, or at each of several, is no payer, whatever job follows "pay".
 */
const pointingBack: ReadonlySet<string> = new Set("that those these each both all one ones".split(" "));

/**
 * Words said of how or when something pays, which stand between "does" and "pay" without naming whom: "does
 * ml still pay more than swe", "does it really pay".
 */
const sayingHow: ReadonlySet<string> = new Set(
  "still really actually even also usually typically generally normally honestly always ever already now currently".split(
    " ",
  ),
);

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
      !sayingHow.has(w) &&
      !paysWithoutEmploying.has(w) &&
      !w.endsWith("ing") &&
      !skillWord(w)
    );
  };
  const spans: Match<string>[] = [];
  const jobPaid = (end: number) =>
    words.slice(end + 1).some((_, k) => jobAt(end + 1 + k)) || jobPointedBack(words, end + 1);
  // "does ml still pay more than swe": a job or a word of how it pays is no payer.
  // Nor a word giving an example ("hospitals like kaiser"): the example alone pays (`exampleOfPayers`).
  const payer = (i: number) =>
    plain(i) &&
    !jobAt(i) &&
    !payAdverbs.has(words[i] ?? "") &&
    !kindsOfPayer.has(words[i] ?? "") &&
    !exampleWords.has(words[i] ?? "");
  for (let i = 0; i < words.length; i++) {
    // "what progressive insurance pays software devs", "… compare to what target pays": after "what", the
    // one or two words before "pays" are whoever pays, a job paid after it or the message ending there.
    const what = words[i] === "what";
    if (i === 0 && !what) continue;
    // "what would progressive pay a swe", "how much will google pay an mle": a payer asked of as "does" asks.
    const wouldPay = wouldWords.has(words[i] ?? "") && (words[i - 1] === "what" || words[i - 1] === "much");
    if (words[i] !== "does" && words[i] !== "do" && !what && !wouldPay && !exampleOfPayers(words, i))
      continue;
    const start = payerLeads.has(words[i + 1] ?? "") ? i + 2 : i + 1;
    const verb = what ? "pays" : "pay";
    // "what target is paying data engineers": "is paying" after "what" says what "pays" says.
    const paying = (e: number) => what && isAre.has(words[e] ?? "") && words[e + 1] === "paying";
    // One to three words: "what does booz allen hamilton pay a security engineer".
    const end = [start + 1, start + 2, start + 3].find(
      (e) => words[e] === verb || (!what && words[e] === "pays") || paying(e),
    );
    if (end === undefined || !words.slice(start, end).every((_, k) => payer(start + k))) continue;
    // "what epic pays their devs / implementation folks", "what does epic pay their devs / implementation
    // folks": "their" after "pay(s)" is the payer's own people, whoever they are, so the words before it
    // name whoever pays, even an everyday word ("epic") and even where the people paid are no job read.
    const ownPeople = words[end + 1] === "their" || words[end + 1] === "its";
    if (jobPaid(paying(end) ? end + 1 : end) || ownPeople || (what && end === words.length - 1))
      spans.push(employerName(words, start, end));
  }
  const opening = openingPayer(words, jobAt, plain);
  // The job paid said right after "pay" ("epic systems pay for qa engineers"): "paralegal pay and outlook?
  // asking for a burned out data analyst" names the asker's job far after, and no payer before "pay".
  const paidNext = (end: number) => [1, 2, 3].some((k) => jobAt(end + k));
  if (opening && paidNext(opening.end)) spans.push(employerName(words, opening.start, opening.end));
  return spans;
}

/** Words pointing back at the job the thread asks of: "for that", "for it", "for this role". */
const pointingAtJob: ReadonlySet<string> = new Set("that this it them those these".split(" "));

/**
 * Whether the words from `at`, after "pay", point back at the job asked of before and end the message:
 * "what does acme pay for that", "what does Comfort Pro pay for it", "… pay for that role" (after a role's
 * pay). The payer is asked of as a job named after "pay" makes it; the job is the thread's.
 */
function jobPointedBack(words: readonly string[], at: number): boolean {
  const start = words[at] === "for" ? at + 1 : at;
  if (!pointingAtJob.has(words[start] ?? "")) return false;
  const end = jobNounWords.has(words[start + 1] ?? "") ? start + 2 : start + 1;
  return end === words.length;
}

/**
 * "what do big law firms like kirkland pay their dbas", "what do banks such as citi pay": after "does" or
 * "do", the kind of employer asked of is named by an example, and the example is the one who pays.
 */
function exampleOfPayers(words: readonly string[], i: number): boolean {
  const example = words[i] === "like" || (words[i] === "as" && words[i - 1] === "such");
  const kindBefore = words[i - 1] === "such" ? words[i - 2] : words[i - 1];
  return (
    example &&
    (words.slice(0, i).some((w) => w === "does" || w === "do") || employerNouns.has(kindBefore ?? ""))
  );
}

/**
 * Nouns for employers that an example follows: "companies like zillow pay data analysts how much",
 * "firms such as kirkland pay dbas": the example is the one who pays, with or without "do" before.
 */
const employerNouns: ReadonlySet<string> = new Set(
  "companies company firms firm employers employer places shops agencies businesses corporations orgs organizations".split(
    " ",
  ),
);

/**
 * Nouns that ask which of a kind pays, never name the payer: "what location pays software engineers
 * highest", "what company pays mles best", "what industry pays data analysts most"; nor the market ("what
 * does the market pay data analysts").
 */
const kindsOfPayer: ReadonlySet<string> = new Set(
  "location locations city cities state states area areas region regions country countries place places metro company companies employer employers firm firms industry industries sector sectors field fields job jobs role roles position positions title titles kind type sort level levels one ones tech market markets".split(
    " ",
  ),
);

/** Words that give an example of a kind: "somewhere like acme", "firms such as kirkland". */
const exampleWords: ReadonlySet<string> = new Set(["like", "such", "as"]);

/** Words between "does" and "pay" that say how or when it pays, never who: "does ml still pay more". */
const payAdverbs: ReadonlySet<string> = new Set(
  "still really actually even usually typically generally normally also always ever truly just".split(" "),
);

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
 * Words opening a message that say the pay is only heard of: "heard anduril pays crazy for swe",
 * "apparently acme pays sres well". They stand before the payer, no part of its name.
 */
const hearsay: ReadonlySet<string> = new Set(
  "heard apparently supposedly allegedly reportedly rumor rumour rumored rumoured".split(" "),
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
  const start = payerLeads.has(words[0] ?? "") || hearsay.has(words[0] ?? "") ? 1 : 0;
  const end = [start + 1, start + 2].find((e) => words[e] === "pay" || words[e] === "pays");
  if (end === undefined) return undefined;
  const payer = (i: number) => plain(i) && !jobAt(i) && !payMeasures.has(words[i] ?? "");
  return words.slice(start, end).every((_, k) => payer(start + k)) ? { start, end } : undefined;
}

/** Nouns for a kind of employer a name is given to: "a startup called …", "a hospital named …". */
const employerKinds: ReadonlySet<string> = new Set([
  ...employerNouns,
  ..."startup startups hospital hospitals clinic bank shop store studio agency nonprofit school university college lab".split(
    " ",
  ),
]);

/**
 * Words that end a name given after "called": a clause going on, an amount, the place or the job, or the
 * offer judged ("a startup called brightloop, lowball?": the comma is gone by the time words are read).
 */
const nameEnds: ReadonlySet<string> = new Set(
  "in at for and or but so as is was are with to of paying pays paid offered offering offers offer that which who where the a an my their as i we lowball lowballed lowballing fair good ok okay low high normal legit worth decent reasonable".split(
    " ",
  ),
);

/** The names an employer of a kind is "called" or "named" by, one or two words each. */
function employersCalled(words: readonly string[], typedAt: (i: number) => string): Match<string>[] {
  return words.flatMap((w, i) => {
    // The kind may have been read already ("a startup called …": startups as a kind of employer).
    if ((w !== "called" && w !== "named") || !employerKinds.has(words[i - 1] || typedAt(i - 1))) return [];
    const start = i + 1;
    const word = (k: number) => words[k] ?? "";
    const inName = (k: number) => /^[a-z][a-z&'.-]*$/.test(word(k)) && !nameEnds.has(word(k));
    if (!inName(start)) return [];
    return [employerName(words, start, inName(start + 1) ? start + 2 : start + 1)];
  });
}
