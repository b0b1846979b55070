import { type Entities, namedJobs } from "../entities/entities.js";
import { type Intent, payIntents, roleIntents } from "../intent/intents.js";
import type { ConversationContext } from "../thread/conversation-state.js";
import { nationwideSetAgainst } from "../words/nationwide.js";
import { advisorSourcesAsked, officialBody } from "../words/official-figures.js";
import { earnVerbs, growthWords, openingWords, perHourAsked, wordsPattern } from "../words/topic-words.js";
import { workLifeAsked } from "../words/work-life.js";

/*
 * Follow-ups about the thread's last answer itself rather than about a role: what its pay figures are
 * ("is that before tax", "per hour?", "in euros?", "does that include bonus") and where it comes from
 * ("source?", "is that from BLS", "which year"), and how much of the country they cover ("is that national?").
 * Each is answered from what the figures and their sources are, never by a question back.
 */

/** What a follow-up asks about the last answer's figures or sources. */
export type FiguresAsked =
  | { about: "tax" }
  | { about: "period"; per: "hour" | "week" | "month" | "year" }
  | { about: "currency"; currency: string }
  | { about: "extras" }
  | { about: "source" }
  | { about: "scope" }
  | { about: "spread" }
  | { about: "percentile"; at: number }
  | { about: "judged" };

/** Longest follow-up read as one about the last answer: a longer question asks something of its own. */
const maxWords = 9;

/** Before or after tax, gross or net, take-home pay. */
const taxAsked =
  /\b((before|after|pre|post)[- ]?tax(es)?|tax(es|ed)?|gross|net|take[- ]?home|in[- ]hand|deductions?)\b/i;

/** The time a pay figure is for, by the words people ask it in. */
const periods: [FiguresAsked & { about: "period" }, RegExp][] = [
  [{ about: "period", per: "hour" }, perHourAsked],
  [{ about: "period", per: "week" }, /\b((per|a|each) week|weekly)\b/i],
  [{ about: "period", per: "month" }, /\b((per|a|each) (month|mo)|monthly)\b/i],
  [{ about: "period", per: "year" }, /\b((per|a|an|each) (year|yr|annum)|annual|annually|yearly)\b/i],
];

/**
 * Currencies by the words and signs people ask in, each named as the answer says it. Dollars alone are
 * the figures' own currency.
 */
const currencies: [string, RegExp][] = [
  ["euros", /\b(euros?|eur)\b|€/i],
  ["pounds sterling", /\b(pounds?|gbp|sterling|quid)\b|£/i],
  ["rupees", /\b(rupees?|inr|lakhs?|lpa|crores?)\b|₹/i],
  ["Canadian dollars", /\b(cad|canadian dollars?)\b/i],
  ["Australian dollars", /\b(aud|australian dollars?)\b/i],
  ["yen", /\b(yen|jpy)\b|¥/i],
  ["yuan", /\b(yuan|rmb|cny|renminbi)\b/i],
  ["pesos", /\b(pesos?|mxn)\b/i],
  ["Swiss francs", /\b(francs?|chf)\b/i],
  ["another currency", /\b(local currency|my currency|other currenc(y|ies)|exchange rate|convert(ed)?)\b/i],
  ["US dollars", /\b(usd|us dollars?|dollars?)\b/i],
];

/** Whether the words name a currency ("euros", "inr", "lakhs"), which pay is asked "in", as it is a place. */
export const namesCurrency = (words: string): boolean => currencies.some(([, named]) => named.test(words));

/**
 * Words of growth or openings: "how much does it grow each year" asks about jobs, not a figure's period.
 * So do raises and increases ("how big are raises each year"), and jobs counted by the year.
 */
const changeAsked = wordsPattern(growthWords, openingWords, [
  "raise",
  "raises",
  "increase",
  "increases",
  "jobs",
]);

/**
 * Verbs of earning: "how much do they make a year" asks the figure, which the pay answer gives. "get" earns
 * here too ("what do they get a year"), beside a year; alone it is too common a word to say pay. Not the
 * names for pay: "is that salary per year" asks the period of the figure shown.
 */
const earnsAYear = wordsPattern(earnVerbs, ["get", "gets"]);

/** Pay beyond the wage: bonus, stock, total compensation. */
const extrasAsked =
  /\b(bonus(es)?|stocks?|equity|rsus?|options|shares|total comp(ensation)?|tc|benefits|commissions?|overtime|incentives?|perks)\b/i;

/**
 * Words that point the question at the figure shown ("does that include bonus", "base or total comp?"), or
 * back at it ("what was the median again").
 */
const aboutShown =
  /\b(include|includes|including|included|with|plus|without|on top|base|just|only|that|this|it|those|these|again|was)\b/i;

/**
 * "source?", "where is that from", "how do you know", "where'd u get that": where the last answer comes from.
 */
const sourceAsked =
  /\b((?<!open[- ])sources?|cite|cited|citations?|says who|who says|how do (you|u) know|how'?d (you|u) know|where(?:['’]?d| did| do)? (you|u|ya) (get|got|find|found)|according to (who|whom|what)|based on what|what(?:'?s| is) (that|this|it) based on)\b|\bwhere(?:'?s| is| are| does| do| did)? (that|this|it|these|those|the (data|figures?|numbers?|info|information|stats?))(?: \w+)? from\b/i;

/** What a figure shown is called, after the word pointing at it: "that data", "those numbers". */
const figureNoun = "(?: (?:data|figures?|numbers?|info|stats?|pay|salary|median|wages?))?";

/**
 * "is that from BLS", "is this bls data", "did those numbers come from the government", "is that official",
 * "bls?": whether the figures shown are the official ones, which where they come from answers ("according to
 * bls?" asks what BLS says instead: `officialFiguresAsked`).
 */
const officialAsked = new RegExp(
  String.raw`\b(?:is|are|was|were|did|do|does) (?:that|this|it|these|those)${figureNoun} (?:(?:come |came )?(?:from|by|per|according to|off) ${officialBody}|${officialBody}(?: (?:data|figures?|numbers?|stats?))?|official)\b|^\W*(?:from )?${officialBody}\W*$`,
  "i",
);

/**
 * "which year is that", "what year is that data from", "how recent is that", "how old are those numbers",
 * "is that current", "as of when": when the figures shown are from, which their sources' dates answer. "it"
 * is the figure only with a figure's name ("is it current" may ask of a role's skills).
 */
const whenAsked = new RegExp(
  String.raw`\b(?:which|what) year(?:'?s| is| was| are| were)?(?: (?:that|this|it|these|those|the)${figureNoun})?(?: (?:from|for))?\W*$|\bfrom (?:which|what) year\b|\bhow (?:recent|old|current|up to date|fresh) (?:is|are) (?:that|this|these|those|the)${figureNoun}\W*$|\b(?:is|are) (?:(?:that|this|these|those)${figureNoun}|(?:it|the) (?:data|figures?|numbers?|stats?)) (?:still )?(?:current|up to date|up-to-date|recent|the latest|latest)\b|\bas of when\b|\bwhen (?:is|was|are|were) (?:that|this|it|these|those|the)${figureNoun} from\b`,
  "i",
);

/**
 * "is that national?", "is this us only", "is that for the whole us", "nationwide?", "is that national or just
 * sf": whether the figures shown are the whole country's. A bare "us" is the pronoun ("is it for us
 * juniors"), so the country is "the us", "usa", or "us" beside "only" or "wide".
 */
const scopeAsked = new RegExp(
  String.raw`\b(?:is|are) (?:that|this|it|these|those)${figureNoun} (?:a |the )?(?:national(?:ly)?|nation[- ]?wide|country[- ]?wide|us[- ]wide|(?:for|across|in|over) (?:all of )?(?:the (?:whole |entire )?(?:us|u\.s\.?|usa|country|states|united states)|u\.s\.?|usa|america)|(?:just |only )?(?:for |in )?(?:the )?(?:us|usa|u\.s\.?) only|(?:just|only) (?:the |for the |in the )?(?:us|usa|u\.s\.?))\b|^\W*(?:national(?:ly)?|nation[- ]?wide|us[- ]wide|us only)\W*$`,
  "i",
);

/** "is that median or starting", "is it the average": which point of the spread a figure shown is. */
const pointAsked = /\b(median|average|avg|mean)\b/i;

/** Numbers said as words in a share of earners ("top ten percent", "bottom quarter"). */
const shareWords: Record<string, number> = { ten: 10, five: 5, twenty: 20, quarter: 25, half: 50, third: 33 };

/** A share of earners: "10%", "10 percent", "ten pct", "quarter", "half". */
const share = String.raw`(\d{1,2}|ten|five|twenty) ?(?:%|percent|pct)|quarter|half|third`;

/** "the 25th percentile", "p75", "25th pct": one percentile by its number. */
const percentileNamed = /\b(\d{1,2})(?:st|nd|rd|th)? ?(?:percentile|pctl?|pct)\b|\bp(\d{2})\b/i;

/** "top 10%", "highest quarter", "upper half": the share at the top, whose floor is the (100 − share)th percentile. */
const topShare = new RegExp(String.raw`\b(?:top|highest|upper|best[- ]paid) (?:${share})`, "i");

/** "bottom quarter", "lowest 10%": the share at the bottom, whose ceiling is that percentile. */
const bottomShare = new RegExp(String.raw`\b(?:bottom|lowest|lower|worst[- ]paid) (?:${share})`, "i");

/** "90th?", "what do top earners make", "the high end": the spread's top end, the 90th percentile. */
const topEnd = /\b90th\b|\btop earners?\b|\btop end\b|\bhigh end\b/i;

/** The number of a share said in digits or words. */
const shareOf = (said: string): number => {
  const word = said.toLowerCase().match(/[a-z]+|\d+/)?.[0] ?? "";
  return shareWords[word] ?? Number(word);
};

/** The percentile a follow-up asks for ("25th percentile", "top 10%", "bottom quarter"), if it asks one. */
function percentileAsked(text: string): number | undefined {
  const named = text.match(percentileNamed);
  if (named) return Number(named[1] ?? named[2]);
  const top = text.match(topShare);
  if (top) return 100 - shareOf(top[0].replace(/^\S+ /, ""));
  const bottom = text.match(bottomShare);
  if (bottom) return shareOf(bottom[0].replace(/^\S+ /, ""));
  return topEnd.test(text) ? 90 : undefined;
}

/**
 * "is that good money", "is that a good salary", "is that a lot", "is it decent pay", "is that a lowball?",
 * "lowball?": whether the figure shown is good, a judgement the figures can only put in context.
 */
const judgedAsked =
  /\b(good|decent|fair|great|bad|poor|competitive|livable|liveable|solid) (money|pay|salary|wage|income|number)\b|\b(is|isnt|isn't|thats|that's) (that|this|it)? ?(good|decent|a lot|alot|high|low|bad|fair|competitive|solid|enough)\b|^\W*(?:(?:is|isnt|isn't|thats|that's) (?:that|this|it) )?(?:a )?low-?ball(?:ed|ing)?\b/i;

/** The kind of question about figures a text asks, if it asks one. */
function figuresKind(text: string): FiguresAsked | undefined {
  const at = percentileAsked(text);
  if (at !== undefined) return { about: "percentile", at };
  if (judgedAsked.test(text)) return { about: "judged" };
  // "how does it compare with the us average" sets the figure against the whole US's, not asks which point it is.
  if (pointAsked.test(text) && aboutShown.test(text) && !nationwideSetAgainst(text))
    return { about: "spread" };
  if (taxAsked.test(text)) return { about: "tax" };
  const currency = currencies.find(([, words]) => words.test(text));
  if (currency) return { about: "currency", currency: currency[0] };
  if (extrasAsked.test(text) && aboutShown.test(text)) return { about: "extras" };
  if (changeAsked.test(text)) return undefined;
  // "how many hours a week do they work" asks about working hours, not whether the figure is weekly.
  if (workLifeAsked(text).length > 0) return undefined;
  const period = periods.find(([, words]) => words.test(text))?.[0];
  return period?.per === "year" && earnsAYear.test(text) ? undefined : period;
}

/** Whether a question names anything of its own: a job, a level, a place, an employer, a kind of skill. */
const namesAnything = (e: Entities) =>
  namedJobs(e) > 0 ||
  e.ambiguous.length > 0 ||
  Boolean(e.level || e.unlistedLevel || e.place || e.unlistedPlace || e.company || e.skillKind) ||
  e.companyKinds.length > 0;

/**
 * "bottom quarter?" after bakers' pay: a share of earners read as a job no list knows ("bottom quarters") is
 * the share asked of the figures shown, no job named (otherwise: "I don't cover bottom quarters yet").
 */
export function shareNotTitle(text: string, e: Entities): Entities {
  const said = (text.match(bottomShare) ?? text.match(topShare))?.[0].toLowerCase();
  const title = e.unknownTitle?.toLowerCase();
  return said && title && said.startsWith(title.replace(/s$/, ""))
    ? { ...e, unknownTitle: undefined, titleLike: undefined }
    : e;
}

/**
 * Whether an answer to a question of this kind shows pay figures: a pay answer, a comparison's, or a move's,
 * which sets its two sides' pay side by side ("is it per year" after one asks of those figures).
 */
const showsPay = (intent: Intent) => payIntents.has(intent) || intent === "compare" || intent === "gap";

/** Whether the thread's last answer was about a role or an occupation, and of what kind. */
const threadIntent = (context: ConversationContext | undefined): Intent | undefined =>
  context && (context.roles.length > 0 || context.occupation !== undefined) ? context.intent : undefined;

/**
 * What a short follow-up that names nothing asks about the thread's last answer: after pay (or a
 * comparison, which shows it), what its figures are; after any answer about a role, where it comes from.
 * Undefined for any other question.
 */
export function figuresAsked(
  text: string,
  words: string[],
  e: Entities,
  context: ConversationContext | undefined,
): FiguresAsked | undefined {
  const last = threadIntent(context);
  if (!last || words.length > maxWords) return undefined;
  // "is that the average or entry level": a level set against the figure shown as a point of its spread
  // asks which point it is, not that level's pay.
  const levelOrPoint =
    e.level !== undefined && namesAnything({ ...e, level: undefined }) === false && /\bor\b/i.test(text);
  if (levelOrPoint && showsPay(last) && pointAsked.test(text) && aboutShown.test(text))
    return { about: "spread" };
  // "is that national or just sf": a place named beside the whole country is the scope asked of, no place's pay.
  const scope = scopeAsked.test(text) && namedJobs(e) === 0 && !e.company;
  // An occupation's answer shows its pay whatever was asked of it ("how many are there").
  if (scope && (showsPay(last) || context?.occupation !== undefined)) return { about: "scope" };
  if (namesAnything(shareNotTitle(text, e))) return undefined;
  const sourceOrWhen =
    sourceAsked.test(text) || officialAsked.test(text) || whenAsked.test(text) || advisorSourcesAsked(text);
  if (sourceOrWhen && roleIntents.has(last)) return { about: "source" };
  return showsPay(last) ? figuresKind(text) : undefined;
}
