import type { KnowledgeBase } from "../knowledge/base.js";
import type { Role } from "../knowledge/core/schema.js";
import { tokenize } from "../knowledge/core/text.js";
import { type Classification, placeholders } from "./classifier.js";
import { askedAboutThread, type ConversationContext } from "./conversation-state.js";
import { type Entities, namedJobs } from "./entities.js";
import { comparedBy, comparers, questionWords, titleNoise } from "./entity-words.js";
import { type ExperienceYears, experienceYears } from "./experience-years.js";
import { conversational, type Intent, pairIntents, payIntents, roleIntents } from "./intents.js";
import { moveWithField } from "./it-move.js";
import { asksDeadEnd, asksTenure, rungAsked } from "./rung-words.js";
import { closesOnPick, onlyPicks, pickAsked, pickInThread } from "./thread-pick.js";
import { asksTiming } from "./timing-words.js";
import {
  asksCertificates,
  earnVerbs,
  growthWords,
  learnAsked,
  openingWords,
  payAsked,
  payPhrase,
  payWords,
  wordsPattern,
} from "./topic-words.js";
import { confidentAt, isGuess, type Understanding } from "./understanding.js";
import { workLifeAsked } from "./work-life.js";

/*
 * The rules that combine what a question says with what its thread already established: a follow-up's
 * missing parts, a move's start and end, a pick among what a question back offered.
 */

/** Words that set one named role against another. */
const setAgainst = new Set(["or", "vs", "versus", "than", "between", "compared", "against"]);

/** The words of "what is a …" around a role named alone. */
const whatIsWords = new Set(["what", "whats", "is", "a", "an", "the", "exactly", "s"]);

/** Words that make a question about skills one about soft skills. */
const softWords =
  /\b(soft|people|interpersonal|communication|communicate|non-?technical|leadership|behavioral|behavioural|human)\b/i;

/**
 * "whats a junior ml engineer make", "how much is an sre paid": a question ending on a verb of earning.
 * Only the verbs, and the ways of saying them in more words: a question may end on a name for pay and ask
 * something else of it ("is it worth the pay").
 */
const endsOnEarning = new RegExp(`${wordsPattern(earnVerbs, ["get paid", "pull in"]).source}\\s*\\??$`, "i");

/** "how long would it take", "how many years": the time something takes. */
const timeOnly =
  /\b(how long|how much time|timeline|how many (years|yrs|months|mos)|how (quickly|fast|soon))\b|\b(in|within|under) (\d+|a|an|one|two|three|four|five|six|a few|few|a couple of) ?(months?|mos|years?|yrs?|weeks?)\b/i;

/** "how long would it take", "how hard is it": the time or effort something takes. */
const timeAsked = new RegExp(`${timeOnly.source}|\\b(how hard|how difficult|realistic|doable)\\b`, "i");

/** "what does it take to get there", "what would it take": what getting into a role takes. */
const whatItTakes = /\bwhat (?:does|would|will|did) it take\b|\b(?:get|getting) there\b/i;

/** "what does it take to get there": what getting into a role takes, all of it. */
export const asksWhatItTakes = (question: string) => whatItTakes.test(question);

/** "what does it take", "what would it take": what getting somewhere asks of a person. */
const takesAsked = /\bwhat (?:does|do|would|will|did) it take\b|\bwhat it takes\b/i;

/** "is it hard to", "how difficult is it": the effort something takes, with no time asked. */
const effortOnly =
  /\b(?:is it|it'?s|its|how) (?:\w+ )?(?:hard|harder|difficult|easy|easier|tough|challenging)\b|\bhow (?:hard|difficult|easy|tough)\b/i;

/** "is it hard to become a data architect": the effort of getting in asked, which no source rates. */
export const asksEffort = (question: string) => effortOnly.test(question);

/** "what is it exactly", "what's that": what the one thing named is, asked at the end of the question. */
const whatItIs = /\bwhat(?:['’]?s| is) (?:it|that|this)(?: exactly| really| even| about)?\s*[?.!]*$/i;

/** Words of becoming a role: "become", "get into", "be a". */
const becomingAsked = /\b(become|becoming|get into|getting into|break into|breaking into|be an?)\b/i;

/** "how long does it take to become a data scientist": the time asked, not the effort. */
export const asksTime = (question: string) => timeOnly.test(question);

/** "how long would it take", "how hard is it": the time or effort something (a move) takes. */
export const asksHowLong = (question: string) => timeAsked.test(question);

/**
 * "makes 70k", "on $95,000", "is 120k good": an amount of pay stated, one person's, to set beside what a
 * role pays. (A 401k is a pension plan, not pay.)
 */
const payAmount =
  /(?<![\w$])(?!401\s?k\b)(?:\$\s?\d[\d,.]*\s?k?\b|\d{2,3}(?:\.\d)?\s?k\b|\d{2,3},\d{3}\b|\d{2,3} (?:grand|thousand)\b)/i;

/** Whether a question states an amount of pay ("my gf makes 70k, is that normal"). */
export const statesPay = (question: string) => payAmount.test(question);

/** "the reverse", "the other way around", "vice versa": a move asked the other way. */
const reverseAsked =
  /\b(?:the )?(?:reverse|opposite)\b|\bother way(?: a?round)?\b|\bvice versa\b|\bbackwards?\b/i;

/** "compare to", "compared with", "stack up against": one thing set beside another. */
const comparedTo = /\b(?:compare[sd]?|comparison|stacks? up|versus|vs)\b/i;

/** "whats the range", "the range?": the only thing a role's range is asked of here is its pay. */
const rangeAsked = /\b(?:what(?:'s|s| is)|and|so) the range\b|^(?:the )?range\??$/i;

/** "i work in IT", "been in IT for years", "my gf is in IT": someone's job in the field. */
const heldInField =
  /\b(?:work|works|working|worked|am|is|im|i'm|been|was|currently|stuck)\s+(?:\w+\s+)?in\s+it\b/i;

/**
 * Words of a job market's growth. In a thread, openings and employment are asked of the outlook too (its
 * answer gives both), where a ranking ranks by openings apart; so is a role's future ("future looking good?").
 */
const growthAsked = wordsPattern(growthWords, openingWords, [
  "employment",
  "more jobs",
  "fewer jobs",
  "jobs available",
  "future",
]);

/** Words of credentials: degrees and certificates ("do i need a phd", "any certs?"). */
const credentialsAsked =
  /\b(degree|degrees|diploma|phd|ph\.?d|masters?|master's|mba|bachelors?|bachelor's|certs?|certifications?|certificates?|certified)\b/i;

/** Words of schooling: "which needs more school", "how much education", "more schooling". */
const schoolingAsked = /\b(school|schooling|education|educated|college|university|studies)\b/i;

/** "more", "tell me more", "what else?": more asked for, with nothing named to say of what. */
export const moreAsked =
  /^\W*(?:and\s+|ok\s+|so\s+)?(?:more|tell me more|what else|anything else|go on|continue|keep going)\W*$/i;

/** "pay starting out", "starting salary": pay at the start, the entry level. */
const startingOut =
  /\b(starting out|starting (?:pay|salary|wage|wages)|to start with|at the start|at first|first job)\b/i;
/**
 * Phrases of a career's own path ("is there a growth path out of it", "career growth"): its growth is the
 * person's, not the job market's, so they ask for the path and never for the outlook.
 */
const pathPhrases = /\b(?:growth paths?|career growth|paths? out of)\b/gi;

/** A job market's growth asked: its words, outside the phrases of a career's own growth. */
const marketGrowthAsked = (text: string) => growthAsked.test(text.replace(pathPhrases, " "));

/** Phrases of the daily work of a role, whatever other words the question uses. */
const dailyWork =
  /\b(day[- ]to[- ]day|day in the life|(typical|average|normal|usual|regular) (work ?)?day|daily (work|tasks|routine|duties)|their days|days? look like)\b/i;

/** "what's it like being a data analyst", "what is the work like": what the work is, asked as experience. */
const workLike = /\bwhat(?:['’]?s| is) (?:it|the (?:work|job)) like\b|\blike to (?:be|work)\b/i;

/** "is it mostly management", "is the job mainly meetings": how much of a role's work one thing is. */
const shareOfWork =
  /\b(?:is|are) (?:it|they|the (?:work|job|role)) (?:mostly|mainly|largely|primarily|all|just|purely|heavy on|a lot of|lots of) ([a-z][a-z -]*?)[?.!]*$/i;

/** Where the work is done ("is it mostly remote"): no share of its duties, which the knowledge says elsewhere. */
const workPlace = /\b(remote|remotely|hybrid|on-?site|in[- ]office|office|wfh|from home)\b/i;

/** Whether a question asks where the work is done ("is IT support remote friendly"). */
export const asksWorkPlace = (question: string): boolean => workPlace.test(question);

/** What a question asks the share of in a role's work ("management"), if it asks one. */
export const workShareAsked = (question: string): string | undefined => {
  const share = shareOfWork.exec(question.trim())?.[1]?.toLowerCase();
  return share && !workPlace.test(share) ? share : undefined;
};

/**
 * Words of going on from a role held ("3 yrs as sysadmin, next?", "how do i move up", "where do i go from
 * here"): its career path.
 */
const nextStep =
  /\b(next|move up|moving up|step up|level up|go from here|where (?:do|can|should|could) i go|advance|advancing|advancement|promoted|promotion|progress|progression|comes after|after (?:it|that|this)|career growth|climb)\b/i;

/**
 * "a good next step", "the right move", "a step up": a role weighed as a step on from where one is now, which
 * is the thread's role or occupation.
 */
const stepOn =
  /\b(next (step|move)|(good|right|smart|natural|logical|sensible|bad|wise) (next )?(move|step|choice)|step (up|down))\b/i;

/** Words of opinion about a job's work ("is IT support boring?"), which no source answers. */
const opinionWords =
  /\b(boring|bored|dull|tedious|monotonous|repetitive|stressful|stressed|fun|enjoyable|exciting|interesting|rewarding|fulfilling|satisfying|chill|relaxed|toxic)\b/i;

/** The word of opinion a question asks about a job's work in ("boring"), if any. */
export const opinionAsked = (question: string): string | undefined =>
  opinionWords.exec(question)?.[1]?.toLowerCase();

/** Words that ask for roles to be compared rather than moved between. */
const comparing = new Set([
  ...setAgainst,
  "compare",
  "comparison",
  "difference",
  "differences",
  "diff",
  "differ",
  "different",
  // "is data science similar to data engineering": likeness is a comparison, not a move.
  "similar",
  "same",
  "close",
  "closer",
  "equivalent",
  "related",
  "alike",
  "overlap",
]);

/** What a question asks to learn or have for a role: "what skills to switch to data science" stays that. */
const learningAbout: ReadonlySet<Intent> = new Set<Intent>([
  "skills",
  "tools",
  "softSkill",
  "education",
  "experience",
]);

/**
 * "is it more in demand", "which one grows faster": a question that weighs one thing against another. Not
 * "more detail" or "tell me more", and not "which skills", which asks about one thing.
 */
const comparesTwo = (text: string) =>
  /\b(better|worse|faster|slower|higher|lower|more|less|which (one|is|has|of|pays|grows|will|would))\b/i.test(
    text,
  ) && !/\b(more (detail|details|info)|tell me more|say more)\b/i.test(text);

/** "get into tech", "breaking into IT": getting into a field. */
const gettingInto = /\b(get|getting|break|breaking|move|moving|switch|switching) into\b/i;

/** Words that ask what two roles share ("overlap?", "similarities?"). */
const sharedAsked = /\b(overlaps?|overlapping|in common|share|shared|similar|similarities|alike)\b/i;

/** Words that ask what sets two roles apart ("differences?"). */
const apartAsked = /\b(differences?|diff|differ|compare|comparison|contrast)\b/i;

/** What someone asks about a move they were just shown: what to learn, how to get there. */
const learning: ReadonlySet<Intent> = new Set<Intent>(["skills", "gettingStarted", "gap"]);

/** Intents whose answer lists the field's items (trends, practices, challenges) to ask about one by one. */
const fieldIntents: ReadonlySet<Intent> = new Set<Intent>(["trend", "bestPractice", "challenge"]);

/** Intents that set two roles side by side (a move, which has a start and an end, aside). */
const twoSided: ReadonlySet<Intent> = new Set<Intent>(["compare", "common", "payCompare"]);

/** Intents a question weighing a move between two named roles may be read as; all mean the move. */
const moveIntents: ReadonlySet<Intent> = new Set<Intent>(["gap", "compare", "path", "payCompare", "outlook"]);

/**
 * Words that point back at several things just listed: "which of those", "what do these pay", "which pays
 * best". Not "they" ("what tools do they use" is about the thread's role) nor "which" before a noun.
 */
const referToMany =
  /\b(those|these|of them|which (?:one|ones|of|pays?|earns?|makes?|is|are|has|grows?|gets?|would|should|will))\b/i;

/** Words that ask nothing on their own beside a word of pay: "what's the income like", "which has higher tc". */
// "is IT support paid well", "are they well paid": how well, said of pay, asks the pay.
const payFiller = new Set(["like", "has", "have", "s", "well", "good", "decently", "enough", "ok", "okay"]);

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
      !payFiller.has(w),
  );
  return asked.some((w) => payWords.has(w)) && asked.every((w) => comparedBy.has(w));
}

/** Nouns that make "which" range over every role ("which jobs grow fastest"), not the thread's. */
const everyRole = /\b(roles|jobs|careers|occupations|professions|positions|fields)\b/i;

/**
 * "which grows fastest", "which one pays the most", "which of these jobs pays best": which of the roles just
 * set side by side, not of every role.
 */
const asksWhichOfSet = (text: string) =>
  /\bwhich\b/i.test(text) && (!everyRole.test(text) || /\b(these|those|them|the (two|three))\b/i.test(text));

/** The roles of ids, those the knowledge base knows, in order. */
const rolesOf = (kb: KnowledgeBase, ids: string[]) =>
  ids.map((id) => kb.roleById.get(id)).filter((r): r is Role => r !== undefined);

/** Years of experience, with the level the knowledge's levels give for that many years, if one does. */
function experienceLevel(kb: KnowledgeBase, asked: ExperienceYears): Understanding["experience"] {
  const n = asked.years;
  const level = kb.knowledge.levels.find(
    (l) => l.years && l.years.min <= n && (l.years.max === undefined || n <= l.years.max),
  );
  return { ...asked, ...(level ? { level: level.id } : {}) };
}

/** Combines what the question says with what the thread already established. */
export function resolve(
  kb: KnowledgeBase,
  text: string,
  e: Entities,
  c: Classification,
  context: ConversationContext | undefined,
): Understanding {
  const inherited: string[] = [];
  // "the first one", "the heavy one": one of the roles or occupations the thread offered, picked.
  const pick = pickInThread(kb, tokenize(text), context);
  // "which of those pays best" after roles were offered (a path's related roles, a question back's options):
  // all of them, weighed.
  const offered = rolesOf(kb, context?.offered ?? []);
  const overOffered = !pick && offered.length >= 2 && namedJobs(e) === 0 && referToMany.test(text);
  const thread = pick?.role ? [pick.role] : overOffered ? offered : rolesOf(kb, context?.roles ?? []);
  // "the first one" after "which analyst do you mean?": one of the options, not of the thread's own roles.
  const pickedOffered = pick?.role !== undefined && offered.length > 0 && !askedAboutThread(context);
  // A pick that asks nothing else ("the second one") asks the thread's last question again, of the one picked:
  // after pay, its pay.
  // So does "tell me more about the second one", whose other words only ask about the pick.
  const asksNothing =
    pick !== undefined &&
    !closesOnPick(tokenize(text)) &&
    (conversational.has(c.intent) ||
      isGuess(c) ||
      // A short reply asks nothing but the pick unless it names a topic outright ("the former, what skills").
      (e.masked.length <= 5 && !roleIntents.has(c.intent)) ||
      onlyPicks(tokenize(text)));
  // After pay, or a ranking of roles (by pay, mostly), the one picked's pay.
  const pickedPay =
    asksNothing &&
    pick?.role !== undefined &&
    context?.intent !== undefined &&
    (payIntents.has(context.intent) || context.intent === "roleRanking");
  let intent = pickedPay ? "salary" : asksNothing ? "followUp" : c.intent;
  // A level, a place (with figures or not) or an employer: what changes the pay asked about.
  const payDetail = Boolean(
    e.level || e.unlistedLevel || e.place || e.unlistedPlace || e.company || e.companyKinds.length,
  );
  const namesSomething = namedJobs(e) > 0 || payDetail;
  // A fragment that only changes an entity ("what about Seattle?", "senior?") repeats the last question.
  // So is "in london?" in a thread, which alone reads as off topic: a place, level or employer is all it names.
  const threadSubject = (context?.roles.length ?? 0) > 0 || context?.occupation !== undefined;
  const fragment =
    intent === "followUp" ||
    (c.confidence < confidentAt && namesSomething && e.masked.length <= 4) ||
    (threadSubject && payDetail && namedJobs(e) === 0 && e.masked.length <= 4);
  // After a list of roles, a pick ("the second one") or a role named alone ("and devops?") asks what it is,
  // not for the list again; after the roles related to one (which it offered), a role named alone asks for
  // that role's related roles in turn.
  const afterList = context?.intent === "roleList";
  const relatedAgain = afterList && offered.length > 0 && !pick && namedJobs(e) > 0;
  if (fragment && context?.intent && context.intent !== "followUp" && (!afterList || relatedAgain)) {
    intent = context.intent;
    inherited.push("intent");
    // "and in Austin?" after a comparison or a question about what a role does: a level, place or company
    // only changes pay, so it asks for the pay there (of both roles, after a comparison).
    if (!payIntents.has(intent) && payDetail)
      intent = thread.length > 1 && namedJobs(e) === 0 ? "payCompare" : "salary";
  } else if (intent === "followUp" || (fragment && afterList))
    intent = payDetail ? "salary" : "responsibilities";
  // Where a move leads, when the rules below read it from the thread rather than the question's words.
  let toRole: Role | undefined;
  // An intent one of the rules below sets is no guess, whatever the classifier's confidence.
  let ruled = false;
  const rule = (to: Intent) => {
    // A rule that reads another intent than the thread's last one decides it: it is no longer inherited.
    if (to !== context?.intent) {
      const at = inherited.indexOf("intent");
      if (at >= 0) inherited.splice(at, 1);
    }
    intent = to;
    ruled = true;
  };
  // A rule read from words that ask it in so many words ("day to day?"): a question of its own, never the
  // thread's last one repeated, even where it asks what the thread asked last.
  const ruleAsked = (to: Intent) => {
    rule(to);
    const at = inherited.indexOf("intent");
    if (at >= 0) inherited.splice(at, 1);
  };
  if (pickedPay) rule("salary");
  // "the second one" after "cloud architect vs data architect": one side of a comparison picked, asking
  // nothing else, is that role described; a comparison of one role asks back for nothing.
  const pickedSide =
    asksNothing && pick?.role !== undefined && context?.intent !== undefined && twoSided.has(context.intent);
  if (pickedSide && !pickedPay) rule("responsibilities");
  // "the latter, whats the range", "whats the range for the first one": "the range" asked of a role with
  // nothing else to range over is its pay range.
  if (thread.length > 0 && namedJobs(e) === 0 && rangeAsked.test(text))
    rule(thread.length > 1 ? "payCompare" : "salary");
  // "and the money?", "pay?" in a thread: a word of pay with nothing else of its own is the thread's pay.
  const payOnly =
    thread.length > 0 && namedJobs(e) === 0 && !payDetail && payAsked.test(text) && e.masked.length <= 4;
  if (payOnly && !payIntents.has(intent)) rule(thread.length > 1 ? "payCompare" : "salary");
  // "my bf is a data analyst and makes 70k, is that normal": an amount of pay stated asks what the role
  // pays, to set it beside. (A move weighed with it stays the move: the rules for moves come later.)
  if (statesPay(text) && namedJobs(e) <= 1 && !payIntents.has(intent)) rule("salary");
  // "salary", "the path" in reply to "About Network Architect? Pick what you want to know": the topic picked,
  // of the role asked about, however few words it has to go on.
  const answersAskBack = askedAboutThread(context) && namedJobs(e) === 0 && !payDetail && intent === c.intent;
  if (answersAskBack && roleIntents.has(intent) && c.confidence >= 0.3) rule(intent);
  // "skills for both?", "what technical skills…": skills named with no word of the soft kind are the
  // role's skills, whatever the classifier leans to.
  // So are "skills for each?" and the like when the classifier only guesses between the two.
  const skillsGuessed = intent === "softSkill" || (intent === "skills" && isGuess(c));
  if (skillsGuessed && /\bskills?\b/i.test(text) && !softWords.test(text)) rule("skills");
  // "its my first week on helpdesk, what skills should i pick up": skills asked by someone already in the
  // one role named, with no word of getting into it, are the role's skills, not how people start.
  const skillsInRole =
    intent === "gettingStarted" &&
    e.roles.length === 1 &&
    /\bskills?\b/i.test(text) &&
    !softWords.test(text) &&
    !becomingAsked.test(text) &&
    !gettingInto.test(text) &&
    !payAsked.test(text);
  if (skillsInRole) rule("skills");
  // "what certs help", "any certifications?": credentials are a question of education, not of help.
  if (asksCertificates(text) && !payAsked.test(text) && intent !== "gap") rule("education");
  // "whats an sre", "what is a data architect": a role named alone is a question of what it does.
  const bare = e.masked.filter((w) => !whatIsWords.has(w));
  if (e.roles.length === 1 && bare.length === 1 && bare[0] === "xrole") rule("responsibilities");
  // "told me to look at SRE, what is it exactly": "it" asked what it is, after one role named, is that role.
  if (e.roles.length === 1 && namedJobs(e) === 1 && whatItIs.test(text)) rule("responsibilities");
  // "what is the income of a data scientist", "it support income?", "is data scientist lucrative": one role
  // named with nothing asked of it but its pay, in whichever word, is a pay question.
  const onlyPay = asksOnlyPay(e.masked);
  if (e.roles.length === 1 && namedJobs(e) === 1 && onlyPay && !payIntents.has(intent)) rule("salary");
  // "whats the day to day in ml", "a day in the life of an sre": what the work of the one role named is.
  // Named none, the thread's roles' ("whats the difference in what they do day to day" after a comparison:
  // each one's duties, which say more of the day than the comparison's one line each).
  // So is "day to day?" after an occupation's card: that occupation's work, which its answer says it has no
  // description of.
  const dayOfThread = namedJobs(e) === 0 && (thread.length > 0 || context?.occupation !== undefined);
  const dayOfNamed = e.roles.length === 1 && !pairIntents.has(intent);
  // (A pay question read from the thread asks no pay of its own: "day to day?" after "nurse salary".)
  const asksPayNow = payIntents.has(intent) && (payAsked.test(text) || !inherited.includes("intent"));
  if (dailyWork.test(text) && (dayOfNamed || dayOfThread) && !asksPayNow) ruleAsked("responsibilities");
  // "whats it like working in it security", "is IT support boring?", "is it stressful" in a thread about a
  // role: what the work of the one role is, the only answer the sources hold to a question of experience.
  const oneRole = e.roles.length === 1 || (namedJobs(e) === 0 && thread.length === 1);
  // So is "how many hours a week do they work", "is it lonely", "work life balance for sre": working life,
  // which no source covers, asked of a role is a question of its work, never of its job market.
  const lifeAsked = workLifeAsked(text).length > 0;
  const askedAboutWork =
    workLike.test(text) ||
    opinionAsked(text) !== undefined ||
    lifeAsked ||
    // ("need certs or is it all experience" asks what the role asks for, which the rule for credentials reads.)
    (workShareAsked(text) !== undefined && !asksCertificates(text));
  // "how is the work life balance for data analysts" is no comparison, however the classifier leans, with
  // no word that sets one thing against another.
  const setAgainstNone = !e.masked.some((w) => setAgainst.has(w));
  const pairOnlyGuessed = lifeAsked && pairIntents.has(intent) && setAgainstNone;
  if (
    oneRole &&
    askedAboutWork &&
    (!pairIntents.has(intent) || pairOnlyGuessed) &&
    !payIntents.has(intent) &&
    !payAsked.test(text)
  )
    rule("responsibilities");
  // "work life balance in tech", "is it lonely" with no role named nor in the thread: which role, asked back
  // as a question of what the work is.
  if (lifeAsked && namedJobs(e) === 0 && thread.length === 0 && !payAsked.test(text) && setAgainstNone)
    rule("responsibilities");
  // So is "which is less stressful", "which one is more fun" after a comparison, whichever way the classifier
  // leans on "which one is more": what the work of each is, unless pay is asked too.
  const opinionOfThread =
    namedJobs(e) === 0 && thread.length > 1 && (opinionAsked(text) !== undefined || lifeAsked);
  if (opinionOfThread && !payAsked.test(text)) rule("responsibilities");
  // "which of those jobs pays the most", "which of them is growing fastest" after roles were offered: those
  // roles weighed by what was asked, not every role ranked.
  if (overOffered && !roleIntents.has(intent) && (payAsked.test(text) || marketGrowthAsked(text)))
    rule(payAsked.test(text) ? "payCompare" : "outlook");
  // "which grows fastest", "which of them pays most" after two or three roles set side by side: those roles
  // weighed by what was asked, not every role ranked. ("which jobs grow fastest" still ranks them all.)
  const setInThread = thread.length >= 2 && !pick && !overOffered && context?.intent !== "gap";
  const weighsSet = setInThread && namedJobs(e) === 0 && asksWhichOfSet(text);
  const setWeighedBy = !weighsSet
    ? undefined
    : payAsked.test(text)
      ? ("payCompare" as const)
      : marketGrowthAsked(text)
        ? ("outlook" as const)
        : undefined;
  if (setWeighedBy) rule(setWeighedBy);
  // "3 yrs as sysadmin, next?", "i'm a qa, whats next", "how do i move up" in a thread about a role: the
  // role's path, unless the words ask what to learn or what it pays ("what should i learn next").
  const asksOther =
    (learningAbout.has(intent) && !isGuess(c)) ||
    payAsked.test(text) ||
    learnAsked.test(text) ||
    /\bskills?\b/i.test(text);
  const pathAsked = nextStep.test(text) || new RegExp(pathPhrases.source, "i").test(text);
  if (oneRole && pathAsked && !asksOther && !pairIntents.has(intent) && !e.to) rule("path");
  // "what does meta pay swes" (salary or pay ranking?), "data scientist comp" (few words to go on): a role's
  // pay asked in a word of pay is a pay question, whichever kind of pay question the classifier leans to.
  if (
    intent === c.intent &&
    payIntents.has(intent) &&
    isGuess(c) &&
    (e.roles.length > 0 || ((e.pronoun || namedJobs(e) === 0) && thread.length > 0) || e.itField) &&
    payAsked.test(text)
  )
    rule(intent);
  // "whats a junior ml engineer make", "tech support jobs entry level what do they pay": a question that
  // ends on a verb of earning, or asks what they pay, is about pay, whatever else its words lean to.
  const earningAsked =
    endsOnEarning.test(text) ||
    /\bwhat (?:do|does|did|would|will) (?:they|it|those|these|you|i|we) (?:pay|make|earn)\b/i.test(text);
  if (e.roles.length === 1 && earningAsked && !payIntents.has(intent)) rule("salary");
  // "network admin, whats the going rate", "how do sysadmins compare pay wise": pay in an everyday phrase is
  // the pay of the roles named (or the thread's), set side by side where there are two.
  const payRoles = namedJobs(e) > 0 ? e.roles.length : thread.length;
  if (payPhrase.test(text) && payRoles > 0 && !payIntents.has(intent))
    rule(payRoles > 1 ? "payCompare" : "salary");
  // "which one is more technical" after "pm vs em?": the two roles weighed, not a question back.
  const judgesBoth = /^which\b/i.test(text) && comparesTwo(text) && !opinionAsked(text) && !lifeAsked;
  if (isGuess(c) && thread.length >= 2 && namedJobs(e) === 0 && judgesBoth && !setWeighedBy) rule("compare");
  // "which needs more school" after a comparison: the roles weighed by their education, each one's shown.
  if (
    thread.length >= 2 &&
    namedJobs(e) === 0 &&
    judgesBoth &&
    schoolingAsked.test(text) &&
    !payAsked.test(text)
  )
    rule("education");
  const againstWord = e.masked.some((w) => setAgainst.has(w));
  // "IT or data science for a career switcher?": the field set against a role, whose IT role is asked back.
  if (e.itField && e.roles.length === 1 && againstWord) rule(payAsked.test(text) ? "payCompare" : "compare");
  // "IT is kinda boring tbh, does devops pay better": a role's pay weighed in words of more or better
  // against the field the question names is the two side by side, not the role's pay alone.
  const weighsAgainstField = e.itField && e.roles.length === 1 && namedJobs(e) === 1 && !e.to && !e.from;
  if (weighsAgainstField && payAsked.test(text) && comparesTwo(text) && !heldInField.test(text))
    rule("payCompare");
  // "vs devops?" after "sre pay": the thread's role set against the one named, pay if pay was asked, before
  // or now ("does it pay more than software engineering" after a QA engineer's path).
  // So is "is it better than IT support?" in a thread about devops: the pronoun is the thread's role.
  const setAgainstThread = (fragment || e.pronoun) && againstWord;
  const payBefore = context?.intent !== undefined && payIntents.has(context.intent);
  if (setAgainstThread && e.roles.length === 1 && thread[0] && thread[0] !== e.roles[0])
    rule(payBefore || payAsked.test(text) ? "payCompare" : "compare");
  // "frontend or backend dev, whats better": roles set against each other are compared, whatever the
  // words around them, when the question reads as nothing about roles or only as a guess.
  if (e.roles.length >= 2 && (!roleIntents.has(intent) || isGuess(c)) && againstWord) rule("compare");
  // "swe vs mle earnings", "swe or mle, which has higher tc": roles set against each other by their pay alone
  // are weighed by pay, in whichever word of pay.
  if (e.roles.length >= 2 && againstWord && onlyPay && !payIntents.has(intent)) rule("payCompare");
  // "how long does it take to become a data scientist", "what does it take to become a lead mle", "is it hard
  // to become a data architect": how people get in, not what the role does nor how its jobs grow.
  const effort = timeAsked.test(text) || whatItTakes.test(text) || takesAsked.test(text) || asksEffort(text);
  if (e.roles.length === 1 && effort && becomingAsked.test(text)) rule("gettingStarted");
  // "how long does it take", "what does it take to get there" in a thread about one role: how people get
  // into it, unless the words ask what it needs ("how many years of experience is that"). (After a move, the
  // rules below make it the move's.)
  const intoThreadRole =
    namedJobs(e) === 0 &&
    thread.length === 1 &&
    !payDetail &&
    !payAsked.test(text) &&
    !e.skillKind &&
    // "how long does it take to learn": the time learning takes, which its own rule answers.
    !learnAsked.test(text) &&
    (!learningAbout.has(intent) || isGuess(c));
  if (intoThreadRole && (timeOnly.test(text) || whatItTakes.test(text))) rule("gettingStarted");
  // "explain the edge one" after the trends (or practices, or challenges): one of those listed, asked about.
  const listed = context?.intent && fieldIntents.has(context.intent) ? context.intent : undefined;
  if (listed && namedJobs(e) === 0 && pickAsked(tokenize(text)) !== undefined) rule(listed);
  // "more detail pls" in a thread: the thread's role, described.
  if (namedJobs(e) === 0 && thread.length > 0 && /\bmore (detail|details|info)\b/i.test(text))
    rule("responsibilities");
  // "overlap?", "differences?" in a thread that has covered two roles: the two side by side, however few
  // words the question has; what they share, or what sets them apart.
  const earlier = context?.earlier ? kb.roleById.get(context.earlier) : undefined;
  const twoInThread = thread.length === 2 || (thread.length === 1 && earlier !== undefined);
  const sideBySide = sharedAsked.test(text) ? "common" : apartAsked.test(text) ? "compare" : undefined;
  const unsureOrPair = isGuess(c) || (pairIntents.has(intent) && !payIntents.has(intent));
  const setSideBySide =
    sideBySide && twoInThread && namedJobs(e) === 0 && unsureOrPair && !payAsked.test(text);
  if (setSideBySide) rule(sideBySide);
  // "which one would you pick" after a comparison: the roles again, not every role there is.
  if (intent === "roleList" && thread.length >= 2 && /\bwhich\b/i.test(text) && namedJobs(e) === 0)
    rule("compare");
  // "swe salary with 5 years experience", "what about with 8 yoe?" after pay: years of experience in a pay
  // question ask the pay that far into a career, not what experience the role asks for.
  const years = experienceYears(text);
  const afterPayQuestion =
    context?.intent !== undefined &&
    payIntents.has(context.intent) &&
    namedJobs(e) === 0 &&
    thread.length > 0;
  const yearsOfPay = years && (payAsked.test(text) || afterPayQuestion) ? years : undefined;
  if (yearsOfPay && !payIntents.has(intent)) rule("salary");
  // "which one is growing more": growth asked in words of more and less is the outlook, not pay. (A
  // comparison keeps its whole answer, which says which grows faster under its outlook.)
  if (payIntents.has(intent) && !payAsked.test(text) && marketGrowthAsked(text)) rule("outlook");
  // Getting into one role from another ("how do I get into ml from swe") is the gap between them; so is
  // weighing a move between two roles ("should I move from swe into mle?", "swe to mle, worth it?").
  const move = e.from !== undefined && e.to !== undefined && e.from !== e.to;
  // "considering leaving network admin for sre, thoughts?", "whats the path to ml from swe": a move between
  // two named roles that is weighed, or asked the way there, is the move whatever else the words suggest.
  // Not a question the words ask of where it leads ("data scientist thinking about research scientist, do i
  // need a phd"): that one's education, below.
  const asksOfTarget = (intent === "education" || intent === "experience") && !isGuess(c);
  const weighedMove = e.weighing || e.moving;
  if (move && (intent === "gettingStarted" || intent === "path" || (weighedMove && !asksOfTarget)))
    rule("gap");
  // "swe to mle", "leave pm for em?": two roles joined by where a move leads, with no word of comparing.
  if (move && intent === "compare" && !e.masked.some((w) => comparing.has(w))) rule("gap");
  // "swe to mle, what skills", "qa to devops - what tools will i need": what to learn for a move is its gap,
  // and so is a move the classifier cannot read otherwise.
  const learnsForMove =
    intent === "skills" || intent === "tools" || intent === "offTopic" || (!ruled && isGuess(c));
  if (move && learnsForMove && !e.skillKind) rule("gap");
  // "senior applied scientist -> principal applied scientist, what changes": a move named is no question of
  // the field's trends (or practices, or challenges) unless it names them.
  const namesFieldTopic = /\b(trends?|practices?|challenges?|market)\b/i.test(text);
  if (move && fieldIntents.has(intent) && !namesFieldTopic) rule("gap");
  // "nurse to data analyst", "i'm an auto mechanic, want to become a network admin": a move from an
  // occupation into the one role named, unless a word asks to compare them.
  const comparingWord = e.masked.some((w) => comparing.has(w));
  if (e.to && e.roles.length === 1 && e.uncovered.length === 1 && !comparingWord && !payIntents.has(intent))
    rule("gap");
  // "i'm a nurse, wanna get into tech. where do i start": a move from the occupation into the field, the
  // role not yet chosen.
  const intoField =
    e.uncovered.length === 1 &&
    e.roles.length === 0 &&
    e.masked.includes("tech") &&
    (e.moving ||
      intent === "gettingStarted" ||
      intent === "path" ||
      intent === "gap" ||
      gettingInto.test(text));
  if (intoField) rule("gap");
  // A move from where the thread is, said in so many words: "is sre a good move from here", "could i
  // become a front end dev from that" (a role it leads to, and "from" the thread's subject); "would
  // security analyst be a good next step" (a role weighed as a step on from where one is now).
  const fromHere =
    /\bfrom (here|there|that|this)\b/i.test(text) && (e.moving || e.weighing || e.to !== undefined);
  const fromThreadSubject = fromHere || stepOn.test(text);
  // "i'm a nurse" then "could i move into data analyst from that": the thread's occupation is the start.
  // So is the one role a reply names after the thread asked how to move from the occupation ("maybe data
  // analyst?" after "i'm a nurse, wanna get into tech").
  const fromThreadOccupation = context?.occupation !== undefined && thread.length === 0;
  const afterIntoField = context?.intent === "gap" && !payIntents.has(intent);
  const movingFromIt =
    (e.to !== undefined && (e.moving || e.weighing)) || afterIntoField || fromThreadSubject;
  if (fromThreadOccupation && e.roles.length === 1 && namedJobs(e) === 1 && movingFromIt) {
    rule("gap");
    if (!e.to && context?.intent === "gap") toRole = e.roles[0];
  }
  // "i work in IT, want to become a data scientist": a move from the field, which IT role not yet said.
  // Not "i work in IT, mostly desktop support. how do i move up": the role named is the one held.
  const fromField =
    e.itField && heldInField.test(text) && e.roles.length === 1 && !e.from && !nextStep.test(text);
  if (fromField && (e.to || e.moving)) {
    rule("gap");
    toRole = e.roles[0];
  }
  // "from IT to devops", "how hard is it to go from IT to this": a move with the field as one side.
  const fieldMove = moveWithField(e, text, intent, thread);
  if (fieldMove) {
    rule("gap");
    toRole ??= fieldMove.to;
  }
  // "i'm a sysadmin" then "is sre a good move from here", "would sre be a good next step": the thread's
  // role is the start.
  const otherThanThread = e.roles.length === 1 && !e.from && thread[0] && thread[0] !== e.roles[0];
  if (fromThreadSubject && otherThanThread) rule("gap");
  // "how do i get out of it" in a thread about IT support: leaving the thread's role, where to is asked back.
  // ("is there a growth path out of it" asks for the role's path, which shows where it leads.)
  const leavingThread =
    e.moving &&
    namedJobs(e) === 0 &&
    thread.length === 1 &&
    !pathAsked &&
    /\b(out of|leave|leaving|quit)\b/i.test(text);
  if (leavingThread) rule("gap");
  // "should i leave devops?", "im a network admin looking to make a move": where to is asked back.
  // Not a pay question: "which city should I move to" as an ML engineer ranks places.
  const startOnly = e.moving && e.roles.length === 1 && e.from && !e.to && !payIntents.has(intent);
  if (startOnly && (!thread[0] || thread[0] === e.from)) rule("gap");
  // "whats the pay difference", "what should i learn first" after "which role do you want to move to from QA
  // Engineer?": the move still has no end; asked again, never answered for where it starts.
  const targetStillAsked =
    context?.leaving !== undefined &&
    thread.length === 1 &&
    thread[0]?.id === context.leaving &&
    namedJobs(e) === 0 &&
    !e.to;
  const asksOfMove =
    payAsked.test(text) ||
    learnAsked.test(text) ||
    timeAsked.test(text) ||
    e.weighing ||
    learning.has(intent) ||
    payIntents.has(intent);
  if (targetStillAsked && asksOfMove) rule("gap");
  // "swe" in reply to that question: the move to the role named, from the thread's.
  const targetNamed =
    context?.leaving !== undefined &&
    thread[0]?.id === context.leaving &&
    e.roles.length === 1 &&
    namedJobs(e) === 1 &&
    e.roles[0] !== thread[0] &&
    e.masked.length <= 3;
  if (targetNamed) rule("gap");
  // "what should i learn next", "ok what should i study first" in a thread about a role, which the classifier
  // only guesses at: what the role needs. (After a move, the rule below makes it the move's gap.)
  if (namedJobs(e) === 0 && thread.length > 0 && isGuess(c) && !ruled && learnAsked.test(text))
    rule("skills");
  // The thread's last answer was a move from an occupation into one role: its context keeps the occupation.
  const occupationMove = context?.intent === "gap" && context.occupation !== undefined && thread.length === 1;
  const threadMove = context?.intent === "gap" && (thread.length === 2 || occupationMove);
  // After a move's answer, a question about it that names nothing is about that move: "what should i learn
  // first", "is it worth it" (the move again), "how much more would i make" (both roles' pay).
  const afterMove = threadMove && namedJobs(e) === 0 && !payDetail;
  // "more", "what else" ask nothing of their own: what else there is to ask, not the move again.
  // Nor do "whats the day to day", "is it on call heavy", "is that a senior role": each asks one thing of the
  // roles (their duties, working life, rung), answered by its own rule, never the move's table again.
  const asksOneThing = dailyWork.test(text) || lifeAsked || rungAsked(text) !== undefined;
  const vague =
    (intent === "offTopic" || isGuess(c)) && !setSideBySide && !moreAsked.test(text) && !asksOneThing;
  if (afterMove && (e.weighing || learning.has(intent) || timeAsked.test(text) || vague)) rule("gap");
  // "is it more on call heavy" after a move: working life, of both sides, which the answer says it has
  // nothing on; "whats the day to day": what the work is where the move leads.
  if (afterMove && (lifeAsked || dailyWork.test(text)) && !payAsked.test(text)) rule("responsibilities");
  // "how does it compare to data scientist pay" after a data analyst: the thread's role set beside the one
  // named, by pay.
  const besideThread =
    e.roles.length === 1 && namedJobs(e) === 1 && thread.length === 1 && thread[0] !== e.roles[0];
  if (besideThread && comparedTo.test(text) && payAsked.test(text) && !move) ruleAsked("payCompare");
  // "how about the reverse", "what about the other way around": the thread's move, the other way.
  const reversed = afterMove && thread.length === 2 && reverseAsked.test(text);
  if (reversed) ruleAsked("gap");
  if (afterMove && (payIntents.has(intent) || payAsked.test(text))) rule("payCompare");
  // "and the pay diff in nyc?" after a move: both sides' pay, in the place (or at the level) asked, each one
  // saying where it has no figure there.
  const payThereAfterMove = threadMove && namedJobs(e) === 0 && payDetail && payAsked.test(text);
  if (payThereAfterMove) rule("payCompare");
  // After the way into one role with no start pinned ("how do i become a data engineer", or a start that
  // names several occupations, "teaching"), the role is all there is: what it takes, or what it pays.
  // (Not after a question back for where a move from the one role leads: that role is its start.)
  const intoOne =
    context?.intent === "gap" &&
    thread.length === 1 &&
    !occupationMove &&
    namedJobs(e) === 0 &&
    !payDetail &&
    !context.leaving;
  if (intoOne && (learning.has(intent) || vague || e.weighing)) rule("gap");
  if (intoOne && (payIntents.has(intent) || payAsked.test(text))) rule("salary");
  // "do i need certs", "need a phd?" about a move, named or just answered: what the role it leads to asks
  // for in education and credentials, not the move again.
  const aboutMove = move || afterMove || intoOne;
  if (aboutMove && credentialsAsked.test(text) && !payAsked.test(text) && !timeAsked.test(text))
    rule("education");
  // "what does the pay look like starting out" after a move: the entry-level pay of the role it leads to.
  const startsOut = startingOut.test(text) && payAsked.test(text);
  if ((afterMove || intoOne) && startsOut) rule("salary");
  // "are they in demand?", "whats the growth like" in a thread about a role: that role's outlook, not the
  // market's, when the question names nothing else and is short enough to lean on the thread.
  const leansOnThread = e.pronoun || e.masked.length <= 5;
  // So is "the growth tho?": a word of growth, and no word of pay, however unsure the classifier.
  // "how about growth" repeats no question of the thread: a word of growth in a fragment is the outlook.
  const growthOnly =
    marketGrowthAsked(text) &&
    !payAsked.test(text) &&
    (intent === "outlook" || isGuess(c) || inherited.includes("intent"));
  if (
    (intent === "market" || intent === "trend" || growthOnly) &&
    namedJobs(e) === 0 &&
    leansOnThread &&
    threadSubject
  )
    rule("outlook");
  // "would it be a good move from sysadmin?" in a thread about a role: the move from there to it.
  if (e.weighing && e.roles.length === 1 && e.from && !e.to && thread[0] && thread[0] !== e.from) rule("gap");
  // "should I switch to product management?": the move into it, from the thread's role when there is one.
  // "what about moving to data scientist": a move into the one role named, whatever else the words suggest.
  // ("what about switching to data engineer" after "swe salary" is the move, not that role's pay.)
  const notPay = !payIntents.has(intent) || (e.moving && !payAsked.test(text));
  if (e.roles.length === 1 && e.to && !e.from && notPay && !learningAbout.has(intent)) {
    if (e.moving || (e.weighing && (moveIntents.has(intent) || isGuess(c)))) rule("gap");
  }
  // "is now a good time to become a data scientist", "dba — is it still a thing in 2025?": whether one role is
  // worth going into now is its job market, not its duties, the way in or the year's trends; the time or
  // effort of getting in, its pay or a move between two roles keep their own answers.
  const oneRoleTimed = e.roles.length === 1 || (namedJobs(e) === 0 && e.pronoun && thread.length === 1);
  if (oneRoleTimed && asksTiming(text) && !move && !payAsked.test(text) && !timeAsked.test(text))
    rule("outlook");
  // "is it a senior role", "how long do ppl usually stay in it before moving up": where one role sits on its
  // ladder, which its path answers (a level named so is no pay level); "is IT support a dead end job": its
  // outlook, with where people go from it.
  // After a move ("dba to data architect" then "is that a senior role"): the role the move leads to. (The
  // rung's word reads as a pay level, so this is no afterMove, which asks that no level be named.)
  const rung =
    oneRoleTimed || (e.roles.length === 0 && namedJobs(e) === 0 && (thread.length === 1 || threadMove));
  const rungOnly = rung && !move && !payAsked.test(text);
  if (rungOnly && (rungAsked(text) || asksTenure(text))) rule("path");
  if (rungOnly && asksDeadEnd(text)) rule("outlook");
  // "want to move to industry as an applied scientist": a move into a name that could be several roles is
  // the way into whichever is picked, however the classifier leans ("industry").
  if (e.moving && namedJobs(e) === 0 && e.ambiguous.length === 1 && !payAsked.test(text))
    rule("gettingStarted");
  let roles = e.roles;
  let from = e.from;
  let to = e.to ?? toRole;
  // "data scientist to research scientist - need a phd?": a question about one role's education, path or
  // duties in a message that names a move is about where the move leads.
  if (move && e.to && !pairIntents.has(intent) && !payIntents.has(intent) && intent !== "outlook")
    roles = [e.to, ...roles.filter((r) => r !== e.to)];
  // A question about a role we do not cover, or a name that could be several, never borrows the thread's roles.
  const covered = e.uncovered.length === 0 && !e.unknownTitle && e.ambiguous.length === 0;
  // "is devops more in demand?", "which is growing faster" in a thread about two roles: one against the other.
  const weighsBoth = thread.length === 2 && comparesTwo(text);
  const [named] = roles;
  if (
    covered &&
    roleIntents.has(intent) &&
    weighsBoth &&
    named &&
    namedJobs(e) === 1 &&
    thread.includes(named)
  ) {
    roles = [named, ...thread.filter((r) => r !== named)];
    inherited.push("roles");
    // Weighed by pay or by growth, whichever its words name, however the classifier leans.
    if (payAsked.test(text)) rule("payCompare");
    else if (marketGrowthAsked(text)) rule("outlook");
  } else if (covered && roleIntents.has(intent) && thread.length > 0) {
    if (roles.length === 0) {
      // After a move's answer, a question about one role ("what comes after", "what tools do they use")
      // is about where the move leads; the move itself, a comparison, or a question weighing both keeps both.
      const leadsTo =
        // Working life asked after a move ("is it more on call heavy") weighs both sides.
        context?.intent === "gap" && !pairIntents.has(intent) && !weighsBoth && !lifeAsked && thread[0]
          ? [thread[0]]
          : thread;
      roles = leadsTo;
      // "picked": the role came from a pick among the roles the last answer offered, no repeat of its question.
      // "set": the roles set side by side just before, weighed ("which grows fastest"), not every role.
      inherited.push(
        "roles",
        ...(overOffered ? ["offered"] : []),
        ...(pickedOffered ? ["picked"] : []),
        ...(setWeighedBy ? ["set"] : []),
      );
      // "overlap?" after "sre skills" then "what about devops": the role the thread was on before is the other.
      if (twoSided.has(intent) && thread.length === 1 && earlier && !thread.includes(earlier))
        roles = [earlier, ...thread];
      // "who makes more", "which has more openings" after "what does an EM do" then "and a PM?": the two
      // roles the thread has covered, weighed; pay asked so is their pay side by side.
      const weighsEarlier = thread.length === 1 && earlier && !thread.includes(earlier) && comparesTwo(text);
      if (weighsEarlier && (intent === "outlook" || payIntents.has(intent))) {
        roles = [earlier, ...thread];
        if (payIntents.has(intent)) intent = "payCompare";
      }
      // The thread's move: its context keeps where it leads first, where it starts second.
      if (afterMove && intent === "gap") [to, from] = thread;
      if (reversed && intent === "gap") {
        [from, to] = thread;
        roles = [...thread].reverse();
      }
      if (leavingThread || (targetStillAsked && intent === "gap")) from = thread[0];
    } else if (pairIntents.has(intent) && roles.length === 1 && thread[0] && thread[0].id !== roles[0]?.id) {
      // "compare it with swe", "how do I get there from swe": the thread's role is the other one.
      // "and mobile" after two roles set side by side: a third beside them.
      const named = roles[0] as Role;
      const added =
        intent !== "gap" && thread.length >= 2 && !thread.includes(named) && /^(and|also|plus)\b/i.test(text);
      roles = added ? [...thread, named].slice(0, 3) : [thread[0], named];
      inherited.push("roles");
      if (intent === "gap") {
        // After a move's answer ("swe -> mle?" then "what about devops instead"), the start stays; "and then
        // distinguished?" goes on from where the move led.
        const goesOn = /\b(then|after that|next)\b/i.test(text);
        const start = context?.intent === "gap" && thread[1] && !goesOn ? thread[1] : thread[0];
        if (e.from === named) to = thread[0];
        else {
          from = start;
          to = named;
          roles = [start, named];
        }
      }
    }
  }
  const carry = (key: "level" | "place" | "company") => {
    const named = e[key];
    if (named) return named;
    // "what about Denver?" names a place, figures or not: the thread's place is not carried past it.
    if (key === "place" && e.unlistedPlace) return undefined;
    if (!payIntents.has(intent) || !context?.[key] || !covered) return undefined;
    inherited.push(key);
    return context[key];
  };
  // Years of experience stand for the level the knowledge gives for them, if any; never the thread's level.
  const experience = yearsOfPay ? experienceLevel(kb, yearsOfPay) : undefined;
  // "what do they pay starting out": pay at the start is the entry level's. A rung asked of a role ("is it a
  // senior role") is no pay level, kept for the next question.
  const level =
    rungOnly && rungAsked(text)
      ? undefined
      : (e.level ??
        (experience ? experience.level : carry("level")) ??
        (startsOut && payIntents.has(intent) ? "entry" : undefined));
  // "principal sre salary" then "in seattle?": the level carried is still the one with no figures.
  const unlistedLevel =
    e.unlistedLevel ?? (level && !e.level && !experience ? context?.unlistedLevel : undefined);
  const place = carry("place");
  const company = carry("company");
  const otherCompanies = company ? e.employers.filter((c) => c !== company) : [];
  // After a move from an occupation the thread is about the role it leads to; the occupation is only where
  // the move starts, for a question about the move itself ("does it pay more", "is it worth it").
  const threadOccupation = pick?.occupation ?? (occupationMove ? undefined : context?.occupation);
  const fromOccupation =
    occupationMove && afterMove && pairIntents.has(intent) ? context?.occupation : undefined;
  const offeredOccupations = (context?.offered ?? []).filter((id) => !kb.roleById.has(id));
  const offeredRoles = pick ? [] : offered;
  return {
    text,
    intent,
    confidence: ruled ? 1 : c.confidence,
    ...(c.second && !ruled ? { second: c.second } : {}),
    entities: e,
    roles,
    ...(level ? { level } : {}),
    ...(place ? { place } : {}),
    ...(e.unlistedPlace ? { unlistedPlace: e.unlistedPlace.name } : {}),
    ...(unlistedLevel ? { unlistedLevel } : {}),
    ...(experience ? { experience } : {}),
    ...(company ? { company } : {}),
    ...(otherCompanies.length ? { otherCompanies } : {}),
    ...(e.companyKinds.length ? { companyKinds: e.companyKinds } : {}),
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
    inherited,
    ...(context?.intent ? { threadIntent: context.intent } : {}),
    threadRoles: thread,
    ...(threadOccupation ? { threadOccupation } : {}),
    ...(threadOccupation && !pick?.occupation && context?.besideOccupation
      ? { besideOccupation: context.besideOccupation }
      : {}),
    ...(fromOccupation ? { fromOccupation } : {}),
    ...(offeredOccupations.length && !pick?.occupation ? { offeredOccupations } : {}),
    ...(offeredRoles.length ? { offeredRoles } : {}),
  };
}
