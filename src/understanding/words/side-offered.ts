/*
 * How a follow-up offers a role beside a set of roles already side by side: as one more ("and backend?",
 * "what about mobile too", "+ qa?") or in place of one of them ("what about backend instead", "backend
 * instead of full stack", "swap full stack for backend"). Words only; which role goes where is the thread's.
 */

/** Words that only open a reply and say nothing of the set: "hm and backend?", "ok so also qa". */
const openers = String.raw`(?:(?:hm+|um+|uh+|ok(?:ay)?|k|so|oh|ah|well|right|cool|nice|ty|thanks|then)\W+)*`;

/** A reply that opens on a word of adding: "and mobile", "hm and backend?", "+ qa?", "plus sre", "also devops". */
const opensOnAdding = new RegExp(String.raw`^\W*${openers}(?:and|also|plus|add|\+|&)(?=\W|$)`, "i");

/** Words of adding anywhere after the role: "what about backend too", "sre as well", "mobile also?". */
const addedAfter = /\b(?:too|as well|aswell|also|in the mix|as a third)\b/i;

/** Words that put one side in the place of another: "instead", "rather than", "in place of", "swap", "replace". */
const inPlaceOf =
  /\b(?:instead|rather|in place of|in (?:its|their) place|swap|switch out|replace|replacing)\b/i;

/**
 * "not full stack" after another role: one side taken back. Not "not sure", "or not", "why not", "not
 * bad", which take back no role; the role it names is checked by the caller.
 */
const notSide = /\b(?<!or |why |if )not (?!sure|bad|really|much|that|too|yet|just|only)\w/i;

/** Words of a question of its own, where "not" asks ("is backend not harder than full stack") and swaps nothing. */
const askingWords = /\b(?:is|are|does|do|which|how|what|why|would|should|can|could)\b/i;

/** Whether a reply offers its role in place of one of the set: "what about backend instead", "backend not full stack". */
export const sideReplaced = (text: string): boolean =>
  inPlaceOf.test(text) || (notSide.test(text) && !askingWords.test(text));

/** Whether a reply offers its role as one more beside the set ("and backend?", "mobile too"), none replaced. */
export const sideAdded = (text: string): boolean =>
  !sideReplaced(text) && (opensOnAdding.test(text.trim()) || addedAfter.test(text));
