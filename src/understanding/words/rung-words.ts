/*
 * Questions about where a role sits on a career ladder, which its path answers: "is it a senior role",
 * "is IT support a dead end job", "how long do people stay in it before moving up", "can i skip the dba
 * step".
 */

import { asksTime } from "./question-asks.js";

/**
 * "is it a senior role", "is network architect an entry level job", "is that a junior position". Not a rung
 * said with "at" or "for" ("are companies even hiring for it at junior level", "are there jobs for entry
 * level"): that is where the hiring is asked, not which rung the role is.
 */
const rungWords =
  /\b(?:is|isn'?t|are|aren'?t)\b.*\b(?<!\b(?:at|for|at the|for the)\s)(senior|junior|entry[- ]?level|mid[- ]?level|leadership|management)\s+(?:role|roles|position|positions|job|jobs|title|level|gig)\b/i;

/** The rung a question asks whether the role is ("senior", "entry level"), if it asks one. */
export const rungAsked = (question: string): string | undefined =>
  rungWords.exec(question)?.[1]?.toLowerCase().replace("-", " ");

/** "a dead end job", "dead-end", "does it lead anywhere": whether a role goes anywhere. */
const deadEndWords = /\bdead[- ]?end\b|\b(?:lead|leads|go|goes) any ?where\b/i;

/** Whether a question asks if a role is a dead end. */
export const asksDeadEnd = (question: string): boolean => deadEndWords.test(question);

/**
 * "a career with room to grow", "room for growth", "can you move up in it", "a career you can grow in":
 * whether a person goes anywhere in it, which where it leads answers (not how fast its jobs grow).
 */
const roomToGrowWords =
  /\broom (?:to grow|for (?:growth|advancement|promotion))\b|\b(?:can|could) (?:you|i|one|people|ppl) (?:move up|advance|grow|climb)\b|\b(?:you|i|one) can grow in\b|\bgrowth potential\b/i;

/** Whether a question asks if there is room to grow in a job or field. */
export const asksRoomToGrow = (question: string): boolean => roomToGrowWords.test(question);

/**
 * "how long do ppl usually stay in it before moving up", "how many years before a promotion", "how fast can
 * you move up from it", "how quickly can i advance from there": how soon the role leads up (a person
 * advancing, not "how fast is ai advancing").
 */
const tenureWords =
  /\bhow (?:long|fast|quickly|quick|soon|many (?:years|yrs|months))\b.*\b(?:stay|stick|before (?:moving|you move|they move|people move|getting promoted|promotion|a promotion)|until (?:promoted|promotion|moving up)|move up|moving up|get promoted|promoted|(?:i|you|people|ppl|one|they|we|someone) advance)\b/i;

/** Whether a question asks how long people stay in a role before they move up, which no source measures. */
export const asksTenure = (question: string): boolean => tenureWords.test(question);

/**
 * "how long to become a senior swe", "how fast will i grow to senior", "how long until i'm senior", "how many
 * years to staff": the time a level above takes to reach within the role. ("lead" is left out: a lead role of
 * its own is a role to get into, "how long to become a lead mle".)
 */
const levelReachedWords =
  /\b(?:to|until|till|til|before|be|become|becoming|reach|reaching|hit|hitting|make|making)\s+(?:(?:i'?m|im|i am|i'?ll be|i get|being|becoming|getting|a|an)\s+){0,2}(senior|sr|staff|principal|mid[- ]?level)\b(?!\s*(?:year|yr|citizen))/i;

/** The level a question asks how long it takes to reach ("senior"), if it asks the time to one. */
export const levelReachedInTime = (question: string): string | undefined =>
  // "how fast will i grow to senior": a person growing, which the time words leave to the market's growth.
  asksTime(question) || /\bhow (?:fast|quick|quickly|soon)\b/i.test(question)
    ? levelReachedWords.exec(question)?.[1]?.toLowerCase().replace(/^sr$/, "senior")
    : undefined;

/**
 * "what does it take to get to staff as a backend eng", "how do i get to senior as a frontend dev", "reach
 * principal as a data scientist": a level above reached within the role, asked without the
 * time it takes. ("become a staff engineer" names a title, asked as one; "lead" is a role of its own; "make senior" is
 * left to pay, which "make" asks as often.)
 */
const levelReachedWithinRole =
  /\b(?:get|getting|reach|reaching|promoted|promotion|move up|moving up)\s+(?:to\s+)?(?:the\s+)?(senior|sr|staff|principal)\b(?!\s*(?:year|yr|citizen))/i;

/** The level a question asks how to reach within the role ("staff"), with or without the time it takes. */
export const levelReached = (question: string): string | undefined =>
  levelReachedInTime(question) ??
  levelReachedWithinRole.exec(question)?.[1]?.toLowerCase().replace(/^sr$/, "senior");

/**
 * "is it a job people stay in long term or do they usually move up", "do ppl stick with it or leave", "is it
 * a stepping stone": whether people stay in a role or go on from it, which its path (where it leads) answers.
 */
const stayOrMoveWords =
  /\b(?:stay|stays|staying|stick|sticks)\b(?:\s+\S+){0,4}?\s+(?:long[- ]?term|for years|for good|forever|or\s+(?:\S+\s+){0,3}?(?:move|moves|moving|leave|leaves|leaving|go|advance|get promoted|jump|switch))\b|\bstepping[- ]?stones?\b|\b(?:job|role|position|career)s? (?:that )?(?:people|ppl|you|they|folks|someone) (?:stay|stick) (?:in|with)\b/i;

/** "should i stay a sysadmin or go for it": the asker weighing a move of their own, no question of the role. */
const ownStay =
  /\b(?:should|could|do|can) (?:i|we) (?:stay|stick)\b|\b(?:i|we)(?:'d| would| will)? (?:stay|stick)\b/i;

/** Whether a question asks if people stay in a role or move on from it. */
export const asksStayOrMove = (question: string): boolean =>
  stayOrMoveWords.test(question) && !ownStay.test(question);

/**
 * "can i skip the dba step", "skip being a dba", "without being a dba first". ("go straight to cloud
 * architect" is no step skipped: it asks the way into the role named.)
 */
const skipWords = /\b(?:skip|skipping|bypass)\b|\bwithout (?:being|becoming|doing) an? \w+/i;

/** Whether a question asks if a step on the way can be skipped, which no source rules on. */
export const asksSkip = (question: string): boolean => skipWords.test(question);

/**
 * "whats the step right before it", "what role comes just before that", "whats the role right below it": the
 * rung below a role, where people come to it from. So is what people do before it: "what do they do before
 * that", "what do ppl usually do before becoming one".
 */
const stepBeforeWords =
  /\b(?:step|rung|stage|role|job|position|level|title)s? (?:(?:right|just|directly|immediately|one) )?(?:before|below|under|beneath) (?:it|that|this|there|one)\b|\bcomes? (?:(?:right|just|directly|immediately) )?(?:before|below|under) (?:it|that|this|there)\b|\b(?:do|did|does|work|worked) (?:\w+ )?(?:before|prior to) (?:becoming|being|getting|it|that|this)\b/i;

/** Whether a question asks for the step before a role on its ladder. */
export const asksStepBefore = (question: string): boolean => stepBeforeWords.test(question);
