import type { Entities } from "../entities/entities.js";
import type { Intent } from "../intent/intents.js";
import { setAgainstWords } from "../words/contrast-words.js";
import { jobSoonerAsked } from "../words/job-to-get.js";
import { comparesTwo } from "../words/question-asks.js";
import { degreeWords, growthWords, jobsCounted, openingWords, wordsPattern } from "../words/topic-words.js";

/*
 * Words and sets of intents that more than one file of thread rules reads. A word only one rule reads is
 * beside that rule.
 */

/**
 * Words that open a question of their own after "or": "can u get straight into it or do u need a degree"
 * weighs two ways into one role, no role against another.
 */
const questionOpeners = new Set("do does did is are can could should would will have has".split(" "));

/** Whether a question has a word that sets one named role against another ("swe or mle"). */
export const setsAgainst = (e: Entities) =>
  e.masked.some(
    (w, i) => setAgainstWords.has(w) && !(w === "or" && questionOpeners.has(e.masked[i + 1] ?? "")),
  );

/** The words of "what is a …" around a role named alone. */
export const whatIsWords = new Set(["what", "whats", "is", "a", "an", "the", "exactly", "s"]);

/** Words of becoming a role: "become", "get into", "be a". */
export const becomingAsked = /\b(become|becoming|get into|getting into|break into|breaking into|be an?)\b/i;

/** "get into tech", "breaking into IT": getting into a field. */
export const gettingInto = /\b(get|getting|break|breaking|move|moving|switch|switching) into\b/i;

/**
 * Words of a job market's growth. In a thread, openings and employment are asked of the outlook too (its
 * answer gives both), where a ranking ranks by openings apart; so is a role's future ("future looking good?")
 * and its prospects.
 */
// "which has better job prospects" after two roles: a job's prospects are its outlook, as its future is (they
// were read as the comparison asked again, r79).
const growthAsked = wordsPattern(growthWords, openingWords, jobsCounted, [
  "employment",
  "future",
  "prospects",
  "prospect",
]);

/**
 * Phrases of a career's own path ("is there a growth path out of it", "career growth"): its growth is the
 * person's, not the job market's, so they ask for the path and never for the outlook.
 */
export const pathPhrases = /\b(?:growth paths?|career growth|paths? out of)\b/gi;

/** A job market's growth asked: its words, outside the phrases of a career's own growth. */
export const marketGrowthAsked = (text: string) => growthAsked.test(text.replace(pathPhrases, " "));

/**
 * Words that point back at several things just listed: "which of those", "what do these pay", "which pays
 * best". Not "they" ("what tools do they use" is about the thread's role) nor "which" before a noun.
 */
export const referToMany =
  /\b(those|these|of them|which (?:one|ones|of|pays?|earns?|makes?|is|are|has|grows?|gets?|would|should|will))\b/i;

/** Words of going up where one is: "move up", "get promoted", "level up", "advance". */
export const goingUp = "move up|moving up|step up|level up|advance|advancing|promoted|promotion";

/**
 * Words of going on from a role held ("3 yrs as sysadmin, next?", "how do i move up", "where do i go from
 * here", "feeling stuck. what are my options?"): its career path. "the next 5 years", "next decade" is a
 * span of time, no step; "my options for certs" asks about something else.
 */
export const nextStep = new RegExp(
  String.raw`\b(next(?! (?:(?:\d+|few|couple(?: of)?|several|two|three|five|ten|twenty) )?(?:years?|yrs?|months?|decades?)\b)|my options\b(?! (?:for|to|in|on|with)\b)|${goingUp}|go from here|where (?:do|can|should|could) (?:i|he|she|they) go|leads? anywhere|where (?:can|does|will|would|could) (?:it|that|this) lead|grow from (?:there|here)|advancement|progress|progression|comes after|after (?:it|that|this)|career growth|climb)\b`,
  "i",
);

/** Phrases of the daily work of a role, whatever other words the question uses. */
export const dailyWork =
  /\b(day[- ]to[- ]day|day in the life|(typical|average|normal|usual|regular) (work ?)?day|daily (work|tasks|routine|duties)|their days|days? look like)\b/i;

/**
 * "which one has more openings", "which needs more school", "which of them grows faster": a question that
 * weighs the thread's sides against each other (a move's start and end among them), not one of them alone.
 */
export const weighsSides = (text: string) =>
  referToMany.test(text) || (/\bwhich\b/i.test(text) && comparesTwo(text));

/**
 * The job the person holds, said as theirs: "is my current job shrinking", "what does my field need". In a
 * thread on a move from it, asked of beside the role the move leads to, as a question weighing the two is.
 */
export const ownJobAsked = (text: string) =>
  /\bmy (?:current |present |own |old |day )?(?:job|occupation|line of work|field|profession|trade|career)\b|\bwhat i do now\b/i.test(
    text,
  );

/** What a question asks to learn or have for a role: "what skills to switch to data science" stays that. */
export const learningAbout: ReadonlySet<Intent> = new Set<Intent>([
  "skills",
  "tools",
  "softSkill",
  "education",
  "experience",
]);

/** What someone asks about a move they were just shown: what to learn, how to get there. */
export const learning: ReadonlySet<Intent> = new Set<Intent>(["skills", "gettingStarted", "gap"]);

/** Intents whose answer lists the field's items (trends, practices, challenges) to ask about one by one. */
export const fieldIntents: ReadonlySet<Intent> = new Set<Intent>(["trend", "bestPractice", "challenge"]);

/** Intents that set two roles side by side (a move, which has a start and an end, aside). */
export const twoSided: ReadonlySet<Intent> = new Set<Intent>(["compare", "common", "payCompare"]);

/**
 * "who is more", "which is best", "which one is higher": more (or the most) of something, with nothing said
 * of what; after a question of pay, more pay.
 */
export const moreOfNothingSaid =
  /^\W*(?:so |and |ok )?(?:who|which)(?: one)? (?:is|are|'s|gets|has) (?:more|higher|better|best|the best|the most|most|the highest)\W*$/i;

/**
 * A kind of job typed after a rank or an article ("a staff engineer", "senior developers"), or in the plural
 * as who is paid or hired ("what do analysts make", "does epic pay analysts", "are they hiring engineers").
 * "hiring managers" are the people who hire ("do hiring managers care about certs"), no kind of job asked.
 */
const titleKindTyped =
  /\b(?:a|an|staff|principal|senior|junior|lead|entry level|mid level)\s+(engineer|developer|scientist|analyst|architect|administrator|manager)s?\b|\b(?:do|are|for|pay|paying|hire|hiring(?!\s+managers\b)|hires)\s+(engineer|developer|scientist|analyst|architect|administrator|manager)s\b/i;

/**
 * The kind of job a follow-up names with no role ("engineer" in "what about for a staff engineer"), when
 * it names one; a thread's role is meant only where its own name ends in that word.
 */
export const titleKindNamed = (text: string): string | undefined => {
  const m = titleKindTyped.exec(text);
  return (m?.[1] ?? m?.[2])?.toLowerCase();
};

/**
 * "which is harder to get into", "which is easier to land": ease of entry weighed, as pay and growth are,
 * over the roles a thread asked about one at a time. A job got sooner is one got more easily: "which is
 * better for get job faster after graduate" (learners drop the article) weighs the way in too.
 */
export const entryWeighed = (text: string) =>
  (/\b(?:easier|easiest|harder|hardest|tougher|toughest|more difficult|simplest|quicker|quickest)\b/i.test(
    text,
  ) &&
    /\b(?:get into|get in|break into|enter|land|become|hired|get a job|find a job)\b/i.test(text)) ||
  jobSoonerAsked(text);

/**
 * Words of schooling: "which needs more school", "how much education", "which needs a phd". A degree named
 * asks of schooling as the word does.
 */
export const schoolingAsked = wordsPattern(
  ["school", "schooling", "education", "educated", "college", "university", "studies", "doctorate"],
  degreeWords,
);

/** "from here", "from there", "from that": a move's start said as the thread's subject. */
export const fromThreadWords = /\bfrom (here|there|that|this)\b/i;

/**
 * "can i get the two side by side?", "is the gap huge or is it mostly 'get 3 aws certs'": a move whose two
 * sides are asked side by side, or the gap between them, asks the move, whatever a word of schooling or
 * certs leans the classifier to.
 */
export const sidesWeighed = /\bside[- ]by[- ]side\b|\bthe gap\b|\bgap (?:between|huge|big|large|small)\b/i;

/**
 * "and the gap?", "the gap between the two", "how big is the difference": what lies between two roles
 * asked with no word of what, which after their pay is the gap in pay; not a gap in skills or experience
 * ("the skills gap between them"), which a move answers.
 */
export const bareGapAsked = (text: string) =>
  /\b(?:gap|difference|diff)\b/i.test(text) &&
  !/\b(?:skills?|learn\w*|knowledge|experience|tools?|stack|day to day|work)\b/i.test(text);
