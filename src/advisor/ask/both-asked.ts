/**
 * Two questions in one message, of different kinds: "how much do IT support ppl make? and do u need a degree
 * for it". The first is asked in the thread, the second in the thread as the first left it (so its "it" or
 * "them" is the first's roles, and the first's place and level carry), and both answers go out together,
 * the first first. The thread goes on from the second, as if each had been sent alone. More questions are
 * answered so too ("…? what degree do they need? what's the outlook?", "computer systems analyst: pay/
 * outlook/do i need a cs degree"): the first part cut once more.
 */
import {
  type AskedKind,
  answeredWithin,
  kindAsked,
  kindNamedFirst,
} from "../../understanding/intent/asked-kind.js";
import { confidentAt, type Understanding } from "../../understanding/shape/understanding.js";
import type { SpeltText } from "../../understanding/text/misspellings.js";
import { secondQuestionStarts, type TwoParts } from "../../understanding/text/second-question.js";
import type { ConversationContext } from "../../understanding/thread/conversation-state.js";
import { comparers } from "../../understanding/words/contrast-words.js";
import { listedAskStarts } from "../../understanding/words/listed-asks.js";
import type { Answer } from "../answers.js";
import { partsFolded } from "./parts-folded.js";

/** A question understood and answered, and what its thread is about after it. */
export interface Asked {
  answer: Answer;
  understanding: Understanding;
  /** The conversation's context after this question, to keep for the next one in the thread. */
  context: ConversationContext;
}

/** Asks one question alone in the thread given (ask.ts's `askAlone`). */
type AskAlone = (question: string, context: ConversationContext | undefined) => Asked;

/**
 * A message spelt right as the pipeline reads it, and where each place was typed: "waht's the pay? wich
 * needs a degree" is cut where "which" opens the second question, whatever slip it was typed with.
 */
type Spell = (typed: string) => SpeltText;

/**
 * What a part of a message is answered with: a kind of thing asked, or that the knowledge holds nothing on
 * what it asks ("is it remote friendly", "what are the hours like"), which is a question of its own: each
 * part gets the answer it would get alone, "nothing on that" among them, never dropped.
 */
type PartKind = AskedKind | `nothing on ${string}`;

const nothingOn = (kind: PartKind) => kind.startsWith("nothing on ");

/** Whether an answer of one kind answers a part of another: nothing on one thing says nothing of another. */
const givenWithin = (kind: PartKind, other: PartKind) =>
  nothingOn(kind) || nothingOn(other)
    ? kind === other
    : answeredWithin(kind as AskedKind, other as AskedKind);

/**
 * What an answer gives: that it has nothing on what was asked, where it says so first, else the kind of
 * thing it gives (`kindGiven`), or both, as "what does a qa do and is it stressful" answered whole gives.
 */
function kindsGiven(asked: Asked): PartKind[] {
  const { answer } = asked;
  const nothing: PartKind[] =
    answer.kind === "answer" && answer.unheld ? [`nothing on ${answer.unheld}`] : [];
  const kind = kindGiven(asked);
  return [...nothing, ...(kind ? [kind] : [])];
}

/**
 * What kind of thing an answer gives: its kind says so where it is one of a kind ("swe to data scientist,
 * pay difference" is answered as the move, whatever the words lean to); a free answer gives what its
 * question asked. Undefined for what answers nothing asked: a decline, a question back, an unknown role.
 */
function kindGiven({ answer, understanding }: Asked): AskedKind | undefined {
  switch (answer.kind) {
    case "gap":
      return "move";
    case "salary":
    case "pay-compare":
      return "pay";
    case "compare":
    case "role":
      return "work";
    case "checklist":
      return "skills";
    case "path":
      return "path";
    case "answer":
      return answer.found
        ? kindAsked(wayInAsMove(understanding) ? "gettingStarted" : understanding.intent)
        : undefined;
    default:
      return undefined;
  }
}

/**
 * "how to become a data scientist", read as a move from nowhere: a move with no start is answered with the
 * way in, which shows no pay (so "… what does it pay" after it is asked of its own).
 */
const wayInAsMove = (u: Understanding) =>
  u.intent === "gap" && u.from === undefined && u.fromOccupation === undefined;

const ids = (roles: readonly { id: string }[]) => roles.map((r) => r.id);

/**
 * "securty analyst or security enginer?": roles named and nothing asked of them, which the question after
 * asks ("which pays better"): no question of its own.
 */
const namesOnly = (u: Understanding) =>
  u.entities.masked.every((w) => w === "" || w.startsWith("xrole") || comparers.has(w) || w === "and");

/**
 * "what tools … is it just ticketing?? `servicenow`?": an employer's name alone after a question asks
 * nothing of the employer: it names a thing of the question before (here the tool the company makes), not
 * a question of that employer's pay (before: "No figures for ServiceNow" and the role's pay, unasked).
 */
const employerOnly = (u: Understanding) =>
  u.entities.employers.length > 0 && u.entities.masked.every((w) => w === "" || w === "xcompany");

/**
 * The thread after both parts is as the second left it; but where the first set the same roles side by side,
 * as the first left it, in the order the message named them: "the 2nd" after "securty analyst or security
 * enginer? which pays better and is it hard to switch between them" is the engineer, though the move answered
 * second ends there, and "what about in dc" weighs both again.
 */
function threadAfterBoth(first: ConversationContext, second: ConversationContext): ConversationContext {
  const shown = first.shown;
  const sameSet =
    shown !== undefined && second.roles.length > 0 && second.roles.every((id) => shown.includes(id));
  return sameSet ? first : second;
}

/**
 * The answers as one, with the next steps of each; parts that show the same section once it is shown
 * (`partsFolded`), and one part alone where all were folded into it.
 */
function together(asked: [Asked, Asked, ...Asked[]]): Answer {
  const [first, second, ...more] = partsFolded(asked.map((a) => a.answer));
  if (!first || !second) return first ?? asked[0].answer;
  return {
    kind: "both",
    parts: [first, second, ...more],
    followups: [...new Set(asked.flatMap((a) => a.answer.followups))],
  };
}

/**
 * The kinds a question asked after others gives, where it asks something new of the same roles: none of the
 * earlier answers gives it already, it names no other role than the first part's ("it", "them", or one of
 * those roles named again), and it is read with some confidence, or answered with what the knowledge has
 * nothing on (no example reads "is it remote friendly" with confidence, yet its answer says what it lacks),
 * or it names what it asks first ("skills for a cloud architect"). Undefined otherwise.
 */
function askedAnew(
  earlier: readonly PartKind[],
  roles: readonly string[],
  next: Asked,
): PartKind[] | undefined {
  const kinds = kindsGiven(next);
  const [kind] = kinds;
  if (!kind || earlier.some((k) => givenWithin(k, kind))) return undefined;
  if (employerOnly(next.understanding)) return undefined;
  const sameRoles = ids(next.understanding.entities.roles).every((r) => roles.includes(r));
  // "skills for a cloud architect" after its salary: a part that names what it asks first is read so, as
  // an item of a list of things asked is, however unsure the classifier is of its words.
  const named = kindNamedFirst(next.understanding.text) === kind;
  const read = next.understanding.confidence >= confidentAt || nothingOn(kind) || named;
  return sameRoles && read ? kinds : undefined;
}

/** A message cut in two questions: each part as asked, and the kinds of what each answers. */
interface Cut {
  first: Asked;
  second: Asked;
  /** What the two parts give, together. */
  kinds: PartKind[];
  /** The second part's words, to ask again after the first is cut once more. */
  secondSaid: string;
  firstSaid: string;
}

/**
 * Where a message may be cut in two questions: where a second question may start, or the next item of a list
 * of things asked ("pay/outlook/do i need a cs degree"), the last place first.
 */
function cutPlaces(question: string, spell: Spell): TwoParts[] {
  const spelt = spell(question);
  return [...secondQuestionStarts(question, spelt), ...listedAskStarts(question, spelt)].sort(
    (a, b) => b.first.length - a.first.length,
  );
}

/** Where a message is two questions (see `bothAsked`): the first place it cuts so, the last place first. */
function cutInTwo(
  question: string,
  whole: Asked,
  context: ConversationContext | undefined,
  askAlone: AskAlone,
  spell: Spell,
): Cut | undefined {
  const wholeKinds = kindsGiven(whole);
  const givenWhole = (kind: PartKind) => wholeKinds.some((k) => givenWithin(k, kind));
  // A comparison sets the roles side by side on every topic, each part's among them.
  if (whole.understanding.whatItDoesToo || whole.answer.kind === "compare") return undefined;
  const named = ids(whole.understanding.entities.roles);
  for (const parts of cutPlaces(question, spell)) {
    const first = askAlone(parts.first, context);
    const firstKinds = kindsGiven(first);
    const roles = ids(first.understanding.roles);
    const keepsSides = roles.length > 0 && named.every((r) => roles.includes(r));
    if (firstKinds.length === 0 || !keepsSides || namesOnly(first.understanding)) continue;
    // "swe or mle? which is realistic": a "which" after a choice asks which of it, where the first part
    // weighs the two whole; where it asks one thing of them ("x vs y pay? which needs a masters"), another.
    if (parts.whichOfChoice && first.answer.kind === "compare") continue;
    const second = askAlone(parts.second, first.context);
    const secondKinds = askedAnew(firstKinds, roles, second);
    if (!secondKinds) continue;
    if ([...firstKinds, ...secondKinds].every(givenWhole)) continue;
    return {
      first,
      second,
      kinds: [...firstKinds, ...secondKinds],
      firstSaid: parts.first,
      secondSaid: parts.second,
    };
  }
  return undefined;
}

/**
 * Most questions one message is answered as: each cut of the first part costs as many readings again, for
 * an answer few messages need past three. ("…?? pay/outlook/do i need a cs degree" is two: the move's
 * answer shows both sides' pay and outlook, and the schooling is asked after it.)
 */
const mostParts = 3;

/**
 * "how much do data scientists make? what degree do they need? what's the outlook?": the first part of a cut
 * is two questions itself, and the last asks something none of them answers. All
 * of them, in the order asked, the last asked in the thread as those before left it; the cut's two parts
 * otherwise.
 */
function manyAsked(
  cut: Cut,
  context: ConversationContext | undefined,
  askAlone: AskAlone,
  spell: Spell,
  room = mostParts,
): Asked[] {
  const two = [cut.first, cut.second];
  const firstCut = room > 2 ? cutInTwo(cut.firstSaid, cut.first, context, askAlone, spell) : undefined;
  if (!firstCut) return two;
  const before = manyAsked(firstCut, context, askAlone, spell, room - 1);
  const [first] = before;
  const previous = before.at(-1);
  if (!first || !previous) return two;
  const last = askAlone(cut.secondSaid, threadAfterBoth(first.context, previous.context));
  const roles = ids(first.understanding.roles);
  return askedAnew(before.flatMap(kindsGiven), roles, last) ? [...before, last] : two;
}

/**
 * The message answered as two questions, or more, when it is so many: each part asks a different kind of
 * thing (pay, schooling, skills, outlook, a move, the work) of the same roles, each read with some
 * confidence, and each gets an answer. Undefined for one request however it is worded: "what does a data
 * architect do and what do they make" (one answer gives both already), "sre vs devops, which pays more and
 * which is growing" and "swe to data scientist, pay difference and what skills do i need" (the comparison or
 * the move read whole shows both), "what sre does and what devops does" (a comparison cut in two leaves the
 * first part short of a side the message names).
 */
export function bothAsked(
  question: string,
  whole: Asked,
  context: ConversationContext | undefined,
  askAlone: AskAlone,
  spell: Spell,
): Asked | undefined {
  const cut = cutInTwo(question, whole, context, askAlone, spell);
  if (!cut) return undefined;
  const [first, second, ...more] = manyAsked(cut, context, askAlone, spell);
  if (!first || !second) return undefined;
  const last = more.at(-1) ?? second;
  return {
    answer: together([first, second, ...more]),
    understanding: first.understanding,
    context: threadAfterBoth(first.context, last.context),
  };
}
