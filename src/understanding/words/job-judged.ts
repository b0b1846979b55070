/*
 * "is hvac a good job", "is cloud a good field", "is data a growing field": one or two words judged as a
 * job, a career or a field worth going into, which the question names only by those words.
 */

/** The judgement after the job's words: "a good job", "a decent career", "a growing field", "a dying career". */
const judgement = String.raw`(?:an?\s+)?(?:good|decent|solid|bad|safe|smart|stable|growing|dying)\s+(?:job|jobs|career|careers|field|choice|path|option)\b`;

/**
 * The words judged, opening the question: "is hvac a good job" (hvac), "is a da a good career" (a da),
 * "is cloud a growing field" (cloud). Two words at most, the second never "a"/"an" (the judgement's own).
 */
export const jobJudged = new RegExp(
  String.raw`^(?:is|are)\s+((?:an?\s+)?[a-z]+(?:\s+(?!an?\b)[a-z]+)?)\s+${judgement}`,
  "i",
);
