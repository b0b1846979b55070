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
