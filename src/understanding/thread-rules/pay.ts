import { tokenize } from "../../knowledge/core/text.js";
import { placeholders } from "../intent/classifier.js";
import { type Intent, pairIntents, payIntents } from "../intent/intents.js";
import { confidentAt, isGuess } from "../shape/understanding.js";
import { besideWords, comparers, comparingWords } from "../words/contrast-words.js";
import { costOfLivingBand } from "../words/cost-of-living.js";
import { comparedBy, comparedOn, isTitleHead, questionWords, titleNoise } from "../words/entity-words.js";
import { nationwideSetAgainst, onlyNationwideAsked } from "../words/nationwide.js";
import { officialFiguresAsked } from "../words/official-figures.js";
import { outlookAskedBesidePayTold } from "../words/outlook-beside-pay.js";
import { payStatedIn } from "../words/pay-stated.js";
import {
  asksPayFloorOfJobs,
  comparesTwo,
  doneAtEmployer,
  remoteWord,
  remoteWords,
  statesPay,
} from "../words/question-asks.js";
import {
  costMoreThanAsked,
  earnPhrases,
  earnVerbs,
  payPhrase,
  payWords,
  wordsGroup,
  wordsPattern,
} from "../words/topic-words.js";
import { asked, payRuled, type ThreadRule } from "./decision.js";
import type { ThreadReading } from "./reading.js";
import { nextStepPayWeighed } from "./reading-roles.js";
import { bareGapAsked, moreOfNothingSaid, setsAgainst, whatIsWords } from "./words.js";

/*
 * Thread rules that read a question as one about pay: "the range?", "and the money?", "makes 70k, is that
 * normal", "whats a junior ml engineer make", "the going rate", "swe vs mle earnings", "with 5 years experience".
 */

/**
 * "whats the range", "the range?", "ok then what is general range for that level": the only thing a role's
 * range is asked of here is its pay (the article is often left out in chat and in learners' English).
 */
const rangeAsked =
  /\b(?:what(?:'s|s| is)|and|so)(?: the)?(?: (?:general|overall|usual|typical|normal|average))? range\b|^(?:the )?range\??$/i;

/**
 * "the latter, whats the range", "whats the range for the first one": "the range" asked of a role with
 * nothing else to range over is its pay range.
 */
export const payRange: ThreadRule = (r) =>
  r.thread.length > 0 && r.jobsNamed === 0 && rangeAsked.test(r.text)
    ? r.thread.length > 1
      ? "payCompare"
      : "salary"
    : undefined;

/**
 * "Site Reliability Engineer III - Core Infrastructure (Hybrid, SF) what's the range for this": a job
 * title pasted with "the range" asked of it, which the classifier reads unsurely (the title's words pull it
 * elsewhere: "Backend Engineer II … whats the range" leans to the path), asks the pay range of the one role
 * it names.
 */
export const rangeOfRoleNamed: ThreadRule = (r) =>
  r.e.roles.length === 1 &&
  r.jobsNamed === 1 &&
  ((r.c.confidence < confidentAt && rangeAsked.test(r.text)) || rangeJudged.test(r.text))
    ? "salary"
    : undefined;

/**
 * "whats a fair range for a mid level sre", "a reasonable range for a data scientist": a range judged fair
 * or usual is a range of pay, however surely the classifier leans to what the role does ("whats a … sre").
 */
const rangeJudged =
  /\b(?:fair|reasonable|typical|normal|realistic|decent|competitive|market) (?:pay |salary )?range\b/i;

/**
 * "what do data analyst jobs pay in boston?", "what do IT help desk jobs pay in chicago?": what a role's jobs
 * pay, asked with the verb. A place after it led the classifier to what the role does ("what do … do in").
 */
const jobsPayAsked =
  /\bwhat (?:do|does|would|will) (?:[a-z]+ ){1,5}(?:jobs?|roles?|positions?|gigs?) pay\b(?! (?:for|off|attention|back)\b)/i;

/** The one role's pay, where what its jobs pay is asked with the verb. */
export const payOfRoleJobs: ThreadRule = (r, d) =>
  r.e.roles.length === 1 && r.jobsNamed === 1 && d.intent === "responsibilities" && jobsPayAsked.test(r.text)
    ? "salary"
    : undefined;

/** "and the money?", "pay?" in a thread: a word of pay with nothing else of its own is the thread's pay. */
export const payWordAlone: ThreadRule = (r, d) => {
  const payOnly =
    r.thread.length > 0 && r.jobsNamed === 0 && !r.payDetail && r.asksPay && r.e.masked.length <= 4;
  return payOnly && !payIntents.has(d.intent) ? (r.thread.length > 1 ? "payCompare" : "salary") : undefined;
};

/** "whats the ceiling", "how high can it go", "the max?": the top of a range just shown. */
const topOfRange =
  /\b(?:ceiling|cap|max|maximum|top end|upper end|upper limit)\b|\bhow high (?:can|does) (?:it|that|pay)\b/i;

/** "the top end", "the upper end of the band": words said only of a range of pay. */
const topEndOfPay = /\b(?:top|upper|high) end\b|\btop of (?:the )?(?:range|band|scale)\b/i;

/**
 * "hr here, whats the top end for ml? like staff / distinguished level": the top end asked of one role named
 * is the top of its pay, however its levels' words lean the classifier to the ladder.
 */
export const topEndOfRolePay: ThreadRule = (r, d) =>
  r.e.roles.length === 1 &&
  r.jobsNamed === 1 &&
  !payIntents.has(d.intent) &&
  !r.lifeAsked &&
  topEndOfPay.test(r.text)
    ? "salary"
    : undefined;

/**
 * "whats the ceiling" after a role's pay: the top of its pay, which the pay answer's upper percentiles show,
 * never a word the knowledge lacks. (After a path, the ceiling is the ladder's top: `topOfThreadLadder`.)
 * Short, and of no part of working life: "is there a cap on overtime?" asks of the hours.
 */
export const payCeiling: ThreadRule = (r) =>
  r.context?.intent !== undefined &&
  payIntents.has(r.context.intent) &&
  r.jobsNamed === 0 &&
  r.thread.length > 0 &&
  !r.lifeAsked &&
  r.e.masked.length <= 6 &&
  topOfRange.test(r.text)
    ? r.thread.length > 1
      ? "payCompare"
      : "salary"
    : undefined;

/**
 * "my bf is a data analyst and makes 70k, is that normal": an amount of pay stated asks what the role
 * pays, to set it beside. (A move weighed with it stays the move: the rules for moves come later.) So does
 * one the classifier only guessed was some pay ("is 95k good for a data analyst in minneapolis", leaning
 * to total pay): the guess is no reading of it, and it was answered with the role's duties.
 */
export const payStated: ThreadRule = (r, d) =>
  // "any IT jobs that pay 90k+": a floor for jobs to pay, no one's pay to set beside a role's.
  statesPay(r.text) &&
  !asksPayFloorOfJobs(r.text) &&
  !payToldBesideWayIn(r.text) &&
  // "decent money (~70k) but never home. what's the outlook for truck drivers?": pay told, the outlook asked.
  !outlookAskedBesidePayTold(r.text) &&
  r.jobsNamed <= 1 &&
  (!payIntents.has(d.intent) || (!d.ruled && isGuess(r.c)))
    ? "salary"
    : undefined;

/** "how do i get into IT", "how can i become a data analyst", "how to break into tech": the way in asked. */
const wayInAsked =
  /\bhow (?:do|can|could|would|should|to|does one|would one)\s+(?:i\s+|one\s+|someone\s+|you\s+|u\s+)?(?:get (?:in|into|started)|break into|become|start (?:in|out in|a career in))\b/i;

/**
 * "how do i get into IT with no degree im 34 and work retail making 38k": pay the asker earns now, told as
 * where they stand, beside the way in asked; neither offered, judged nor aimed at (`payStatedIn`), it asks
 * no pay (before: answered with IT support's pay, the way in left out).
 */
const payToldBesideWayIn = (text: string) => wayInAsked.test(text) && payStatedIn(text) === undefined;

/** Words that ask nothing on their own beside a word of pay: "what's the income like", "which has higher tc". */
// "is IT support paid well", "are they well paid": how well, said of pay, asks the pay.
const payFiller = new Set(["like", "has", "have", "s", "well", "good", "decently", "enough", "ok", "okay"]);

/**
 * "rank mle vs data scientist by pay, mid level", "order them by salary": words that rank the jobs named by
 * the pay beside them ask nothing else of them (otherwise: a level said beside them leaned the classifier to
 * the whole comparison, duties first, and the pay asked for was left out of sight).
 */
const rankers = ["rank", "ranked", "ranking", "order", "ordered", "sort", "sorted"];
const rankedBy = new Set([...rankers, "by"]);

/**
 * The words that rank the jobs named ("rank swe, ds and devops by pay"): they set them against each other as
 * "vs" does. Written with "and" between the names, the classifier read what they have in common.
 */
const rankingWords: ReadonlySet<string> = new Set(rankers);

/**
 * Whether a question asks nothing but pay of the jobs it names: past the names (masked), the question's own
 * words and those that set one job against another, only words of pay ("what is the income of a data
 * scientist", "swe vs mle earnings"), or of comparing beside one ("better compensation").
 */
function asksOnlyPay(masked: readonly string[]): boolean {
  const asked = masked.filter(
    (w) =>
      w !== "" &&
      !(placeholders as readonly string[]).includes(w) &&
      !questionWords.has(w) &&
      !whatIsWords.has(w) &&
      !titleNoise.has(w) &&
      !comparers.has(w) &&
      !payFiller.has(w) &&
      !rankedBy.has(w),
  );
  return asked.some((w) => payWords.has(w)) && asked.every((w) => comparedBy.has(w));
}

/**
 * "what is the income of a data scientist", "it support income?", "is data scientist lucrative": one role
 * named with nothing asked of it but its pay, in whichever word, is a pay question.
 */
export const onlyPayOfOneRole: ThreadRule = (r, d) =>
  r.e.roles.length === 1 && r.jobsNamed === 1 && asksOnlyPay(r.e.masked) && !payIntents.has(d.intent)
    ? "salary"
    : undefined;

/**
 * "does it pay much better" after the next steps from the job held: their pay and the job held's side by
 * side (the roles: `threadRolesOf`), not the job held's pay alone nor a ranking.
 */
export const nextStepsPaidAgainstHeld: ThreadRule = (r) =>
  nextStepPayWeighed(r) ? asked("payCompare") : undefined;

/**
 * "what does meta pay swes" (salary or pay ranking?), "data scientist comp" (few words to go on): a role's
 * pay asked in a word of pay is a pay question, whichever kind of pay question the classifier leans to.
 */
export const payGuessed: ThreadRule = (r, d) =>
  d.intent === r.c.intent &&
  payIntents.has(d.intent) &&
  isGuess(r.c) &&
  (r.e.roles.length > 0 || ((r.e.pronoun || r.jobsNamed === 0) && r.thread.length > 0) || r.e.itField) &&
  r.asksPay
    ? oneSideOnly(r) && d.intent === "payCompare"
      ? "salary"
      : d.intent
    : undefined;

/** Pay set against the market or its average, no other job: "compare vs market", "more than average". */
const againstMarket =
  /\b(?:vs\.?|versus|than|against|compared? (?:to|with)|to)\s+(?:the\s+)?(?:(?:national|us|industry|market)\s+)?(?:market|average|avg|median|norm)\b/i;

/**
 * "how does a data engineer salary compare vs market?", "do apple qa engineers make more than average": one
 * role's pay set against the market is that role's pay, whose figures are the market's; no second role to
 * ask back for (it was asked "Compare Software Data Engineer with which role?").
 */
export const payAgainstMarket: ThreadRule = (r, d) =>
  d.intent === "payCompare" && r.e.roles.length === 1 && r.jobsNamed === 1 && againstMarket.test(r.text)
    ? "salary"
    : undefined;

/** "does it pay enough to live on", "do they pay well", "is the pay decent": whether one job pays enough. */
const paysEnough =
  /\b(?:pays?|paid|pay is|money is)\s+(?:enough|well|good|decent(?:ly)?|ok(?:ay)?|the bills|a living(?: wage)?)\b/i;

/** Words that weigh pay across jobs or places, not one job's: "more", "than", "which", "best". */
const payWeighedAcross =
  /\b(?:more|less|than|vs|versus|which|most|least|best|worst|highest|lowest|top|rank|compared?)\b/i;

/**
 * "candidate is coming from retail mgmt and asked me if it pays enough to live on", in a thread on IT
 * support: whether one job pays enough is its pay, however the words told beside it lean the classifier
 * (to a ranking of pay, answered with "no figures by location or company").
 */
export const paysEnoughOfOne: ThreadRule = (r, d) =>
  (d.intent === "payRanking" || d.intent === "payCompare") &&
  (r.e.roles.length === 1 || (r.jobsNamed === 0 && r.thread.length === 1)) &&
  paysEnough.test(r.text) &&
  !payWeighedAcross.test(r.text)
    ? "salary"
    : undefined;

/**
 * "… like what do product managers at salesforce usually make" after a friend's offer as one: one role, one
 * employer, one place and level, and no word that sets things against each other have no two sides to weigh;
 * a comparison guessed is that one role's pay (otherwise: the role set beside itself).
 */
const oneSideOnly = ({ e, jobsNamed, text }: ThreadReading) =>
  e.roles.length === 1 &&
  jobsNamed === 1 &&
  e.employers.length <= 1 &&
  e.companyKinds.length === 0 &&
  !e.otherPlace &&
  !e.otherLevel &&
  !e.unlistedAgainst &&
  !/\b(?:vs|versus|compared?|than|more|less|or|between|difference|diff)\b/i.test(text);

/**
 * "whats a junior ml engineer make", "how much is an sre paid": a question ending on a verb of earning.
 * Only the verbs, and the ways of saying them in more words: a question may end on a name for pay and ask
 * something else of it ("is it worth the pay").
 */
const endsOnEarning = new RegExp(`${wordsPattern(earnVerbs, earnPhrases).source}\\s*\\??$`, "i");

/**
 * "what do qa engineers make in wfh jobs", "what do sres earn working remotely": a verb of earning with only
 * remote work after it ends on earning too; it asks the pay of remote work, which the pay answer says no
 * source splits pay by. Not "do they work remotely", which asks whether the work can be done so.
 */
const earningRemotely = new RegExp(
  String.raw`${wordsPattern(earnVerbs, earnPhrases).source}(?:\s+(?:in|at|for|on|working|doing|a|an|the|fully|full|time))*\s+(?:${remoteWords})(?:\s+(?:jobs?|roles?|positions?|work|gigs?))?\W*$`,
  "i",
);

/**
 * "what do analysts make in columbus": a verb of earning with only a place after it ends on earning too
 * (read only where the question names a place, listed or not).
 */
const earningInPlace = new RegExp(
  String.raw`${wordsPattern(earnVerbs, earnPhrases).source}\s+(?:in|around|near|out in|over in)\s+[\w .,'-]+\??$`,
  "i",
);

/** "what do they pay", "what would i make", "what do they pull in": what someone is paid, asked of them. */
const whatTheyEarn = new RegExp(
  String.raw`\bwhat (?:do|does|did|would|will) (?:they|it|those|these|you|i|we) ${wordsGroup(["pay", "make", "earn"], earnPhrases)}\b`,
  "i",
);

/**
 * Words between a role and its verb of earning that ask nothing of their own: "what does it support actually
 * pay", "what do sres really make". ("Pay" said of a role is what the job pays: "what does a dba pay".)
 */
const earnerAdverbs = "(?:actually|really|usually|typically|normally|even)";

/**
 * Where the role works, said between it and its verb of earning: "at a hospital system", "for the state",
 * "at google" (an employer read is "xcompany"). One or two words after "at", "for" or "with".
 */
const workplaceOfEarner = "(?:(?:at|for|with) (?:an? |the )?(?:xcompany|[a-z]+(?: [a-z]+)?) )?";

/**
 * "what do distinguished ml engineers make lol, like the top of the ladder", "what do ml ppl make at senior
 * level", "what does an IT manager at a hospital system make": the question opens by asking what a role
 * named (where it works) earns, read on the masked words; whatever is said after it (an aside, a level)
 * does not turn it into another question. Not "what do they make of it", an opinion.
 */
const whatRoleEarns = new RegExp(
  String.raw`\bwhat (?:do|does|did|would|will|can) (?:an? |the )?xroles? (?:(?:people|folks|guys|ones) )?${workplaceOfEarner}(?:${earnerAdverbs} )?${wordsGroup(earnVerbs, earnPhrases, ["pay"])}\b(?! of\b)`,
  "i",
);

/**
 * "how much do ml ppl get at amazon", "how much do devops folks get": "how much" asked of what a role named
 * gets is its pay, as "make" is (otherwise: the people read as soft skills). Not "get to", which asks what
 * they may do.
 */
const howMuchRoleGets = new RegExp(
  String.raw`\bhow much (?:do|does|did|would|will|can) (?:an? |the )?xroles? (?:(?:people|folks|guys|ones) )?(?:${earnerAdverbs} )?gets?\b(?! to\b)`,
  "i",
);

/**
 * "my brother is an sre and complains about on call ... whats the median pay for a site reliability
 * engineer": the message ends by asking a role's pay in a name for pay, whatever the story told before it
 * leans the classifier to (the on-call and the 12-hour shifts read as the role's duties).
 */
const payOfRoleLast =
  /\b(?:whats|what is|how much is) (?:the )?(?:(?:median|average|avg|typical|usual|normal|base|starting|annual) )?(?:pay|salary|wage|income|compensation) (?:for|of) (?:an? |the )?xroles?$/i;

/**
 * "whats a junior ml engineer make", "tech support jobs entry level what do they pay": a question that
 * ends on a verb of earning, or asks what they pay, is about pay, whatever else its words lean to. So is
 * "whats an engineer make": a kind of job, which of its roles then asked back. Asked of no role named, it
 * is the pay of the thread's one role ("and what do they pull in" after its way in).
 */
export const earningAsked: ThreadRule = (r, d) => {
  const earning =
    endsOnEarning.test(r.text) ||
    earningRemotely.test(r.text) ||
    ((r.e.place !== undefined || r.e.unlistedPlace !== undefined) && earningInPlace.test(r.text)) ||
    whatTheyEarn.test(r.text) ||
    whatRoleEarns.test(r.e.masked.join(" ")) ||
    howMuchRoleGets.test(r.e.masked.join(" ")) ||
    payOfRoleLast.test(r.e.masked.filter((w) => w !== "").join(" ")) ||
    (r.e.employers.length > 0 && earningAtEmployer(r.e.masked));
  // "whats an engineer make": a kind of job named by its head alone, in no thread, is a pay question too,
  // which the answer asks back which of its roles.
  const kindAlone = r.jobsNamed === 0 && r.thread.length === 0 && r.e.masked.some(isTitleHead);
  // (The classifier's guess at pay is ruled so, never left a guess that search answers.)
  const guessed = kindAlone && !d.ruled;
  // "what do sres and devops engineers make": two roles named, and only those, asked what they earn: their
  // pay side by side, not what they have in common.
  const twoNamed = r.e.roles.length >= 2 && r.jobsNamed === r.e.roles.length;
  if (twoNamed && earning && !payIntents.has(d.intent)) return "payCompare";
  // "what does a teacher make vs an entry level data analyst": a role set against an occupation it does not
  // cover, asked what they earn, is their pay side by side too, the occupation's official figures beside the
  // role's, never the role's alone.
  const besideOccupation =
    r.e.roles.length === 1 && r.e.uncovered.length === 1 && r.words.some((w) => besideWords.has(w));
  if (besideOccupation && earning && d.intent !== "payCompare") return "payCompare";
  // "what does a nurse at a hospital make": an occupation the roles do not cover, named alone, is one job too.
  const oneJob = r.oneRole || (r.e.roles.length === 0 && r.jobsNamed === 1);
  return (oneJob || kindAlone) && earning && (!payIntents.has(d.intent) || guessed) ? "salary" : undefined;
};

/**
 * Words a verb of earning may have after it at an employer: "make at google", "earn at target in texas"; and
 * the mark the masked words end on where they name several jobs ("xroles").
 */
const atEmployerAfterEarning = new Set(["at", "for", "with", "in", "xcompany", "xplace", "xroles", ""]);

/**
 * "what do sres and devops engineers make at google": a verb of earning with only an employer (and its
 * place) after it ends on earning too, read on the masked words, where the employer is read already.
 */
function earningAtEmployer(masked: readonly string[]): boolean {
  const at = Math.max(...earnVerbs.map((verb) => masked.lastIndexOf(verb)));
  const after = masked.slice(at + 1);
  return at >= 0 && after.includes("xcompany") && after.every((w) => atEmployerAfterEarning.has(w));
}

/**
 * Words after "budget" in asking what a role costs: "budget for a senior devops engineer in chicago"; the
 * role said before may be only a person after it ("hire someone to do ml ... budget for a mid level person").
 */
const budgetedFor = new Set([
  "for",
  "a",
  "an",
  "one",
  "the",
  "in",
  "at",
  "person",
  "someone",
  "hire",
  "candidate",
]);

/** Words before the role paid: "pay a", "offer our new". */
const offeredTo = new Set(["a", "an", "the", "our", "my", "new"]);

/** Who pays, before "pay" or "offer": "we", "i", "our team". */
const payers = new Set(["we", "i", "they", "you", "team", "company", "org"]);

/**
 * "for our first security hire, what should we pay an information security analyst?", "how much do we offer
 * a senior sre": what the asker's team pays a role, the role right after the verb, is its pay (leaned to the
 * way in by "first … hire"). Not a price paid for something else ("what should i pay for a bootcamp").
 */
export const payOfferedToRole: ThreadRule = (r, d) => {
  const words = r.e.masked.filter((w) => w !== "");
  const at = words.findIndex((w, i) => (w === "pay" || w === "offer") && payers.has(words[i - 1] ?? ""));
  // Past an article: "offer a senior sre" (a role at a level may be masked as the level alone).
  const [paid] = words.slice(at + 1).filter((w, i) => !(i < 2 && offeredTo.has(w)));
  return at >= 0 &&
    (paid?.startsWith("xrole") || paid?.startsWith("xlevel")) &&
    r.e.roles.length === 1 &&
    !payIntents.has(d.intent) &&
    !r.move
    ? "salary"
    : undefined;
};

/**
 * "finance says ml roles need a special budget. how much more than a regular software engineer are we
 * talking?": how much more one of two roles costs than the other is their pay side by side (read as their
 * comparison, or as whether a software engineer needs machine learning and budgeting). Not a move.
 */
export const costMoreThanOther: ThreadRule = (r, d) =>
  r.e.roles.length === 2 && costMoreThanAsked.test(r.text) && !r.move && !payRuled(d)
    ? "payCompare"
    : undefined;

/**
 * "what should i budget for a senior devops engineer", "whats the budget for a qa engineer": an employer's
 * budget for a role is what the role pays. Not a budget for anything else ("budget for courses to become a
 * data analyst"): after it, only the role, where and at what level (the role may come before: "we're hiring
 * a devops engineer, what should we budget for mid level").
 */
export const budgetForRole: ThreadRule = (r, d) => {
  const words = r.e.masked.filter((w) => w !== "");
  const at = words.findIndex((w) => w === "budget" || w === "budgeting");
  const rest = words.slice(at + 1);
  // "budget for mid level in atlanta": a place with no figures stays in the words, as a place all the same.
  const unlistedPlace = new Set(tokenize(r.e.unlistedPlace?.name ?? ""));
  const forRole =
    at >= 0 &&
    rest[0] === "for" &&
    rest.every(
      (w) => budgetedFor.has(w) || unlistedPlace.has(w) || (placeholders as readonly string[]).includes(w),
    );
  return forRole && r.e.roles.length === 1 && !payRuled(d) ? "salary" : undefined;
};

/**
 * "what do full stack devs make starting out", "how much do sres earn at first": pay at the start asked of
 * one role is its pay at the entry level (see `understandingOf`), not how to get started. Asked of none
 * after two roles set side by side ("whats starting pay look like in columbus" after front end vs full
 * stack), it is both roles' pay at that level.
 */
export const startingPay: ThreadRule = (r, d) => {
  if (!r.startsOut || payRuled(d)) return undefined;
  // (An occupation set against the role, "teacher vs software engineer starting salary", keeps both sides.)
  if ((r.e.roles.length === 1 && r.jobsNamed === 1) || (r.jobsNamed === 0 && r.thread.length === 1))
    return "salary";
  // "ok what do they start at" after five IT roles ranked: more roles than a comparison sets side by side
  // (three) are weighed as a ranking of their pay, none of them dropped.
  if (r.jobsNamed === 0 && r.thread.length > 3) return "payRanking";
  return r.jobsNamed === 0 && r.thread.length > 1 ? "payCompare" : undefined;
};

/**
 * "new grad swe in HCOL, whats realistic", "lcol data analyst, what's normal": a band of the cost of living
 * (HCOL, MCOL, LCOL) is how people weigh pay, so said with a role and nothing the classifier reads surely
 * (below `confidentAt`), it asks that role's pay (the thread's, side by side where there are two). The
 * classifier leaned to how to start, and the answer said what a software engineer does (r90). The knowledge
 * has no figures by the band: the answer gives the national ones.
 */
export const payByCostOfLiving: ThreadRule = (r, d) => {
  const payRoles = r.jobsNamed > 0 ? r.e.roles.length : r.thread.length;
  const unsure = !d.ruled && r.c.confidence < confidentAt;
  return costOfLivingBand.test(r.text) && payRoles > 0 && unsure && !payIntents.has(d.intent)
    ? payRoles > 1
      ? "payCompare"
      : "salary"
    : undefined;
};

/** Topics the official figures give of a role besides pay, which "what does bls say" asks again after them. */
const officialTopics: ReadonlySet<Intent> = new Set<Intent>([
  ...payIntents,
  "outlook",
  "education",
  "experience",
]);

/**
 * Readings that the official figures never answer, which "what does bls say about nurses" gets from its
 * "what does … about" (what they do, what a word means, no career question at all).
 */
const officialNeverAnswers: ReadonlySet<Intent> = new Set<Intent>([
  "responsibilities",
  "definition",
  "offTopic",
  "help",
  "greeting",
  "followUp",
]);

/**
 * "what does bls say", "according to bls?" after a role's pay; "what are the official figures for data
 * analysts", "what does bls say about nurses": the official figures asked for, with no topic of their own
 * (the classifier unsure, or reading what they never answer), ask the thread's last topic where the
 * official figures give it, else the pay of the jobs named or the thread's. A topic named stands ("what
 * does bls say about the outlook for nurses").
 */
export const officialFiguresOfJobs: ThreadRule = (r, d) => {
  const jobs = r.jobsNamed > 0 ? r.e.roles.length || r.jobsNamed : r.thread.length;
  const subject = jobs > 0 || (r.jobsNamed === 0 && r.context?.occupation !== undefined);
  const noTopic = r.c.confidence < confidentAt || officialNeverAnswers.has(d.intent);
  if (!officialFiguresAsked.test(r.text) || !subject || d.ruled || !noTopic) return undefined;
  const last = r.jobsNamed === 0 ? r.context?.intent : undefined;
  if (last && officialTopics.has(last)) return last;
  return jobs > 1 ? "payCompare" : "salary";
};

/**
 * "network admin, whats the going rate", "how do sysadmins compare pay wise": pay in an everyday phrase is
 * the pay of the roles named (or the thread's), set side by side where there are two. So where the
 * classifier only guessed at some pay ("whats the market rate for devops engineers in atlanta"): the
 * phrase says it, and a guess left standing is answered as no pay at all.
 */
export const payInPhrase: ThreadRule = (r, d) => {
  // "whats the 90th percentile for electricians": occupations alone named are what the phrase asks the pay of.
  const payRoles = r.jobsNamed > 0 ? r.e.roles.length || r.jobsNamed : r.thread.length;
  const payUnsure = !payIntents.has(d.intent) || (!d.ruled && isGuess(r.c));
  return payPhrase.test(r.text) && payRoles > 0 && payUnsure
    ? payRoles > 1
      ? "payCompare"
      : "salary"
    : undefined;
};

/**
 * "swe vs mle earnings", "swe or mle, which has higher tc", "compare mle and data scientist pay", "rank swe, ds
 * and devops by pay": roles set against each other (or asked to be compared or ranked) by their pay alone are weighed by pay, in whichever word of pay.
 */
export const rolesSetAgainstByPay: ThreadRule = (r, d) => {
  // "data architect pay in phoenix compared with dba": a place with no figures is no topic of its own.
  const unlistedPlace = new Set(tokenize(r.e.unlistedPlace?.name ?? ""));
  const asked = r.e.masked.filter((w) => !comparingWords.has(w) && !unlistedPlace.has(w));
  return r.e.roles.length >= 2 &&
    r.e.masked.some((w) => comparingWords.has(w) || rankingWords.has(w)) &&
    asksOnlyPay(asked) &&
    !payIntents.has(d.intent)
    ? "payCompare"
    : undefined;
};

/**
 * "swe salary with 5 years experience", "what about with 8 yoe?" after pay: years of experience in a pay
 * question ask the pay that far into a career, not what experience the role asks for.
 */
export const yearsIntoPay: ThreadRule = (r, d) => {
  if (!r.yearsOfPay) return undefined;
  // "and with 3 years?" after pay, read as the pay question again: asked anew (the years are what it adds),
  // no repeat to ask back about.
  return payIntents.has(d.intent) ? (d.ruled ? undefined : asked(d.intent)) : "salary";
};

/**
 * "and with a masters?", "what about with a phd" after pay: a degree said with "with" and nothing else asks
 * the pay of someone holding it, not what schooling the role asks for. "do i need a masters" is no such
 * follow-up: it does not start with "with". (Applied after `schoolingOfThreadRole`, which reads a degree named
 * in a thread as its education.)
 */
const withDegree =
  /^(?:(?:and|but|ok|so|what about|how about)\s+)*(?:with|having|holding)\s+(?:a\s+|an\s+|my\s+)?(?:masters?|master's|ms|msc|mba|phd|ph\.d\.?|doctorate|bachelors?|bachelor's|bsc|degree|cs degree)\b[\s?!.]*(?:degree)?[\s?!.]*$/i;

export const degreeIntoPay: ThreadRule = (r, d) =>
  r.context?.intent !== undefined &&
  payIntents.has(r.context.intent) &&
  r.jobsNamed === 0 &&
  r.thread.length > 0 &&
  !payIntents.has(d.intent) &&
  withDegree.test(r.text.trim())
    ? r.thread.length > 1
      ? "payCompare"
      : "salary"
    : undefined;

/**
 * "thinking about a masters for ml, whats entry pay for ml": schooling said as the asker's plan, then a
 * question of pay in a clause of its own, asks the pay; the degree only says why. "do i need a masters, and
 * what does it pay" still asks both, and "pay with a masters" keeps the degree in the pay clause.
 */
export const payAskedAfterSchoolingSaid: ThreadRule = (r, d) => {
  if (d.intent !== "education") return undefined;
  // The last question opened, with or without a comma before it ("…for ml whats entry pay for ml").
  const opened = [...r.text.matchAll(questionOpener)].at(-1)?.index ?? 0;
  const before = r.text.slice(0, opened);
  const last = r.text.slice(opened);
  return degreeWords.test(before) &&
    payClause.test(last) &&
    !degreeWords.test(last) &&
    !degreeAsked.test(r.text)
    ? "salary"
    : undefined;
};

/** Words that open a question: "whats", "what is", "how much". */
const questionOpener = /\b(?:what(?:'s|’s|s| is| are| does| do| would)|how much)\b/gi;

/** A clause that asks pay outright: "whats entry pay for ml", "how much do they make". */
const payClause = /^(?:what|how much).*\b(?:pay|paid|salary|salaries|make|earn|earns|comp)\b/i;

/** Words of schooling. */
const degreeWords =
  /\b(?:masters?|master's|phd|doctorate|degree|bachelors?|bachelor's|mba|bootcamp|school|schooling|education)\b/i;

/** Schooling asked, not said: "do i need a masters", "is a masters required", "which degree". */
const degreeAsked =
  /\b(?:do|does|would|will) (?:i|you|they|one) (?:need|have to have|require)\b|\b(?:needed|required|necessary|worth it)\b|\bwhich degree\b/i;

/**
 * "mle in nyc?" after "mle vs data scientist salary": one of the roles compared, named with a place, level
 * or employer and weighed against nothing, is that role's pay there, not a comparison missing its other side.
 */
export const oneComparedRoleNarrowed: ThreadRule = (r, d) => {
  const [named] = r.e.roles;
  const oneOfCompared =
    r.thread.length >= 2 && r.jobsNamed === 1 && named !== undefined && r.thread.includes(named);
  return oneOfCompared &&
    r.payDetail &&
    d.intent === "payCompare" &&
    !setsAgainst(r.e) &&
    !comparesTwo(r.text)
    ? "salary"
    : undefined;
};

/** What a role at an employer says besides them: "mle at google", "a data scientist with netflix?". */
const atEmployerWords = new Set(["xrole", "xcompany", "at", "for", "with", "in", "a", "an", "the", ""]);

/**
 * "mle at google": a role and an employer, asking nothing else, is what the role pays there (said to have
 * no figures where the knowledge has none), never the role's work with the employer dropped.
 */
export const roleAtEmployer: ThreadRule = (r) =>
  r.e.roles.length === 1 &&
  r.jobsNamed === 1 &&
  r.e.employers.length > 0 &&
  r.e.masked.every((w) => atEmployerWords.has(w) || questionWords.has(w)) &&
  // "what does a data analyst do at target" asks what the role does there.
  !doneAtEmployer(r.e.masked.join(" "))
    ? "salary"
    : undefined;

/**
 * "software engineer at epic games vs at google, roughly?", "swe at google or meta": one role at two employers
 * set against each other is its pay at each (said to have no figures where the knowledge has none), never
 * the role's work with the employers dropped. Another topic named ("culture at google vs meta") is no pay.
 */
export const roleAtEmployersSetAgainst: ThreadRule = (r) =>
  (r.e.roles.length === 1 || (r.jobsNamed === 0 && r.thread.length === 1)) &&
  r.jobsNamed <= 1 &&
  r.e.employers.length >= 2 &&
  r.words.some((w) => comparers.has(w)) &&
  (r.e.masked.every(
    (w) => atEmployerWords.has(w) || comparers.has(w) || questionWords.has(w) || roughly.has(w),
  ) ||
    offersWeighed.test(r.text))
    ? "salary"
    : undefined;

/**
 * "got 2 new grad swe offers - TCS vs google L3. how big is the gap": offers from two employers, or the gap
 * between them, weighed: their pay, whatever else the message tells (otherwise: the role's work, the
 * employers dropped, on a guess of "compare").
 */
const offersWeighed = /\b(?:offers?|(?:the|a) (?:pay |salary |comp )?(?:gap|difference|diff)\b)/i;

/** Words that ask for a figure only roughly, asking nothing else: "ballpark?", "roughly?". */
const roughFigureWords = new Set(["ballpark", "roughly", "approx", "approximately"]);

/** Words that only say a figure is wanted roughly: those, and "about", "generally", "typically". */
const roughly = new Set([...roughFigureWords, "about", "generally", "typically"]);

/** Words for figures with nothing said of what they count: "google numbers", "any meta figures". */
const figureWords = new Set(["numbers", "figures", "stats", "statistics"]);

/**
 * "does it have google numbers for ds at least", "any meta figures for mle?": figures asked of an employer
 * are its pay for the role (said to have none where the knowledge has none), never the role's schooling or
 * work with the employer dropped. Any other topic named ("google numbers on growth") is asked of instead.
 */
export const figuresAtEmployer: ThreadRule = (r) =>
  r.e.employers.length > 0 &&
  r.jobsNamed <= 1 &&
  (r.e.roles.length === 1 || r.thread.length === 1) &&
  r.e.masked.some((w) => figureWords.has(w)) &&
  !r.e.masked.some((w) => comparedOn.has(w))
    ? r.context?.intent !== undefined && payIntents.has(r.context.intent) && r.context.intent !== "payCompare"
      ? r.context.intent
      : "salary"
    : undefined;

/** What a role with a rough figure asked of it says besides: a place, "figure" or "number". */
const besideRoughFigure = new Set(["xplace", "figure", "number"]);

/**
 * "security analyst at booz allen, ballpark?", "dba in chicago, roughly?": one role (at an employer, in a
 * place) and a word for a rough figure, asking nothing else, is what the role pays (said to have no figures
 * where the knowledge has none). Unsure of so few words, the classifier fell back to the role's work.
 */
export const roughFigureOfRole: ThreadRule = (r) =>
  r.e.roles.length === 1 &&
  r.jobsNamed === 1 &&
  r.e.masked.some((w) => roughFigureWords.has(w)) &&
  r.e.masked.every(
    (w) =>
      roughFigureWords.has(w) || besideRoughFigure.has(w) || atEmployerWords.has(w) || questionWords.has(w),
  )
    ? "salary"
    : undefined;

/**
 * "how does that compare to a DS at target hq in minneapolis" after a data scientist's pay at Amazon: the
 * thread's one role named again at another employer or place, set against nothing else, is its pay there
 * (said first to have no figures where it has none), not a comparison missing its other role.
 */
export const sameRoleElsewhere: ThreadRule = (r, d) => {
  const [named] = r.e.roles;
  const afterPay = r.context?.intent !== undefined && payIntents.has(r.context.intent);
  const elsewhere = r.e.employers.length > 0 || r.e.place !== undefined || r.e.unlistedPlace !== undefined;
  return afterPay &&
    (d.intent === "compare" || d.intent === "payCompare") &&
    r.jobsNamed === 1 &&
    named !== undefined &&
    r.thread.length === 1 &&
    r.thread[0] === named &&
    elsewhere
    ? "salary"
    : undefined;
};

/** "there", "over there": the place or employer the thread is at, pointed back at. */
const thereSaid = /\bthere\b/i;

/** Words that set one role against others: "how does ml compare there", "ml vs them there". */
const setAgainstWords = /\b(?:compare[sd]?|comparison|vs\.?|versus|against|than|stack(?:s)? up)\b/i;

/**
 * "what about ml there" after "data scientist vs software engineer at google": one role named with "there",
 * where the thread is at an employer or a place, is that role at it, its pay there (said first to have no
 * figures where it has none), not the comparison with one side swapped. Not where the words set it against
 * the others ("how does ml compare there").
 */
export const namedRoleThere: ThreadRule = (r, d) => {
  const atPlace = r.context?.company !== undefined || r.context?.place !== undefined;
  const [named] = r.e.roles;
  return atPlace &&
    pairIntents.has(d.intent) &&
    r.jobsNamed === 1 &&
    named !== undefined &&
    !r.thread.includes(named) &&
    thereSaid.test(r.text) &&
    !comparesTwo(r.text) &&
    !setAgainstWords.test(r.text) &&
    r.e.employers.length === 0 &&
    r.e.place === undefined
    ? asked("salary")
    : undefined;
};

/**
 * "how does that compare to the uk", "how does that compare to seattle" after one role's pay (named in no
 * place): the thread's role set against a place alone is its pay there (said first to have no figures where
 * it has none), not a comparison asked back for its other role.
 */
export const threadRoleElsewhere: ThreadRule = (r, d) => {
  const afterPay = r.context?.intent !== undefined && payIntents.has(r.context.intent);
  const placed = r.e.place !== undefined || r.e.unlistedPlace !== undefined;
  return afterPay &&
    r.context?.place === undefined &&
    (d.intent === "compare" || d.intent === "payCompare") &&
    r.jobsNamed === 0 &&
    r.thread.length === 1 &&
    r.e.employers.length === 0 &&
    placed
    ? "salary"
    : undefined;
};

/**
 * "the same role", "the same job", "same position": the thread's role, named by pointing back at it. So is
 * the role placed after its pay ("the role is in chicago btw", "the job is based in austin", "the position's
 * in nyc"): where the job the figures were asked for is, not a list of roles the word "role" leans to.
 */
const sameRoleSaid =
  /\b(?:(?:the )?same (?:role|job|position|title|gig)|(?:the|this|that|my) (?:role|job|position|offer|gig)(?: is|'s|s)(?: actually| also)? (?:based |located )?in)\b/i;

/**
 * "like what would the same role get at amazon" after a front end developer's pay, "the role is in chicago
 * btw" after an offer weighed: the thread's one role, pointed back at as "the same role", at an employer or a
 * place, is its pay there (said first to have no
 * figures where it has none); never the list of roles the word "role" leans to.
 */
export const sameRoleSaidElsewhere: ThreadRule = (r) => {
  const afterPay = r.context?.intent !== undefined && payIntents.has(r.context.intent);
  const elsewhere = r.e.employers.length > 0 || r.e.place !== undefined || r.e.unlistedPlace !== undefined;
  return afterPay && r.jobsNamed === 0 && r.thread.length === 1 && elsewhere && sameRoleSaid.test(r.text)
    ? "salary"
    : undefined;
};

/** The US set against somewhere: "compare to the US", "vs the states", "than in america". */
const againstUs =
  /\b(?:to|with|against|vs|versus|than(?: in)?) (?:the )?(?:us|u\.s\.?|usa|states|united states|america)\b/i;

/**
 * "based in Munich, how do ml engineer salaries compare to the US?": one role's pay somewhere set against the
 * US is its pay, said first to have no figures there; every figure held is a US one. No role to compare with.
 */
export const placeAgainstUs: ThreadRule = (r, d) =>
  d.intent === "payCompare" &&
  r.e.roles.length === 1 &&
  r.jobsNamed === 1 &&
  (r.e.place !== undefined || r.e.unlistedPlace !== undefined) &&
  againstUs.test(r.text)
    ? "salary"
    : undefined;

/** Words of more or less pay: "pay more", "paid better", "lower". */
const paidMore = /\b(?:more|better|higher|less|lower|worse)\b/i;

/**
 * "does it pay more in seattle" after a QA engineer's pay, "does qa pay better in nyc": one role's pay in one
 * place, weighed against its pay elsewhere, is its pay there (the answer says whether it has figures for the
 * place, and gives the national ones beside); no second role to compare with, so nothing to ask back.
 */
export const oneRolePaidMoreInPlace: ThreadRule = (r, d) => {
  const oneRole = r.jobsNamed === 0 ? r.thread.length === 1 : r.jobsNamed === 1 && r.e.roles.length === 1;
  const onePlace = (r.e.place !== undefined) !== (r.e.unlistedPlace !== undefined);
  // A fragment after a comparison ("and in chicago?" after a nurse's pay beside a data analyst's) repeats it.
  const askedAfresh = !d.inherited.includes("intent") && r.context?.occupation === undefined;
  return d.intent === "payCompare" &&
    !d.ruled &&
    askedAfresh &&
    oneRole &&
    onePlace &&
    r.e.employers.length === 0 &&
    paidMore.test(r.text)
    ? "salary"
    : undefined;
};

/** Pay weighed against what someone expected: "less than i expected", "more than i thought it would". */
const againstExpected =
  /\b(?:less|more|lower|higher|worse|better)\s+than\s+(?:i|we|id|i'd)\s+(?:\w+\s+)?(?:expected|thought|hoped|imagined|assumed|figured|was told|planned)\b/i;

/**
 * "im an info security analyst and honestly it pays less than i expected. is that normal?": one role's pay
 * weighed against what the person expected is that role's pay, with nothing to compare it with (otherwise it
 * asked back which role to compare with).
 */
export const payAgainstExpected: ThreadRule = (r, d) =>
  d.intent === "payCompare" && r.e.roles.length === 1 && r.jobsNamed === 1 && againstExpected.test(r.text)
    ? "salary"
    : undefined;

/**
 * "ok then in general?" after "what does stripe pay backend devs", "and in the states?" after pay in London:
 * the whole US asked after pay, with nothing else asked, is the thread's pay again, with the employer or
 * place dropped (see `understandingOf`), not a topic named "general" nor a question to ask back. So is the
 * thread's employer set aside ("what about at companies other than google"), and the figure shown set against
 * the whole US's ("how does that compare to the national average").
 */
export const payNationwide: ThreadRule = (r, d) => {
  const afterPay = r.context?.intent !== undefined && payIntents.has(r.context.intent);
  const employerDropped = r.noEmployer && r.context?.company !== undefined;
  // Read as off topic, the words left ("ok and in the usa?") ask nothing else either; a guess at the intent
  // asks nothing else only when the words beside the nationwide ones are a fragment's few.
  const nothingElse =
    payIntents.has(d.intent) ||
    d.intent === "offTopic" ||
    (r.c.confidence < confidentAt && onlyNationwideAsked(r.text)) ||
    // "how does that stack up vs the national number": the figure shown set against the whole US's, read as
    // a comparison (it asked back which role to compare with).
    nationwideSetAgainst(r.text);
  // "vs a data scientist at some mid size company in denver": the thread's role said again, with no
  // employer in particular, names no other job.
  const threadRolesOnly =
    r.jobsNamed === r.e.roles.length && r.e.roles.every((role) => r.thread.includes(role));
  // Asked in so many words, as a place is: no follow-up left to guess at.
  return (r.nationwide || employerDropped) &&
    afterPay &&
    nothingElse &&
    (r.jobsNamed === 0 || (employerDropped && threadRolesOnly)) &&
    r.thread.length > 0 &&
    r.context?.intent
    ? // One role's pay set side by side across places ("mle pay nyc vs sf", then "and remote??") is that
      // role's pay asked again, not a second role to compare it with.
      { intent: r.context.intent === "payCompare" ? "salary" : r.context.intent, asked: true }
    : undefined;
};

/**
 * "what is it in boston", "whats it like in austin", "how is that in denver", "what does it look like in
 * texas": the answer shown, pointed back at, asked of a place and nothing else.
 */
const shownInPlace =
  /^\W*(?:(?:ok|okay|so|and|but|hmm|then)\W+)*(?:what(?:['’]?s| is| does| about)|how(?:['’]?s| is| does| about))\s+(?:it|that|this|that number|the number)(?:\s+(?:look|looks|come out|work out))?(?:\s+like)?\s+(?:in|for|around|near|over in|out in)\b/i;

/**
 * "what is it in boston" after a pay answer: the thread's pay again in the place named (the answer says where
 * it has no figures for the place, and gives the national ones), not what "it" is (a definition).
 */
export const shownPayInPlace: ThreadRule = (r) => {
  const afterPay = r.context?.intent !== undefined && payIntents.has(r.context.intent);
  const placed = r.e.place !== undefined || r.e.unlistedPlace !== undefined;
  const onSubject = r.thread.length > 0 || r.context?.occupation !== undefined;
  return afterPay &&
    placed &&
    onSubject &&
    r.jobsNamed === 0 &&
    shownInPlace.test(r.text) &&
    r.context?.intent
    ? // One role's pay set side by side across places ("mle pay nyc vs sf", then "and remote??") is that
      // role's pay asked again, not a second role to compare it with.
      { intent: r.context.intent === "payCompare" ? "salary" : r.context.intent, asked: true }
    : undefined;
};

/**
 * The words a follow-up may put around "remote" and still ask nothing else: "what about remote?", "and
 * fully remote?", "what if i work remotely": remote work in one word (`remoteWord`). Not "can i work from
 * home", which asks whether the work can be.
 */
const remoteFragment = new RegExp(
  String.raw`^\W*(?:(?:ok|okay|so|and|what|how|about|if|i|we|work|worked|working|fully|full|for|a|the|job|jobs|role|then)\W+)*(?:${remoteWord})\W*(?:then|instead|though|roles?|jobs?|work)?\W*$`,
  "i",
);

/**
 * "is that the same for remote roles", "does it change if its remote": the answer before pointed back to and
 * asked again of remote work. "Remote roles" reads as a list of roles; pointed back to, it asks no list.
 */
const sameForRemote =
  /^\W*(?:(?:ok|okay|so|and|but)\W+)*(?:is|would|does|will|do|it|that|this)\b.*\b(?:that|it|this|pay|salary)\b.*\b(?:same|different|change|differ|hold|apply|lower|higher|less|more)\b/i;

/**
 * "what about remote?", "and remote?", "what if i work remotely" after a role's pay: the thread's pay asked
 * for remote work, which no source splits pay by (said first, see `understandingOf`), not the ML trends'
 * section on remote work nor a question back.
 */
export const payRemote: ThreadRule = (r, d) => {
  const afterPay = r.context?.intent !== undefined && payIntents.has(r.context.intent);
  const nothingElse =
    payIntents.has(d.intent) ||
    (r.c.confidence < confidentAt && remoteFragment.test(r.text)) ||
    sameForRemote.test(r.text) ||
    d.intent === "offTopic";
  // After two roles' pay ("dba vs sysadmin pay", then "remote tho?") the knowledge's word on remote work
  // is said of both, as before: one role's pay is asked again here.
  return r.remote &&
    afterPay &&
    nothingElse &&
    r.jobsNamed === 0 &&
    r.thread.length === 1 &&
    r.context?.intent
    ? // One role's pay set side by side across places ("mle pay nyc vs sf", then "and remote??") is that
      // role's pay asked again, not a second role to compare it with.
      { intent: r.context.intent === "payCompare" ? "salary" : r.context.intent, asked: true }
    : undefined;
};

/**
 * "what about at google specifically, em vs senior swe" after pay: two roles named and set against each
 * other in a pay question (salary or total pay: "frontend vs full stack comp in nyc") are their pay side by
 * side (an employer or place with no figures said once, first), not each one's pay in turn.
 */
export const payOfRolesSetAgainst: ThreadRule = (r, d) =>
  (d.intent === "salary" || d.intent === "totalComp") &&
  r.e.roles.length === 2 &&
  r.jobsNamed === 2 &&
  setsAgainst(r.e)
    ? "payCompare"
    : undefined;

/** "the pay gap", "difference in pay": pay asked as what lies between two sides. */
const gapBetween = /\b(?:gap|difference|diff)\b/i;

/**
 * "ok and the pay gap between them in salt lake city" after two roles compared: pay asked of the thread's
 * two roles, set against each other (side by side, each one's figures where the place has none), not each
 * one's pay in turn.
 */
export const payGapOfThreadRoles: ThreadRule = (r, d) =>
  r.jobsNamed === 0 &&
  r.thread.length === 2 &&
  d.intent === "salary" &&
  r.asksPay &&
  (setsAgainst(r.e) || gapBetween.test(r.text))
    ? "payCompare"
    : undefined;

/**
 * "is the gap bigger at senior", "and the difference in seattle?" right after two roles' pay set side by
 * side: that comparison again at the level or place named, though no word of pay is said again (otherwise
 * the classifier's guess, an outlook, read "gap" of nothing).
 */
export const payGapAgainWithDetail: ThreadRule = (r) =>
  r.jobsNamed === 0 &&
  r.thread.length === 2 &&
  r.context?.intent === "payCompare" &&
  r.payDetail &&
  gapBetween.test(r.text)
    ? "payCompare"
    : undefined;

/**
 * "and the gap?", "the gap between the two" right after pay asked of two roles (in turn or side by side):
 * their pay side by side, not a move between them or a question back of what the gap is in.
 */
export const payGapAfterPay: ThreadRule = (r) =>
  r.jobsNamed === 0 &&
  r.thread.length === 2 &&
  r.context?.intent !== undefined &&
  payIntents.has(r.context.intent) &&
  !r.e.moving &&
  bareGapAsked(r.text)
    ? "payCompare"
    : undefined;

/**
 * "and the gap?" right after an occupation's pay set beside a role's ("accountant salary", "vs data
 * analyst"): the same two side by side again, not a question back of what the gap is in.
 */
export const payGapBesideOccupation: ThreadRule = (r) =>
  r.jobsNamed === 0 &&
  r.thread.length === 1 &&
  r.context?.occupation !== undefined &&
  r.context.shown?.includes(r.context.occupation) === true &&
  r.context.intent !== undefined &&
  payIntents.has(r.context.intent) &&
  !r.e.moving &&
  bareGapAsked(r.text)
    ? r.context.intent
    : undefined;

/** "how much more", "the jump", "a bump": how far pay goes up, asked with no word of pay itself. */
const howFarUp = /\bhow much\b|\b(?:jump|bump|step up|raise)\b/i;

/**
 * "and the e6 jump, how much more?" after a role's pay at E5: a level named with how far pay goes up asks
 * the thread's pay again at that level (said to have no figures where it has none), never what experience
 * the role asks for.
 */
export const levelAfterPay: ThreadRule = (r, d) =>
  r.context?.intent !== undefined &&
  payIntents.has(r.context.intent) &&
  !payIntents.has(d.intent) &&
  r.jobsNamed === 0 &&
  r.thread.length > 0 &&
  (r.e.level !== undefined || r.e.unlistedLevel !== undefined) &&
  (r.asksPay || howFarUp.test(r.text))
    ? { intent: r.context.intent, asked: true }
    : undefined;

/**
 * "sde2 specifically", "l5 then?" after an employer's pay: the employer's own name for a level, said with
 * nothing else asked, is that pay again at the level on the employer's ladder, though the name also spells
 * out a role ("sde" is a software engineer) and the classifier reads levels as a career path.
 */
export const employerLevelAfterPay: ThreadRule = (r, d) =>
  r.context?.intent !== undefined &&
  payIntents.has(r.context.intent) &&
  !payIntents.has(d.intent) &&
  r.context.company !== undefined &&
  r.e.companyLevel !== undefined &&
  r.e.masked.every((w) => w === "" || levelAlone.has(w))
    ? { intent: r.context.intent, asked: true }
    : undefined;

/**
 * Words beside a level name that ask nothing else: "sde2 specifically", "what about l5 then"; the level
 * itself, and the role its name spells out, as the masked words hold them.
 */
const levelAlone = new Set(
  "xlevel xrole specifically exactly just only then what about and how at for the a an level".split(" "),
);

/**
 * "is it a lot more than mid tho", "vs junior?" after one role's pay at senior level: a level named and set
 * against the thread's level (by "than", "vs", "compare to") asks the role's pay at the two levels side by
 * side, never what the role does (the classifier is unsure of so short a question).
 */
export const levelAgainstThreadLevel: ThreadRule = (r) =>
  r.context?.intent !== undefined &&
  payIntents.has(r.context.intent) &&
  r.jobsNamed === 0 &&
  r.thread.length === 1 &&
  r.e.level !== undefined &&
  r.e.otherLevel === undefined &&
  r.context.level !== undefined &&
  r.context.level !== r.e.level &&
  r.e.masked.some((w) => comparingWords.has(w))
    ? asked("payCompare")
    : undefined;

/**
 * "what sysadmin earn", "and dba?", then "who is more": after roles' pay, more (or best) of nothing said is
 * more pay, the roles set side by side.
 */
export const moreAfterPay: ThreadRule = (r) => {
  const afterPay = r.context?.intent !== undefined && payIntents.has(r.context.intent);
  const two = r.thread.length >= 2 || (r.thread.length === 1 && r.earlier !== undefined);
  return afterPay && two && r.jobsNamed === 0 && moreOfNothingSaid.test(r.text) ? "payCompare" : undefined;
};

/**
 * "which one pays more" after one role's pay in a place, then in another ("swe pay in seattle", "and in
 * austin?"): the two places weighed for the thread's role (see `understandingOf`), not the role against
 * another role, which no one named.
 */
export const threadPlacesWeighed: ThreadRule = (r, d) =>
  r.context?.place !== undefined &&
  r.context.placeBefore !== undefined &&
  r.context.intent !== undefined &&
  payIntents.has(r.context.intent) &&
  r.thread.length === 1 &&
  r.jobsNamed === 0 &&
  r.e.employers.length === 0 &&
  r.e.place === undefined &&
  r.e.unlistedPlace === undefined &&
  r.e.level === undefined &&
  // "which is higher", which the classifier only guesses at (or reads as nothing): after pay, the pay.
  (payIntents.has(d.intent) ||
    r.asksPay ||
    ((isGuess(r.c) || d.intent === "offTopic") && higherOrLower.test(r.text))) &&
  comparesTwo(r.text)
    ? "payCompare"
    : undefined;

/** Words weighing an amount up or down: "which is higher", "which one is more". */
const higherOrLower = /\b(?:higher|more|bigger|better|lower|less)\b/i;
