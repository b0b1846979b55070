/*
 * "thinking of majoring in stats so i can be a data analyst. whats the median pay", "does deloitte pay data
 * analysts well? im in their tax practice now": a sentence that tells something about the asker sets the
 * scene for the one that asks, and its words ("majoring", "practice") say nothing of what is asked.
 */
import { tokenize } from "../../knowledge/core/text.js";
import { insideQuestion, questionOpeners } from "./second-question.js";

/**
 * Where a sentence ends: a full stop, question or exclamation mark before a space; or, typed with no mark,
 * where "whats" or "how much" opens a question of its own ("…so i can be a software engineer whats the
 * median pay"), not after a word that makes it part of the sentence ("i want to know whats the pay").
 */
const sentenceEnd = new RegExp(
  `(?<=[.?!])\\s+|(?<!\\b${insideQuestion})\\s+(?=(?:whats|what's|what is|how much|how many)\\b)`,
  "i",
);

/** Words that lead into a sentence without asking or telling anything: "so whats…", "ok and is it…". */
const leadIn = "(?:(?:so|ok|okay|and|also|but|oh|well|hmm|lol)[,]?\\s+)*";

const opensQuestion = new RegExp(`^${leadIn}${questionOpeners}`, "i");

/** A sentence asks where it ends with a question mark or opens with a word that opens a question. */
const asks = (sentence: string) => sentence.trimEnd().endsWith("?") || opensQuestion.test(sentence.trim());

/** A message's sentences, in order, each with whether it asks (a question mark, or a word opening a question). */
export function sentencesOf(text: string): { text: string; asks: boolean }[] {
  return text
    .split(sentenceEnd)
    .filter((s) => /\w/.test(s))
    .map((s) => ({ text: s.trim(), asks: asks(s) }));
}

/**
 * A sentence tells of the asker where it speaks of them ("im in their tax practice", "my english is not
 * perfect"); a bare lead-in to the question ("ok and for waiter", "looking at sre salary") tells nothing and
 * is read with it.
 */
const ofAsker = /\b(?:i|im|i'm|ive|i've|id|i'd|my|me|we|our)\b/i;

/**
 * The words of a message that only its telling sentences use, where it has at least one sentence that asks
 * and one that tells of the asker: those the classifier leaves aside, the entities they name being kept
 * (they are masked as placeholders, never these words). Empty for a message of one sentence, or with no
 * sentence that asks or none that tells.
 */
export function wordsOnlyTold(text: string): ReadonlySet<string> {
  const sentences = sentencesOf(text);
  const asked = sentences.filter((s) => s.asks || !ofAsker.test(s.text));
  const told = sentences.filter((s) => !s.asks && ofAsker.test(s.text));
  if (asked.length === 0 || told.length === 0) return new Set();
  const askedWords = new Set(asked.flatMap((s) => tokenize(s.text)));
  return new Set(told.flatMap((s) => tokenize(s.text)).filter((w) => !askedWords.has(w)));
}

/**
 * The words of a message's sentences that ask, where it has several sentences and at least one asks: "…i did
 * some matlab in school and liked the controls/stats stuff. what skills do i need for ml?". Empty otherwise.
 */
export function wordsOfQuestions(text: string): ReadonlySet<string> {
  const sentences = sentencesOf(text);
  const asking = sentences.filter((s) => s.text.endsWith("?"));
  if (sentences.length < 2 || asking.length === 0) return new Set();
  return new Set(asking.flatMap((s) => tokenize(s.text)));
}
