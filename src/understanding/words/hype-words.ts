/*
 * "is ml growing or is it all hype", "is data science overhyped", "is devops a fad", "is ai a bubble", "is
 * cybersecurity here to stay": whether a job or field is more talk than work, which is asked as whether it
 * lasts and grows, its outlook. No source measures hype; they measure jobs and openings.
 */

/**
 * Words that doubt a job lasts: hype (said of it, "overhyped", "all hype"), a fad, a bubble, a passing
 * trend, or its opposite asked ("here to stay", "gonna last"). Not "hyperparameters" nor "hyped about it",
 * said of the asker's own mood ("im hyped to start").
 */
const hypeWords =
  /\b(?:over[- ]?hyped|(?:all |just |mostly |only |pure |a lot of |the )?hype(?!\w)|hyped up|(?:a |just a )fad|fads|(?:a |just a |in a )bubble|(?:a |just a )(?:passing )?(?:trend|phase)(?! (?:in|of|for|to)\b)|here to stay|(?:gonna|going to|will it|is it going to|gon na) last)\b/i;

/** The asker's own excitement ("im so hyped to start"): no doubt of the job. */
const ownMood = /\b(?:i'?m|im|i am|we'?re|so|really|super)\s+(?:so\s+)?hyped\b/i;

/** The single words of hype ("overhyped", "fad"): on a side of "or", no job ("is it growing or overhyped"). */
export const hypeTokens: ReadonlySet<string> = new Set("hype hyped overhyped fad fads bubble".split(" "));

/** Whether a question doubts that a job or field lasts: hype, a fad, a bubble, or whether it is here to stay. */
export const hypeAsked = (question: string): boolean => hypeWords.test(question) && !ownMood.test(question);

/** Whether the doubt is worded as hype, a fad or a bubble (not "here to stay"), which no source measures. */
export const hypeWorded = (question: string): boolean =>
  hypeAsked(question) &&
  /\b(?:hype|hyped|fad|fads|bubble)\b/i.test(question.replace(/over[- ]?hyped/gi, "hype"));

/**
 * Words that ask how hot a job or field is now: "is ml still hot", "is hiring cooling off", "is the market
 * for it heating up". Asked of a job, its demand, which its outlook answers (growth, openings), not the
 * field's trends. Not a hot topic, take or trend ("what are the hot trends in ml": the trends themselves).
 */
const heatWords =
  /\b(?:is|are|still|so|that|even|really|super|red)\s+hot\b(?!\s+(?:topics?|takes?|trends?|skills?|tech(?:nolog\w*)?|areas?|mess|button|new|dog|sauce)\b)|\b(?:hiring|demand|market|it|they|things)\s+(?:is\s+|are\s+|has\s+|have\s+|been\s+|still\s+|starting\s+to\s+)*(?:cooling|cooled|cool|slowing|slowed|slow|drying|dried|heating|heated)\s+(?:off|down|up)\b|\bhot\s+(?:right now|rn|now|these days|nowadays|anymore|any more|in 20\d\d)\b|\bcooling (?:off|down)\b/i;

/** Whether a question asks how hot a job or field is, or whether its hiring is cooling off: its demand. */
export const heatAsked = (question: string): boolean => heatWords.test(question);

/**
 * A job asked as crowded, put down to what everyone else did: "is ml oversaturated now that everyone did a
 * coursera cert", "is cyber flooded since everybody got a sec+". It asks the job's outlook; the cert or
 * bootcamp named is the reason given, not what is asked ("is a cert worth it for ml" asks the cert).
 */
const crowdedByEveryone =
  /\b(?:over-?saturated|saturated|flooded|crowded|overcrowded|oversupplied)\b.*\b(?:now that|since|because|cause|cuz|bc|with|when)\s+(?:literally\s+)?(?:every ?one|every ?body|every1|all my friends|so many people|half the (?:internet|world|country))\b/i;

export const crowdedByOthers = (question: string): boolean => crowdedByEveryone.test(question);

/** "is ml oversaturated for juniors rn", "too crowded for beginners": a job asked as crowded, whatever else is said. */
const crowdedWords = /\b(?:over-?saturated|saturated|flooded|crowded|overcrowded|oversupplied)\b/i;

export const crowdedAsked = (question: string): boolean => crowdedWords.test(question);
