/*
 * "pay/outlook/do i need a cs degree", "pay, outlook, schooling?": things asked of a role as a list, each
 * item a question of its own, as "whats the pay? and the outlook?" is. This finds where an item may start,
 * beside where a second question may (text/second-question.ts); whether each is a question of another kind
 * than the ones before is read by understanding the parts (src/advisor/ask/both-asked.ts).
 */
import { asTyped, type SpeltText } from "../text/misspellings.js";
import { closingDropped } from "../text/pleasantries.js";
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
  // "path to devops engineer and salary": the way up a role, or its work, asked as a thing of its own.
  ..."path roadmap ladder duties responsibilities".split(" "),
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

/** Words that only end a request: "… and pay too" (thanks, a laugh or an emoji are set aside before). */
const requestEnd = "(?:\\s+(?:too|also|as well))?\\W*$";

/**
 * "path to devops engineer and salary", "sre outlook and salary": a thing asked joined by "and" to what was
 * asked before it, bare names of things asked ending the message, as "… and the salary?" asks it.
 */
const joinedLast = new RegExp(
  `\\s+and\\s+(?=(?:the\\s+)?${askBefore}(?:\\s+${askBefore})*${requestEnd})`,
  "gi",
);

/**
 * "skills and pay for sre", "whats the pay and outlook for data scientists": two things asked joined by "and"
 * before the role both are asked of, which each item asks of it. Its groups: the first item, the second,
 * and what both are asked of.
 */
const sharedTail = new RegExp(
  `^.*?\\b(${askBefore})\\s+and\\s+(?:the\\s+)?(${askBefore})(\\s+(?:for|of|as|in)\\s+\\S.*)$`,
  "id",
);

/**
 * "skills and pay for sre" as "skills for sre" and "pay for sre": each item with what it is asked of, cut
 * from the message as typed (`at`: a place of the spelt text in the typed one).
 */
function sharedTailParts(message: string, spelt: string, at: (place: number) => number): TwoParts[] {
  const [, item, other, tail] = sharedTail.exec(spelt)?.indices ?? [];
  if (!item || !other || !tail) return [];
  const asked = message.slice(at(tail[0]));
  const first = `${message.slice(0, at(item[1]))}${asked}`.trim();
  const second = `${message.slice(at(other[0]), at(other[1]))}${asked}`.trim();
  return [{ first, second, whichOfChoice: false }];
}

/**
 * The ways a message may be cut between items of a list of things asked, the last place first: "… pay/
 * outlook/do i need a cs degree" is first the degree asked after the rest, then the outlook after the pay.
 * Read in the message spelt right ("skils and salery for sre"), what closes it and asks nothing set aside
 * ("… and salary lol"); the parts are cut from the message as typed.
 */
export function listedAskStarts(message: string, spelt: SpeltText = asTyped(message)): TwoParts[] {
  const text = closingDropped(spelt.text);
  const at = spelt.typedAt;
  const parts: TwoParts[] = sharedTailParts(message, text, at);
  for (const m of [...text.matchAll(listed), ...text.matchAll(bareListed), ...text.matchAll(joinedLast)]) {
    const first = message.slice(0, at(m.index)).trim();
    const second = message.slice(at(m.index + m[0].length)).trim();
    if (/\w/.test(first) && /\w/.test(second)) parts.push({ first, second, whichOfChoice: false });
  }
  return parts.sort((a, b) => b.first.length - a.first.length);
}
