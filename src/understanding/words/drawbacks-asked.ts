/*
 * A move's drawbacks asked ("whats the catch", "any downsides?"), which no source lists: asked of a move or
 * after one, the answer says so first, then what the sources do show of the move.
 */

/**
 * "whats the catch", "any catch?", "any downsides?", "the cons", "drawbacks": what is bad about it, asked.
 * "catch" is the noun only, after "the"/"a"/"any" or alone: "will i catch up with the devs" asks no drawback.
 */
const drawbacks =
  /\b(?:(?:the|a|any)\s+catch(?:es)?|downsides?|drawbacks?|cons|disadvantages?|negatives?)\b|^\W*catch\W*$/i;

/** Whether a question asks for drawbacks. */
export const drawbacksAsked = (question: string) => drawbacks.test(question);
