import { tokenize } from "../../knowledge/core/text.js";
import { fieldOptionsIn } from "../../knowledge/role-name-words.js";
import { experienceYears } from "../entities/experience-years.js";
import { type Intent, payIntents } from "../intent/intents.js";
import { isGuess } from "../shape/understanding.js";
import { pairInThread } from "../thread/two-picks.js";
import { comparingWords, sharedAsked } from "../words/contrast-words.js";
import {
  articles,
  fromMarkers,
  goesOnFromEnd,
  markerAt,
  moveVerbs,
  stayedIn,
  takingOnJob,
  towardsBefore,
  wantingTo,
} from "../words/entity-words.js";
import { moveBetweenTwoAsked } from "../words/move-between.js";
import { asksHowLong, asksOpenMove, intoTechWords } from "../words/question-asks.js";
import { reportingVerbs } from "../words/reporting-verbs.js";
import { stepBetweenAsked } from "../words/step-between.js";
import {
  asksWithoutDegree,
  learnAsked,
  payChangeAsked,
  wordsGroup,
  wordsPattern,
} from "../words/topic-words.js";
import { asked, type ThreadRule } from "./decision.js";
import type { ThreadReading } from "./reading.js";
import { fieldIntents, fromThreadWords, learning, learningAbout, sidesWeighed } from "./words.js";

/*
 * Thread rules that read a question as a move from one role (or occupation) into another: "swe to mle",
 * "should I switch to product management?", "is sre a good move from here", "should i leave devops?".
 */

/**
 * "swe to ml eng or stay?", "qa to sre or not?": an "or" that sets the move against not making it, whose
 * other side is no role; "is this jump possible or too big?", "doable or is it too hard": an "or" before a
 * word of degree sets two judgements of the move against each other, not two roles.
 */
const orNotMoving =
  /\bor\s+(?:not|nah|no|nope|stay|staying|remain|keep|should i stay|do i stay|stick|(?:is it\s+|it'?s\s+)?(?:too|very|so)\b)\b/i;

/** Whether a question has a word that asks to compare rather than move. */
const comparingWord = (r: ThreadReading) => {
  const orAgainstStaying = orNotMoving.test(r.text);
  return r.e.masked.some((w) => comparingWords.has(w) && !(orAgainstStaying && w === "or"));
};

/** Words of what it takes to get in: experience, a degree, a credential. */
const entryWords = /\b(?:experience|exp|degrees?|certs?|certifications?|bootcamps?|masters?|phd)\b/i;

/** Words that report what others say: "everyone says", "people say", "i keep hearing". */
const othersSay = new Set([...reportingVerbs, "say", "hear", "hearing", "heard"]);

/**
 * "should i switch to cybersecurity analyst? everyone says you can't get in without experience": what it
 * takes said only as what others say, beside the move asked, is the asker's worry, not the question (the
 * move's answer shows what the target asks to enter).
 */
function entryOnlyReported(text: string): boolean {
  const clauses = text.split(/[.?!;]+|\bbut\b/i).filter((c) => entryWords.test(c));
  return clauses.length > 0 && clauses.every((c) => tokenize(c).some((w) => othersSay.has(w)));
}

/**
 * "swe 4 yoe thinking ml eng switch": the years the asker has, told, are the only word of experience; no
 * question of what experience the move's end asks ("how much experience do i need" keeps one).
 */
function experienceOnlyTold(text: string): boolean {
  const years = experienceYears(text);
  return years !== undefined && !experienceWord.test(text.replace(years.typed, " "));
}

const experienceWord = /\b(?:experience|exp|xp|yoe|years?|yrs?)\b/i;

/**
 * "considering leaving network admin for sre, thoughts?", "whats the path to ml from swe": getting into one
 * role from another, or a move between two named roles that is weighed, is the gap between them whatever
 * else the words suggest. Not a question the words ask of where it leads ("data scientist thinking about
 * research scientist, do i need a phd"): that one's education.
 */
export const moveWeighed: ThreadRule = (r, d) => {
  const asksOfTarget =
    (d.intent === "education" || d.intent === "experience") &&
    !isGuess(r.c) &&
    !entryOnlyReported(r.text) &&
    !(d.intent === "experience" && experienceOnlyTold(r.text)) &&
    !sidesWeighed.test(r.text);
  const weighedMove = r.e.weighing || r.e.moving;
  return r.move && (d.intent === "gettingStarted" || d.intent === "path" || (weighedMove && !asksOfTarget))
    ? "gap"
    : undefined;
};

/**
 * "he can become data architect?", "is EM good for me?": where one goes next, or whether it suits the one
 * asking; "is data architect a good fit for a dba", "a good path for a qa engineer": whether it suits the
 * one who holds the other role.
 */
const becomingOrSuiting =
  /\b(?:become|becoming|good for me|right for me|suit me|suits me|for me|fit for|(?:path|option) for|possible|doable|feasible)\b/i;

/**
 * "he is working as dba, he can become data architect?", "10 yr exp as software engineer, is EM good for
 * me?", "qa to devops, doable or too hard?": a move named and weighed in words of becoming, suiting or being
 * possible, not the two roles' outlook side by side.
 */
export const moveBecomingOrSuiting: ThreadRule = (r, d) =>
  r.move && d.intent === "outlook" && becomingOrSuiting.test(r.text) && !comparingWord(r) ? "gap" : undefined;

/**
 * "swe to mle", "leave pm for em?": two roles joined by where a move leads, with no word of comparing; nor
 * of what they share ("network admin to cloud architect, kindly share the steps": "share" is "give").
 */
export const moveNotCompared: ThreadRule = (r, d) =>
  r.move &&
  (d.intent === "compare" || (d.intent === "common" && !sharedAsked.test(r.text))) &&
  !comparingWord(r)
    ? "gap"
    : undefined;

/**
 * "current role: it support. target: sysadmin. advice?": a move whose two ends are named asks about that
 * move, never for the list of every role its word "role" leans the classifier to.
 */
export const moveNotListed: ThreadRule = (r, d) => (r.move && d.intent === "roleList" ? "gap" : undefined);

/** Words of a follow-up that only offers another case: "ok what about …", "how about … instead". */
const anotherCase = new Set(
  "ok okay so and then what about how instead hmm well maybe or to into 2".split(" "),
);

/**
 * "ok what about qa → devops instead", "what about qa to devops": a move named with nothing asked of it
 * but another case offered is the move, whatever the classifier guesses the words lean to.
 */
export const moveOffered: ThreadRule = (r) =>
  r.move &&
  r.e.masked.every((w) => w === "" || w.startsWith("xrole") || anotherCase.has(w)) &&
  r.e.masked.some((w) => w === "about" || w === "instead")
    ? "gap"
    : undefined;

/** Words of a case supposed: "what if i went to …", "say i moved into …". */
const supposing = new Set("what if i say suppose went go going moved move switched".split(" "));

/**
 * "what if i went to devops", "how about into data science" after a move's answer: another end for the same
 * move, offered with nothing else asked of it, is that move from the same start (which `roles.ts` keeps). So
 * is one the asker asks to become ("could i become a devops engineer instead"), otherwise the way into it
 * from nothing.
 */
export const moveEndOffered: ThreadRule = (r) =>
  r.threadMove &&
  r.jobsNamed === 1 &&
  r.e.to !== undefined &&
  !r.e.from &&
  (r.e.masked.every((w) => w === "" || w.startsWith("xrole") || anotherCase.has(w) || supposing.has(w)) ||
    ownMoveAsked.test(r.text))
    ? "gap"
    : undefined;

/**
 * Words weighing a role as a move to make: "a better jump", "a smarter move", "an easier switch", "a safer
 * bet"; "too much of a stretch" weighs it so as a move too far.
 */
const weighedAsMove = /\b(?:jump|move|switch|transition|pivot|step|leap|bet|route|option|choice|stretch)\b/i;

/**
 * "would ml engineer be a better jump tbh" after a move from Data Analyst into Data Science: another end,
 * weighed as a move, is the move from the same start into it (both sides' pay and outlook, then the gap), as
 * "what about ml engineer instead" is; never a topic of that role the classifier guesses (its trends).
 */
export const moveEndWeighed: ThreadRule = (r) => {
  const [named] = r.e.roles;
  return r.threadMove &&
    named &&
    r.jobsNamed === 1 &&
    r.e.roles.length === 1 &&
    !r.e.from &&
    !r.thread.includes(named) &&
    !r.asksPay &&
    weighedAsMove.test(r.text)
    ? "gap"
    : undefined;
};

/**
 * "security analyst → security engineer, how big is the pay jump", "… or is it the same money with a fancier
 * title": what a move named does to pay is the move, whose answer leads with both sides' pay, however the
 * other words lean ("is there any point" reads as the outlook). (After a move's answer, "pay bump?" is its
 * pay alone.)
 */
export const movePayChange: ThreadRule = (r) => (r.move && payChangeAsked.test(r.text) ? "gap" : undefined);

/**
 * "systems analyst → product manager, pay and outlook?": a move asked of its outlook as well as its pay is
 * the move, whose answer sets both sides' pay and outlook (otherwise: the pay side by side alone).
 */
const outlookAlsoAsked = /\b(?:outlook|prospects?|job growth|demand|future)\b/i;

/**
 * "i'm in IT support and i want to become a software engineer. is it realistic without a degree? what's the
 * pay difference?": a move asked whether it can be made, as well as its pay, is the move, whose answer sets
 * both sides' pay first and answers the other question beside it ("what's the pay difference" alone keeps the
 * pay side by side).
 */
export const movePayWithMore: ThreadRule = (r, d) =>
  r.move &&
  ((d.intent === "payCompare" && (asksHowLong(r.text) || asksWithoutDegree(r.text))) ||
    ((payIntents.has(d.intent) || (d.intent === "outlook" && r.asksPay)) && outlookAlsoAsked.test(r.text)))
    ? "gap"
    : undefined;

/**
 * "swe to mle, what skills", "qa to devops - what tools will i need": what to learn for a move is its gap,
 * and so is a move the classifier cannot read otherwise.
 */
export const learnForMove: ThreadRule = (r, d) => {
  const learnsForMove =
    d.intent === "skills" || d.intent === "tools" || d.intent === "offTopic" || (!d.ruled && isGuess(r.c));
  return r.move && learnsForMove && !r.e.skillKind && !ownToolsAsked(r, d.intent) ? "gap" : undefined;
};

/**
 * "im a data analyst, what tools do ml engineers use": the tools the other role's people use, asked of them
 * in the third person with nothing asked of the asker ("what tools will i need", "do i need"), are that
 * role's tools; the job held only says who asks.
 */
function ownToolsAsked(r: ThreadReading, intent: Intent): boolean {
  const words = r.e.masked.filter((w) => w !== "");
  const usedBy = words.some(
    (w, i) =>
      w.startsWith("xrole") &&
      /^(?:do|does|did)$/.test(words[i - 1] ?? "") &&
      /^(?:use|using|work|have|know|rely|prefer|need)$/.test(words[i + 1] ?? ""),
  );
  return intent === "tools" && usedBy && !/\b(?:i|me|my|myself)\b/i.test(askedPart(r.text));
}

/** The words from the last "what" or "which" on: what is asked, past any telling who asks ("im a … what"). */
const askedPart = (text: string): string => {
  const at = Math.max(text.toLowerCase().lastIndexOf("what"), text.toLowerCase().lastIndexOf("which"));
  return at < 0 ? text : text.slice(at);
};

/**
 * "senior applied scientist -> principal applied scientist, what changes": a move named is no question of
 * the field's trends (or practices, or challenges) unless it names them.
 */
export const moveNotFieldTopic: ThreadRule = (r, d) =>
  r.move && fieldIntents.has(d.intent) && !/\b(trends?|practices?|challenges?|market)\b/i.test(r.text)
    ? "gap"
    : undefined;

/**
 * Whether a word that asks to compare comes before the second of the jobs named ("nurse vs data analyst",
 * "difference between nurse and data analyst"): one after both ("chef … is software engineer realistic at
 * 34 or am i too late") sets something else against them, not the two jobs.
 */
const comparingBeforeSecondJob = (r: ThreadReading) => {
  const second = r.e.masked.indexOf("xrole", r.e.masked.indexOf("xrole") + 1);
  const before = second < 0 ? r.e.masked : r.e.masked.slice(0, second);
  return before.some((w) => comparingWords.has(w));
};

/**
 * "nurse to data analyst", "i'm an auto mechanic, want to become a network admin", "chef for 10 yrs, wanna
 * get into coding. is software engineer realistic": a move from an occupation into the one role named,
 * whatever else the words ask of it ("realistic", "how hard"), unless a word asks to compare them.
 */
export const occupationIntoRole: ThreadRule = (r, d) =>
  r.e.to &&
  r.e.roles.length === 1 &&
  r.e.uncovered.length === 1 &&
  !comparingBeforeSecondJob(r) &&
  !payIntents.has(d.intent) &&
  !(d.intent === "responsibilities" && roleWorkAsked(r.e.masked))
    ? "gap"
    : undefined;

/**
 * "i'm an accountant looking at data careers. what does a data architect do?": what the role named does,
 * asked in so many words, is its duties, whoever asks (otherwise: the move from accountant, which says
 * nothing of what a data architect does). Read on the masked words, the role as "xrole".
 */
const roleWorkAsked = (masked: readonly string[]) =>
  /\bwhat (?:does|do) (?:an? |the )?xroles? (?:actually |really |even |exactly )?do\b/.test(masked.join(" "));

/**
 * "a good next step", "the right move", "a step up": a role weighed as a step on from where one is now, which
 * is the thread's role or occupation. "a realistic switch for me", "a doable pivot" weigh it so too: a
 * switch is a move from the job held (otherwise: the way into the role from nothing).
 */
const stepOn =
  /\b(next (step|move)|(good|right|smart|natural|logical|sensible|bad|wise|realistic|reasonable|doable|feasible|viable) (next )?(move|step|choice|switch|pivot|transition)|step (up|down))\b/i;

/**
 * "what would i need to learn to get to sysadmin from it" after IT support's pay: "from it" with "it" read
 * as the pronoun (the field's "it" is masked as a word of tech) starts the move where the thread is, as
 * "from there" does.
 */
const fromPronounIt = (masked: readonly string[]) =>
  masked.some((w, i) => w === "from" && masked[i + 1] === "it");

/**
 * "can it lead to sysadmin", "does that lead into devops" after help desk's pay: the thread's role leading to
 * the one named is the move from it (otherwise: the named role's own career path, the start dropped), as
 * "will help desk lead to security" is. Asked with the named role's pay ("could that lead to sysadmin, and
 * what does that pay"), the move's answer shows that pay beside the thread role's.
 */
const threadRoleLeadsTo =
  /\b(?:it|that|this|that job|this job|that role|this role)\s+(?:ever\s+|eventually\s+|actually\s+|really\s+)?(?:lead|leads|get\s+(?:me|you|u))\s+(?:in)?to\s+(?:(?:a|an|the)\s+)?(?:\w+\s+)?xrole\b/;

/**
 * A move from where the thread is, said in so many words: "is sre a good move from here", "could i become a
 * front end dev from that" (a role it leads to, and "from" the thread's subject); "would security analyst be
 * a good next step" (a role weighed as a step on from where one is now).
 */
const fromThreadSubject = (r: ThreadReading) => {
  const fromHere =
    (fromThreadWords.test(r.text) || fromPronounIt(r.e.masked)) &&
    (r.e.moving || r.e.weighing || r.e.to !== undefined);
  return fromHere || stepOn.test(r.text) || threadRoleLeadsTo.test(r.e.masked.join(" "));
};

/** Said right before a role, these weigh it as the next job as `towardsPhrases` do ("what about being a dba"). */
const nextJobBefore = new RegExp(
  String.raw`${wordsPattern(["what about being", "how about being", "leaning towards"]).source}\s+(?:(?:a|an|the)\s+)?xrole\b`,
  "i",
);

/** "maybe sre?", "probably devops": a hedge weighs a role only in a reply that is little more than the role. */
const hedgedRoleAlone = (masked: string[]) => {
  const said = masked.filter((w) => !articles.has(w));
  return said.length <= 2 && said.some((w) => w === "maybe" || w === "probably");
};

/**
 * "thinking about sre", "what about being a data analyst", "probably sre": a role weighed as the next job.
 * The words stand right before the role: "looking at sre salary" weighs a role's pay, which may be no move.
 */
const weighsNextJob = (r: ThreadReading) => {
  const masked = r.e.masked;
  return (
    towardsBefore(masked, masked.indexOf("xrole")) ||
    nextJobBefore.test(masked.join(" ")) ||
    hedgedRoleAlone(masked)
  );
};

/**
 * "what about from accountant", "and from nursing?" after a move's answer: another start offered for the
 * same end, an occupation the knowledge does not cover, is the move from it to where the thread's move led.
 */
export const moveStartOffered: ThreadRule = (r) => {
  const [occupation] = r.e.uncovered;
  if (r.context?.intent !== "gap" || r.e.roles.length > 0 || r.jobsNamed !== 1 || !occupation)
    return undefined;
  const fromIt = new RegExp(
    String.raw`\bfrom (?:an? |being an? )?${wordsGroup([occupation.typed])}\b`,
    "i",
  ).test(r.text);
  // A move's thread keeps where it leads first ([to, from]); a move from an occupation keeps only it.
  const end = r.thread.length <= 2 ? r.thread[0] : undefined;
  return fromIt && end ? { intent: "gap", toRole: end } : undefined;
};

/** "could i become a data analyst", "can i get into sre": the asker's own move, to the role named. */
const ownMoveAsked = new RegExp(
  String.raw`\b(?:could|can|should|would) i (?:ever |still |really )?(?:become|be an?|get into|go into)\b|\b${wantingTo} ${takingOnJob}\b`,
  "i",
);

/**
 * "if she moved into data analyst", "what if he switched to it support": a move supposed, someone's, into the
 * role named.
 */
const moveSupposed =
  /\b(?:if|suppose|supposing|say)\s+(?:she|he|they|i|we|you|u)\s+(?:(?:were to|was to|did)\s+)?(?:moved?|moves|moving|switch(?:ed|es)?|went|goes|go|got|gets|get|transition(?:ed|s)?|pivot(?:ed|s)?|changed?)\s+(?:over\s+)?(?:in)?to\b/i;

/**
 * "i'm a nurse" then "could i move into data analyst from that": the thread's occupation is the start. So
 * is the one role a reply names after the thread asked how to move from the occupation ("maybe data
 * analyst?" after "i'm a nurse, wanna get into tech").
 */
export const moveFromThreadOccupation: ThreadRule = (r, d) => {
  const fromThreadOccupation = r.context?.occupation !== undefined && r.thread.length === 0;
  const afterIntoField = r.context?.intent === "gap" && !payIntents.has(d.intent);
  const movingFromIt =
    (r.e.to !== undefined && (r.e.moving || r.e.weighing || ownMoveAsked.test(r.text))) ||
    moveSupposed.test(r.text) ||
    afterIntoField ||
    fromThreadSubject(r) ||
    weighsNextJob(r);
  if (!(fromThreadOccupation && r.e.roles.length === 1 && r.jobsNamed === 1 && movingFromIt))
    return undefined;
  return { intent: "gap", toRole: !r.e.to && r.context?.intent === "gap" ? r.e.roles[0] : undefined };
};

/**
 * The move from the first of two roles set side by side to the second, asked in words of moving between
 * them (otherwise: the way into each, "securty analyst or security enginer? … is it hard to switch between
 * them"; "from one to the other" is read as naming them already, `twoPicksSpelt`), or two gone through in
 * turn ("what does a data analyst make", "and a data scientist?", "how hard to move between them"). Not
 * after a move's answer, whose thread keeps its sides the other way round.
 */
export const moveBetweenThreadRoles: ThreadRule = (r) =>
  r.jobsNamed === 0 &&
  pairInThread(r.context) !== undefined &&
  r.context?.intent !== "gap" &&
  moveBetweenTwoAsked(r.text)
    ? "gap"
    : undefined;

/** "go back to ic", "moving back to swe": a return to a role is a move from the one the thread is about. */
const goingBack =
  /\b(?:go|goes|going|went|move|moves|moving|switch|switching|get|getting|head|heading|come|coming)\s+back\s+(?:to|into)\b/i;

/**
 * "i'm a sysadmin" then "is sre a good move from here", "would sre be a good next step": the thread's role
 * is the start; so it is of a return ("go back to ic" after an EM). So is the role the person said they
 * hold, for a role weighed next ("thinking about sre").
 */
export const moveFromThreadRole: ThreadRule = (r) => {
  const otherThanThread = r.e.roles.length === 1 && !r.e.from && r.thread[0] && r.thread[0] !== r.e.roles[0];
  // "looking at sre salary, is it good?" after "i'm a qa engineer": pay asked with no word of moving is the
  // role's pay, not a move.
  const fromHeld =
    r.context?.held === r.thread[0]?.id &&
    r.context?.held !== undefined &&
    weighsNextJob(r) &&
    (!r.asksPay || r.e.moving);
  // "is it a demotion if you go back to ic" after an EM's experience: the return from the thread's role.
  const returning = r.e.to !== undefined && r.e.to === r.e.roles[0] && goingBack.test(r.text);
  return (fromThreadSubject(r) || fromHeld || returning) && otherThanThread ? "gap" : undefined;
};

/**
 * "swe in nyc" then "would switching to ml pay more here": what a move from the thread's one role into
 * another does to pay is the move, both sides shown, not the pay of where it leads alone.
 */
export const payChangeFromThreadRole: ThreadRule = (r) => {
  const [held] = r.thread;
  const intoOther = r.e.roles.length === 1 && r.e.to !== undefined && !r.e.from && held && held !== r.e.to;
  return intoOther && r.thread.length === 1 && r.e.moving && payChangeAsked.test(r.text) ? "gap" : undefined;
};

/**
 * "how do i get out of it" in a thread about IT support: leaving the thread's role, where to is asked back.
 * ("is there a growth path out of it" asks for the role's path, which shows where it leads.)
 */
export const leavingThreadRole: ThreadRule = (r) => (r.leavingThread ? "gap" : undefined);

/**
 * "should i leave devops?", "im a network admin looking to make a move": where to is asked back. Not a pay
 * question: "which city should I move to" as an ML engineer ranks places.
 */
export const moveStartOnly: ThreadRule = (r, d) => {
  const startOnly = r.e.moving && r.e.roles.length === 1 && r.e.from && !r.e.to && !payIntents.has(d.intent);
  // "is it hard to get out of helpdesk once ur in" after other roles: where to is asked back all the same.
  return startOnly && (!r.thread[0] || r.thread[0] === r.e.from || leavingOnly(r.text)) ? "gap" : undefined;
};

/**
 * "thinking of going sysadmin to sysadmin", "qa -> qa worth it?": one role on both sides of a move is a move
 * still to be placed, whatever else the words lean to; the answer asks where it leads.
 */
export const moveToItself: ThreadRule = (r) =>
  r.e.from !== undefined && r.e.from === r.e.to && r.e.roles.length === 1 ? "gap" : undefined;

/**
 * "whats the pay difference", "what should i learn first" after "which role do you want to move to from QA
 * Engineer?": the move still has no end; asked again, never answered for where it starts.
 */
export const moveTargetStillAsked: ThreadRule = (r, d) => {
  const asksOfMove =
    r.asksPay ||
    learnAsked.test(r.text) ||
    asksHowLong(r.text) ||
    r.e.weighing ||
    learning.has(d.intent) ||
    payIntents.has(d.intent);
  return r.targetStillAsked && asksOfMove ? "gap" : undefined;
};

/**
 * "a stepping stone", "an easier step first", "in between": a role weighed as a step on the way to where a
 * move leads, before it.
 */
const stepOnTheWay =
  /\b(?:stepping[- ]?stones?|step(?:ping)? stones?|(?:step|stop|move|jump) (?:first|before|in between)|in between|on the way|(?:go|going|do|doing|start|starting) (?:with |as )?\S+(?: \S+)? first)\b|\bfirst\s*\??$/i;

/**
 * "would data engineer be an easier stepping stone first" after a move from Back-End Developer into ML: a
 * role weighed as a step on the way is the move from where the thread's move starts into that role (its gap
 * and pay), not the way into it from nothing (otherwise: getting started as a data engineer).
 */
export const stepTowardMoveEnd: ThreadRule = (r) =>
  r.context?.intent === "gap" &&
  r.thread.length === 2 &&
  r.e.roles.length === 1 &&
  r.jobsNamed === 1 &&
  r.e.roles.every((role) => !r.thread.includes(role)) &&
  stepOnTheWay.test(r.text)
    ? "gap"
    : undefined;

/**
 * "whats the usual step in between", "is there an intermediate role", "any stepping stone?" after a move
 * between two roles, or with the move named ("it support to sre, whats the step in between"): which role lies between the move's start and its end, asked of that move (its answer
 * names the roles the knowledge puts between them, or says it names none), never the move's whole answer
 * again nor the list of roles ("intermediate" read as a level). A role named that is not the move's own is a
 * step weighed (`stepTowardMoveEnd`).
 */
export const stepBetweenOfThreadMove: ThreadRule = (r) => {
  const afterMove =
    r.context?.intent === "gap" &&
    r.thread.length === 2 &&
    r.e.roles.every((role) => r.thread.includes(role));
  // "it support to sre, whats the step in between?": the move named in the same message.
  const moveNamed = r.e.from !== undefined && r.e.to !== undefined && r.e.roles.length === 2;
  return (afterMove || moveNamed) && r.e.uncovered.length === 0 && stepBetweenAsked(r.text)
    ? asked("gap")
    : undefined;
};

/**
 * "vs doing IT support first as a stepping stone?" after a move from an occupation (electrician → network
 * administrator): the step weighed against going straight to where the move leads, from the same start, the
 * two roles side by side (otherwise: the way into the step from nothing, the move's end lost).
 */
export const stepBesideOccupationMoveEnd: ThreadRule = (r) =>
  r.occupationMove &&
  r.e.roles.length === 1 &&
  r.jobsNamed === 1 &&
  r.e.roles.every((role) => !r.thread.includes(role)) &&
  stepOnTheWay.test(r.text)
    ? "compare"
    : undefined;

/** "swe" in reply to that question: the move to the role named, from the thread's. */
export const moveTargetNamed: ThreadRule = (r) =>
  r.context?.leaving !== undefined &&
  r.thread[0]?.id === r.context.leaving &&
  r.e.roles.length === 1 &&
  r.jobsNamed === 1 &&
  r.e.roles[0] !== r.thread[0] &&
  r.e.masked.length <= 3
    ? "gap"
    : undefined;

/**
 * "would it be a good move from sysadmin?", "how do i get into it from IT support", "is it a good career
 * for someone coming from sysadmin?", "how long does that take from network admin" in a thread about a role: the move from there to it, the thread's role
 * being what "it" stands for.
 */
export const moveFromNamedToThread: ThreadRule = (r) =>
  // ("how long does that take from network admin": the time of that move, which its answer says no source gives.)
  (r.e.weighing || r.e.pronoun || asksHowLong(r.text)) &&
  // "how different is it from sysadmin work", "how does it differ from being a sysadmin": a word of comparing
  // away from the "from" (which the move's reading leaves alone only right after one) sets the role against
  // the thread's, no move from it.
  !comparingWord(r) &&
  // "is it hard to get out of helpdesk once ur in" after IT roles ranked: a job left, the way out of it
  // asked, leads to none of the thread's roles in particular (otherwise: a move to the first one ranked).
  !leavingOnly(r.text) &&
  r.e.roles.length === 1 &&
  r.e.from &&
  !r.e.to &&
  r.thread[0] &&
  r.thread[0] !== r.e.from
    ? "gap"
    : undefined;

/** "get out of helpdesk", "break out of support": leaving a job ("… and into that" names where to). */
const gettingOutOf = /\b(?:get|getting|got|break|breaking|climb|climbing|move|moving)\s+out of\b/i;
const leavingOnly = (text: string) =>
  gettingOutOf.test(text) && !/\b(?:into|onto|over to|on to|and (?:go |move )?to)\b/i.test(text);

/**
 * "to switch", "to make the jump", "to move over" ending a question: a move said with no end of its own,
 * which the thread's role gives.
 */
const switchWithNoEnd =
  /\bto (?:switch|switch over|move over|transition|pivot|make (?:the|that|this) (?:switch|jump|move|transition))\W*$/i;

/**
 * "what would a gameplay programmer need to pick up to switch" in a thread about ML engineers: what one job
 * named needs to learn to switch, the switch leading nowhere named, is the move from that job to the
 * thread's role (its gap), not the named job's own schooling.
 */
export const namedSwitchingToThreadRole: ThreadRule = (r) => {
  const [named] = r.e.roles;
  const [threadRole] = r.thread;
  return named &&
    threadRole &&
    r.e.roles.length === 1 &&
    r.jobsNamed === 1 &&
    !r.e.from &&
    !r.e.to &&
    r.thread.length === 1 &&
    threadRole !== named &&
    learnAsked.test(r.text) &&
    switchWithNoEnd.test(r.text)
    ? { intent: "gap", toRole: threadRole }
    : undefined;
};

/** A move into the pronoun: "switching to it", "moving into that". */
const moveIntoPronoun = new RegExp(
  String.raw`${wordsPattern(moveVerbs).source}\s+(?:in)?to\s+(?:it|that|this)\b`,
  "i",
);

/**
 * "im thinking of switching to it", "i'm considering moving to it" after a question about one role: the
 * move into that role, whatever else the words lean to ("thinking" is no topic of it).
 */
export const moveIntoThreadRole: ThreadRule = (r) =>
  r.jobsNamed === 0 && r.thread.length === 1 && r.e.pronoun && moveIntoPronoun.test(r.text) && !r.asksPay
    ? "gap"
    : undefined;

/** Intents a question weighing a move between two named roles may be read as; all mean the move. */
const moveIntents: ReadonlySet<Intent> = new Set<Intent>(["gap", "compare", "path", "payCompare", "outlook"]);

/**
 * "should I switch to product management?": the move into it, from the thread's role when there is one.
 * "what about moving to data scientist": a move into the one role named, whatever else the words suggest.
 * ("what about switching to data engineer" after "swe salary" is the move, not that role's pay.)
 */
export const moveIntoOneRole: ThreadRule = (r, d) => {
  const notPay = !payIntents.has(d.intent) || (r.e.moving && !r.asksPay);
  if (!(r.e.roles.length === 1 && r.e.to && !r.e.from && notPay && !learningAbout.has(d.intent)))
    return undefined;
  return r.e.moving || (r.e.weighing && (moveIntents.has(d.intent) || isGuess(r.c))) ? "gap" : undefined;
};

/**
 * "want to move to industry as an applied scientist": a move into a name that could be several roles is the
 * way into whichever is picked, however the classifier leans ("industry").
 */
export const moveIntoAmbiguous: ThreadRule = (r) =>
  r.e.moving && r.jobsNamed === 0 && r.e.ambiguous.length === 1 && !r.asksPay ? "gettingStarted" : undefined;

/**
 * "should i go from network admin to network architect or security? 5 yrs cisco, ccna, no degree": a move
 * whose end is set against a field as another option weighs its options first, whatever credentials its
 * words mention (a degree said beside it is noted in the answer).
 */
export const moveToOptions: ThreadRule = (r) =>
  r.move && fieldOptionsIn(r.kb, r.words, r.e.roles).length > 0 ? "gap" : undefined;

/**
 * "im a nurse, what can i move into", or "what can i move into" after "im a nurse": a move from the
 * occupation, its end left open, which the ways into tech answer; with no job held, in the question or the
 * thread, where the move starts is what to ask (otherwise: "what can i move into" after "i work in IT" gave
 * the help text).
 */
export const openMoveWithoutRole: ThreadRule = (r) => {
  if (r.e.roles.length > 0 || r.thread.length > 0 || r.e.to || !asksOpenMove(r.text)) return undefined;
  const fromOccupation =
    r.e.uncovered.length === 1 || (r.jobsNamed === 0 && r.context?.occupation !== undefined);
  return fromOccupation ? "gap" : r.jobsNamed === 0 ? "path" : undefined;
};

/**
 * "could a cashier move into that", "i do cashier, could someone like me move into it w/o a degree": a move
 * aimed at the thread's role by a pronoun, so the occupation named is where it starts, however it is said to
 * be held (otherwise: the cashier's own figures, the thread's role dropped). Read on the masked words, where
 * the field's "IT" is a word of tech, not the pronoun.
 */
const movedIntoPronoun = (masked: readonly string[]) =>
  /\b(?:move|moving|switch|switching|get|getting|go|going|transition|transitioning|pivot|pivoting)\s+(?:in)?to\s+(?:that|it|this)\b/.test(
    masked.join(" "),
  );

/**
 * "worth leaving accounting for it?", "is it worth it vs staying an accountant", "should i stay a nurse or go
 * for it" in a thread about one role: the one occupation named is the job held, left or stayed in, and the
 * question weighs the move from it to the thread's role (otherwise: the occupation's figures alone, or set
 * beside an unread "go").
 */
export const occupationLeftForThreadRole: ThreadRule = (r) => {
  const [end] = r.thread;
  const at = r.e.masked.indexOf("xrole");
  const held =
    markerAt(r.e.masked, at, fromMarkers) >= 0 || stayedIn(r.e.masked, at) || movedIntoPronoun(r.e.masked);
  const aboutRole = r.thread.length === 1 && r.context?.occupation === undefined;
  return end &&
    aboutRole &&
    r.e.roles.length === 0 &&
    r.e.uncovered.length === 1 &&
    r.jobsNamed === 1 &&
    held &&
    (r.e.weighing || r.e.moving)
    ? { intent: "gap", toRole: end }
    : undefined;
};

/**
 * "is it worth it vs staying a sysadmin", "should i stay a sysadmin or go for it", "better than staying a
 * network admin?" in a thread about another role: staying in the role named, set against the thread's, is
 * the move from it to the thread's role, both sides weighed, whatever word sets them against each other
 * (otherwise: the two roles' pay alone).
 */
export const stayingAgainstThreadRole: ThreadRule = (r) => {
  const [named] = r.e.roles;
  const stays = stayedIn(r.e.masked, r.e.masked.indexOf("xrole"));
  return named &&
    r.jobsNamed === 1 &&
    r.e.from === named &&
    !r.e.to &&
    stays &&
    r.thread[0] &&
    r.thread[0] !== named
    ? "gap"
    : undefined;
};

/**
 * "what does a pharmacy tech make", then "she want to go into tech, which of the roles is closest to what she
 * does now": a move out of the thread's occupation into tech, its end open, which the ways into tech answer
 * (otherwise: the list of every role, or the way into the occupation itself).
 */
export const intoTechFromThreadOccupation: ThreadRule = (r) =>
  r.context?.occupation !== undefined &&
  r.thread.length === 0 &&
  r.jobsNamed === 0 &&
  !r.asksPay &&
  intoTechWords.test(r.text)
    ? asked("gap")
    : undefined;

/** Whether the one role a question names is none of the thread's, named with no other job. */
const oneNewRole = (r: ThreadReading) =>
  r.e.roles.length === 1 && r.jobsNamed === 1 && r.e.roles.every((role) => !r.thread.includes(role));

/** "or sre?", "or maybe devops": a fragment opening on "or" that offers another end. */
const orOtherEnd = /^\s*(?:(?:and|hmm|hm|ok|okay|so)[\s,]+)?or\b/i;

/**
 * "or sre?" after "im a sysadmin, should i go devops": another end offered for the move just answered, from
 * the same start, its pay side by side and its gap, as "and to data science instead?" is (otherwise: the two
 * ends compared, the start the person holds left out). Not pay asked ("or sre, which pays more"): that sets
 * the roles' pay side by side.
 */
export const otherEndOfMove: ThreadRule = (r) =>
  r.context?.intent === "gap" &&
  r.thread.length === 2 &&
  oneNewRole(r) &&
  orOtherEnd.test(r.text) &&
  !r.asksPay &&
  r.e.masked.length <= 3
    ? "gap"
    : undefined;

/**
 * "and after that devops?", "then sre?" after "help desk to sysadmin": a role named as where to go on from
 * where the move led is the move from that end into it (the sides: `lendOtherSide`, which starts it from the
 * thread's first role when the words go on), not the role's own path (otherwise: "next" read as its path).
 */
export const moveOnFromEnd: ThreadRule = (r, d) =>
  r.context?.intent === "gap" &&
  r.thread.length === 2 &&
  oneNewRole(r) &&
  goesOnFromEnd.test(r.text) &&
  !r.asksPay &&
  !learningAbout.has(d.intent) &&
  r.e.masked.length <= 4
    ? "gap"
    : undefined;
