/*
 * "is ml a good career for someone who hates math lol", "is data science a good fit for someone bad at
 * coding", "is swe ok for me, not a math person": a role weighed as a fit for someone who dislikes a subject
 * or is weak at it. No source judges personal fit; what the role needs answers it (otherwise: the outlook).
 */

/** Words that weigh a role for a person: "a good career", "a good fit", "ok for someone", "suits me". */
const fitWeighed =
  /\b(?:good|bad|right|wise|smart|decent|viable|realistic|suitable|ok|okay)\s+(?:career|fit|choice|option|path|job|field|idea|pick|match|major)\b|\b(?:suit|suits|suited|fit|fits)\b|\b(?:ok|okay|good|right|doable|possible|realistic)\s+for\s+(?:me|someone|somebody|a person|people)\b/i;

/**
 * A subject disliked or done badly, as typed: "hates math", "bad at coding", "not a math person". Not a job,
 * a person or one's own situation ("hate my job", "bad at it"), nor dealing with people (`unmeasured.ts`).
 */
const subjectDisliked =
  /\b(?:(?:hate|hates|hating|dislike|dislikes|don'?t like|doesn'?t like|not good at|bad at|terrible at|awful at|suck at|sucks at|weak at|weak in|struggle with|struggles with|not great at)\s+(?!(?:my|the|this|that|it|its|people|ppl|talking|dealing|working|them|their|his|her|our)\b)[a-z][\w+#-]*|not (?:a|much of a|really a) [a-z][\w+#-]* person)\b/i;

/** The subject disliked, as typed ("hates math"), where the question weighs a role as a fit for that person. */
export function dislikedSubjectFit(question: string): string | undefined {
  if (!fitWeighed.test(question)) return undefined;
  const disliked = subjectDisliked.exec(question)?.[0];
  return disliked && !/\bpeople person\b/i.test(disliked) ? disliked : undefined;
}
