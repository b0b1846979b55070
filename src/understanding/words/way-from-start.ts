/*
 * Words that ask the way from where one is into a role the thread is on: "how do i get there", "how would
 * i get into it from where i am", "how do i make that jump", "how can i get there from my current job".
 */

/**
 * The way there asked, the role left unnamed: "get there", "get into it", "break into that", "move over",
 * "get in"; "make that jump", "make the switch". "get into it" asks a way in only where "it" is the last
 * word or a start follows ("get into it from qa"), not "get into it more" (the work).
 */
export const wayThereAsked =
  /\b(?:get|getting|go|going|move|moving|switch|switching|transition|transitioning|pivot|pivoting|break|breaking|jump|jumping)\s+(?:there|over|across|in(?:to)?\s+(?:it|that|this|there|one)(?=\s*(?:[?!.,]|$|from\b|coming\b|if\b|as\b|with\b|starting\b|tho\b|though\b|tbh\b|realistically\b)))|\bget in\b(?!\s+touch)|\bmak(?:e|ing)\s+(?:that|the|this|such a|a)\s+(?:jump|switch|move|transition|leap|change|pivot)\b/i;

/**
 * The start said as the job one holds, unnamed: "from where i am", "from my current job", "from what i do
 * now", "from my role". With no job held known, it names no start.
 */
export const fromWhereHeld =
  /\bfrom\s+(?:where\s+i(?:'?m|\s+am)|what\s+i(?:'?m\s+doing|\s+do)|my\s+(?:current\s+|present\s+)?(?:job|role|position|gig|spot|seat|work|title))\b|\bwhere\s+i(?:'?m|\s+am)\s+(?:now|rn|right now|at)\b/i;

/**
 * "how do i get into IT", "how can someone break into tech", "how to start in cybersecurity": the way in asked
 * in so many words, whatever else the question says of the person ("with no degree").
 */
export const wayIntoAsked =
  /\bhow (?:do|can|could|would|should|to|does|did)\s+(?:(?:i|you|u|someone|one|people|ppl|a person)\s+)?(?:even\s+)?(?:get|break|start|go|move|transition|switch)\s+(?:in|into|in to)\b/i;

/**
 * "is it hard to get into it with no degree", "trying to break into tech without a degree", "can i get into
 * IT with no degree": getting into the field said, with no "how"; the degree lacking is how the person
 * starts, so the way in is asked. Only into the field ("it", "tech", "the field"), not "jobs i can get into".
 */
export const intoFieldSaid =
  /\b(?:get|getting|break|breaking)\s+(?:in|into|in to)\s+(?:it|tech|the field|the industry|this field)\b/i;

/**
 * "what's the quickest way in", "fastest route in?", "easiest way to get in": the way in asked by how soon or
 * how easily it goes, into the role or field the thread is on, no job's path on from it. Not a step up
 * asked after it ("quickest way in to get promoted as a data engineer"): that is the path on.
 */
export const quickWayInAsked =
  /\b(?:quickest|fastest|easiest|quicker|faster|easier|shortest|simplest)\s+(?:way|route)\s+(?:to\s+(?:get|break)\s+)?in\b(?!\s+(?:the|a|an|my|your|this|that|it|tech|\w+ing)\b)(?![^.?!]*\b(?:promot\w*|senior|raise|principal)\b)/i;
