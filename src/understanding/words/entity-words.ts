import { stem } from "../../knowledge/core/text.js";
import { comparers } from "./contrast-words.js";
import { hypeTokens } from "./hype-words.js";
import { jobNounWords, tradeWords } from "./job-nouns.js";
import { payWords } from "./topic-words.js";

/*
 * The words entity extraction reads around names: question words and pronouns, the heads and noise words
 * of job titles, the words that set sides of a comparison apart, and the markers of where a move starts
 * and where it leads.
 */

/**
 * Words that never start or end a role name found by typo tolerance. A laugh typed mid-message is the
 * asker's, as a hedge is ("than me as a junior dev lol — is that true": "dev" is all of the job asked).
 */
export const questionWords = new Set(
  "a an and are as at be by can could do does for from how i im in into is it me my of on or should the their them they this to was what whats when where which who why will with would you your much many get typical average avg tell about please pls plz explain describe being been there any some more most tbh imo ngl lol lmao haha though either neither".split(
    " ",
  ),
);

// "does either need a phd": "either" and "neither" stand for the thread's roles too.
export const pronouns = new Set("it its they them their theirs he she his her either neither".split(" "));

/**
 * Words for a person, or for whose a thing is ("his tc", "her brother", "our manager"): some are O*NET
 * abbreviations too ("HIS", a Hearing Instrument Specialist), but in a question they are the pronoun, never a
 * job of their own.
 */
export const personalWords: ReadonlySet<string> = new Set([
  ...pronouns,
  ..."i me my mine you your yours we us our ours him hers".split(" "),
]);

export const pronounPhrases = [
  "that role",
  "this role",
  "the role",
  "same role",
  "that job",
  "this job",
  "that one",
  // "are those roles in demand": the thread's roles pointed at, never a list of roles asked for.
  "those roles",
  "these roles",
  "those jobs",
  "these jobs",
  // "for both", "each of them", "those two": the thread's roles, all of them.
  "those two",
  "these two",
  "the two",
  "both",
  "for each",
  "either one",
];

/**
 * Words that are official titles on their own but mostly mean something else in a question about tech
 * careers ("which model should I learn", "a good lead"): never read as an occupation by themselves.
 */
export const genericTitleWords = new Set(
  "engineer developer manager analyst scientist designer architect consultant researcher editor agent model server driver judge contractor coach interpreter lead director officer specialist technician administrator assistant associate worker operator clerk partner principal owner founder intern trainee student teacher instructor former switcher".split(
    " ",
  ),
);

/** Words that end phrasal verbs ("pick up", "set up"), never a job title. */
export const particles = new Set(["up", "out", "in", "on", "off", "down", "over", "back", "away", "around"]);

/** Word endings of people's titles: a knowledge word with one ("programmer") can still be a title. */
export const titleEnding = /(er|or|ist|ian|ant|ent|man|person)$/;

/** The last word of most job titles; with a word in front that names nothing known, a title we do not cover. */
export const titleHeads = new Set(
  "engineer developer manager analyst scientist designer architect administrator admin specialist technician consultant officer director programmer coordinator researcher tester writer nurse"
    .split(" ")
    .map(stem),
);

/**
 * Nouns of a field of work that stem as a title does ("management" as "manager", "engineering" as
 * "engineer"), and a verb's past that does too ("ive never managed anyone", "designed"): neither is a job.
 */
const fieldNoun = /(?:ment|ing|ion|ure|ysis)s?$|ed$/;

/** Whether a word is the last word of a job title: "data managers", not "data management". */
export const isTitleHead = (word: string) => titleHeads.has(stem(word)) && !fieldNoun.test(word);

/**
 * Words that make what they stand in a clause, never a job title: a person as its subject, with or without
 * the verb run into it ("ive", "theyre"), and "never" or "not" said of what they do ("ive never managed").
 */
export const clauseWords: ReadonlySet<string> = new Set(
  "i ive im id ill you youve youre we weve were they theyve theyre he she never not".split(" "),
);

/**
 * Generic last words of jobs outside tech ("warehouse worker", "forklift operator", "tiktok creator"): a title
 * with a word in front, but only where the question asks about a role (see `titleLike`).
 */
export const jobHeads = new Set(
  "worker operator clerk attendant guard carrier teller helper laborer labourer handler installer mechanic inspector cook aide driver keeper tech creator"
    .split(" ")
    .map(stem),
);

/**
 * Words of pay next to which an unknown word is the job asked about ("lifeguards make", "paralegal income").
 * Not "money" nor "lucrative": they follow a verb ("make money", "is it lucrative"), not the job.
 */
export const payAfterJob: ReadonlySet<string> = new Set(
  [...payWords].filter((w) => w !== "money" && w !== "lucrative"),
);

/** Words after which a job title can stand in a pay question. */
export const jobLeads = new Set("a an the do does did for of as average typical median my".split(" "));

/** Endings of agent nouns ("bookkeeper", "florist", "librarian"). */
export const agentNoun = /^[a-z]{4,}(er|or|ist|ian)s?$/;

/**
 * Family and partners, whose words end as agent nouns do but name who is asking for whom, never a job: "my
 * daughter wants to study IT" (otherwise: "I don't cover daughters yet").
 */
export const kinNoun = /^(?:(?:grand|step)?(?:daughter|mother|father)|brother|sister|partner)s?$/;

/** Words that say how two roles are compared, never one of the two ("swe or mle, which pays better"). */
export const comparedBy: ReadonlySet<string> = new Set([
  ...payWords,
  ..."better worse more less best job jobs role roles career overall diff difference differences".split(" "),
]);

/**
 * Words of what two roles are compared on besides pay ("data science engineer skills vs data scientist",
 * "swe vs mle outlook"): a topic of the comparison, never a side of it.
 */
export const comparedOn: ReadonlySet<string> = new Set([
  ..."skill skills tool tools stack education degree degrees experience duties responsibilities tasks work outlook growth demand future path paths certs certifications industries".split(
    " ",
  ),
  // "is it growing or shrinking": the ways a job's numbers may go, set against each other, are its outlook,
  // never a job ("No official figures for “shrinking” to set beside these", r73).
  ..."growing shrinking declining dying stable rising falling booming".split(" "),
]);

/** Words that stand for no job on a side of a comparison ("or something else", "or stay in qa"; hype, `notASide`). */
export const vagueWords = new Set("something anything nothing whatever else".split(" "));

/**
 * Words that weigh two jobs against each other without naming either: "same thing or different", "are they
 * similar", "how does that stack up vs" ("up" of stacking or measuring up).
 */
export const sideWeighingWords = new Set("same different similar alike distinct up".split(" "));

/** Words of taking a job up, before its name on a side: "vs doing IT support first", "or becoming a dba". */
const takingUpWords = new Set("doing becoming being starting".split(" "));

/**
 * A yes or a no ending a question ("is an sdet a real swe or nah", "worth it or not"): the answer asked
 * for, never a side no role names (it was told back as "I could not read “nah” as a role"; r90).
 */
const yesOrNo = new Set("not nah naw nope no yes yeah yea yep".split(" "));

/**
 * What pay is measured against, not a job: "what does oracle pay dbas vs market", "more than average", "vs
 * the median" (it was told back as "“market” names no role I know"); nor is the verb that weighs it ("how
 * does a data engineer salary compare vs market").
 */
const benchmarkWords = new Set(
  "market markets average avg median norm benchmark compare compares compared comparing".split(" "),
);

export const notASide = (w: string) =>
  vagueWords.has(w) ||
  benchmarkWords.has(w) ||
  yesOrNo.has(w) ||
  hypeTokens.has(w) ||
  moveWords.has(w) ||
  fromMarkers.has(w) ||
  toMarkers.has(w) ||
  takingUpWords.has(w) ||
  tradeWords.has(w);

/** Numbers in words or figures, and spans of time: "in a year or two", "3 or 4 yrs", "a month or so". */
const numberWords = new Set("one two three four five six seven eight nine ten few couple so".split(" "));
const timeWords = new Set("year years yr yrs month months mo week weeks day days hour hours".split(" "));
const countsTime = (w: string) => numberWords.has(w) || timeWords.has(w) || /^\d+(st|nd|rd|th|k)?$/.test(w);

/** Whether the comparer at `i` sets one count or span of time against another ("a year or two"), not jobs. */
export const betweenCounts = (tokens: readonly string[], i: number) =>
  countsTime(tokens[i - 1] ?? "") || countsTime(tokens[i + 1] ?? "");

/** Words around "same as" that say how alike or point, not what: "is that really just the same thing as…". */
export const likening = new Set(
  "same thing different kind sort actually really basically just exactly literally pretty much like that this these those".split(
    " ",
  ),
);

/** Words that may stand before a title head without making it a different job ("a good engineer"). */
export const titleNoise = new Set(
  "good great best better top new old typical average junior senior lead staff principal chief head the a an my our your their as software other professional faster quicker easier harder higher lower bigger safer cheaper longer shorter newer older smarter easiest simplest quickest hardest first mostly mainly largely primarily all just only purely".split(
    " ",
  ),
);

/**
 * Words of a spell's length said beside a job held: "2 yrs helpdesk", "QA analyst, 4 yrs", "8 yoe backend";
 * "8 yoe in accounting" (years of experience) says the years and the job as plainly.
 */
export const spellUnits: ReadonlySet<string> = new Set([
  "yr",
  "yrs",
  "year",
  "years",
  "months",
  "mo",
  "mos",
  "yoe",
]);

/**
 * Words between a spell and the job it was spent in: "6 years in retail", "8 yrs of nursing", "10 yrs as a
 * cook", "8 years of experience in accounting", "5 yrs exp as a nurse".
 */
const spellLinks = new Set("in of as a an at the working doing being experience exp".split(" "));

/** Words before a spell that put it ahead, not behind: "in 5 years as a data scientist", "the next 2 years". */
const spellAhead = new Set("in within next another coming".split(" "));

/**
 * "spent 6 years in retail", "after 8 yrs of nursing", "10 yrs as a line cook", "8 yoe backend" opening the
 * message: a job said after the spell spent in it is the job held, as one said after "been" is. Not a spell
 * still to come ("in 5 years as a data scientist").
 */
export function heldOverSpell(tokens: readonly string[], start: number): boolean {
  let at = start - 1;
  while (at >= start - 3 && spellLinks.has(tokens[at] ?? "")) at--;
  // "8 yoe backend, nudged toward EM": a spell opening the message may run straight into the job.
  const opening = at === 1;
  return (
    (at < start - 1 || opening) &&
    spellUnits.has(tokens[at] ?? "") &&
    /^\d+$/.test(tokens[at - 1] ?? "") &&
    !spellAhead.has(tokens[at - 2] ?? "")
  );
}

/** The past of being, said of a job one had: "i was a line cook". */
const pastBeing: ReadonlySet<string> = new Set(["was"]);

/**
 * "i was a line cook for 10 years", "was a cashier, now …": a job one says one was, the "i" said or dropped
 * as chat drops it, is held before, where a move starts as one held now does. Not "what was a sysadmin's
 * pay in 2010", which is no one's own job.
 */
export function wasHeld(tokens: readonly string[], start: number): boolean {
  const at = markerAt(tokens, start, pastBeing);
  return at >= 0 && (at === 0 || tokens[at - 1] === "i");
}

/** Words that open where a job was done: "in kitchens", "at a warehouse", "on a farm". */
const placeLinks = new Set(["in", "at", "on"]);

/**
 * "spent 12 years in kitchens as a line cook", "worked at a warehouse as an order picker", "im in retail as a
 * cashier": a job said with "as" after the place it was done at, the place said after a word of holding a
 * job or a spell, is the job held, as one said right after them is ("10 yrs as a line cook").
 */
export function heldAsAtPlace(tokens: readonly string[], start: number): boolean {
  let as = start - 1;
  while (articles.has(tokens[as] ?? "")) as--;
  if (tokens[as] !== "as") return false;
  // The place is one to three words: "in kitchens", "at a big warehouse".
  for (let link = as - 2; link >= Math.max(1, as - 4); link--) {
    if (!placeLinks.has(tokens[link] ?? "")) continue;
    const before = tokens[link - 1] ?? "";
    return fromMarkers.has(before) || (spellUnits.has(before) && /^\d+$/.test(tokens[link - 2] ?? ""));
  }
  return false;
}

/** Words that never qualify the desk or team one is on: they join or set apart jobs. */
const unlinkedWords: ReadonlySet<string> = new Set(["and", "or", "vs", "versus", "on", "to", "from", "than"]);

/** Words of being somewhere now, before "on": "im on", "currently on", "been on". */
const beingOn: ReadonlySet<string> = new Set(["im", "am", "currently", "now", "been"]);

/**
 * "im on the help desk rn", "currently on the qa team": a job one says one is on, as a desk or a team is, is
 * the one held now.
 */
export function heldOn(tokens: readonly string[], start: number): boolean {
  let on = start - 1;
  while (articles.has(tokens[on] ?? "")) on--;
  if (tokens[on] === "on" && beingOn.has(tokens[on - 1] ?? "")) return true;
  // "im on the hospital IT help desk rn": where the desk or team is, in a word or two between the article
  // and the job, still says it is the one held (otherwise: the help desk read as a third side of the
  // comparison asked before it).
  for (const said of [1, 2]) {
    const at = start - said - 1;
    const between = tokens.slice(at + 1, start);
    if (between.some((t) => !/^[a-z]+$/.test(t) || unlinkedWords.has(t))) return false;
    if (articles.has(tokens[at] ?? "") && tokens[at - 1] === "on" && beingOn.has(tokens[at - 2] ?? ""))
      return true;
  }
  return false;
}

/** An amount of pay as tokenised: "85k", "120k"; "85,000" is two tokens, "85" and "000". */
const payToken = /^\d{1,3}(?:\.\d)?k$/;

/** Words between an amount earned and the job it is earned in: "85k in it support", "70k a year as qa". */
const payLinks: ReadonlySet<string> = new Set("in as a an the doing yr year annually base".split(" "));

/** Words asking what could be earned, before "i make": "can i make 150k as a data analyst" holds no job. */
const couldWords: ReadonlySet<string> = new Set("can could would will might should to".split(" "));

/**
 * "im at 85k in IT support", "making 85,000 as a data analyst", "i make 85k in qa": a job said after the
 * pay one earns in it now is the job held, as one said after "im in" is (otherwise the amount between cut
 * the job from "im", and "… what could i make as a sysadmin" read as no move at all). Not an amount one
 * could make ("can i make 150k as a data analyst"), nor one offered ("118k for sre").
 */
export function heldAtPay(tokens: readonly string[], start: number): boolean {
  let at = start - 1;
  while (payLinks.has(tokens[at] ?? "")) at--;
  if (at === start - 1) return false;
  if (tokens[at] === "000" && /^\d{1,3}$/.test(tokens[at - 1] ?? "")) at--;
  else if (!payToken.test(tokens[at] ?? "")) return false;
  const [verb, who] = [tokens[at - 1] ?? "", tokens[at - 2] ?? ""];
  if (verb === "at" || verb === "on") return beingOn.has(who);
  if (verb === "making" || verb === "earning") return at === 1 || who === "i" || beingOn.has(who);
  const saidBy = who === "currently" || who === "now" ? at - 3 : at - 2;
  return (
    (verb === "make" || verb === "earn") &&
    tokens[saidBy] === "i" &&
    !couldWords.has(tokens[saidBy - 1] ?? "")
  );
}

/** Words of someone weighing a decision: "should I move…", "is it worth…", "good idea?", "thinking of…". */
export const weighingWords = new Set(
  "should shall worth idea smart wise sense thinking considering consider contemplating advisable recommend pros cons decide deciding thoughts".split(
    " ",
  ),
);

/** Phrases of the same: "good move?", "make the jump", "better off", "would it pay off". */
export const weighingPhrases = [
  "good move",
  "right move",
  "smart move",
  "bad move",
  "make the jump",
  "make the switch",
  "next step",
  "better off",
  "step up",
  "step down",
  "career change",
  "pivot into",
  "pivot to",
  // "would going from sre to eng manager pay off": being worth it, not a question of pay.
  "pay off",
  "pays off",
  "paid off",
  "paying off",
];

/** Verbs of moving to another role: "switch", "moving", "transition", "pivot" ("move into", "switch to"). */
export const moveVerbs: readonly string[] =
  "switch switching move moving transition transitioning pivot pivoting".split(" ");

/** Words of meaning to take on a job, before its verb: "wanna become", "would like to get into". */
export const wantingTo = "(?:wanna|want to|would like to|hope to|plan to)";

/** Verbs of taking on a job after "wanna", "could i": "become", "be a", "get into", "move to". */
export const takingOnJob = "(?:become|be an?|go into|get into|switch to|move (?:in)?to)";

/** Words of changing roles: the move verbs, and "leave", "quit", "change". */
export const moveWords = new Set([...moveVerbs, ..."leave leaving quit quitting change changing".split(" ")]);

// "leave data analytics for data engineering", "stay a data analyst or move to…": the role left behind.
export const fromMarkers = new Set([
  "from",
  "work",
  "working",
  "worked",
  "im",
  "am",
  "currently",
  "current",
  "being",
  // "been doing helpdesk for 2 yrs", "been a sysadmin since 2019": the job held so far.
  "been",
  "now",
  "leave",
  "leaving",
  "quit",
  "quitting",
  "stay",
  "staying",
]);

/** "i do customer support", "im doing sales": doing the field's work, said of oneself, is the job held. */
const doWords: ReadonlySet<string> = new Set(["do", "doing"]);

/** Words before "i do" that make it a choice weighed, not the job held: "should i do sales", "what if i do hr". */
const weighedDoing: ReadonlySet<string> = new Set([
  "should",
  "could",
  "would",
  "can",
  "if",
  "shall",
  "to",
  "do",
]);

/**
 * "i do remote customer support for a saas company, … want to move to qa" (r75 #5), "i do backend, devops
 * seems interesting. worth switching?": the field or role done, said of oneself with at most one word between
 * ("remote"), is the job held and where the move starts.
 */
export function heldByDoing(tokens: readonly string[], start: number): boolean {
  const at = [start - 1, start - 2].find((k) => doWords.has(tokens[k] ?? ""));
  if (at === undefined) return false;
  const by = tokens[at - 1] ?? "";
  if (by === "im") return tokens[at] === "doing";
  return by === "i" && tokens[at] === "do" && !weighedDoing.has(tokens[at - 2] ?? "");
}

/** Words of staying in the job held, whatever it is set against: "vs staying a sysadmin", "or stay a nurse". */
const stayWords: ReadonlySet<string> = new Set(["stay", "staying", "remain", "remaining"]);

/**
 * Whether a word of staying stands close before the job at `start` ("staying a sysadmin", "just stay as a
 * network admin"): that job is the one held, even right after a word that sets it against another side.
 */
export const stayedIn = (tokens: readonly string[], start: number) =>
  markerAt(tokens, afterLevelSaid(tokens, start), stayWords) >= 0;

/**
 * A level said before the job, however long: an employer's rung as the shorthand spells "sde2" out ("mid
 * level sde ii software engineer"), read as one level ("xlevel" and the blanks of its claim). It stands
 * between a word of staying and the job as a level's one word does ("stay senior swe").
 */
const levelSaid = /^(?:|xlevel|i{1,3}|iv|[1-6]|sde|mid|level|senior|junior|staff|principal)$/;

/** Where the words before the job at `start` that say its level begin. */
function afterLevelSaid(tokens: readonly string[], start: number): number {
  let at = start;
  while (at > 0 && levelSaid.test(tokens[at - 1] ?? "-")) at--;
  return at;
}

/**
 * Words said right after a job to say it is held now: "sysadmin here", "barista right now", "cashier atm",
 * "nurse currently". "rn" is spelt out where it closes a clause; "barista rn self taught" keeps it, and after
 * a job named it is no second job but "right now" too.
 */
const heldNowWords = new Set(["here", "currently", "atm", "rn", "asking"]);

/** Where the first words saying the job before them is held now start ("right" of "right now"); -1 if none. */
export const heldNowAt = (tokens: readonly string[]) =>
  tokens.findIndex(
    (t, i) => (heldNowWords.has(t) && !askingFor(tokens, i)) || (t === "right" && tokens[i + 1] === "now"),
  );

/** "nurse asking for my daughter", "asking for a friend": asked for someone else, not the job held. */
const askingFor = (tokens: readonly string[], i: number) => tokens[i] === "asking" && tokens[i + 1] === "for";

/**
 * The same, as a pattern after a job's name typed: "nurse here", "barista right now"; and, opening the
 * message, "dental hygienist asking: how much do entry level IT jobs pay", who asks said as "here" says it.
 */
export const heldNowSaid = "(?:here|right now|currently|atm|asking(?! for\\b))";

/** "and then distinguished?", "what about sysadmin after that": a role after a move goes on from where it led. */
export const goesOnFromEnd = /\b(then|after that|next)\b/i;

export const toMarkers = new Set([
  "to",
  // Chat's "2" for "to": "qa 2 devops worth it".
  "2",
  "into",
  "become",
  "becoming",
  "transition",
  "switch",
  "move",
  "pivot",
  "towards",
  // "wants to retrain as a data analyst": where a retraining leads.
  "retrain",
  "retraining",
]);

/**
 * Words that may stand between a marker of a move and its role: "to being a", "junior qa to senior devops",
 * "back to ic swe" (an individual contributor, as against a manager), "current role: qa" (the word for a
 * job says which, no role of its own).
 */
const markerFiller = new Set(
  // "work remote as a backend dev": how the job is done stands between the marker and the job as a level
  // does (otherwise the job held was not read, and "is ml worth switching into" after it gave the back-end
  // developer's duties).
  "a an the as in work working worked doing be being want i junior jr senior sr mid entry level staff ic role job position title remote remotely hybrid".split(
    " ",
  ),
);

/** Whether a word may stand between a marker of a move and its role ("back to ic swe", "to being a"). */
export const isMarkerFiller = (word: string) => markerFiller.has(word);

/** Where one of `markers` stands close before `start`, with only filler between ("to being a"); -1 if none. */
export function markerAt(tokens: readonly string[], start: number, markers: ReadonlySet<string>): number {
  for (let i = start - 1; i >= Math.max(0, start - 4); i--) {
    const t = tokens[i] ?? "";
    if (markers.has(t) && !(t === "2" && numberedBy.has(tokens[i - 1] ?? ""))) return i;
    // Stop at a word that is neither an article nor filler: the marker must be close to the role.
    if (!markerFiller.has(t)) return -1;
  }
  return -1;
}

/**
 * Words a number counts after: "tier 2 helpdesk", "level 2 support", "year 2 student". Chat's "2" for "to"
 * ("qa 2 devops") never follows one of them.
 */
const numberedBy = new Set("tier level lvl grade year yr step phase band type".split(" "));

/** Whether one of `markers` stands close before `start`, with only filler between. */
export function markerBefore(
  tokens: readonly string[],
  start: number,
  markers: ReadonlySet<string>,
): boolean {
  return markerAt(tokens, start, markers) >= 0;
}

export const articles = new Set(["a", "an", "the"]);

/** Where the words right before `start` begin, articles aside ("for a data architect"). */
function beforeArticles(tokens: readonly string[], start: number): number {
  let end = start;
  while (end > 0 && articles.has(tokens[end - 1] ?? "")) end--;
  return end;
}

/** Words of going for a role, which with no "to" make it where a move leads: "go cloud architect". */
// "thinking about going EM": "going" right before a role says where as plainly as "go" does; so does
// "going to EM", "going into data engineering" (not "going to be an EM", where "be" stands between).
const goingFor = [
  "go",
  "going",
  "go for",
  "going for",
  "go to",
  "going to",
  "go into",
  "going into",
  // "wanting to try engineering management": trying a role is going for it.
  "try",
  "trying",
  "aim for",
  "shoot for",
  "gun for",
  // "should i push for ds or stay analyst": pushing for a role is going for it (it was read as the role's
  // duties, the job held and the move left out).
  "push for",
  "pushing for",
  "push into",
  "pushing into",
].map((p) => p.split(" "));

/**
 * Whether words of going for a role stand right before it (articles aside): "should i go for data architect",
 * "netadmin wanting to go cloud architect".
 */
export function goesFor(tokens: readonly string[], start: number): boolean {
  const end = beforeArticles(tokens, start);
  return goingFor.some((words) => words.every((w, k) => tokens[end - words.length + k] === w));
}

/** A move's nouns, after which "for" names who makes it: "a realistic move for a network admin". */
const moveNouns = new Set("move moves step steps pivot switch transition".split(" "));

/**
 * Whether "for" right before a role follows a move's noun: "what's a realistic move for a network admin",
 * "is sre a good next step for a sysadmin". The role is where the move starts.
 */
export function movedFor(tokens: readonly string[], start: number): boolean {
  const end = beforeArticles(tokens, start);
  return tokens[end - 1] === "for" && moveNouns.has(tokens[end - 2] ?? "");
}

/** Nouns that weigh a role as where someone goes: "a good fit", "a good path", "an option". */
const fitNouns = new Set(["fit", "path", "option"]);

/**
 * Whether "for" right before a role follows a noun that weighs another role as where its holder goes: "is
 * data architect a good fit for a dba", "a good path for a qa engineer" (otherwise: read as both roles'
 * outlook). Only beside another role: "career path for a qa engineer" asks that role's path.
 */
export function fitFor(tokens: readonly string[], start: number): boolean {
  const end = beforeArticles(tokens, start);
  return tokens[end - 1] === "for" && fitNouns.has(tokens[end - 2] ?? "");
}

/** Words before "being" that make it a job weighed, not one held: "about being", "is being a … better paid". */
const weighingBeing: ReadonlySet<string> = new Set(["about", "of", "is", "than", "vs"]);

/**
 * Whether "about being", "of being", "is being" or "than being" stands right before a job: "what about being
 * a data analyst", "thinking of being a software dev", "is being an electrician better paid than IT support"
 * weigh it; they say no job held.
 */
export function weighedBeing(tokens: readonly string[], start: number): boolean {
  const end = beforeArticles(tokens, start);
  return tokens[end - 1] === "being" && weighingBeing.has(tokens[end - 2] ?? "");
}

/**
 * "how far am i from being a software developer", "how far away from becoming a dba": the distance to a
 * role, which is where the move leads, not the job held that "from being" elsewhere says (otherwise: the
 * move from the occupation held was read as one from the role asked about).
 */
export function distanceTo(tokens: readonly string[], start: number): boolean {
  let at = start - 1;
  while (at > 0 && markerFiller.has(tokens[at] ?? "")) at--;
  // "far from", "far away from", "how far am i from", "how far are we from".
  return tokens[at] === "from" && tokens.slice(Math.max(0, at - 3), at).includes("far");
}

/** "i want out", "need to get out": leaving the job held, said with no "of". */
export const wantsOut = /\b(?:want|wanna|wants|need|needs|get|getting)\s+out\b/i;

/** Words of leaving a job behind, after which "for" says what for. */
const leavingWords = new Set("leave leaving quit quitting ditch ditching drop dropping".split(" "));

/**
 * Whether "for" right before a role follows a word of leaving: "research scientist leaving academia-ish work
 * for data science", "quit my job for data science". The role is where the move leads.
 */
export function leftFor(tokens: readonly string[], start: number): boolean {
  const end = beforeArticles(tokens, start);
  return tokens[end - 1] === "for" && tokens.slice(0, end - 1).some((t) => leavingWords.has(t));
}

/**
 * Words of weighing a role that, right before the second of two roles, say it is where the move leads: "data
 * scientist thinking about research scientist", "a dba considering data architect".
 */
// "army vet, thinking network administrator": chat drops the "about".
const towardsPhrases = [
  "thinking about",
  "thinking of",
  "thinking",
  "considering",
  "eyeing",
  "looking at",
  "aiming for",
];

/**
 * Words of heading somewhere, said after the job held and before where it may lead: "qa engr wanting to
 * become a dev, fullstack or backend?", "frontend dev thinking backend or fullstack?".
 */
export const headingWords: ReadonlySet<string> = new Set([
  ...toMarkers,
  ...moveWords,
  ..."go going try trying aim aiming want wants wanting wanna hope hoping plan planning thinking considering eyeing looking should".split(
    " ",
  ),
]);

/** Whether a phrase of weighing a role stands right before a role (articles and levels aside). */
export function towardsBefore(tokens: string[], start: number): boolean {
  let end = start;
  while (end > 0 && markerFiller.has(tokens[end - 1] ?? "")) end--;
  return towardsPhrases.some((p) => {
    const words = p.split(" ");
    return words.every((w, k) => tokens[end - words.length + k] === w);
  });
}

/** "15-1252", "15 1252" or "15-1252.00" in the tokens: the SOC code and where it stands. */
export function socCodeIn(tokens: string[]): { soc: string; start: number; end: number } | undefined {
  for (let i = 0; i + 1 < tokens.length; i++) {
    const m = /^(\d{4})(\.\d{2})?$/.exec(tokens[i + 1] ?? "");
    if (/^\d{2}$/.test(tokens[i] ?? "") && m) return { soc: `${tokens[i]}-${m[1]}`, start: i, end: i + 2 };
  }
  return undefined;
}

/**
 * The words a question likens to another with "(the) same (thing) as" or "different from/than/to": the
 * nearest run of `free` words before it, else after it; undefined without either.
 */
export function likenedTo(tokens: readonly string[], free: (i: number) => boolean): string | undefined {
  const at = tokens.findIndex(
    (t, i) =>
      (t === "as" && (tokens[i - 1] === "same" || (tokens[i - 1] === "thing" && tokens[i - 2] === "same"))) ||
      ((t === "from" || t === "than" || t === "to") && tokens[i - 1] === "different"),
  );
  if (at < 0) return undefined;
  const run = (step: 1 | -1) => {
    const words: string[] = [];
    for (let j = at + step; j >= 0 && j < tokens.length && words.length < 3; j += step) {
      if (free(j)) words.push(tokens[j] ?? "");
      else if (words.length > 0) break;
    }
    return (step === 1 ? words : words.reverse()).join(" ");
  };
  return run(-1) || run(1) || undefined;
}

/**
 * Whether the word at `i` is all of one side of a comparison: next to "vs"/"or"/"than", with nothing on its
 * other side but the question's own words ("dev" in "qa vs dev vs devops", "dev or qa, which pays more").
 */
export function wholeSide(tokens: readonly string[], i: number): boolean {
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  const edge = (w: string | undefined) =>
    w === undefined || comparers.has(w) || questionWords.has(w) || comparedBy.has(w);
  return (
    ((before !== undefined && comparers.has(before)) || (after !== undefined && comparers.has(after))) &&
    edge(before) &&
    edge(after)
  );
}

/**
 * Whether the word at `i` is all of the job a question asks about: "how much do devs make", "dev salary in
 * austin", "is dev a good career", "senior dev salary". A lone short form stands for its job there, with only
 * question words, a job's leading words or a rung before it, and what is asked of the job ("salary",
 * "career") after it; never before another word of a title or a thing ("dev team", "dev ops").
 */
export function wholeJobAsked(tokens: readonly string[], i: number): boolean {
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  const leads =
    before === undefined || questionWords.has(before) || jobLeads.has(before) || openingFiller.has(before);
  // Before a noun for jobs it is the field the jobs are in ("dev jobs near me"), like "IT jobs".
  const ends =
    after === undefined || questionWords.has(after) || (comparedBy.has(after) && !jobNounWords.has(after));
  return leads && ends;
}

/** Words asking for advice that may follow where a move leads: "into dev, tips?", "to dev, any advice". */
const advisingWords = new Set("tips tip advice help ideas suggestions pointers guidance".split(" "));

/**
 * Whether the word at `i` is all of where a move leads: after a marker of one ("to", "into"), with nothing
 * after it but the question's own words ("dev" in "should i switch from qa to dev", "qa to dev worth it?", "into dev, tips?"),
 * so no longer title goes on from it ("to dev ops").
 */
export function wholeMoveEnd(tokens: readonly string[], i: number): boolean {
  const after = tokens[i + 1];
  const ends =
    after === undefined ||
    questionWords.has(after) ||
    weighingWords.has(after) ||
    comparers.has(after) ||
    advisingWords.has(after);
  return ends && markerBefore(tokens, i, toMarkers);
}

/** Words a question may open with before the job its asker holds: "im a senior dev", "jr dev". */
const openingFiller = new Set("im i am a an junior jr senior sr mid staff lead".split(" "));

/**
 * Verbs of weighing what to do next, right after the job the question opens on: "im a senior dev thinking
 * about management", "dev considering product": the job held, weighed against what comes next (no noun
 * compound goes on so: "dev team", "dev ops").
 */
const weighingNext = new Set(
  "thinking considering contemplating weighing eyeing wondering looking planning wanting hoping".split(" "),
);

/**
 * Whether the word at `i` is all of where a move starts: the job the question opens on ("senior dev, 8 yrs
 * in, thinking about going EM", "senior dev thinking about management") with a move's words later on ("to", "into", "going", "switch"), or the one
 * word between "from" and "to" ("from dev to devops").
 */
export function wholeMoveStart(tokens: readonly string[], i: number): boolean {
  const opens = tokens.slice(0, i).every((t) => openingFiller.has(t));
  const later = tokens.slice(i + 1);
  const moves =
    later.some((t, k) => toMarkers.has(t) || goingFor.some((words) => words[0] === t && k > 0)) ||
    weighingNext.has(later[0] ?? "");
  // "should i go from dev to devops": all of the side between "from" and where the move leads.
  const between = tokens[i - 1] === "from" && ["to", "into", "2"].includes(tokens[i + 1] ?? "");
  return (opens && i <= 3 && moves) || between;
}
