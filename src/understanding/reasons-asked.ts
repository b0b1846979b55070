/*
 * What no source holds for a move or a pay gap: its drawbacks ("whats the catch", "any downsides?") and
 * the reason behind a gap ("why tho", "how come"). Asked after a move or a pay comparison, these are about
 * that move or those roles, and the answer says first that the sources say nothing on it.
 */

/**
 * "whats the catch", "any catch?", "any downsides?", "the cons", "drawbacks": what is bad about it, asked.
 * "catch" is the noun only, after "the"/"a"/"any" or alone: "will i catch up with the devs" asks no drawback.
 */
const drawbacks =
  /\b(?:(?:the|a|any)\s+catch(?:es)?|downsides?|drawbacks?|cons|disadvantages?|negatives?)\b|^\W*catch\W*$/i;

/** Whether a question asks for drawbacks. */
export const drawbacksAsked = (question: string) => drawbacks.test(question);

/**
 * "why tho", "why is that", "how come?", "why?": a reason asked and nothing else (no topic of its own:
 * "why is devops growing" names one).
 */
const reasonOnly =
  /^\s*(?:(?:ok|okay|hm+|huh|but|and|so|wait)[\s,.!]+)?(?:why|how come)(?:\s+(?:tho|though|is that|so|exactly|is it|that is|the difference|the gap))?\s*[?!.]*\s*$/i;

/** Whether a question asks only for a reason. */
export const reasonAsked = (question: string) => reasonOnly.test(question);
