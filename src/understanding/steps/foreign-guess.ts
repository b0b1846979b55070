/*
 * "whats the fastest land animal": a question that names nothing of careers, whose intent the classifier only
 * guesses at from words careers share with everyday talk ("fastest" growing, "land" a job), and which turns
 * on a word that no example and nothing in the knowledge uses ("animal"), nor a slip of the keys from one
 * that careers use. It is about something else: off topic.
 * A definition ("what is the tallest mountain in the world") is read from its question form alone, so however
 * sure the classifier is, it says nothing of the subject: one turning on such a word is off topic too.
 */
import { editDistance, stem } from "../../knowledge/core/text.js";
import { type Entities, namedJobs } from "../entities/entities.js";
import type { Classification } from "../intent/classifier.js";
import type { PipelineParts } from "../shape/pipeline-parts.js";
import { isGuess } from "../shape/understanding.js";
import { jobNounWords } from "../words/job-nouns.js";
import { payWords } from "../words/topic-words.js";

/** Shortest word weighed: shorter ones are too often chat's own shorthand. */
const shortest = 4;

export function guessOverForeignWord(
  parts: Pick<PipelineParts, "vocabularies" | "careerWords">,
  e: Entities,
  classified: Classification,
): boolean {
  const namesSomething =
    namedJobs(e) > 0 || e.level || e.place || e.company || e.skillKind || e.pronoun || e.itField;
  // A noun of jobs or a word of pay is a career's own, whatever else is said ("best jobs for introverts").
  const careerNoun = e.masked.some((w) => jobNounWords.has(w) || payWords.has(w));
  const formOnly = isGuess(classified) || classified.intent === "definition";
  if (namesSomething || careerNoun || !formOnly) return false;
  const { knownWord } = parts.vocabularies;
  const nearCareerWord = (w: string) =>
    [...parts.careerWords].some((c) => editDistance(stem(w), c, 1) <= 1 || editDistance(w, c, 1) <= 1);
  return e.masked.some(
    (w) => w.length >= shortest && /^[a-z]+$/.test(w) && !knownWord(w) && !nearCareerWord(w),
  );
}
