import type { Role } from "../../knowledge/core/schema.js";
import { escapeRegExp, tokenize } from "../../knowledge/core/text.js";
import { socOf } from "../../official/data.js";
import { type Intent, payIntents } from "../intent/intents.js";
import { isGuess } from "../shape/understanding.js";
import { bracketedAsidesDropped } from "../text/bracketed-aside.js";
import { saysHeld } from "../thread/held-occupation.js";
import { besideWords, comparingWords } from "../words/contrast-words.js";
import { drawbacksAsked } from "../words/drawbacks-asked.js";
import { goesOnFromEnd } from "../words/entity-words.js";
import { asksCarriedOver, asksEffort, asksHowLong, comparesTwo, moreAsked } from "../words/question-asks.js";
import { rungAsked } from "../words/rung-words.js";
import {
  asksCertificates,
  credentialWords,
  degreeWords,
  learnAsked,
  payChangeAsked,
  wordsPattern,
} from "../words/topic-words.js";
import { schoolingOfBoth, sharedOrApart } from "./comparisons.js";
import { asked, askedOfMoveEnd, type Decision, payRuled, type ThreadRule } from "./decision.js";
import type { ThreadReading } from "./reading.js";
import { dailyWork, learning, sidesWeighed } from "./words.js";

/*
 * Thread rules for a question after a move's answer, or after the way into one role: "what should i learn
 * first", "is it worth it", "how much more would i make", "the reverse?", "need certs?", "pay starting out".
 */

/**
 * A question that asks nothing the rules can read: the classifier reads it as off topic or only guesses.
 * Not roles just set side by side, nor weighed by their schooling ("which one needs more school"); nor
 * "more", "what else", which ask what else there is to ask, not the move again; nor "whats the day to day",
 * "is it on call heavy", "is that a senior role": each asks one thing of the roles (their duties, working
 * life, rung), answered by its own rule, never the move's table again.
 */
const vague = (r: ThreadReading, d: Readonly<Decision>) => {
  const asksOneThing = dailyWork.test(r.text) || r.lifeAsked || rungAsked(r.text) !== undefined;
  return (
    (d.intent === "offTopic" || isGuess(r.c)) &&
    !d.fired.has(sharedOrApart) &&
    !d.fired.has(schoolingOfBoth) &&
    !moreAsked.test(r.text) &&
    !asksOneThing &&
    // "what does that look like at google": the thread's pay asked at an employer, which a rule read.
    !(payRuled(d) && r.e.employers.length > 0)
  );
};

/**
 * After a move's answer, a question about it that names nothing is about that move: "what should i learn
 * first", "is it worth it" (the move again), "is it hard?" (what it takes).
 */
export const moveAskedAbout: ThreadRule = (r, d) => {
  if (!r.afterMove) return undefined;
  // "ok and how long would that take": the time or effort asked in so many words is a question of its own,
  // answered by the move's table, never a question back about what else to ask of the move.
  if (asksHowLong(r.text) || asksEffort(r.text)) return asked("gap");
  return r.e.weighing || learning.has(d.intent) || vague(r, d) ? "gap" : undefined;
};

/** Going on from where something led: "after that", "from there", "what comes after it". */
const onFromThere = /\b(?:after (?:that|this|it)|from there|comes after)\b/i;

/**
 * "whats the next step after that", "where do i go from there" after a move's answer: where the role the
 * move led to goes on, its path (the roles lent: the move's end), not the move again. Not what to learn,
 * what it pays or how long it takes after it ("what should i learn after that").
 */
export const pathOnFromMoveEnd: ThreadRule = (r) =>
  r.afterMove &&
  r.pathAsked &&
  onFromThere.test(r.text) &&
  !r.asksPay &&
  !learnAsked.test(r.text) &&
  !/\bskills?\b/i.test(r.text) &&
  !asksHowLong(r.text)
    ? asked("path")
    : undefined;

/** "the gap", "the skill gaps": what lies between a move's two sides, said as a noun. */
const gapSaid = /\b(?:skills? )?gaps?\b/i;

/**
 * "whats the gap if im in denver", "the skill gap in seattle?" after a move's answer: the move asked again
 * with a place, a level or an employer, which names no job of its own, is that move there (its answer says
 * where it has no figures for the place), never a search's "industry-academia gap" as off topic. The pay
 * gap is pay, read by the rules of pay.
 */
export const gapOfMoveThere: ThreadRule = (r) =>
  r.threadMove && r.jobsNamed === 0 && r.payDetail && !r.asksPay && gapSaid.test(r.text)
    ? asked("gap")
    : undefined;

/** "tools", "tool": the kind of skill a question names when it asks for the tools to learn. */
const toolsWord = /\btools?\b/i;

/**
 * "what tools should i learn first" after a move from an occupation (a warehouse supervisor into data
 * analysis): the knowledge has no skills list for an occupation, so the move's gap is everything the role
 * lists, the same answer again; a kind of skill named (tools, languages) asks that kind of the role the
 * move leads to. (After a move between two roles the gap leaves out what the start has, and stays.)
 */
export const kindToLearnAfterOccupationMove: ThreadRule = (r) =>
  r.afterMove &&
  r.occupationMove &&
  !r.asksPay &&
  (learnAsked.test(r.text) || /\bneed\b/i.test(r.text)) &&
  (toolsWord.test(r.text) || r.e.skillKind)
    ? asked(toolsWord.test(r.text) ? "tools" : "skills")
    : undefined;

/** "make that jump", "the switch", "this move": a move said as a noun, which "jump" and "leap" say too. */
const moveAsNoun = /\b(?:the|that|this|my|a) (?:switch|jump|leap|move|transition|pivot|change)\b/i;

/**
 * "what would i need to learn to make that jump into ML engineering?" after a move from data analyst into
 * it: the move's end named again, with what to learn for the move, is that move, its start kept from the
 * thread, never the way into the role alone, as if the thread had not said where the asker starts.
 */
export const learnForThreadMoveEnd: ThreadRule = (r, d) =>
  r.threadMove &&
  r.thread.length === 2 &&
  r.jobsNamed === 1 &&
  r.e.roles[0] === r.thread[0] &&
  !r.e.from &&
  (r.e.moving || moveAsNoun.test(r.text)) &&
  (learnAsked.test(r.text) || learning.has(d.intent)) &&
  !r.asksPay
    ? asked("gap")
    : undefined;

/** What one still lacks, asked: "what skills am i missing", "what do i lack", "my gaps", "still need". */
const lackAsked = /\b(?:missing|miss|lack|lacking|gaps?|short on|still need|need to (?:learn|pick up))\b/i;

/**
 * "what skills am i missing for the latter" after a move from QA into DevOps: what the asker lacks for the
 * move's end, picked from the thread, is the gap from the move's start, never the way into the end alone.
 */
export const lackForPickedMoveEnd: ThreadRule = (r) => {
  const [end, start] = r.context?.intent === "gap" ? (r.context.roles ?? []) : [];
  return start &&
    r.context?.roles.length === 2 &&
    r.pick?.role?.id === end &&
    r.jobsNamed === 0 &&
    lackAsked.test(r.text) &&
    !r.asksPay
    ? asked("gap")
    : undefined;
};

/**
 * "which skills do i already have from qa" after a move from QA into DevOps: what carries over is the move's
 * gap, which says what carries over from the start and what is left to learn (otherwise: QA's skills alone).
 */
export const carriedOverAfterMove: ThreadRule = (r) =>
  r.threadMove &&
  r.thread.length === 2 &&
  r.jobsNamed <= 1 &&
  r.e.roles.every((role) => r.thread.includes(role)) &&
  asksCarriedOver(r.text) &&
  !r.asksPay
    ? asked("gap")
    : undefined;

/**
 * "whats the catch", "any downsides?" after a move's answer: the move's drawbacks, which no source lists;
 * the answer says so, then what they do show of the move.
 */
export const drawbacksOfMove: ThreadRule = (r) =>
  r.afterMove && drawbacksAsked(r.text) ? asked("gap") : undefined;

/**
 * "is it a big jump", "how big of a leap is that", "is it a stretch" after a move: how far apart its two
 * sides are, which the move's gap shows (otherwise: "big" read as growth, the outlook of both).
 */
const sizeOfMoveAsked =
  /\b(?:big|bigger|huge|large|massive|giant|small|tiny)\s+(?:of\s+an?\s+)?(?:jump|leap|step|switch|change|move|shift|stretch)\b|\bhow\s+(?:big|far|huge)\s+(?:of\s+)?(?:an?\s+)?(?:jump|leap|step|switch|change|move|shift)\b|\b(?:a|too much of a|too big a)\s+stretch\b/i;

/** How big a step the thread's move is: its gap. */
export const sizeOfMove: ThreadRule = (r) =>
  r.afterMove && !r.asksPay && sizeOfMoveAsked.test(r.text) ? asked("gap") : undefined;

/**
 * "is it more on call heavy" after a move: working life, of both sides, which the answer says it has nothing
 * on; "whats the day to day": what the work is where the move leads.
 */
export const workAfterMove: ThreadRule = (r) =>
  r.afterMove && (r.lifeAsked || dailyWork.test(r.text)) && !r.asksPay && !learnAsked.test(r.text)
    ? "responsibilities"
    : undefined;

/** "how about the reverse", "what about the other way around": the thread's move, the other way. */
export const moveReversed: ThreadRule = (r) => (r.reversed ? asked("gap") : undefined);

/**
 * "is it dumb financially", "worth it money wise?": the move weighed on money, which is what each side pays
 * (otherwise: after a move, "ok be honest is it dumb financially" gave the outlook of where it leads).
 */
const moneyWise = /\b(?:financially|money[- ]?wise|moneywise)\b/i;

/** "how much more would i make", "is it smart financially" after a move: both roles' pay. */
export const payAfterMove: ThreadRule = (r, d) =>
  r.afterMove && (payIntents.has(d.intent) || r.asksPay || moneyWise.test(r.text)) ? "payCompare" : undefined;

/** The pay of the job the person holds, said so: "what i make now", "what i'm earning", "my current salary". */
const ownPayNow =
  /\bwhat i(?:'m| am|m)? (?:make|making|earn|earning|get paid|am paid)\b|\bmy (?:current |present )?(?:pay|salary|wage|income)\b/i;

/**
 * "is pm pay even comparable to what i make now" after a move from a lawyer into PM (otherwise: the PM's pay
 * alone): the move's end named again, set against the pay of the occupation held, is both sides' pay, as
 * when nothing is named. (After a move between two roles the role named is answered alone, as before.)
 */
export const ownPayAgainstMoveEnd: ThreadRule = (r) =>
  r.occupationMove &&
  r.jobsNamed === 1 &&
  r.e.roles.length === 1 &&
  r.thread.some((role) => role === r.e.roles[0]) &&
  ownPayNow.test(r.text)
    ? "payCompare"
    : undefined;

/** "already": said of the pay of the job held, it doubts a move away from it ("pharmacists already make a lot"). */
const already = /\balready\b/i;

/**
 * Whether the one job the question names is where the thread's move starts: the role it led from
 * (the thread keeps where a move leads first), or the occupation a move from one started from.
 */
const namesMoveStart = (r: ThreadReading): boolean => {
  const [named] = r.e.uncovered;
  const start = r.context?.occupation;
  if (!r.occupationMove)
    return r.thread.length === 2 && r.e.roles.length === 1 && r.e.roles[0] === r.thread[1];
  if (!named || !start || r.e.roles.length > 0) return false;
  // The occupation's codes: read from the official titles, given by the list of occupations, or its title's.
  const listed = named.occupation.soc;
  const socs =
    named.official ?? (listed ? [socOf(listed)] : (r.kb.official?.titles.lookup(named.typed) ?? []));
  return socs.includes(start);
};

/**
 * "is that even smart, pharmacists make a lot already right" after a move from pharmacist into SWE, "is that
 * smart, sysadmins make decent money already" after one from sysadmin into DevOps: a doubt about the move
 * that names the pay of where it starts weighs both sides' pay, the move's pay side by side (otherwise: the
 * start's figures alone). "how much do sysadmins make" after it, no doubt said, is the start's pay.
 */
export const startPayAgainstMove: ThreadRule = (r) =>
  r.threadMove &&
  r.jobsNamed === 1 &&
  r.asksPay &&
  (r.e.weighing || already.test(r.text)) &&
  namesMoveStart(r)
    ? "payCompare"
    : undefined;

/** What a question may weigh both sides of a move on, besides their pay: their outlook, their schooling. */
export const weighedBesidePay: ReadonlySet<Intent> = new Set<Intent>(["outlook", "education"]);

/** Words that point at where a move leads: "that", "it", "this". */
const pointers = new Set(["that", "it", "this"]);

/** "is that growing vs teaching": a word pointing at the move's end before a word that sets it beside another. */
const endPointedBeside = (masked: readonly string[]) => {
  const beside = masked.findIndex((w) => besideWords.has(w));
  return beside > 0 && masked.slice(0, beside).some((w) => pointers.has(w));
};

/**
 * "how fast is that growing vs teaching" after a move from high school teacher into data analyst: where
 * the move leads, pointed at, set against its start named again, on outlook or schooling, weighs both sides
 * of the move, as "which one has more openings" does, and the thread stays on the move (otherwise: "which
 * teaching?" asked back, then again for the skills gap). The start named alone beside the move ("vs staying
 * an electrician") is the start's figures beside where the move leads.
 */
export const startSetAgainstMove: ThreadRule = (r, d) =>
  r.occupationMove &&
  r.jobsNamed === 1 &&
  weighedBesidePay.has(d.intent) &&
  endPointedBeside(r.e.masked) &&
  namesMoveStart(r)
    ? d.intent
    : undefined;

/**
 * "i teach hs math btw. pay wise is it a big jump?" after a move from teaching into ML: the job held, said
 * again or more closely and nothing else named, is where the thread's move starts, and what the question asks
 * is of that move (its answer leads with both sides' pay), as in one message (otherwise: the teacher's pay
 * alone, then "which teaching occupation?" for its skills gap).
 */
export const moveStartSaid: ThreadRule = (r) => {
  const [end] = r.thread;
  const [held] = r.e.uncovered;
  const fromOccupation = r.context?.occupation !== undefined || r.context?.heldOccupation !== undefined;
  const onMove = r.context?.intent === "gap" && r.thread.length === 1 && fromOccupation;
  return onMove && end && held && r.jobsNamed === 1 && r.e.roles.length === 0 && saysHeld(r.text, held.typed)
    ? { intent: "gap", toRole: end }
    : undefined;
};

/** Words a correction of the job held may say around it and ask nothing: "actually", "sorry", "btw", "tho". */
const heldCorrectionFillers = new Set(
  "actually sorry oh oops wait no nah ok okay so well btw fyi tho though lol haha my bad correction i meant mean".split(
    " ",
  ),
);

/** "not an analyst", "not a data analyst": the job taken back, of one or two words. */
const notHeld = /\bnot (?:an? |the )?[a-z]+(?: [a-z]+)?\b/gi;

/**
 * Whether the message only says the person holds the role typed ("actually im a dba not an analyst", "im a
 * dba actually", "sorry, dba here"): the held job said, the one taken back and the words of correcting set
 * aside, nothing else is asked.
 */
function onlyHeldSaid(text: string, typed: string): boolean {
  if (!saysHeld(text, typed)) return false;
  const name = escapeRegExp(typed.toLowerCase());
  const rest = text
    .toLowerCase()
    .replace(
      new RegExp(
        `\\b(?:i'?m|i am|(?:i'?ve |i have )?been|work(?:ing)? as|currently)(?: an?)? ${name}\\b|\\b${name} here\\b`,
      ),
      " ",
    )
    .replace(notHeld, " ");
  return tokenize(rest).every((w) => heldCorrectionFillers.has(w));
}

/**
 * "actually im a dba not an analyst", "im a dba actually" after a move from data analyst into data
 * architect: the role held said in place of the move's start, nothing else asked, is the move from it to
 * where the thread's move leads, as in one message (otherwise: what a DBA does, the move dropped).
 */
export const moveStartCorrected: ThreadRule = (r) =>
  startCorrected(r) ? { intent: "gap", asked: true, toRole: r.thread[0] } : undefined;

/** Whether a role is said as taken back: "not dba", "not a data analyst". */
const takenBackAt = (tokens: readonly string[], at: number) =>
  tokens[at - 1] === "not" || (["a", "an", "the"].includes(tokens[at - 1] ?? "") && tokens[at - 2] === "not");

/**
 * The role said held in place of the start of the thread's move, the message saying nothing else (see
 * `moveStartCorrected`): neither of the move's sides, and none but one taken back named beside it.
 */
export function startCorrected(r: ThreadReading): Role | undefined {
  const [end, start] = r.thread;
  if (!r.threadMove || r.thread.length !== 2 || !end || !start) return undefined;
  const tokens = tokenize(r.text);
  const said = r.kb.roleNames.findAll(tokens).filter((m) => !takenBackAt(tokens, m.start));
  const [held, ...more] = said;
  const role = held?.entries.length === 1 ? r.kb.roleById.get(held.entries[0] ?? "") : undefined;
  if (!held || !role || more.length > 0 || role === end || role === start) return undefined;
  return onlyHeldSaid(r.text, tokens.slice(held.start, held.end).join(" ")) ? role : undefined;
}

/**
 * "and the pay diff in nyc?" after a move: both sides' pay, in the place (or at the level) asked, each one
 * saying where it has no figure there. Not what "it" pays after a move from an occupation, nor a level
 * there: those ask of the role the move leads to (see `askedOfMoveEnd`).
 */
export const payThereAfterMove: ThreadRule = (r) =>
  r.threadMove &&
  r.jobsNamed === 0 &&
  r.payDetail &&
  (r.asksPay || worthThere(r)) &&
  !(r.occupationMove && askedOfMoveEnd(r))
    ? "payCompare"
    : undefined;

/** Words that weigh both sides of a move on pay: "who makes more there", "the pay diff at google", "vs". */
const sidesOfMoveWeighed =
  /\b(?:who|which|more|less|cut|than|vs|versus|both|compared?|either|diff|difference|gap|jump|change|raise|bump)\b/i;

/**
 * "salary at deloitte?", "what does deloitte pay?" after a move from QA into DevOps: pay asked in so many
 * words at an employer, or a kind of employer, is the pay of the job one would hold there, where the move
 * leads, said first to have no figures for it (otherwise: both sides side by side, the job left among them).
 * Where the words weigh both sides ("the pay diff at google", "who makes more at amazon"), a place is named
 * besides, or only the employer is said ("and at meta?", the move's jump asked again there), both sides'
 * pay there as before.
 */
export const employerPayAfterMove: ThreadRule = (r) =>
  r.threadMove &&
  r.jobsNamed === 0 &&
  (r.e.employers.length > 0 || r.e.companyKinds.length > 0) &&
  !r.e.place &&
  !r.e.unlistedPlace &&
  r.asksPay &&
  !sidesOfMoveWeighed.test(r.text)
    ? "salary"
    : undefined;

/**
 * "is it worth it in nyc tho" after a move: the move weighed again in a place, which the figures answer by
 * both sides' pay there (the move's answer already said no source judges its worth).
 */
const worthThere = (r: ThreadReading) =>
  /\bworth (?:it|the (?:move|switch|jump))\b/i.test(r.text) &&
  (r.e.place !== undefined || r.e.unlistedPlace !== undefined);

/** After the way into one role: what it takes. */
export const intoOneAskedAbout: ThreadRule = (r, d) =>
  r.intoOne && (learning.has(d.intent) || vague(r, d) || r.e.weighing) ? "gap" : undefined;

/** After the way into one role: what it pays. */
export const intoOnePay: ThreadRule = (r, d) =>
  r.intoOne && (payIntents.has(d.intent) || r.asksPay) ? "salary" : undefined;

/** Words of credentials: degrees, a diploma and certificates ("do i need a phd", "any certs?"). */
const credentialsAsked = wordsPattern(degreeWords, ["diploma"], credentialWords);

/** Credentials asked in the question's own words, not in a bracketed aside ("(console cert, …)"). */
const credentialsAskedOutsideAsides = (text: string) => {
  const said = bracketedAsidesDropped(text);
  return credentialsAsked.test(said) || asksCertificates(said);
};

/**
 * "do i need certs", "need a phd?" about a move, named or just answered: what the role it leads to asks for
 * in education and credentials, not the move again.
 */
export const credentialsForMove: ThreadRule = (r) =>
  (r.move || r.afterMove || r.intoOne || roleAfterOccupation(r)) &&
  credentialsAskedOutsideAsides(r.text) &&
  !r.asksPay &&
  !asksHowLong(r.text) &&
  // "is the gap huge or is it mostly 'get 3 aws certs and pray'": the certs are a guess at the gap asked.
  !(r.move && sidesWeighed.test(r.text))
    ? "education"
    : undefined;

/**
 * "ok so IT support - what certs" after "chef here. into IT?": one role named after an occupation's answer,
 * its figures or (where the official layer is not loaded) a word that it is not covered.
 */
const roleAfterOccupation = (r: ThreadReading) =>
  (r.context?.occupation !== undefined || r.context?.heldOccupation !== undefined) &&
  r.e.roles.length === 1 &&
  r.jobsNamed === 1;

/** "a senior one", "an entry level one": one role at a level, never both sides of a move. */
const oneAtLevel = (masked: readonly string[]) =>
  masked.some(
    (w, i) =>
      w === "xlevel" &&
      (masked[i - 1] === "a" || masked[i - 1] === "an") &&
      (masked[i + 1] === "one" || (masked[i + 1] === "level" && masked[i + 2] === "one")),
  );

/**
 * "whats entry level pay", "what do juniors make" after a move: the pay of the entry level, asked of no side
 * in particular, is where the move lands, as pay starting out is (otherwise: both sides' pay, the level
 * dropped for the occupation's). So is any level said of one ("and what does a senior one make" after a
 * junior sysadmin asked about security engineers): the role asked about. "which pays more at entry level"
 * still weighs both sides.
 */
const entryPayAfterMove = (r: ThreadReading) =>
  r.threadMove &&
  r.jobsNamed === 0 &&
  (r.e.level === "entry" || oneAtLevel(r.e.masked)) &&
  r.asksPay &&
  !comparesTwo(r.text) &&
  // "would i take a pay cut at entry level": a cut is set against the pay the move starts from.
  !payChangeAsked.test(r.text) &&
  !r.e.masked.some((w) => comparingWords.has(w));

/**
 * "what does the pay look like starting out" after a move: the entry-level pay of the role it leads to. Not
 * "will i take a pay cut at first": a cut is set against the pay the move starts from (`payAfterMove`).
 */
export const startingPayAfterMove: ThreadRule = (r) =>
  ((r.afterMove || r.intoOne) && r.startsOut && !payChangeAsked.test(r.text)) || entryPayAfterMove(r)
    ? "salary"
    : undefined;

/** "and in the first year?": the start of the job where a move leads, said with no word of pay. */
const firstYear = /\b(?:first|1st) year\b/i;

/**
 * "and in the first year?", a fragment after a move's answer: its pay again, both sides, not the way in (a
 * longer question, "what should i learn in the first year", asks something of its own).
 */
export const firstYearAfterMove: ThreadRule = (r) =>
  r.afterMove && firstYear.test(r.text) && r.e.masked.length <= 6 ? "payCompare" : undefined;

/**
 * "what about data engineering instead?" after a move from an occupation ("rn to data analytics"): the move
 * from that occupation to the role named now, never from the role the move led to before. ("then", "next"
 * go on from where the move led.)
 */
export const occupationStartKept = (r: ThreadReading, intent: Intent): boolean =>
  r.occupationMove &&
  intent === "gap" &&
  r.e.roles.length === 1 &&
  r.jobsNamed === 1 &&
  !r.e.from &&
  !goesOnFromEnd.test(r.text);
