/**
 * "is now a good time to become a data scientist", "dba, is it still a thing in 2025?", "is QA dying": whether
 * a role is worth going into now, which its job market answers (the outlook), however the words lean to the
 * way in, to duties or to the ML trends of the year named.
 */
const timingWords =
  /\b(?:(?:a )?(?:good|great|right|bad|smart|wise|ideal|best|the) time to|too late to)\b|\bstill (?:a thing|relevant|worth it|worth (?:getting|going|becoming|doing|being)|in demand|needed|viable|a (?:good|safe|solid|viable) (?:career|job|choice|option|field|path)|around|hiring)\b|\bworth it\b[^.?!]*\b(?:in 20\d\d|now|rn|today|these days|nowadays|anymore)\b|\b(?:dying|dead)\b(?! end)|\bon the way out\b|\bdying out\b/i;

/** Whether a question asks if now is the time for a role, or if the role still has a future. */
export const asksTiming = (question: string): boolean => timingWords.test(question);
