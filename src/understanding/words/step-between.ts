/*
 * "whats the usual step in between", "is there an intermediate role", "any stepping stone?", "what role comes
 * before sre usually": after a move, which role lies on the way from its start to its end.
 */

/** Words of a role on the way between two: in between, intermediate, a stepping stone, a bridge, one before. */
const between =
  /\b(?:step|steps|role|roles|job|jobs|stop|rung|position|move)\s+(?:in\s+)?between\b|\bin[- ]between\b|\bintermediate\s+(?:step|steps|role|roles|job|jobs|position|stop|rung)\b|\bstepping[- ]?stones?\b|\bstep(?:ping)? stones?\b|\bmiddle\s+(?:step|role|job|rung)\b|\bbridge\s+(?:role|job)s?\b|\b(?:role|roles|job|jobs|step|steps)\s+(?:that\s+)?(?:usually\s+|typically\s+)?(?:comes?|goes?|sits?)\s+(?:right\s+)?before\b/i;

/** Whether a question asks which role lies between a move's start and its end. */
export const stepBetweenAsked = (question: string): boolean => between.test(question);
