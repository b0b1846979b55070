/*
 * "pay/outlook/do i need a cs degree", "pay, outlook, schooling?": things asked of a role as a list, each
 * item a question of its own, as "whats the pay? and the outlook?" is. This finds where an item may start,
 * beside where a second question may (text/second-question.ts); whether each is a question of another kind
 * than the ones before is read by understanding the parts (src/advisor/ask/both-asked.ts).
 */
import { questionOpeners, type TwoParts } from "../text/second-question.js";
import { credentialWords, degreeWords, growthWords, payNouns, wordsGroup } from "./topic-words.js";

/**
 * Words that name a thing asked of a role, as an item of such a list: its pay, its job market, what
 * schooling or credentials it takes, its skills. A list of other words ("c/c++", "ci/cd", "front/back end",
 * "data analyst here, what are my options") is no list of questions.
 */
const askNouns = [
  ...payNouns,
  ...growthWords,
  ...degreeWords,
  ...credentialWords,
  ..."prospects future schooling school education skills requirements reqs prereqs training".split(" "),
];

/** An item of the list ends at the separator: the word before it names a thing asked. */
const askBefore = wordsGroup(askNouns);

/** And the next item opens with a thing asked or with a word that opens a question ("/do i need…"). */
const askAfter = `(?:${wordsGroup(askNouns)}\\b|${questionOpeners})`;

/** A slash, or a comma, between two items of a list of things asked. */
const listed = new RegExp(`(?<=\\b${askBefore})\\s*[/,]\\s*(?=${askAfter})`, "gi");

/**
 * "… pay outlook schooling": the same list typed with no commas, bare names of things asked ending the
 * message, one after another; between two of them only, so that a name of one thing ("degree
 * requirements") is cut only where what follows asks a thing of another kind, as the reading decides.
 */
const bareListed = new RegExp(`(?<=\\b${askBefore})\\s+(?=${askBefore}(?:\\s+${askBefore})*\\W*$)`, "gi");

/**
 * The ways a message may be cut between items of a list of things asked, the last place first: "… pay/
 * outlook/do i need a cs degree" is first the degree asked after the rest, then the outlook after the pay.
 */
export function listedAskStarts(message: string): TwoParts[] {
  const parts: TwoParts[] = [];
  for (const m of [...message.matchAll(listed), ...message.matchAll(bareListed)]) {
    const first = message.slice(0, m.index).trim();
    const second = message.slice(m.index + m[0].length).trim();
    if (/\w/.test(first) && /\w/.test(second)) parts.push({ first, second, whichOfChoice: false });
  }
  return parts.sort((a, b) => b.first.length - a.first.length);
}
