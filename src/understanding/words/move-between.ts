import { moveVerbs } from "./entity-words.js";
import { wordsGroup } from "./topic-words.js";

/*
 * A move between two roles asked without naming either: "is it hard to switch between them", "can you go
 * from one to the other", "could i jump from the first to the second". Its sides are the two roles the
 * thread set side by side, first named first; with one role in the thread, the other side is still to ask.
 */

/**
 * Verbs of going from one job to another, beside the move verbs: "jump", "hop", "shift". Not "go" or "get",
 * which between two may choose ("which should i go for between them") or earn ("get paid more between them").
 */
const goingVerbs = [
  ...moveVerbs,
  ..."jump jumping hop hopping shift shifting transfer transferring".split(" "),
];

/** "switch between them", "moving between the two": a move between two, in words of moving. */
const betweenThem = new RegExp(
  String.raw`\b${wordsGroup(goingVerbs)}\b.*\bbetween (?:them|the two|those two|these two|both)\b`,
  "i",
);

/**
 * "from one to the other", "from one to another", "from the first one to the second": a move's two sides
 * said by their places alone, the start first ("to" or "into" captured). (Said the other way round, "from
 * the second to the first", the places are spelt out as the roles' names: `twoPicksSpelt`.)
 */
export const sidesByPlace =
  /\bfrom (?:the )?(?:one|first|former)(?: one)?(?: of (?:them|the two|those|these)(?: two)?)? ((?:in)?to) (?:the )?(?:other|another|second|latter)(?: one)?\b/i;

/** Whether a question asks a move between two roles it does not name. */
export const moveBetweenTwoAsked = (question: string) =>
  betweenThem.test(question) || sidesByPlace.test(question);
