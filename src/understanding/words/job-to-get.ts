import { jobNounWords } from "./job-nouns.js";

/*
 * A job asked for as one the asker could take: "what IT job can i realistically get", "which data analyst
 * roles could i land". Said by someone who names the job they hold, it is where their move leads, with no
 * "to" or "into" before it.
 */

/** Words that ask which one: "what IT job", "which tech roles", "any IT jobs". */
const whichWords = new Set(["what", "which", "whats", "any"]);

/** Words of asking what one could do: "can i", "could i realistically", "would i". */
const modals = new Set(["can", "could", "would", "might", "should"]);
const askers = new Set(["i", "someone", "u", "you", "one"]);

/** Verbs of taking a job after "can i …": "get", "land", "switch to", "move into". */
const takingWords = new Set(
  "get land do start find switch move go transition pivot aim target apply realistically actually even still easily".split(
    " ",
  ),
);

/**
 * Whether the name that stands from `start` to `end` among the words is asked for as a job to take: a word
 * of which before it, a job's noun after it, and then "can i get", "could i land", "can i realistically do".
 */
export function askedAsJobToGet(tokens: readonly string[], start: number, end: number): boolean {
  if (!whichWords.has(tokens[start - 1] ?? "") || !jobNounWords.has(tokens[end] ?? "")) return false;
  const [modal, asker, verb] = tokens.slice(end + 1, end + 4);
  return modals.has(modal ?? "") && askers.has(asker ?? "") && takingWords.has(verb ?? "");
}

/**
 * "which is better for get job faster", "which gets you a job sooner", "faster to find work": a job got
 * sooner, which is a job got more easily, weighed by what each asks to enter and its openings (learners
 * drop the article: "get job faster").
 */
export const jobSoonerAsked = (text: string): boolean =>
  /\b(?:get|gets|getting|land|lands|landing|find|finds|finding)\s+(?:you\s+|me\s+)?(?:a\s+)?(?:job|jobs|work|hired)\b.{0,40}?\b(?:faster|fastest|quicker|quickest|sooner|soonest)\b/i.test(
    text,
  ) ||
  /\b(?:faster|fastest|quicker|quickest|sooner|soonest)\s+(?:to\s+)?(?:get|land|find)\s+(?:a\s+)?(?:job|jobs|work|hired)\b/i.test(
    text,
  );
