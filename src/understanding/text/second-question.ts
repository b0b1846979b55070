/*
 * "how much do IT support ppl make? and do u need a degree for it", "sre salary in seattle? also what
 * skills", "which pays better and is it hard to switch between them": a second question asked after the
 * first in one message. This finds only where one may start; whether it is a question of its own, of
 * another kind than the first, is read by understanding both parts (src/advisor/ask/both-asked.ts).
 */
import { asTyped, type SpeltText } from "./misspellings.js";

/**
 * Words that open a question: "do u need…", "whats the pay", "is it growing", "which is easier". Their slips
 * ("waht", "wich", "shoud") are the corrector's to spell right: `secondQuestionStarts` reads the message
 * spelt so.
 */
export const questionOpeners =
  "(?:what|whats|what's|wat|which|how|who|where|when|why|is|are|was|were|do|does|did|can|could|should|would|will|any)\\b";

/**
 * Words that join a second question to the first: "and", "also", "plus", "oh and", "and also", and "+" or
 * "&" typed for "and" ("whats the diff + who makes more"). Not "but", which follows a hedge more often than
 * a question ("sorry if this is a dumb question but any certs i need").
 */
const joiner = "(?:(?:oh )?and|also|plus|\\+|&)(?: also)?";

/** The verbs a question is asked with: "do they", "is it", "how much does". */
const askingVerb = "(?:do|does|did|is|are|was|were|can|could|should|would|will)";

/**
 * What opens a question of its own wherever it stands: a question word and its verb ("how do i", "what is",
 * "how long does", "whats"), or the verb and who it asks of ("do they", "should i", "is it"). Not a question
 * word alone ("what skills", "how it works"), which a question holds as often as it opens one; nor "who",
 * "which", "where" or "when" and a verb, which open a clause about a thing named as often ("someone who is
 * bad at coding").
 */
const clauseOpener = `(?:(?:how|what|why)(?:\\s+(?:much|long|many|hard|easy|often|far))?\\s+${askingVerb}|whats|what's|${askingVerb}\\s+(?:i|you|u|they|we)|(?:is|does|will)\\s+it|(?:is|are)\\s+there|are\\s+they)\\b`;

/**
 * Where a sentence starts: the message's start, a mark, the bot's name mentioned, or a greeting or a hedge
 * before it ("hey whats…", "quick question: whats…", "sorry if this is dumb but whats…").
 */
const sentenceStart = "(?:^|[?.!:,;]\\s|<@\\w+>\\s|\\b(?:hey|hi|hello|yo|but)\\s)";

/**
 * A question word and "to" ("how to become a data engineer", "where to start"): a question asked whole, its
 * verb the one after "to", with none to come.
 */
const toDo = "(?:how|what|where|which \\w+) to";

/**
 * A sentence that asks already, up to where a second question may start: it opens with a verb that asks
 * ("whats the pay for sre", "is it hard"), or a question word with its verb after it ("how much do sres
 * make"), or with "to" ("how to become one"). Not "IT dept at my company is hiring a network administrator, whats the going rate", which told
 * something first; nor "what skills", which has asked nothing yet ("what skills do they need").
 */
const askedSoFar = `${sentenceStart}\\s*(?:whats|what's|${askingVerb}|${toDo}|(?:how|what|why|which|who|where|when)\\b[^?.!]*\\b${askingVerb})\\b[^?.!]*\\w`;

/**
 * Words after which a question word or a verb that asks belongs to the question asked: a question told of
 * ("do you know how much…", "not sure what is best", "tell me what is…", "depends on what do you want"), or
 * a joining word, where the second question starts before it.
 */
export const insideQuestion =
  "(?:know|knows|sure|wonder|wondering|tell|ask|asking|idea|clue|curious|explain|understand|decide|see|show|out|learn|about|on|of|in|to|for|me|us|that|if|whether|idk|dunno|think|matter|depends|and|or|but|so|also|plus)";

/**
 * A question word whose verb is still to come: "what skills do they need", "how much do you make" ask one
 * thing, the verb theirs. Not one with "to" after it ("how to become one"), whose verb has come.
 */
const awaitingVerb = `\\b(?:how|what|which|why|who|where|when)\\b(?!\\s+to\\b)(?:(?!\\b${askingVerb}\\b)[^?.!])*`;

/**
 * Where a second question starts: after a question mark (then anything: "? and skills?" asks too), or at a
 * joining word before a word that opens a question ("and do u need", "also what skills"), which the second
 * question keeps, as a follow-up does. Not at a comma or full stop alone: "data analyst here, what are my
 * options", "the latter, whats the range" set the scene for one question. Nor "pay and outlook of x vs
 * y", where no word that opens a question follows its "and": one request. But where a sentence that asked
 * already goes on with words that open a question, with no mark between: "whats the pay for sre how do i
 * become one", "whats qa pay do they need a degree", typed as fast as they were thought.
 */
const starts = new RegExp(
  [
    `(?<=\\?)\\s+(?=\\S)`,
    `[,;.]?\\s+(?=${joiner}\\s+${questionOpeners})`,
    // What opens a question first, the words before it looked back at only there.
    `[,;]?\\s+(?=${clauseOpener})(?<=${askedSoFar}[,;]?\\s+)(?<!(?:\\b${insideQuestion}|${awaitingVerb})[,;]?\\s+)`,
  ].join("|"),
  "gi",
);

/**
 * "data analyst or data scientist?? which is realistic w/o going back to school": a "which" after a choice
 * offered asks which of it, one question. (Its last sentence: "teacher 10 yrs. swe or mle?" offers one.)
 * Not after a choice already asked of ("sre vs devops, which is less stressful and which pays more"): the
 * second "which" asks another thing of it. Whether words after the choice ask a thing of it ("data
 * scientist vs data analyst pay? and which one needs a masters") is for the reading of the first part: the
 * cut is marked, not dropped.
 */
const choiceOffered = /\b(?:or|vs|versus)\b([^.?!]*)[.?!]*$/i;
const askedOf = new RegExp(`\\b${questionOpeners}`, "i");
const offeredAlone = (first: string) => {
  const after = choiceOffered.exec(first)?.[1];
  return after !== undefined && !askedOf.test(after);
};
const whichAsked = new RegExp(`^(?:${joiner}\\s+)?(?:so\\s+)?which\\b`, "i");

/** A message cut in two where a second question may start: what is asked first, and what after. */
export interface TwoParts {
  first: string;
  second: string;
  /** The second opens with "which" after a choice the first offers with no question word of its own. */
  whichOfChoice: boolean;
}

/**
 * The ways a message may hold two questions, the last place first: "x or y? which pays better and is it
 * hard to switch" is the pay asked of both, then the switch, before it is the two roles named alone, then
 * the rest. Where a question may start is read in the message spelt right (`spelt`: "and wich one needs a
 * degree" opens one as "and which" does), and the parts are cut from the message as typed, which each is
 * read from again.
 */
export function secondQuestionStarts(message: string, spelt: SpeltText = asTyped(message)): TwoParts[] {
  const parts: TwoParts[] = [];
  for (const m of spelt.text.matchAll(starts)) {
    const [end, start] = [m.index, m.index + m[0].length];
    const whichOfChoice =
      offeredAlone(spelt.text.slice(0, end)) && whichAsked.test(spelt.text.slice(start).trim());
    const first = message.slice(0, spelt.typedAt(end)).trim();
    const second = message.slice(spelt.typedAt(start)).trim();
    if (/\w/.test(first) && /\w/.test(second)) parts.push({ first, second, whichOfChoice });
  }
  return parts.reverse();
}
