import { asksEffort, asksHowLong, asksMakingIt, asksTime, asksWhatItTakes } from "../question-asks.js";
import { learnAsked } from "../topic-words.js";
import { isGuess } from "../understanding.js";
import type { ThreadRule } from "./decision.js";
import { becomingAsked, learningAbout } from "./words.js";

/*
 * Thread rules for the time or effort getting into a role takes: "how long does it take to become a data
 * scientist", "what does it take", "is it hard to become a data architect".
 */

/**
 * "how long does it take to become a data scientist", "what does it take to become a lead mle", "is it hard
 * to become a data architect": how people get in, not what the role does nor how its jobs grow.
 */
export const effortOfBecoming: ThreadRule = (r) => {
  const effort = asksHowLong(r.text) || asksWhatItTakes(r.text) || asksEffort(r.text);
  return r.e.roles.length === 1 && effort && becomingAsked.test(r.text) ? "gettingStarted" : undefined;
};

/**
 * "can a 40 yr old make it as a front end dev", "could i hack it in IT without being good at maths": whether
 * one can get into a role or the field, which its way in answers; "make" there earns nothing. Words that ask
 * what to learn ("what skills would i need") keep their own reading.
 */
export const makingItAsked: ThreadRule = (r, d) => {
  const aboutOne = r.e.roles.length === 1 || (r.e.itField && r.jobsNamed === 0);
  const otherAsked = learningAbout.has(d.intent) && !isGuess(r.c);
  return aboutOne && asksMakingIt(r.text) && !otherAsked ? "gettingStarted" : undefined;
};

/**
 * "how long does it take", "what does it take to get there" in a thread about one role: how people get
 * into it, unless the words ask what it needs ("how many years of experience is that"). (After a move, the
 * rules for moves make it the move's.)
 */
export const timeIntoThreadRole: ThreadRule = (r, d) => {
  const intoThreadRole =
    r.jobsNamed === 0 &&
    r.thread.length === 1 &&
    !r.payDetail &&
    !r.asksPay &&
    !r.e.skillKind &&
    // "how long does it take to learn": the time learning takes, which its own rule answers.
    !learnAsked.test(r.text) &&
    // A topic the fragment only repeats ("what certs", then "and how long before im employable") is no
    // reading of its own words.
    (!learningAbout.has(d.intent) || isGuess(r.c) || d.inherited.includes("intent"));
  return intoThreadRole && (asksTime(r.text) || asksWhatItTakes(r.text)) ? "gettingStarted" : undefined;
};
