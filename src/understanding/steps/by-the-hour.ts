/*
 * Pay asked by the hour ("electrician hourly", "software engineer hourly rate"): the last step of reading
 * a question, which makes it a pay question by the hour whatever the classifier read.
 */

import { pairIntents, payIntents } from "../intent/intents.js";
import type { Understanding } from "../shape/understanding.js";
import { questionWords } from "../words/entity-words.js";
import { payAsked, perHourAsked } from "../words/topic-words.js";

/** "rate" names pay beside the hour ("hourly rate"), though alone it is as often a rate of growth. */
const payOrRate = (text: string) => payAsked.test(text) || /\brates?\b/i.test(text);

/** The words the hour is asked in, and what stands for a job, level, place or employer among masked words. */
const hourWords = new Set("per an a each by the hour hr hourly".split(" "));
const namedThing = /^x(role|level|place|company)$/;

/**
 * Whether a question says nothing but who and by the hour ("electrician hourly", "data scientist per hour",
 * "how much per hour for a nurse"): pay is all it can ask. A word of its own ("tickets per hour") asks
 * something else.
 */
const onlyByTheHour = (masked: readonly string[]) =>
  masked.every((w) => namedThing.test(w) || questionWords.has(w) || hourWords.has(w));

/**
 * Pay asked by the hour: a pay question in words of the hour ("electrician pay per hour"), or words of the
 * hour beside a word of pay ("software engineer hourly rate") or alone beside a job, however the classifier
 * read the rest: the hour says the question is about pay. A question that needs two sides keeps its reading.
 */
export function byTheHour(u: Understanding): Understanding {
  if (!perHourAsked.test(u.text)) return u;
  if (payIntents.has(u.intent)) return { ...u, confidence: 1, perHour: true };
  if (pairIntents.has(u.intent) || !(payOrRate(u.text) || onlyByTheHour(u.entities.masked))) return u;
  return { ...u, intent: "salary", confidence: 1, perHour: true };
}
