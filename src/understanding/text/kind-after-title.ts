/*
 * "whats the national pay for social workers, the child and family kind": the kind of a job said after it,
 * as an afterthought, names the job of that kind, as "child and family social workers" does. Said so, the
 * title alone was read ("social workers", asked back among O*NET's occupations of that title) and the kind
 * was lost (r73).
 */

/**
 * A plural job of one or two words, a comma (or none, typed without marks), then "the <kind> kind|type|sort|ones" with a kind of one word
 * or two ("child welfare"), or two joined by "and": the kind set before the job. Only at the message's end or before its next clause.
 * Not a place in a list ("data analyst vs the second one" sets the role against a role listed before), nor
 * a word that only ends in "s" ("vs", "is", "this"): no job.
 */
const kindAfter =
  /\b((?:[a-z]+ )?(?!(?:vs|versus|is|was|has|does|this|us)\b)[a-z]+s),?\s+the (?!(?:first|second|third|fourth|fifth|last|other|latter|former|next|previous|1st|2nd|3rd|4th|5th)\b)([a-z]+(?: and [a-z]+| [a-z]+)?) (?:kind|type|sort|ones?)\b(?=\s*(?:[,.;:!?]|$))/gi;

/** The text with a job's kind said after it set before it: "social workers, the child and family kind" → "child and family social workers". */
export const spellKindAfterTitle = (text: string): string => text.replace(kindAfter, "$2 $1");
