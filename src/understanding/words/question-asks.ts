/*
 * What a question asks, read the same by the thread rules (thread-rules/) and by the answers: the time or
 * effort something takes, what getting in takes, an amount of pay stated, more asked for, where the work is
 * done, how much of it one thing is, and an opinion of it.
 */

import { hypeAsked } from "./hype-words.js";
import { foreignPayStated } from "./pay-currency.js";
import { asksLiveMarket } from "./timing-words.js";

/**
 * "how long would it take", "how many years" (or "how much yrs", "how many year to learn", as some write it):
 * the time something takes. Not "how fast is it growing", "how quickly are jobs shrinking": a speed of the
 * job market's growth, which its outlook answers (read as a time, the answer was how to get in).
 */
const timeOnly =
  /\b(how long|how much time|timeline|how (?:many|much) (years?|yrs?|months?|mos)|how (?:(?:quickly|fast)(?! (?:is|are|will|has|have|was|were)\b[^,.;?!]{0,30}?\b(?:grow|grows|growing|expand|expanding|shrink|shrinking|declin\w*|rising|dying)\b)|soon))\b|\b(in|within|under) (\d+|a|an|one|two|three|four|five|six|a few|few|a couple of) ?(months?|mos|years?|yrs?|weeks?)\b/i;

/** "how long would it take", "how hard is it": the time or effort something takes. */
const timeAsked = new RegExp(`${timeOnly.source}|\\b(how hard|how difficult|realistic|doable)\\b`, "i");

/**
 * "what does it take to get there", "what would it take", "what it takes to become one": what getting into
 * a role asks of a person.
 */
const whatItTakes =
  /\bwhat (?:does|do|would|will|did) it take\b|\bwhat it takes\b|\b(?:get|getting) there\b/i;

/** "what does it take to get there": what getting into a role takes, all of it. */
export const asksWhatItTakes = (question: string) => whatItTakes.test(question);

/** Words of how hard something is: "hard", "easier", "challenging" (to learn, too: `asksDifficulty`). */
export const effortWords = "hard|harder|difficult|easy|easier|tough|challenging";

/** "is it hard to", "how difficult is it", "it is hard?": the effort something takes, with no time asked. */
const effortOnly = new RegExp(
  String.raw`\b(?:is it|it'?s|its|it is|how) (?:\w+ )?(?:${effortWords})\b|\bhow (?:hard|difficult|easy|tough)\b`,
  "i",
);

/** "is it hard to become a data architect": the effort of getting in asked, which no source rates. */
export const asksEffort = (question: string) => effortOnly.test(question);

/**
 * "can a 40 yr old make it as a front end dev", "could i hack it in IT": whether one can get in and last,
 * in an idiom whose verb is no pay ("make") and whose "good at" ranks nothing.
 */
const makingIt = /\b(?:make|making|hack|hacking) it (?:as|in|into)\b/i;

/** Whether a question asks if one can make it in a job or field (get in and last there). */
export const asksMakingIt = (question: string) => makingIt.test(question);

/**
 * "is it doable to study for while working 12 hr shifts", "can i study for it while working full time",
 * "alongside a full time job": getting in while holding a job, which no source weighs.
 */
const besideWork =
  /\b(?:study|studying|learn|learning|train|training|prepare|preparing|become|becoming|get in|do it|doable|possible|realistic)\b.*\b(?:while|whilst) (?:also |still )?(?:working|holding|keeping|doing)\b|\b(?:alongside|around|on top of|besides|while on) (?:a |my |the )?(?:full[- ]?time |day |night |\d+ ?(?:hr|hour)s? |long )*(?:job|work|shifts?)\b/i;

/** Whether a question asks about getting in while holding a job ("while working 12 hr shifts"). */
export const asksBesideWork = (question: string) => besideWork.test(question);

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

/** Whether a question states an amount of pay ("my gf makes 70k, is that normal", "my ctc is 12 lpa"). */
export const statesPay = (question: string) =>
  payAmount.test(question) || foreignPayStated(question) !== undefined;

/**
 * "any IT jobs that pay 90k+ starting", "roles paying over $100k", "which jobs start at 80k or more": an
 * amount said as a floor that jobs (plural) are to pay. No one's pay stated to set beside a role's, but
 * which jobs pay that much, a ranking by pay (otherwise: read as the amount weighed against IT support's pay).
 */
const floorAmount = String.raw`(?:\$\s?\d[\d,.]*\s?k?|\d{2,3}(?:\.\d)?\s?k|\d{2,3},\d{3})`;
const payFloorOfJobs = new RegExp(
  String.raw`\b(?:jobs|roles|careers|positions|gigs)\b[^.?!]{0,60}?\b(?:pay(?:s|ing)?|start(?:s|ing)?(?: (?:at|out at))?|mak(?:e|es|ing)|earn(?:s|ing)?)\b[^.?!]{0,30}?(?:(?:over|above|at least|more than|north of|upwards of)\s+${floorAmount}|${floorAmount}\s*(?:\+|or (?:more|above|higher|better)|and up|plus\b))`,
  "i",
);

/** Whether a question asks which jobs pay at least an amount ("any IT jobs that pay 90k+ starting"). */
export const asksPayFloorOfJobs = (question: string): boolean => payFloorOfJobs.test(question);

/** "more", "tell me more", "what else?": more asked for, with nothing named to say of what. */
export const moreAsked =
  /^\W*(?:and\s+|ok\s+|so\s+)?(?:more|tell me more|what else|anything else|go on|continue|keep going)\W*$/i;

/**
 * "is it mostly management", "is the job mainly meetings": how much of a role's work one thing is. Not where
 * the work is headed ("is it all going to cloud": the duties, not whether it grows).
 */
const shareOfWork =
  /\b(?:is|are) (?:it|they|the (?:work|job|role)) (?:mostly|mainly|largely|primarily|all|just|purely|heavy on|a lot of|lots of) (?!(?:going|moving|shifting|heading|dying|disappearing|getting)\b)([a-z][a-z -]*?)[?.!]*$/i;

/** "is it security related", "is the job related to networking": whether one thing is part of a role's work. */
const relatedToWork =
  /\b(?:is|are) (?:it|they|this|that|the (?:work|job|role)) (?:(?:very|really|at all|mostly|mainly) )?(?:([a-z]+)[- ]related|related to ([a-z]+))\b/i;

/** Whether a question asks if one thing is part of a role's work ("is it security related"). */
export const relatedToWorkAsked = (question: string): boolean => relatedToWork.test(question);

/** The thing a question asks is part of a role's work ("security" of "is it security related"), if it asks. */
export const relatedThingAsked = (question: string): string | undefined => {
  const m = relatedToWork.exec(question);
  return (m?.[1] ?? m?.[2])?.toLowerCase();
};

/** Words of what kind of work a role is ("business", "technical", "people"), one side of "is it X or Y". */
const kindOfWork =
  "business|technical|tech|people[- ]focused|people[- ]oriented|people|creative|analytical|strategic|managerial|management|coding|hands[- ]on|theoretical|practical|research|design|engineering|social|math|maths";

/**
 * "is it business or technical?", "is it more technical or people focused": which of two kinds of work a
 * role is, which no source weighs; its duties say what the work is.
 */
const leaningOfWork = new RegExp(
  String.raw`\b(?:is|are) (?:it|they|this|that|the (?:work|job|role)) (?:(?:more|mostly|mainly|a) )?(${kindOfWork})(?: (?:role|job|work))? or (?:(?:more|a) )?(${kindOfWork})\b`,
  "i",
);

/** The two kinds of work a question asks a role leans to ("business", "technical"), if it asks. */
export const workLeaningAsked = (question: string): [string, string] | undefined => {
  const m = leaningOfWork.exec(question);
  return m?.[1] && m[2] ? [m[1].toLowerCase(), m[2].toLowerCase()] : undefined;
};

/** Remote work in one word: "remote", "remotely", "wfh" (a pay follow-up's too: `payRemote`). */
export const remoteWord = "remote|remotely|wfh";

/** Remote work: "remote friendly?", "wfh", "can i work from home". */
export const remoteWords = `${remoteWord}|from home`;

/** Where the work is done ("is it mostly remote"): no share of its duties, which the knowledge says elsewhere. */
const workPlace = new RegExp(String.raw`\b(${remoteWords}|hybrid|on-?site|in[- ]office|office)\b`, "i");

const remoteWork = new RegExp(String.raw`\b(?:${remoteWords})\b`, "i");

/** Whether a question asks about remote work ("remote jobs?", "can i work from home"). */
export const asksRemote = (question: string): boolean => remoteWork.test(question);

/** Words of what is negotiated for oneself: an offer, a raise, a package ("negotiate my sre offer"). */
const negotiatedTerms =
  /\b(?:offers?|raises?|package|packages|comp|compensation|salary|salaries|pay|how much|counter ?offer)\b/i;

/**
 * Whether a question asks about negotiating one's own pay or offer ("how do i negotiate my sre offer"); not
 * negotiating as a skill or a duty of the role ("do product managers need negotiation skills").
 */
export const asksNegotiation = (question: string): boolean =>
  (/\bnegotiat(?:e|es|ed|ing|ion|ions)\b/i.test(question) && negotiatedTerms.test(question)) ||
  ownNegotiation.test(question) ||
  (askingFor.test(question) && /\b(?:offers?|offered)\b/i.test(question));

/**
 * "SRE offer at Datadog nyc, what should I ask for": what to ask for, beside an offer, is the pay to ask
 * (not "what should i ask for in an interview", where no offer is named).
 */
const askingFor = /\bwhat (?:should|do|can|could) (?:i|we) (?:ask|push) for\b/i;

/**
 * "should i negotiate", "should i counter", "how much should i counter", "should i counter or take it": the
 * asker's own offer answered, the verb ending the question or taking the offer (not "how do i counter imposter
 * syndrome", "can i negotiate remote work"); a counter said so is never a job, see `words-set-aside.ts`.
 */
const ownNegotiation =
  /\b(?:should|can|could|do|would) (?:i|we) (?:try to |even |still )?(?:negotiate|counter)(?= *(?:[?!.,]|$|it\b|this\b|that\b|them\b|up\b|higher\b|for (?:more|a higher|a bigger)\b|(?:the|my|their|an|this|that) offer\b|or (?:take|accept|just)\b))|\bhow (?:much|high) (?:should|do|can|to) (?:i |we )?(?:negotiate|counter|ask for)\b|\bcounter ?offers?\b/i;

/**
 * "how fast does it go up" (said after a role's pay), "does pay go up a lot with experience", "how quickly do
 * salaries rise": how pay rises over the years, asked as how fast or as with the years; not "will my pay go
 * up if i switch" (a move), "do salaries rise with inflation". "it" and "that" only with "go up", "rise" or
 * "climb" asked how fast ("how much does it increase by 2034" asks the outlook), or with the years.
 */
const payRise = new RegExp(
  [
    // "how fast does pay grow", "how quickly do salaries rise"
    String.raw`\bhow (?:fast|quickly|quick|much|soon) (?:does|do|will|would|can) (?:the )?(?:pay|salary|salaries|comp|wages?|earnings)\s+(?:go up|rise|increase|grow|climb)\b`,
    // "how fast does it go up" (said after a role's pay)
    String.raw`\bhow (?:fast|quickly|quick|much|soon) (?:does|do|will|would|can) (?:it|that)\s+(?:go up|rise|climb)\b`,
    // "does pay go up a lot with experience", "salaries rise over time"
    String.raw`\b(?:pay|salary|salaries|comp|wages?|earnings)\s+(?:\w+\s+){0,3}?(?:go(?:es)? up|rises?|increases?|grows?|climbs?)\s+(?:\w+\s+){0,2}?(?:with (?:experience|time|the years|seniority|years)|over (?:time|the years)|each year|every year|per year|yearly)\b`,
    // "does it go up with experience": "it" with a verb of rising pay ("how much does it grow each year" is
    // the job's growth)
    String.raw`\b(?:it|that)\s+(?:\w+\s+){0,2}?(?:go(?:es)? up|rises?|climbs?)\s+(?:\w+\s+){0,2}?(?:with (?:experience|time|the years|seniority|years)|over (?:time|the years)|each year|every year|per year|yearly)\b`,
  ].join("|"),
  "i",
);

/** Whether a question asks how pay rises over time or with experience. */
export const asksPayRise = (question: string): boolean => payRise.test(question);

/** Pay said to be too low or too high: "underpaid", "overpaid", "lowballed", "paid fairly", "paid enough". */
const ownPayJudged =
  /\b(?:under ?paid|over ?paid|low ?ball(?:ed|ing)?|paid (?:fairly|enough|too (?:little|much)|less than|more than))\b/i;

/** Whether a question judges the asker's own pay ("am i underpaid", "a recruiter said im overpaid"). */
export const asksOwnPayJudged = (question: string): boolean =>
  ownPayJudged.test(question) && /\b(?:i|im|i'm|i am|me|my)\b/i.test(question);

/** Whether a question asks where the work is done ("is IT support remote friendly"). */
export const asksWorkPlace = (question: string): boolean => workPlace.test(question);

/** The word a question asks where the work is done in ("remote"), if it asks. */
export const workPlaceWord = (question: string): string | undefined =>
  workPlace.exec(question)?.[1]?.toLowerCase();

/** What a question asks the share of in a role's work ("management"), if it asks one. */
export const workShareAsked = (question: string): string | undefined => {
  const share = shareOfWork.exec(question.trim())?.[1]?.toLowerCase();
  // "is it all hype": whether the job lasts, its outlook, no share of its work; nor is "is it all layoffs".
  return share && !workPlace.test(share) && !hypeAsked(share) && !asksLiveMarket(share) ? share : undefined;
};

/**
 * "do they work with clients", "does it involve travel", "do they usually manage people": a yes-or-no
 * question of what the role's people do. Not what they need, use, earn or learn ("do they need a degree",
 * "do they use python", "do they make good money"), which other topics answer, nor what they are ("is it").
 */
const whatTheyDo =
  /^(?:(?:and|so|ok|okay|but)\W+)?(?:do|does|would|will) (?:they|it|the (?:role|job)|people in (?:it|that role)) (?:(?:usually|typically|often|really|actually|also|ever|normally) )?(?!need|require|use|make|earn|get|have|code|learn|know|study|hire|pay|grow|be\b|last|exist|stay|matter|count)[a-z]+/i;

/** Whether a question asks, yes or no, whether a role's people do something ("do they manage people"). */
export const asksWhatTheyDo = (question: string): boolean => whatTheyDo.test(question.trim());

/** "actually do", "do all day": the words that may come with "do" in a question of what a role does. */
const doneWords =
  "(?:(?:actually|really|usually|typically|even|exactly|normally) )?do(?: all day| day to day| daily| every day)?";

/**
 * "what does a data analyst do at Target", "what do data engineers actually do at google", "what does a
 * data scientist at google do": what the role does, asked of its work at an employer (or a kind of
 * employer), the employer said after "do" or beside the role, is what the role does; the employer leaned
 * the reading to pay (otherwise: Target's missing pay figures, for a question of duties). "what does a data
 * analyst make at Target", "what does a swe at google make" and "what does google pay data engineers" keep
 * asking pay. Read on the masked words, the role and the employer each one placeholder.
 */
const doneAt = new RegExp(
  `^(?:so |and )?what (?:does|do|did|would|will) (?:a |an |the )?xrole (?:${doneWords} at (?:a |an |the )?xcompany|(?:at|for) (?:a |an |the )?xcompany ${doneWords})$`,
);

/** Whether the masked words ask what the one role named does at an employer ("what does a xrole do at xcompany"). */
export const doneAtEmployer = (masked: string): boolean => doneAt.test(masked);

/**
 * Words of opinion about a job's work ("is IT support boring?"), which no source answers. Stress is asked in
 * many words and slips ("stressed", "stressfull", "draining"): each is the one word the answer says.
 */
const opinionWords =
  /\b(boring|bored|dull|tedious|monotonous|repetitive|stre+s+full?|stressed|stressing|draining|exhausting|fun|enjoyable|exciting|interesting|rewarding|fulfilling|satisfying|chill|relaxed|toxic)\b/i;

/** The plain word an answer says for a word of opinion typed another way ("stressfull", "bored"). */
const plainOpinion = (word: string): string =>
  /^(?:stre+s+full?|stressed|stressing|draining|exhausting)$/.test(word)
    ? "stressful"
    : word === "bored"
      ? "boring"
      : word;

/**
 * A remark before the question, said of the last answer ("interesting. anything else i should know", "cool,
 * what else", "that's interesting! and the pay?"): a word of opinion there asks nothing of the job.
 */
const remarkFirst =
  /^\s*(?:(?:that'?s|thats|sounds|very|so|really|super|pretty|how)\s+){0,2}\w+\s*[.!,]+\s*(?=\S)/i;

/**
 * The same remark typed without its stop ("interesting anything else i should know", "sounds fun what
 * else"): a word of opinion that a question's opening word follows. Not "how fun is it", which asks it.
 */
const remarkRunOn = new RegExp(
  String.raw`^\s*(?:(?:that'?s|thats|sounds|very|so|really|super|pretty)\s+){0,2}${opinionWords.source}\s+(?=(?:anything|any|what|whats|and|how|hows|tell|which|where|why|who|when|can|could|also)\b)`,
  "i",
);

/** The word of opinion a question asks about a job's work in ("boring"), if any. */
export function opinionAsked(question: string): string | undefined {
  const word = opinionWords.exec(question.replace(remarkFirst, "").replace(remarkRunOn, ""))?.[1];
  return word === undefined ? undefined : plainOpinion(word.toLowerCase());
}

/**
 * "what is the scope of IT in US for freshers", "scope for data analysts in india", "which IT role has best
 * scope": in Indian English the scope of a field or job is its prospects, not the extent of its work ("the
 * scope of work", "the scope of the role").
 */
const scopeAsked =
  /\bscope (?:of|for|in)\b(?! (?:the |this |that )?(?:work|role|job|duties|position|project)\b)|\b(?:best|most|more|better|good|great|high|higher|highest|max|maximum|bright|brighter) scope\b/i;

/** "hows it support as a career", "how good is qa as a career option": a job judged as a career, its prospects. */
const careerJudged =
  /\b(?:how(?:['’]?s| is| good is| about)|what about)\b.*\bas an? (?:career|profession|long[- ]term job)\b/i;

/** Whether a question asks a field's or a job's scope, or judges it as a career: its prospects. */
export const asksScope = (question: string) => scopeAsked.test(question) || careerJudged.test(question);

/**
 * "is ml worth it in 2025", "or is it oversaturated now", "is ml still a good career", "is cybersecurity worth
 * getting into" (not how to get in): whether a line of work
 * is worth going into, or too crowded to, which is its outlook, whatever year or "now" leans to its trends.
 */
const worthGoingInto =
  /\b(?:worth it|worth (?:getting|going|moving|breaking|switching) ?in(?:to)?|worthwhile|(?:over)?saturated|overcrowded|flooded|(?:a )?good (?:career|field|path)(?: choice| option)?)\b/i;

/** Whether a question asks whether a line of work is worth going into, or too crowded to. */
export const asksWorthGoingInto = (question: string) => worthGoingInto.test(question);

/**
 * Words of setting the pay of a job one is hiring for: "we're benchmarking a data analyst req", "see if our
 * band is way off", "we're hiring a devops engineer". Said beside a job held ("HR here"), they say who asks,
 * not where a move starts.
 */
export const asksPayToOffer =
  /\bbenchmark(?:s|ing|ed)?\b|\b(?:a|an|the|our|this|that) (?:\w+ ){0,3}reqs?\b|\b(?:our|the|their) (?:pay |salary )?bands?\b|\bwe(?:'re| are|re) hiring\b/i;

/** Words of judging candidates for a role: "screen for", "look for in a", "interviewing a". */
export const asksScreening =
  /\bscreen(?:ing)? (?:for|candidates)\b|\b(?:look|looking|check|checking) for (?:on|in) (?:their|a|an|the|his|her|my|someone'?s) (?:resumes?|cvs?|portfolios?)\b|\b(?:look|looking|check|checking|test|testing|ask) for in (?:an?|the|my)\b|\b(?:interview|interviewing) (?:an?|for an?)\b/i;

/**
 * "which of those matter most", "most important ones?", "what should i prioritise": a list of skills asked
 * in order of weight, which no source gives.
 */
const skillsRanked =
  /\bwhich (?:of (?:those|these|them)|ones?)\b[^.?!]*\b(?:matter|matters|important|useful|needed|valuable|essential|key|prioriti[sz]e)\b|\bmatters? (?:the )?most\b|\bmost important\b|\bprioriti[sz]e\b/i;

/** Whether a question asks which of a role's skills weigh most. */
export const asksSkillsRanked = (question: string) => skillsRanked.test(question);

/**
 * "which skills should i learn first", "in what order", "what to start with", "which do i start on": skills
 * asked in an order to learn.
 */
const skillsOrdered =
  /\b(?:learn|study|pick up|tackle|start|begin|focus on)\b[^.?!]*\bfirst\b|\bin (?:what|which) order\b|\b(?:start|begin)(?:ing)? (?:with|on)\b/i;

/** Whether a question asks in which order to learn a role's skills, which no source gives. */
export const asksSkillsOrdered = (question: string) => skillsOrdered.test(question);

/**
 * "which is more creative", "which one is more hands on", "which has fewer meetings", "which would you pick
 * if you hate meetings" of roles compared: a quality of the work no source rates, asked of the roles side by
 * side.
 */
const qualityCompared =
  /\bwhich\b[^.?!]*\b(?:(?:more|less)\s+(creative|technical|hands[- ]on|strategic|analytical|social|meetings)|(?:fewer|hate|hates|dislike|avoid|can'?t stand|don'?t like)\s+(meetings))\b/i;

/** The quality of the work a question weighs compared roles by that no source rates ("creative"), if any. */
export const unratedQualityCompared = (question: string): string | undefined => {
  const found = qualityCompared.exec(question);
  return (found?.[1] ?? found?.[2])?.toLowerCase().replace(" ", "-");
};

/**
 * "which would u pick if u were me", "what would you do in my shoes", "which should i go for", "which of them
 * should i learn first": the choice itself asked of the advisor, which no source makes for a person
 * (otherwise: the comparison again, unsaid).
 */
const choiceLeftToAdvisor =
  /\b(?:if (?:you|u) were me|in my (?:shoes|position|place)|what would (?:you|u) (?:do|pick|choose)|which (?:one |of (?:them|the two|these|those) )?(?:would|should|do) (?:you|u|i) (?:pick|choose|go for|go with|take|recommend|learn first|study first|start with))\b/i;

/** Whether the advisor is asked to make the choice between roles itself. */
export const choiceAsked = (question: string): boolean => choiceLeftToAdvisor.test(question);

/**
 * "what kinds of jobs r there in IT", "list IT jobs", "types of tech roles": which jobs there are, a list and
 * no ranking; a word that ranks ("best paid kinds of jobs") says what to rank by, and is read elsewhere.
 * "what else is there in IT", "what else is out there in tech": the field's other jobs, with no noun of a job
 * said (read alone, the classifier guessed soft skills and the answer asked "About System Administrator?");
 * not "what else is there in the job", which asks of the work. So "what other IT jobs are there" (the best
 * paid ranking nobody asked for). Only "other" before a field's word: "what good IT jobs are there" ranks
 * them.
 */
const jobsListed =
  /\b(?:kinds?|types?|sorts?) of (?:\w+ )?(?:jobs|roles|careers|positions)\b|\blist (?:(?:the|all|of) )*(?:\w+ )?(?:jobs|roles|careers)\b|\bwhat (?:other )?(?:\w+ )?(?:jobs|roles|careers) (?:are|r) (?:there|out there|available)\b|\bwhat else (?:is|r|are|'?s) (?:there|out there) (?:to do )?in (?:it|tech|the (?:field|industry)|this field|that field)\b/i;

/** A role left out, at the end: "besides help desk", "other than it support?". */
const besidesOneRole =
  /\b(?:besides|beside|other than|apart from|aside from|except|except for|outside of|beyond)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s*){1,4}[?!.]*$/i;

/** What the field holds asked: "what's in IT", "what else is there in IT", "what is there in tech". */
const whatIsInField =
  /\bwhat(?:['’]?s| is| else is| else)?(?: else)?(?: there)?(?: to do)? in (?:it|tech)\b/i;

/**
 * Whether a question asks what else the field holds, one role left out: "what's in IT for her besides help
 * desk", "what else is there in IT other than support".
 */
export const asksFieldBesidesRole = (question: string): boolean =>
  besidesOneRole.test(question) && whatIsInField.test(question);

/** Whether a question asks which jobs there are ("what kinds of jobs are there in IT"). */
export const asksJobsListed = (question: string): boolean => jobsListed.test(question);

/**
 * "what can i move into", "where could i go from here", "which roles could i switch to": a move whose end is
 * left open, asked with no role to start from.
 */
const openMoveAsked =
  /\b(?:what|which|where)\b[^.?!]*?\b(?:can|could|should|would|do)\s+(?:i|u|you|we)\s+(?:realistically\s+|even\s+)?(?:(?:move|switch|transition|pivot)\s+(?:in)?to|go\s+into)\b|\bwhere\s+(?:can|could|should|do)\s+(?:i|u|you)\s+go\s+from\s+(?:here|there)\b/i;

/** Where one studies or lives, which "what should i go to" or "which state should i move to" asks of instead. */
const schoolOrPlace =
  /\b(?:schools?|college|colleges|university|universities|uni|bootcamps?|courses?|states?|city|cities|country|countries|town|abroad|area|neighbou?rhood)\b/i;
export const asksOpenMove = (question: string) =>
  openMoveAsked.test(question) && !schoolOrPlace.test(question);

/** Words that point back at the skills just listed: "which ones", "which of these", "how many of those". */
const listedOnes = /\b(?:which ones?|which of (?:these|those|them)|how many of (?:these|those|them))\b/i;

/**
 * "already have", "carries over", "transferable": what of the start a move keeps; so does what of one's job
 * "counts" ("what from my job would even count", "does any of my experience count"). Not "apply", which is
 * also applying for jobs ("with my background should i apply now").
 */
// "does my sql experience count for anything": one word may say what the experience is of.
const carriedOver =
  /\b(?:already (?:have|know|got)|carr(?:y|ies) over|transfer(?:s|able)?)\b|\bmy (?:current |[\w+#.-]+ )?(?:job|experience|exp|background|work|skills?)\b[^.?!]*\b(?:count|counts|relevant)\b/i;

/** Whether a question asks what of the job held a move keeps ("which of my skills carry over"). */
export const asksCarriedOver = (question: string): boolean => carriedOver.test(question);

/** Words of skills held already: "would a swe already have", "does an analyst know", "carry over". */
const heldAlready =
  /\b(?:already|have|has|know|knows|carry over|carries over|transfer|transfers|overlap|overlaps|in common)\b/i;

/**
 * "which ones would a swe already have", "which of these does a data analyst know": which of the skills
 * just listed someone in another role holds already.
 */
export const asksListedSkillsHeld = (question: string) =>
  listedOnes.test(question) && heldAlready.test(question);

/**
 * "is it more in demand", "which one grows faster": a question that weighs one thing against another. Not
 * "more detail" or "tell me more", and not "which skills", which asks about one thing.
 */
export const comparesTwo = (text: string) =>
  /\b(better|worse|faster|slower|higher|lower|more|less|which (one|is|has|of|pays|grows|will|would))\b/i.test(
    text,
  ) && !/\b(more (detail|details|info)|tell me more|say more)\b/i.test(text);

/** "go into tech", "get into tech", "which of the roles is closest to what she does now": tech, from the job held. */
export const intoTechWords =
  /\b(?:go|going|get|getting|move|moving|switch|switching|break|breaking|transition|transitioning)\s+(?:in)?to\s+tech\b|\bclosest to what (?:i|she|he|they|we) (?:do|does)\b/i;
