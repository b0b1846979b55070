import { type Intent, pairIntents, payIntents } from "../intent/intents.js";
import { isGuess } from "../shape/understanding.js";
import { comparers } from "../words/contrast-words.js";
import { heatAsked, hypeAsked } from "../words/hype-words.js";
import { asksHowLong, asksScope, asksTime, asksWorthGoingInto } from "../words/question-asks.js";
import {
  asksLasting,
  asksLiveMarket,
  asksLongTerm,
  asksTiming,
  saysLongTerm,
  threatAsked,
} from "../words/timing-words.js";
import { asksCertificates, asksHeadcount, asksOpeningsCounted } from "../words/topic-words.js";
import { asked, payRuled, type ThreadRule } from "./decision.js";
import type { ThreadReading } from "./reading.js";
import { marketGrowthAsked, referToMany, setsAgainst, titleKindNamed } from "./words.js";
import { workOfOneRole } from "./work.js";

/*
 * Thread rules for a role's job market: growth asked in words of more and less, "are they in demand?" in a
 * thread, "is now a good time to become a data scientist".
 */

/**
 * "and what is outlook for next 10 yrs?", "what is demand now": a word of the job market's growth asked as
 * if a term to define, with no article before it, is that market's outlook, of the jobs named or the
 * thread's (else: the word looked up in the knowledge's text, or nothing to answer). Only where the word
 * ends the term: "what is growth mindset", "what is demand forecasting" ask a term of their own.
 */
const growthAsTerm =
  /\bwhat(?:['’]?s| is| will be)\s+(?:the\s+)?(?:job\s+)?(?:outlook|demand|growth|future)(?=\s*$|\s*[?.!,;:]|\s+(?:for|of|in|on|at|like|now|today|currently|over|next|ahead|going|looking|these|this|then|there|here|and|after|from|by)\b)/i;

export const growthAskedAsTerm: ThreadRule = (r, d) =>
  d.intent === "definition" &&
  growthAsTerm.test(r.text) &&
  (r.jobsNamed > 0 || r.thread.length > 0 || r.context?.occupation !== undefined)
    ? "outlook"
    : undefined;

/** A field's or a role's scope asked: its outlook, which for the IT field is its roles by growth. */
export const prospectsAsScope: ThreadRule = (r, d) =>
  asksScope(r.text) && (r.e.itField || r.e.roles.length === 1) && !payIntents.has(d.intent)
    ? "outlook"
    : undefined;

/**
 * "cybersecurity analyst, worth it or overhyped?": one role weighed as worth it or not, its "or" setting no
 * second role against it, is its outlook, as "is data scientist worth it" is; no comparison missing a side.
 */
export const worthOfOneRole: ThreadRule = (r, d) =>
  r.e.roles.length === 1 &&
  r.jobsNamed === 1 &&
  pairIntents.has(d.intent) &&
  d.intent === r.c.intent &&
  /\bworth it\b/i.test(r.text)
    ? "outlook"
    : undefined;

/**
 * "thinking abt cloud architect is it worth it", "data analyst worth it?": one role named and judged worth it,
 * with nothing else asked of it (no pay, move, certificate or way in), is its outlook, however weakly the
 * words around it ("thinking") lean the classifier elsewhere.
 */
export const worthOfNamedRole: ThreadRule = (r, d) =>
  r.e.roles.length === 1 &&
  r.jobsNamed === 1 &&
  worthLeans.has(d.intent) &&
  /\bworth it\b/i.test(r.text) &&
  roleJudgedWorth(r.e.masked) &&
  !r.asksPay &&
  !r.move &&
  !asksCertificates(r.text)
    ? "outlook"
    : undefined;

/** Words between a role and "worth it" that judge the role itself: "cloud architect is it worth it". */
const judgingRole = new Set("is it even really still actually tho though honestly that this".split(" "));

/**
 * Whether "worth it" is said of the role named: nothing but those words between them ("is the aws ml
 * specialty worth it" judges a certificate, however the role's word is inside its name).
 */
const roleJudgedWorth = (masked: readonly string[]) => {
  const words = masked.filter((w) => w !== "");
  const worth = words.findIndex((w, i) => w === "worth" && words[i + 1] === "it");
  const role = words.slice(0, Math.max(worth, 0)).lastIndexOf("xrole");
  return worth > 0 && role >= 0 && words.slice(role + 1, worth).every((w) => judgingRole.has(w));
};

/** Readings that ask nothing of a role but what it is: "worth it" beside them judges the role. */
const worthLeans = new Set<Intent>([
  "outlook",
  "followUp",
  "responsibilities",
  "offTopic",
  "greeting",
  "softSkill",
]);

/**
 * "honestly is it even worth it", "is it worth it tho" in a thread about one role: whether the role is worth
 * going into, its outlook, as the same words naming it are; a certificate or a move weighed (here or in
 * a place) keeps its own answer, and so does a question of pay ("is it worth it for the money" is answered as pay).
 */
export const worthOfThreadRole: ThreadRule = (r) =>
  r.jobsNamed === 0 &&
  r.e.pronoun &&
  r.thread.length === 1 &&
  /\bworth it\b/i.test(r.text) &&
  !r.asksPay &&
  !r.move &&
  // "is it worth it in nyc tho" after a move from an occupation: the move weighed there (`payThereAfterMove`).
  !(r.occupationMove && r.payDetail) &&
  !asksCertificates(r.text)
    ? "outlook"
    : undefined;

/**
 * "my daughter just got hired as a QA engineer, is that a good career?": a job someone already holds judged
 * as a career is its prospects; the words of getting hired only say how the asker came to it. A "how" still
 * asks the way in ("how do i get into qa, is it a good career").
 */
export const careerJudgedOfJobHeld: ThreadRule = (r, d) =>
  d.intent === "gettingStarted" &&
  r.jobsNamed <= 1 &&
  !r.move &&
  asksWorthGoingInto(r.text) &&
  !/\bhow\b/i.test(r.text)
    ? "outlook"
    : undefined;

/**
 * "which one is growing more": growth asked in words of more and less is the outlook, not pay. (A
 * comparison keeps its whole answer, which says which grows faster under its outlook.) Not where a rule
 * read the pay in the question's own words: in "we're hiring a devops engineer, what should we budget",
 * the hiring is the asker's, no market's.
 */
export const growthNotPay: ThreadRule = (r, d) =>
  payIntents.has(d.intent) && !payRuled(d) && !r.asksPay && marketGrowthAsked(r.text) ? "outlook" : undefined;

/** Words that only lead a follow-up in: "and", "ok so", "but". */
const leadInWords: ReadonlySet<string> = new Set(
  "and so ok okay but also hm hmm alright right well".split(" "),
);

/** The words of a message past those that only lead it in: "and is demand growing" as "is demand growing". */
function withoutLeadIn(words: readonly string[]): readonly string[] {
  let i = 0;
  while (i < words.length - 1 && leadInWords.has(words[i] ?? "")) i++;
  return words.slice(i);
}

/** "prospects", "job prospects": a job's outlook in a word no other topic uses. */
const prospectsSaid = /\bprospects?\b/i;

/**
 * "are they in demand?", "whats the growth like" in a thread about a role: that role's outlook, not the
 * market's, when the question names nothing else and is short enough to lean on the thread. So is "the
 * growth tho?": a word of growth, and no word of pay, however unsure the classifier. "how about growth"
 * repeats no question of the thread: a word of growth in a fragment is the outlook.
 */
export const growthOfThreadRole: ThreadRule = (r, d) => {
  // "what are the job prospects like": "prospects" says the outlook in so many words, however surely "job"
  // and "what are ... like" lean the classifier to the work (r79).
  // "ok what about growth tho, which one has more openings": "which one" points at the thread's sides.
  // "and is demand growing or flat": the words that only lead in ("and", "ok so") make it no longer.
  const leansOnThread =
    r.e.pronoun ||
    withoutLeadIn(r.e.masked).length <= 5 ||
    referToMany.test(r.text) ||
    prospectsSaid.test(r.text);
  // "is that role in demand", "are these roles growing": the word "role" leans the classifier to the list of
  // roles, but a role pointed at is the thread's, never a list to give.
  const roleListMisread = d.intent === "roleList" && r.e.pronoun;
  // "how many people work in them": people counted, as openings are.
  const counted = marketGrowthAsked(r.text) || asksHeadcount(r.text);
  const growthOnly =
    counted &&
    !r.asksPay &&
    (d.intent === "outlook" ||
      isGuess(r.c) ||
      d.inherited.includes("intent") ||
      roleListMisread ||
      prospectsSaid.test(r.text));
  if (!((d.intent === "market" || d.intent === "trend" || growthOnly) && r.jobsNamed === 0 && leansOnThread))
    return undefined;
  // "and which has more openings" after the outlook of a few roles: openings asked in so many words are a
  // question of their own, answered, never the thread's question repeated back as one to pick a topic for.
  return r.threadSubject ? (counted ? asked("outlook") : "outlook") : undefined;
};

/**
 * "do companies still hire them", "is anyone hiring data architects", "are companies hiring", "hiring much
 * for those?", "lots of hiring for dbas?": whether the role is still hired, being hired now, or how much, is
 * its demand, not which industries hire it ("which companies hire them", "who hires data architects", "do
 * banks hire data analysts" keep the industries).
 */
const stillHired =
  /\bstill\b.*\bhir(?:e|es|ing)\b|\bhir(?:e|es|ing)\b.*\bstill\b|^(?:\W*(?:ok|okay|so|and|but|hmm)\W+)*(?:are|is|r)\b.*\bhiring\b|\bhir(?:ed|ing)\s+(?:much|a lot|lots|many|more|like crazy)\b|\b(?:much|lots of|a lot of|any|more)\s+hiring\b/i;

/**
 * "do companies even need them", "does anyone need those anymore", "do employers still need them?": whether
 * the role is needed at all, asked yes or no, is its demand too ("which companies need them" keeps the
 * industries, as the question words below say). Not "need to" do something ("do sres need to be on call"):
 * what the people in the role must do is their work.
 */
const neededAtAll =
  /^(?:\W*(?:ok|okay|so|and|but|hmm)\W+)*(?:do|does|will|would|are|is|r)\b[^.?!]*\b(?:need|needs|needed)\b(?! to\b)/i;

/**
 * Readings the classifier gives such a question on a word beside the hiring: "these days" read as the
 * day-to-day work, "companies" as the industries that employ the role.
 */
const hiringMisread: ReadonlySet<Intent> = new Set<Intent>(["industries", "responsibilities"]);

/** Whether a role's demand is asked as whether it is hired or needed: the role's outlook. */
export const hiredAtAll: ThreadRule = (r, d) =>
  hiringMisread.has(d.intent) &&
  (stillHired.test(r.text) || neededAtAll.test(r.text)) &&
  !/\b(?:which|what|who)\b/i.test(r.text)
    ? "outlook"
    : undefined;

/**
 * "is it hard to hire for? our last req sat open like 4 months", "are sres hard to find", "are data engineer
 * reqs easy to fill": how hard the role is to hire, asked by whoever hires, is its demand, which its outlook
 * (growth, openings) answers (read before as the industries that hire it). Not being hired oneself ("is it
 * hard to get hired as a data engineer", "hard to find a job"): that is the way in.
 */
const hardToHire =
  /\b(?:hard|harder|hardest|easy|easier|difficult|tough|tougher|tricky|impossible)\s+(?:to\s+)?(?:hire(?!\s+(?:me|you|us)\b)|recruit|staff|fill|source|find\s+(?:good\s+|qualified\s+|experienced\s+|strong\s+|senior\s+|decent\s+)?(?:people|candidates|talent|engineers|devs|developers|analysts|admins|architects|hires|folks|them|one|ones|someone|anyone))\b|\b(?:reqs?|roles?|positions?|openings?|jobs?)\s+(?:sat|sits|sitting|stayed|stays|staying|stay|been|was|were)\s+(?:open|unfilled)\b|\bhow long (?:does it take |will it take |to )?(?:to )?(?:fill|hire)\b|\b(?:talent|candidate|hiring) (?:shortage|pool)\b/i;

/** Whether one role's demand is asked as how hard it is to hire: its outlook. */
export const hardToHireOfRole: ThreadRule = (r, d) =>
  hardToHire.test(r.text) &&
  r.oneRole &&
  !r.move &&
  !payIntents.has(d.intent) &&
  !pairIntents.has(d.intent) &&
  !/\b(?:get|getting|be|being)\s+hired\b/i.test(r.text)
    ? asked("outlook")
    : undefined;

/**
 * "how many openings tho, feels like nobody hires juniors anymore" in a thread about a role: openings counted
 * in so many words are its outlook (which gives openings each year), whatever else the message says; the
 * words of hiring juniors beside them read as the way in. Pay or a move keeps its own answer.
 */
export const openingsCountedOfThreadRole: ThreadRule = (r) =>
  asksOpeningsCounted(r.text) && r.jobsNamed === 0 && r.threadSubject && !r.asksPay && !r.move
    ? asked("outlook")
    : undefined;

/** One role asked about for itself: a move from or to it, or its pay, keeps its own answer. */
const oneRoleOnItsOwn = (r: ThreadReading) => r.oneRoleTimed && !r.move && !occupationMove(r) && !r.asksPay;

/**
 * "is now a good time to become a data scientist", "dba — is it still a thing in 2025?": whether one role is
 * worth going into now is its job market, not its duties, the way in or the year's trends; the time or
 * effort of getting in, its pay or a move between two roles keep their own answers.
 */
export const goodTimeForRole: ThreadRule = (r) =>
  oneRoleOnItsOwn(r) && asksTiming(r.text) && (!asksHowLong(r.text) || asksLasting(r.text))
    ? "outlook"
    : undefined;

/**
 * "is ml growing or is it all hype", "is data science overhyped", "is devops a fad", "is cybersecurity here to
 * stay": one role doubted as hype, a fad or a bubble, or asked whether it lasts, is its outlook (growth,
 * openings), however the words lean the classifier (to its duties: "is it all hype" read as how much of the
 * work is hype). A move, pay or a role set against another keeps its own answer.
 */
export const hypeOfOneRole: ThreadRule = (r) =>
  oneRoleOnItsOwn(r) && hypeAsked(r.text) && !r.words.some((w) => comparers.has(w) && w !== "or")
    ? asked("outlook")
    : undefined;

/**
 * "is it a growing field tho or are they all laying ppl off", "any layoffs for data engineers": layoffs asked
 * of one role are its job market, answered with its outlook after a word that no layoff count is held (r73:
 * "is it all layoffs" read as how much of the work is layoffs, its duties). A move, pay or a role set against
 * another keeps its own answer.
 */
export const layoffsOfOneRole: ThreadRule = (r) =>
  oneRoleOnItsOwn(r) && asksLiveMarket(r.text) && !r.words.some((w) => comparers.has(w) && w !== "or")
    ? asked("outlook")
    : undefined;

/**
 * "would network admin be better long term", "is it a safer bet in the long run", "would data analyst be good
 * for the long haul": one role judged for the years ahead is its job market, as whether now is the time is;
 * however unsure the classifier is of words it seldom sees together ("would … be better" read as nothing,
 * answered with the role's duties). A move or pay keeps its own answer, which sets the outlook beside; so
 * does a role set against another side ("sre or cloud better long term": a comparison), and working life
 * judged over the years ("better long term for work life balance": the work, which the rules of work read).
 */
export const longTermOfRole: ThreadRule = (r) =>
  oneRoleOnItsOwn(r) &&
  asksLongTerm(r.text) &&
  !asksHowLong(r.text) &&
  !r.lifeAsked &&
  !r.words.some((w) => comparers.has(w))
    ? "outlook"
    : undefined;

/**
 * "what about qa engineer vs devops engineer long term", "sre or devops in the long run": roles set against
 * each other over the years ahead, with no word of pay, are weighed by their job markets side by side
 * (otherwise: their pay alone, or after a move, the move from one to the other). Pay asked, a move said or
 * how long it takes keep their own answers.
 */
export const longTermOfRolesSetAgainst: ThreadRule = (r) =>
  r.e.roles.length >= 2 &&
  r.jobsNamed === r.e.roles.length &&
  setsAgainst(r.e) &&
  saysLongTerm(r.text) &&
  !asksHowLong(r.text) &&
  !r.lifeAsked &&
  !r.asksPay &&
  !r.move &&
  !r.e.from
    ? asked("outlook")
    : undefined;

/**
 * "how is it going for data scientists rn", "hows it looking for qa engineers", "how are things for devops
 * folks these days": how people in a role are faring is its job market, not a way in or a move ("going" is
 * no move here; read as one, it gave how to become one).
 */
const howItGoesFor =
  /\bhow(?:['’]?s|\s+is|\s+are)\s+(?:it|things|everything|the market|the job market)\s+(?:going\s+|looking\s+)?for\b/i;

export const howItGoesForRole: ThreadRule = (r) =>
  r.e.roles.length === 1 && r.jobsNamed === 1 && howItGoesFor.test(r.text) && !r.asksPay
    ? "outlook"
    : undefined;

/** "in demand", "in high demand", "in huge demand": how much a role is wanted, said of it. */
const inDemand = /\bin (?:\w+ )?demand\b/i;

/** Readings the classifier gives "in demand" beside words it seldom sees with it ("rn", "sounds cool"). */
const demandMisread: ReadonlySet<Intent> = new Set<Intent>(["market", "trend", "outlook"]);

/**
 * "sre sounds cool, is it in demand rn", "are data scientists in high demand rn": whether one role is in
 * demand is its outlook (growth, openings), sure by the words, however unsure the classifier (read as the
 * ML market or as the role's duties). So where an opinion of the work is only said beside it ("devops looks
 * fun, is it in demand"): the question is the demand, as in "heard pm is chill, does it need a degree". A
 * move, pay or a role set against another keeps its own answer; so do skills or certificates asked in
 * demand ("what skills are in demand for sres") and working life ("is sre in demand or is it all on-call").
 * So is how hot it is ("is ml still hot or is hiring cooling off"), said in the words of heat.
 */
export const demandOfOneRole: ThreadRule = (r, d) =>
  oneRoleOnItsOwn(r) &&
  (inDemand.test(r.text) || heatAsked(r.text)) &&
  (demandMisread.has(d.intent) ||
    (!d.ruled && isGuess(r.c)) ||
    // "are data engineers hot right now": the duties the classifier reads in a role's name with few words
    // beside it, which no rule asked.
    (!d.ruled && d.intent === "responsibilities") ||
    (d.fired.has(workOfOneRole) && !r.lifeAsked)) &&
  !asksCertificates(r.text) &&
  !r.words.some((w) => comparers.has(w))
    ? asked("outlook")
    : undefined;

/** "retail worker, 32, is it too late to go into IT": a move from an occupation, which keeps its own answer. */
const occupationMove = (r: ThreadReading) =>
  r.e.to !== undefined && r.e.roles.length === 1 && r.e.uncovered.length === 1;

/**
 * "is the job market ok for that", "hows the market for it": the market of what the thread is about. So is
 * "is the market ok for data analysts rn" after a move into data analyst: the thread's role named again.
 * Not "the market rate for a mid level one": that is pay.
 */
const marketForThat = /\bmarket\b(?!\s+rates?\b)[^.?!]*?\bfor (?:that|this|it|them|those)\b/i;
const marketForRole = /\bmarket\b(?!\s+rates?\b)[^.?!]*?\bfor\b/i;

/**
 * "is the job market ok for that" in a thread (after a move into IT support, after "police → cybersecurity"):
 * the thread's role's outlook, as "is the job market ok" alone is, whatever else the message says ("heard
 * entry level cyber is brutal") and after a move as after a question about one role. A role named that is
 * the thread's own ("cyber") is no other subject.
 */
export const marketOfThreadSubject: ThreadRule = (r) => {
  const threadRoles = new Set(r.context?.roles ?? []);
  const namesOnlyThread = r.e.uncovered.length === 0 && r.e.roles.every((role) => threadRoles.has(role.id));
  const forThreadSubject =
    marketForThat.test(r.text) || (r.e.roles.length === 1 && r.jobsNamed === 1 && marketForRole.test(r.text));
  return forThreadSubject && r.threadSubject && namesOnlyThread ? asked("outlook") : undefined;
};

/**
 * "is it safe from ai", "will ai replace them", "will cloud kill the role" of the thread's role or of one
 * named: whether something will take the role's work, which no source measures; its projected growth is
 * the nearest answer (which says so), never a move from the thing feared nor a list of roles. So for a kind
 * of job several roles are ("how long before staff engineers get replaced by ai": which engineer, asked
 * back of the outlook, not of the path "how long" leans to).
 */
export const threatToRole: ThreadRule = (r) =>
  threatAsked(r.text) !== undefined &&
  !r.asksPay &&
  ((r.jobsNamed === 0 && (r.threadSubject || titleKindNamed(r.text) !== undefined)) || r.e.roles.length === 1)
    ? asked("outlook")
    : undefined;

/**
 * "and in 10 years?", "what about in 5 yrs" after a role's outlook: the outlook that far on (BLS projects ten
 * years), no time it takes to get in; a question of how long ("how long does it take") keeps its own rule.
 */
export const horizonOfThreadOutlook: ThreadRule = (r) =>
  (r.context?.intent === "outlook" || r.context?.intent === "market") &&
  r.jobsNamed === 0 &&
  r.threadSubject &&
  !r.asksPay &&
  asksTime(r.text) &&
  !/\bhow\b|\btimeline\b|\b(?:take|takes|took)\b/i.test(r.text)
    ? asked("outlook")
    : undefined;

/**
 * "why tho", "why is it growing", "why is it shrinking?" after a role's outlook: the outlook again, which
 * gives a reason where its sources give one.
 */
export const whyOfThreadOutlook: ThreadRule = (r) =>
  (r.context?.intent === "outlook" || r.context?.intent === "market") &&
  r.jobsNamed === 0 &&
  r.threadSubject &&
  !r.asksPay &&
  /^\W*(?:(?:and|but|ok|okay|so|hmm+)\W+)?why\b/i.test(r.text) &&
  r.e.masked.length <= 6
    ? asked("outlook")
    : undefined;
