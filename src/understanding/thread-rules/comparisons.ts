import type { Entities } from "../entities/entities.js";
import { pairIntents, payIntents, roleIntents } from "../intent/intents.js";
import { isGuess } from "../shape/understanding.js";
import { occupationsInView } from "../thread/conversation-state.js";
import { correctionAsked } from "../thread/correction.js";
import { sharedAsked, versusWords } from "../words/contrast-words.js";
import { choiceAsked, comparesTwo, opinionAsked } from "../words/question-asks.js";
import {
  asksCertificates,
  asksHeadcount,
  asksOpenings,
  payAsked,
  payNouns,
  wordsGroup,
  wordsPattern,
} from "../words/topic-words.js";
import { asked, type ThreadRule } from "./decision.js";
import type { ThreadReading } from "./reading.js";
import { entryWeighed, marketGrowthAsked, schoolingAsked, setsAgainst } from "./words.js";

/*
 * Thread rules that set roles side by side: "which one is more technical", "vs devops?", "frontend or
 * backend", "overlap?", "differences?", "how does it compare to data scientist pay".
 */

/**
 * "which one is more technical", "and which needs more school": the question opens on "which" (after a word
 * that only joins it to the thread) and weighs one against another.
 */
const judgesBoth = (r: Parameters<ThreadRule>[0]) =>
  /^(?:(?:and|so|ok|okay|but)[\s,]+)?which\b/i.test(r.text) &&
  comparesTwo(r.text) &&
  !opinionAsked(r.text) &&
  !r.lifeAsked;

/**
 * "which one is more technical" after "pm vs em?": the two roles weighed, not a question back. "which of
 * those pays most" after a field's roles ranked by pay weighs their pay alone (before: every side of them,
 * what each does first, the pay last).
 */
export const whichOfBothJudged: ThreadRule = (r) =>
  isGuess(r.c) && r.thread.length >= 2 && r.jobsNamed === 0 && judgesBoth(r) && !r.setWeighedBy
    ? r.asksPay
      ? "payCompare"
      : "compare"
    : undefined;

/**
 * "which needs more school" after a comparison, "which of those needs the fewest certs" after a ranking: the
 * roles weighed by their education (certifications are part of it), each one's shown. So after a move from
 * nursing into data analyst, or "accountant vs data analyst": the occupation is one of the two sides; and
 * after two occupations, offered by a question back ("truck drivers": heavy or light?) or asked in turn.
 */
export const schoolingOfBoth: ThreadRule = (r) =>
  r.thread.length + Math.max(occupationsInView(r.context).length, r.context?.occupation ? 1 : 0) >= 2 &&
  r.jobsNamed === 0 &&
  judgesBoth(r) &&
  (schoolingAsked.test(r.text) || asksCertificates(r.text)) &&
  !r.asksPay
    ? "education"
    : undefined;

/** "is that more than…", "does this beat…": the question opens on what the thread last answered. */
const opensOnThat = /^(?:(?:so|and|but|ok|okay|hmm)[\s,]+)?(?:is|does|would|will|was)\s+(?:that|this)\b/i;

/**
 * "vs devops?" after "sre pay": the thread's role set against the one named, pay if pay was asked, before
 * or now ("does it pay more than software engineering" after a QA engineer's path). So is "is it better
 * than IT support?" in a thread about devops: the pronoun is the thread's role; and "is that more than a
 * lead ml engineer at google?" after pay at Meta, whatever employer the other side is named at.
 */
export const setAgainstThreadRole: ThreadRule = (r) => {
  const pointsBack = r.fragment || r.e.pronoun || opensOnThat.test(r.text.trim());
  const setAgainstThread = pointsBack && setsAgainst(r.e);
  const payBefore = r.context?.intent !== undefined && payIntents.has(r.context.intent);
  return setAgainstThread && r.e.roles.length === 1 && r.thread[0] && r.thread[0] !== r.e.roles[0]
    ? payBefore || r.asksPay
      ? "payCompare"
      : "compare"
    : undefined;
};

/**
 * "frontend or backend dev, whats better": roles set against each other are compared, whatever the words
 * around them, when the question reads as nothing about roles or only as a guess.
 */
export const rolesSetAgainst: ThreadRule = (r, d) =>
  r.e.roles.length >= 2 && (!roleIntents.has(d.intent) || isGuess(r.c)) && setsAgainst(r.e)
    ? "compare"
    : undefined;

/**
 * "what does a DBA do vs a data architect": the work of roles set against each other is what a comparison
 * sets side by side; a role's duties would show only the first.
 */
export const dutiesSetAgainst: ThreadRule = (r, d) =>
  d.intent === "responsibilities" && r.e.roles.length >= 2 && setsAgainst(r.e) ? "compare" : undefined;

/**
 * "swe or pm for someone who likes people more than code": roles set against each other in a question with
 * no word of pay are compared as a whole; its "more than" weighs something else, never their pay. Not a
 * correction ("i meant cloud architect not sre" after a pay comparison), which asks the pay again.
 */
export const noPayInComparison: ThreadRule = (r, d) =>
  d.intent === "payCompare" &&
  r.e.roles.length >= 2 &&
  setsAgainst(r.e) &&
  !r.asksPay &&
  !correctionAsked(r.text)
    ? "compare"
    : undefined;

/** Words that ask whether two roles are one job under two names: "a different job or just a title?". */
const sameJobAsked =
  /\b(?:(?:different|same|separate) (?:job|jobs|role|roles|thing|work)|just a (?:new )?(?:title|name|rebrand)|the same as)\b/i;

/**
 * "my team is being rebranded SRE. is it a different job or just a title? does it pay differently?": whether
 * two roles are one job is their comparison (duties, then pay side by side), not a move into the second nor
 * its outlook, whatever else the words lean to. So with a title O*NET files under occupations beside a role
 * ("i got an offer for IT analyst, is it the same as a systems analyst?", otherwise read as the outlook).
 */
export const sameJobOrNot: ThreadRule = (r) =>
  sidesNamed(r.e) === 2 && (sameJobAsked.test(r.text) || likenedTo(r.e.masked)) ? "compare" : undefined;

/**
 * "is ml basically ds with extra steps", "are sysadmins basically it support with root": one role said to be
 * the other with something added asks whether they are one job, whatever the words after it lean to
 * (otherwise: their outlook, or the first one's duties).
 */
const likenedTo = (masked: readonly string[]) =>
  /\bxrole (?:is |are )?(?:just|basically|essentially|really just|pretty much|simply) (?:an? )?(?:glorified |fancy |fancier |rebranded )?xrole\b/.test(
    masked.filter(Boolean).join(" "),
  );

/** The jobs a question names: roles, occupations no role covers, and a title none of them reads. */
const sidesNamed = (e: Entities) =>
  e.roles.length + e.uncovered.length + (e.unknownTitle || e.unread ? 1 : 0);

/** "what's the gap between them", "the difference between the two": what sets roles named apart. */
const betweenAsked = /\b(?:gap|gaps|difference|differences) between\b/i;

/**
 * "help desk analyst … I want to get into it more seriously. network admin or network architect, what's the
 * gap between them?": roles set against each other with what lies between them asked are compared (options
 * from the job held, when one is), not the way into the first, whatever else the words lean to.
 */
export const optionsSetApart: ThreadRule = (r) =>
  r.e.roles.length >= 2 && r.e.masked.some((w) => optionWords.has(w)) && betweenAsked.test(r.text)
    ? "compare"
    : undefined;

/**
 * "is ml realistic without a phd or should i just do backend", "can i do cloud without a degree or should i
 * just go devops": a doubt about one role, then "or should i" and another named as the fallback. The two
 * are weighed as a choice, side by side, not the first role's entry needs alone.
 */
export const fallbackWeighed: ThreadRule = (r) =>
  r.e.roles.length === 2 && fallbackAfterRole.test(r.e.masked.filter(Boolean).join(" "))
    ? "compare"
    : undefined;

/** A role, then "or should i (just) …" and the other role, the fallback, after it. */
const fallbackAfterRole =
  /\bxrole\b.*\bor (?:should|do|would|shall|can) i (?:just |rather |instead |simply )?(?:\w+ ){0,3}xrole\b/;

/** Words that set roles named against each other as options ("network admin or network architect"). */
const optionWords = new Set(["or", "vs", "versus"]);

/**
 * "i'm in IT, specifically network admin … is it better to go security analyst or security engineer
 * first?": two roles set against each other as where to go from the job held are its options side by side
 * (the held job's pay first), not the three roles' outlook as peers; "which has the better outlook" keeps it.
 */
export const optionsBetterToGo: ThreadRule = (r, d) => {
  const [, first, second] = r.e.roles;
  const options = r.e.roles.length === 3 && r.e.from === r.e.roles[0] && first && second;
  const orBetween = r.e.masked.join(" ").includes("xrole or xrole");
  return options && orBetween && d.intent === "outlook" && !marketGrowthAsked(r.text) ? "compare" : undefined;
};

/** Words that ask what sets two roles apart ("differences?"). */
const apartAsked = /\b(differences?|diff|differ|compare|comparison|contrast)\b/i;

/**
 * "devops vs sre, salary and outlook pls", "compare frontend and backend on salary and job outlook": roles
 * set against each other on pay and on their job market both are the whole comparison, which shows each;
 * the pay or the outlook alone would drop the other.
 */
export const payAndGrowthSetAgainst: ThreadRule = (r, d) =>
  (d.intent === "payCompare" || d.intent === "outlook") &&
  r.e.roles.length >= 2 &&
  (setsAgainst(r.e) || apartAsked.test(r.text)) &&
  r.asksPay &&
  marketGrowthAsked(r.text)
    ? asked("compare")
    : undefined;

/** The asks of a message, apart at a question mark or a joining word ("whats the diff + who makes more"). */
const asksApart = (text: string) => text.split(/\?|\s(?:and|also|plus|\+|&)\s/i);

/**
 * "devops or sre, whats the diff + who makes more", "x vs y differences? and which pays more": what sets the
 * roles apart asked on its own, and their pay beside it, is the whole comparison, which shows the pay too.
 * Not "whats the pay diff", where the difference asked is in pay.
 */
export const apartAndPaySetAgainst: ThreadRule = (r, d) =>
  d.intent === "payCompare" &&
  r.e.roles.length >= 2 &&
  setsAgainst(r.e) &&
  asksApart(r.text).some((ask) => apartAsked.test(ask) && !payAsked.test(ask))
    ? asked("compare")
    : undefined;

/** "which is more in demand": demand weighed in words of more and less, which the outlook weighs by growth. */
const demandWeighed = /\b(?:more|most|less|least) in demand\b/i;

/**
 * "ml or backend, which has more jobs", "where are there more openings, sre or sysadmin": roles set against
 * each other by how many jobs each has are weighed by their openings (and employment), not compared as a
 * whole; "which is more in demand, devops or sre" by their growth, as after a comparison. Which is easier to
 * get hired as ("easier to find a job in") keeps its own answer, and so do options weighed from a role held
 * ("junior swe here, ml or devops? which has more jobs": the options side by side, not the role held among
 * them).
 */
export const jobsOfRolesSetAgainst: ThreadRule = (r) =>
  r.e.roles.length >= 2 &&
  !r.e.from &&
  r.jobsNamed === r.e.roles.length &&
  setsAgainst(r.e) &&
  (asksOpenings(r.text) || demandWeighed.test(r.text)) &&
  !r.asksPay &&
  !r.move &&
  !entryWeighed(r.text)
    ? asked("outlook")
    : undefined;

/**
 * "overlap?", "differences?" in a thread that has covered two roles, or "is devops similar to sre" naming
 * them: the two side by side, however few words the question has; what they share, or what sets them apart.
 */
export const sharedOrApart: ThreadRule = (r, d) => {
  const twoInThread = r.thread.length === 2 || (r.thread.length === 1 && r.earlier !== undefined);
  const two = (twoInThread && r.jobsNamed === 0) || (r.e.roles.length === 2 && r.jobsNamed === 2);
  const sideBySide = sharedAsked.test(r.text) ? "common" : apartAsked.test(r.text) ? "compare" : undefined;
  const unsureOrPair = isGuess(r.c) || (pairIntents.has(d.intent) && !payIntents.has(d.intent));
  if (!sideBySide || !two || !unsureOrPair || r.asksPay) return undefined;
  return sideBySide === "compare" && payNarrowed(r) ? "payCompare" : sideBySide;
};

/**
 * "and at senior level whats the diff" after two roles, "whats the difference in nyc" after their pay: the
 * difference asked at a level is the pay's there, as only pay has levels; in a place, after pay, so is it.
 */
const payNarrowed = (r: ThreadReading) =>
  r.jobsNamed === 0 &&
  (r.e.level !== undefined ||
    (r.e.place !== undefined && r.context?.intent !== undefined && payIntents.has(r.context.intent)));

/** "both", "they both", "both of them": each of two roles, every one of those asked about. */
const bothSaid = /\bboth\b/i;

/** "do both have good prospects": the outlook in a word of its own. */
const prospects = /\bprospects?\b/i;

/**
 * "how many openings do they both have", "do they both pay well", "how many people work in both" after two
 * roles: "both" with a measure (openings, people employed, growth, pay, a degree) asks that measure of each
 * role, side by side, not what the two have in common, however "both" leans the classifier to it. ("what
 * do they both have in common", "what do they share" keep the roles' common ground.)
 */
export const measureOfBoth: ThreadRule = (r, d) => {
  const two =
    (r.jobsNamed === 0 && r.thread.length >= 2) ||
    (r.e.roles.length >= 2 && r.jobsNamed === r.e.roles.length);
  if (!two || !bothSaid.test(r.text) || sharedAsked.test(r.text) || r.move) return undefined;
  const measure = r.asksPay
    ? "payCompare"
    : marketGrowthAsked(r.text) || asksHeadcount(r.text) || prospects.test(r.text)
      ? "outlook"
      : schoolingAsked.test(r.text)
        ? "education"
        : undefined;
  // Pay already read as pay ("do they both pay well", read as a role's salary) is answered side by side.
  const readSo = measure === d.intent || (measure === "payCompare" && payIntents.has(d.intent));
  return measure && (!readSo || isGuess(r.c)) ? asked(measure) : undefined;
};

/** "which one would you pick" after a comparison: the roles again, not every role there is. */
export const whichOfCompared: ThreadRule = (r, d) =>
  d.intent === "roleList" && r.thread.length >= 2 && /\bwhich\b/i.test(r.text) && r.jobsNamed === 0
    ? "compare"
    : undefined;

/**
 * "which would u pick if u were me", "what would you do in my shoes" after a comparison: the roles again, with
 * the choice said to be the asker's, never an answer off the topic.
 */
export const choiceBetweenThreadRoles: ThreadRule = (r) =>
  r.thread.length >= 2 && r.jobsNamed === 0 && !r.asksPay && choiceAsked(r.text) ? "compare" : undefined;
/** Verbs and nouns of comparing: "compare to", "compared with", "stack up against". */
const comparing = ["compare", "compares", "compared", "comparison", "stack up", "stacks up"];

/** "compare to", "compared with", "stack up against": one thing set beside another. */
const comparedTo = wordsPattern(comparing, versusWords);

/** Those and the words that weigh one side against another: "better than the first", "against the top one". */
const weighedAgainst = wordsPattern(comparing, versusWords, ["against", "than"]);

/**
 * "how does it compare w the first", "vs the top one?", "does it pay more than the first one" after a pick
 * of one row of a list: the role the thread is on set beside the one the reply picks (`sidesOf`), by pay
 * where pay is asked, never the thread's last question asked of the pick.
 */
export const pickSetAgainstThreadRole: ThreadRule = (r) => {
  const [on, ...more] = r.context?.roles ?? [];
  const besideThread = r.pick?.role && on && more.length === 0 && r.pick.role.id !== on;
  return besideThread && r.jobsNamed === 0 && weighedAgainst.test(r.text)
    ? asked(r.asksPay ? "payCompare" : "compare")
    : undefined;
};

/**
 * "how does it compare to data scientist pay" after a data analyst: the thread's role set beside the one
 * named, by pay.
 */
export const payBesideThreadRole: ThreadRule = (r) => {
  const besideThread =
    r.e.roles.length === 1 && r.jobsNamed === 1 && r.thread.length === 1 && r.thread[0] !== r.e.roles[0];
  return besideThread && comparedTo.test(r.text) && r.asksPay && !r.move ? asked("payCompare") : undefined;
};

/** How far pay goes up or apart: "how much more", "the pay jump", "a bump", "the raise", "the difference". */
const payRise = /\bhow much more\b|\b(?:jump|bump|step up|raise|increase|difference)\b/i;

/**
 * "whats the pay jump if i go sysadmin", "how much more would i make as a sysadmin" after IT support's pay:
 * how far pay goes up in another role, weighed against the thread's, is both roles' pay side by side (not
 * the other role's pay alone, nor the whole move).
 */
export const payRiseBesideThreadRole: ThreadRule = (r) => {
  const afterPay = r.context?.intent !== undefined && payIntents.has(r.context.intent);
  const besideThread =
    r.e.roles.length === 1 && r.jobsNamed === 1 && r.thread.length === 1 && r.thread[0] !== r.e.roles[0];
  // "what if i do ml instead, amazon pays more for that?" after a back-end developer's pay at Amazon: the
  // role taken instead, said to pay more or less, is weighed against the thread's too (otherwise: the named
  // role's pay by place, ranked).
  const instead =
    /\binstead\b/i.test(r.text) && /\b(?:pays?|paid|earns?|makes?) (?:more|better|less)\b/i.test(r.text);
  return afterPay &&
    besideThread &&
    (payRise.test(r.text) || instead) &&
    (r.asksPay || /\bmore\b/i.test(r.text))
    ? asked("payCompare")
    : undefined;
};

/** "my current pay", "my salary": the pay of the job the person holds. */
const ownPay = new RegExp(`\\bmy (?:current |own |present )?${wordsGroup(payNouns, ["paycheck"])}\\b`, "i");

/**
 * "how does my current pay compare to the analyst one" after "i work in help desk. what does a security
 * analyst do?": the thread's roles (the one held among them) set side by side by pay, however the other is
 * pointed at ("the analyst one", "the sre one": a role of the thread again), never a question for help.
 */
export const ownPayBesideThreadRole: ThreadRule = (r) =>
  r.jobsNamed === r.e.roles.length &&
  r.e.roles.every((named) => r.thread.includes(named)) &&
  r.thread.length >= 2 &&
  ownPay.test(r.text) &&
  comparedTo.test(r.text) &&
  !r.move
    ? asked("payCompare")
    : undefined;

/**
 * "where do mobile devs fit in", "where does qa fit": a role placed among those the thread weighed. So are
 * "where does ml land in all that", "where would qa rank among them": placed, ranked, landing in the set
 * the thread weighed, said at the end or before "in all that"/"among them" (not "where does it land you
 * after 5 years", a way on), which was read as the named role's career path.
 */
const fitsIn =
  /\bwhere (?:do|does|would|will) .+ (?:fit\b|(?:land|rank|stand|sit|fall|place)s?\b(?:\s+(?:in|among|amongst|within)\s+(?:all\s+)?(?:that|this|those|these|them|there|the mix|the list|the ranking))?[\s?!.]*$)/i;

/**
 * "and the mobile devs, where do they fit in" after "which of those 3 is the most in demand": the role
 * named, weighed as the thread weighed its roles (their outlook, their pay), never a question of its path.
 */
export const fitsAmongThreadRoles: ThreadRule = (r) => {
  const weighedBy = r.context?.intent;
  return r.e.roles.length === 1 &&
    r.thread.length >= 2 &&
    fitsIn.test(r.text) &&
    weighedBy &&
    weighedBy !== "compare"
    ? weighedBy
    : undefined;
};

/**
 * "would ml be a better target", "is data science a better long term bet tho" after a move into data
 * analyst: the role named as the better aim weighed against the thread's one role is the two compared
 * (otherwise: the named role's skills or outlook alone, the thread's target dropped), by pay where pay is
 * asked. "would ml be better paid" is pay, and "better" said of no aim ("is ml better for remote work") is
 * left to the other rules.
 */
export const betterAimThanThreadRole: ThreadRule = (r) => {
  const [named] = r.e.roles;
  const aim = named && r.jobsNamed === 1 && r.thread.length === 1 && r.thread[0] !== named;
  return aim && betterAimSaid.test(r.text) && !r.e.from ? (r.asksPay ? "payCompare" : "compare") : undefined;
};

/** "be a better target", "a better long-term option", "the better bet", "better choice". */
/**
 * "is backend better paid", "does devops pay more" after a front-end developer's outlook: one role said to
 * pay more or less, with no other side after "than", is weighed against the thread's one role by pay
 * (otherwise: the named role's outlook or pay alone, the thread's role dropped). A place or employer keeps
 * its own rules ("does qa pay better in nyc": one role's pay there); a move or the job held keeps theirs.
 */
export const paidMoreThanThreadRole: ThreadRule = (r) => {
  const [named] = r.e.roles;
  const beside = named && r.jobsNamed === 1 && r.thread.length === 1 && r.thread[0] !== named;
  // "i'm a qa engineer", then "maybe sre pays more?": the job held keeps its own rules (the role named's pay).
  const held = r.context?.held !== undefined && r.context.held === r.thread[0]?.id;
  const noOtherPlace = !r.e.place && !r.e.unlistedPlace && r.e.employers.length === 0 && !r.e.company;
  return beside &&
    !held &&
    noOtherPlace &&
    !r.move &&
    !r.e.from &&
    !r.e.moving &&
    paidMoreSaid.test(r.text) &&
    !/\bthan\b/i.test(r.text)
    ? asked("payCompare")
    : undefined;
};

/** Pay said to be more or less: "better paid", "higher paying", "pays more", "make more". */
const paidMoreSaid =
  /\b(?:better|higher|lower|worse|more|less)[- ](?:paid|paying)\b|\b(?:pays?|earns?|makes?|paid) (?:more|better|less|worse)\b/i;

const betterAimSaid =
  /\b(?:a|the)\s+better\s+(?:(?:long|short)[- ]?term\s+)?(?:target|option|choice|bet|pick|path|goal|route|plan|fit|career)\b/i;
