import { escapeRegExp } from "../../knowledge/core/text.js";
import { certifications } from "./certifications.js";
import { jobNouns, oneOrMany, plurals } from "./job-nouns.js";

/*
 * The words that say what a question asks about: pay, a job market's growth and openings, learning, and
 * credentials. Each is listed once, here, so every rule that reads them agrees on what counts ("income" and
 * "tc" are pay wherever pay is read). A rule that needs fewer or more words derives its own set from these
 * and says why where it does.
 */

const words = (list: string) => list.split(" ");

/** `items` (words or phrases of words) as one group of a pattern: "(?:pay|salary|…)". */
export function wordsGroup(...items: Iterable<string>[]): string {
  const alternatives = items.flatMap((i) => [...i]).map((w) => escapeRegExp(w));
  return `(?:${alternatives.join("|")})`;
}

/** A pattern that finds any of `items` (words or phrases of words) as whole words, in any case. */
export function wordsPattern(...items: Iterable<string>[]): RegExp {
  return new RegExp(`\\b${wordsGroup(...items)}\\b`, "i");
}

/** Verbs of earning: "what does a nurse make", "how much do they earn", "how much is an sre paid". */
export const earnVerbs: readonly string[] = words("make makes earn earns earning paid");

/**
 * Earning said as a phrasal verb: "what do they pull in", "how much does an sre take home", "what do cloud
 * architects rake in". Whole phrases only: "pull", "rake" or "take" alone ask nothing of pay.
 */
export const earnPhrases: readonly string[] = [
  "get paid",
  "gets paid",
  "pull in",
  "pulls in",
  "rake in",
  "rakes in",
  "take home",
  "takes home",
  "bring home",
  "brings home",
];

/** Names for pay, however people call it: "salary", "income", "total comp", "tc". */
export const payNouns: readonly string[] = words(
  "pay salary salaries wage wages income earnings money comp compensation tc",
).concat(["going rate", "market rate"]);

/** Every word of pay: a verb of earning, a name for pay, or another form ("pays", "well compensated", "lucrative"). */
export const payWords: ReadonlySet<string> = new Set([
  ...earnVerbs,
  ...payNouns,
  ...words("pays paying compensated lucrative underpaid overpaid"),
]);

/**
 * "how much more would i make", "and the income?", "what do they pull in": pay asked, in any of its words.
 * Not "make" in "make sense", "make the switch", "make that jump", "make it", nor "pay off": a move weighed,
 * no pay.
 */
export const payAsked = new RegExp(
  `(?!\\bmakes? (?:sense|it\\b|(?:the|a|that|this) (?:switch|jump|move|leap|change|transition|pivot))|\\bpa(?:y|ys|id|ying) off\\b)${wordsPattern(payWords, earnPhrases).source}`,
  "i",
);

/**
 * "how much", "how much tho?": said alone, with nothing else to count, "how much" asks what a role pays (a
 * thread's role: alone it names none).
 */
export const howMuchAlone =
  /^(?:(?:so|and|ok|okay|but|well|hmm|ya|yeah)\s+)?how much(?:\s+(?:tho|though|then|again|roughly|exactly|now|lol))*\s*[?!.]*$/i;

/**
 * A gain in pay said with no word of pay: "how much would i gain", "would it be a raise", "how big a bump".
 * Only as an amount gained ("gain experience" asks none) or a raise or bump as a noun ("raise a concern",
 * "bump into" are none).
 */
export const payGainAsked =
  /\bhow much (?:more |extra )?(?:would|will|could|can|do|does|might|should|am|are|is) (?:i|you|we|one|they|someone|he|she)(?: be)? (?:gain|gaining|stand to gain)\b|\b(?:a|the|any|big|bigger|much of a|of a) (?:raise|bump)\b(?! (?:a|an|the|my|your|our|their|concerns?|questions?|into)\b)/i;

/**
 * What a move does to pay: "how big is the pay jump", "how much more would i make", "would i earn more", or
 * whether it stays ("is it the same money with a fancier title", "would i make as much"), or a gain said with
 * no word of pay ("how much would i gain"). Asked with a move named, the move's answer gives it first (both
 * sides' pay and which is higher).
 */
export const payChangeAsked = new RegExp(
  `\\b(?:(?:pay|salary|money) (?:bump|raise|jump|increase|hike|boost|cut)|how much (?:more|less)|(?:make|earn|pay|paid) (?:more|less|better)|same (?:money|pay|salary|wage|wages|income|comp)|(?:make|earn|pays?|paid|get) (?:about |roughly |just )?(?:as much|the same))\\b|${payGainAsked.source}`,
  "i",
);

/**
 * "how much more than a regular software engineer are we talking?", "how much pricier than a data analyst":
 * how much more one job costs than another, asked with no word of pay, in a hiring budget's terms. Not how
 * much more of something else ("how much more math than a data analyst"): nothing stands between; nor how
 * much more one must learn or know ("how much more than a qa engineer does a swe have to learn").
 */
export const costMoreThanAsked =
  /\bhow much (?:more|extra|higher|more expensive|pricier|costlier|dearer)(?: (?:is|are|would|will) (?:it|they|that|one|an? [\w-]+(?: [\w-]+)?) (?:be|cost))? than\b(?![\s\S]*\b(?:learn|learning|know|knowing|study|studying|skills?|work|works|hours|stress|math)\b)/i;

/**
 * Pay asked in an everyday phrase: "whats the going rate", "the market rate", "how do they compare pay
 * wise", "pay bump?", "the pay diff", "is there money in it", "is the pay any good", "whats the band look
 * like" (a pay band, asked of a role), "what's the national range look like", "amazon's range for data engineers"
 * (not "a range of skills"), "what should i be making", "whats the 90th percentile" (the only
 * percentiles the knowledge holds are pay's), "whats market for a senior backend engineer" (the market rate, in
 * the trade's words; "the market for" asks of the job market, as does "what's market for x, is hiring
 * picking up?"). Pay is all such a phrase asks, whatever the other words of the
 * question lean to ("money in it" is no outlook, "any good" no verdict on the job, "5 yrs exp in ml" no
 * experience asked).
 */
export const payPhrase =
  /\b(?:(?:pay|salary|comp|compensation|tc|(?:what(?:'s|s| is| does)?|how(?:'s|s| is| does)?) (?:the|their|its)) bands?|(?:going|market) rates?|(?:pay|salary|comp|compensation|tc|wage|base|the|their|its|[a-z]+['’]s)(?: (?:national|typical|usual|normal|market|salary|pay|base|comp|going))? ranges?(?! of\b)|(?:pay|salary|money)[- ]?wise|pay (?:bump|raise|jump|increase|cut|diff|difference|gap)|money in (?:it|that|this|there)|(?:pay|salary|money) any good|what should (?:i|you|one|someone|they) (?:be (?:making|earning|getting paid)|make|earn)(?! sure\b| for\b| of\b)|\d{1,2}(?:st|nd|rd|th) percentile|what(?:'s|s| is) market (?:for|on)(?= (?:a|an|the|that|this|it|them|those|these|\w+ (?:engineers?|devs?|developers?|roles?))\b)(?![\s\S]*\b(?:hiring|hire|hired|openings|demand|saturated|oversaturated|layoffs)\b))\b/i;

/**
 * Pay by the hour: "per hour", "an hour", "hourly", "/hr". Not "hours" ("how many hours a week"): that
 * asks about the work, not the pay.
 */
export const perHourAsked = /\b((per|an|a|each|by the) (hour|hr)|hourly)\b|\/ ?(hr|hour)\b/i;

/** The time a pay figure is asked for, any of them ("per annum", "a month", "weekly", "hourly"). */
export const payPeriodAsked =
  /\b((per|an|a|each|by the) (hour|hr|week|month|mo|year|yr|annum)|hourly|weekly|monthly|annual|annually|yearly)\b|\/ ?(hr|hour)\b/i;

/** Words of a job market's growth: "is it growing", "in demand", "the outlook", "expanding". */
export const growthWords: ReadonlySet<string> = new Set(
  words("grow grows growing growth expanding demand outlook"),
);

/** Words of a job market's decline, asked as its growth is: "growing or shrinking?", "is it declining". */
export const declineWords: ReadonlySet<string> = new Set(
  words("shrink shrinks shrinking decline declines declining dying"),
);

/** Words that only frame growth asked: "is it still growing tho", "growing at all?", "in demand right now". */
const growthFrame = new Set(
  words("is it are they still any in or the at all even really right now tho though much more least there"),
);

/**
 * "growing?", "still growing?", "growing or shrinking?", "in demand?": growth asked and nothing it is asked
 * of, no job, field or market named. Only a role or occupation can grow, so which one is asked back; a
 * search on the word alone finds whatever section says "grow" (otherwise: an ML trend, MLOps's market).
 */
export function asksGrowthAlone(question: string): boolean {
  const said = question.toLowerCase().match(/[a-z]+/g) ?? [];
  const growth = said.filter((w) => growthWords.has(w) || declineWords.has(w));
  return growth.length > 0 && said.every((w) => growth.includes(w) || growthFrame.has(w));
}

/** Words of jobs open to be filled: "openings", "vacancies", "hiring". */
export const openingWords: ReadonlySet<string> = new Set(words("opening openings vacancies hiring"));

/**
 * Phrases that count jobs ("which one has more jobs available", "most positions open", "which has more
 * demand"): how many there are to fill, asked of the roles in hand, not every role ranged over. Demand said
 * as an amount is counted so; "more in demand" stays a word of growth.
 */
export const jobsCounted: readonly string[] = [
  "more jobs",
  "most jobs",
  "fewer jobs",
  "jobs available",
  "available jobs",
  "job availability",
  "job openings",
  "jobs open",
  "more positions",
  "most positions",
  "positions open",
  "more demand",
  "most demand",
  "higher demand",
  "less demand",
];

/** "most openings", "more jobs available", "which is hiring the most": how many jobs open up, not growth. */
const openingsAsked = wordsPattern(openingWords, jobsCounted);

/** Whether a question asks how many jobs open up, rather than how fast employment grows. */
export const asksOpenings = (question: string) => openingsAsked.test(question);

/**
 * "how many openings tho", "how many job openings are there", "number of vacancies", "how many jobs are
 * there": openings counted in so many words. Not "how many jobs should i apply to": jobs counted only as
 * ones there are, open or available.
 */
const openingsCountedWords =
  /\bhow many (?:job )?(?:openings|vacancies)\b|\bhow many (?:jobs|positions) (?:are (?:there|open|available|out there)|open|available|out there)\b|\bnumber of (?:job )?(?:openings|vacancies)\b/i;

/** Whether a question counts the openings of a job in so many words. */
export const asksOpeningsCounted = (question: string) => openingsCountedWords.test(question);

/**
 * "how many people work in both", "how many are employed as sysadmins", "number of workers": how many people
 * hold the jobs now, a count of them as openings are one.
 */
const headcountAsked =
  /\bhow many (?:people|ppl|folks|workers|are employed)\b|\bnumber of (?:people|workers)\b|\b(?:people|workers) employed\b/i;

/** Whether a question asks how many people hold a job now. */
export const asksHeadcount = (question: string) => headcountAsked.test(question);

/** Words of learning something, and "pick up", which says it as a phrasal verb ("what should i pick up next"). */
export const learnWords: readonly string[] = [
  ...words("learn learns learning learned learnt study studies studying"),
  "pick up",
  "picking up",
];

/** "what should i learn next", "what to study", "what should i pick up": learning asked. */
export const learnAsked = wordsPattern(learnWords);

/** Whether tokens (a question's words, or its masked words) ask about learning something. */
export const asksLearning = (tokens: readonly string[]) => learnAsked.test(tokens.join(" "));

/** Names of degrees: "a degree", "a phd", "masters", "a bachelor's". */
export const degreeWords: readonly string[] = words(
  "degree degrees phd ph.d master masters master's mba bachelor bachelors bachelor's",
);

/** Words of credentials: "certs", "certifications", "certified". */
export const credentialWords: ReadonlySet<string> = new Set(
  words("cert certs certification certifications certificate certificates certified"),
);

/** Certifications by their short names (certifications.ts), which stand for credentials ("is the ccna worth it"). */
const shortNames = certifications.flatMap((c) => (c.short ? [c.short] : []));
const credentialsNamed = wordsPattern(
  credentialWords,
  shortNames.filter((n) => !n.endsWith("+")),
);
/** CompTIA's certifications by their short names: "a+", "network+", "security+". */
const plusCertification = new RegExp(
  `\\b(?:${shortNames
    .filter((n) => n.endsWith("+"))
    .map((n) => n.slice(0, -1))
    .join("|")})\\+`,
  "i",
);

/** Credentials asked about, in a word of credentials or by a certification's name ("comptia a+"). */
export const asksCertificates = (question: string) =>
  credentialsNamed.test(question) || plusCertification.test(question);

/**
 * Words that say a credential is the asker's own, a word or two before its name: "w/ a CCNP", "i have my
 * security+", "got the ccna last year", "got into IT after the a+".
 */
const heldBefore =
  /\b(?:have|has|had|got|with|w\/|hold|holding|earned|passed|my|after)\s+(?:[\w'+]+\s+){0,2}$/i;

/** Every credential a message names, by name or as "<something>+" ("security+"). */
const everyCredential = new RegExp(credentialsNamed.source, "gi");
const everyPlusCertification = new RegExp(plusCertification.source, "gi");

/**
 * "cloud or network architect for a guy w/ a CCNP": every credential named is one the asker holds, said as
 * who they are, not asked about.
 */
export const certificatesOnlyHeld = (question: string) => {
  const named = [...question.matchAll(everyCredential), ...question.matchAll(everyPlusCertification)];
  // "the comptia a+ cert": the word of credentials after a credential's name is that name's, held with it.
  const ofNameBefore = (at: number) =>
    named.some((m) => m.index < at && /^\s*$/.test(question.slice(m.index + m[0].length, at)));
  return (
    named.length > 0 &&
    named.every((m) => heldBefore.test(question.slice(0, m.index)) || ofNameBefore(m.index))
  );
};

/**
 * "what skills do i need for IT nowadays? i got my A+ back in 2009": skills asked, and every credential named
 * only held (lapsed, even): where the asker stands, which does not make the question one of credentials.
 */
export const skillsAskedBesideHeldCredential = (question: string) =>
  /\bskills?\b/i.test(question) && certificatesOnlyHeld(question);

/**
 * "any certs worth it for ml or is it all portfolio/github", "certifications or just github?": credentials
 * weighed against another way to show the work, said after "or". What follows is that other way, not a skill
 * the role is checked for.
 */
export const credentialsOrElse = new RegExp(
  String.raw`${wordsPattern(credentialWords).source}.*?\bor\b(?!\s+(?:not|no)\b)`,
  "i",
);

/** Credentials asked for ("what certs help", "any certifications?"), not only told as held beside skills asked. */
export const credentialsSought = (question: string) =>
  asksCertificates(question) && !skillsAskedBesideHeldCredential(question);

/** Words of the tools a job is done with: "what tools", "their tech stack", "which toolkit". */
const toolWords: ReadonlySet<string> = new Set(words("tool tools toolkit toolset toolchain stack"));

/** The tools of a job asked for, in a word of tools ("what tools do ml people use day to day"). */
export const asksTools = (question: string) => wordsPattern(toolWords).test(question);

/** Nouns for jobs as a kind of thing: "related roles", "similar jobs", "related titles". */
const jobKinds = [...jobNouns, "title", "occupation"];
const jobKindNouns = oneOrMany(jobKinds).join("|");
/** The same, plural only: "jobs like sre" asks for others, "the job like" is no such question. */
const jobKindPlurals = plurals(jobKinds).join("|");

/**
 * "related roles to cloud architect", "similar roles?", "roles like devops", "what jobs are close to sre":
 * the roles near one role asked for, in a word of likeness with a noun for jobs. Not "is data science
 * similar to data engineering" (no jobs as a kind: two things weighed) nor "what's the job like".
 */
const relatedAsked = new RegExp(
  [
    `\\b(?:related|similar|adjacent|neighbou?ring|alike|comparable|nearby)\\s+(?:${jobKindNouns})\\b`,
    `\\b(?:${jobKindPlurals})\\s+like\\b`,
    `\\b(?:${jobKindPlurals})\\b.*\\b(?:related|similar|close|adjacent|akin) to\\b`,
  ].join("|"),
  "i",
);

/** Whether a question asks for the roles related to one. */
export const asksRelatedRoles = (question: string) => relatedAsked.test(question);

/**
 * "without a degree?", "can i get in with no degree", "self taught", "without study in university": getting
 * into a role with no degree, asked. Not "do i need a degree", which asks what the role needs and is answered so.
 */
const withoutDegree =
  /\b(?:without|no|w\/o|dont have|don't have|do not have|not having|lacking)(?: an?| any| the)? (?:college |university |uni |cs |computer science |bachelor'?s |4[- ]year |four[- ]year )?(?:degree|diploma)s?\b|\bself[- ]taught\b|\bno college\b|\b(?:without|w\/o)(?: (?:going|studying|study|attending))?(?: (?:to|at|in))?(?: an?| the)? (?:college|university|uni)\b/i;

/** Whether a question asks about getting in without a degree. */
export const asksWithoutDegree = (question: string) => withoutDegree.test(question);
