import type { KnowledgeBase } from "../../knowledge/base.js";
import { tokenize } from "../../knowledge/core/text.js";
import { contrastWords } from "../words/contrast-words.js";
import { sidesByPlace } from "../words/move-between.js";
import { wordsPattern } from "../words/topic-words.js";
import type { ConversationContext } from "./conversation-state.js";
import { choicesIn, placeOf } from "./thread-pick.js";

/*
 * "how do i go from the first to the second", "compare the first one and the last one": two of the roles the
 * thread set side by side, picked by their places. The question is read as if it named them, so a move or a
 * comparison between them is read as one between the roles named. "from one to the other" of two roles is
 * the move from the first named to the second.
 */

/** "the second", "the 2nd one", "the latter": a place in the thread's list, with the words that say it. */
const placed = /\bthe ([a-z0-9#]+)(?: one)?(?=$|[\s?!.,;:])/gi;

/**
 * Words that may follow a place that picks ("the first to the second"): no noun ("the first year") follows
 * it. Nor does "how", which the question goes on with where its comma is left out ("from the second to the
 * first how").
 */
const afterPick = new RegExp(
  String.raw`^(?:$|[?!.,;:]|\s+${wordsPattern(contrastWords, ["to", "into", "and", "from", "then", "over", "instead", "how", "pls", "please"]).source})`,
  "i",
);

/**
 * The two roles a thread is on, first named first: those it set side by side, else the two it went through
 * in turn ("what does a data analyst make", "and a data scientist?"), else a move's, where it starts first
 * (its thread keeps where it leads first). Undefined with more or fewer.
 */
export function pairInThread(context: ConversationContext | undefined): readonly string[] | undefined {
  const ids = choicesIn(context);
  const inTurn = context?.offered === undefined && ids.length === 1 ? context?.recent : undefined;
  const pair = ids.length === 2 ? ids : inTurn;
  if (pair?.length !== 2) return undefined;
  return context?.intent === "gap" && pair === context.roles ? [...pair].reverse() : pair;
}

/**
 * "can you switch from one to the other": a move's sides said by their places alone, spelt out as the names
 * of the thread's two roles, the one named first where it starts; as it was unless the thread is on two.
 * ("one" picks no place alone, and "the other" alone would pick the second and leave the move no start.)
 */
function sidesSpelt(kb: KnowledgeBase, text: string, context: ConversationContext | undefined): string {
  const onBoth = context?.roles.length === 2;
  const bySides = sidesByPlace.exec(text) ?? (onBoth ? fromThatToOther.exec(text) : null);
  const [start, end] = (pairInThread(context) ?? []).map((id) => nameOf(kb, id));
  if (!bySides || !start || !end) return text;
  const after = text.slice(bySides.index + bySides[0].length);
  return `${text.slice(0, bySides.index)}from ${start} ${bySides[1]} ${end}${after}`;
}

/**
 * "could i go from that to the other" while the thread is on both roles of its pair (their pay in seattle
 * set side by side): "that" is the first, as in "from one to the other" (otherwise: a question back of one).
 */
const fromThatToOther = /\bfrom (?:that|this)(?: one)? ((?:in)?to) (?:the )?other(?: one)?\b/i;

/** "from that", "from this one": a move's start pointed at. */
const fromPointed = /\bfrom (?:that|this)(?: one| role| job)?\b/i;

/**
 * "could i go from that to the ml one" where the thread is on ML now, after cloud architects before it: a
 * move does not start where it leads, so "that" is the role the thread was on before (otherwise: the way
 * into ML alone, the start dropped). As it was unless the question names the thread's one role alone.
 */
function earlierStartSpelt(
  kb: KnowledgeBase,
  text: string,
  context: ConversationContext | undefined,
): string {
  const pointer = fromPointed.exec(text);
  const [now, ...more] = context?.roles ?? [];
  const before = kb.roleById.get(context?.earlier ?? "");
  if (!pointer || !now || more.length > 0 || !before || before.id === now) return text;
  const rest = text.slice(pointer.index + pointer[0].length);
  const named = kb.roleNames.findAll(tokenize(rest));
  const [only] = named;
  const namesNow =
    named.length === 0
      ? wordOfNameSaid(kb, rest, now) && !wordOfNameSaid(kb, rest, before.id, false)
      : named.length === 1 && only?.entries.includes(now);
  return namesNow ? `${text.slice(0, pointer.index)}from ${before.name}${rest}` : text;
}

/** Words of a role's names that name no one role: "the engineer one" may be any engineer. */
const sharedNameWords = new Set(["engineer", "developer", "analyst", "administrator", "admin", "scientist"]);

/**
 * "the ml one": a word of the role's own names or aliases, said with "one" as a pick by it ("the data one"
 * after a data analyst and a data engineer picks neither: it is a word of both names).
 */
function wordOfNameSaid(kb: KnowledgeBase, rest: string, id: string, aliases = true): boolean {
  const role = kb.roleById.get(id);
  const said = /\bthe ([a-z0-9+#]+) one\b/i.exec(rest)?.[1]?.toLowerCase();
  if (!role || !said || sharedNameWords.has(said)) return false;
  return [role.name, ...(aliases ? role.aliases : [])].some((name) => tokenize(name).includes(said));
}

/**
 * The name a side picked is spelt as: a role's, or an official occupation's title where the thread set one
 * beside a role ("accountant salary", "vs data analyst", then "from the first to the second": the move from
 * accountants, read as the question naming them would be).
 */
const nameOf = (kb: KnowledgeBase, id: string): string | undefined =>
  kb.roleById.get(id)?.name ?? kb.official?.bySoc.get(id)?.title;

/**
 * What places pick from: the thread's choices (`choicesIn`); where the thread is on one role now, after
 * others asked of in turn ("ml salary?", "what about lead", "and distinguished"), the roles it went through,
 * oldest first, so "the first one and the last one" are the first and the last of them.
 */
function placesAmong(context: ConversationContext | undefined): readonly string[] {
  const ids = choicesIn(context);
  const recent = context?.recent ?? [];
  return ids.length === 1 &&
    context?.offered === undefined &&
    recent.length >= 2 &&
    recent.includes(ids[0] ?? "")
    ? recent
    : ids;
}

/** "that one", "this role": the role the thread is on now, pointed at beside a place picked. */
const pointedAt = /\b(?:that|this) (?:one|role|job)\b/gi;

/**
 * The words right before a place that set it as a side against a role named: "from netadmin to the first",
 * "data analyst vs the second one", "is it harder than the first".
 */
const sideBeforePlace = /\b(?:to|into|from|vs\.?|versus|than|or|against)\s+$/i;

/** The words right after a place that set it as a side against a role named: "the first vs data analyst". */
const sideAfterPlace = /^\s*(?:vs\.?|versus|or|and|to|into)\b/i;

/** A span of the question and the side it picks: a role's id or an occupation's SOC code, and its name. */
interface Spelt {
  at: number;
  end: number;
  id: string;
  name: string;
}

/** The question with each span replaced by its role's name. */
const spellOut = (text: string, spans: Spelt[]) =>
  [...spans]
    .sort((a, b) => b.at - a.at)
    .reduce((out, s) => out.slice(0, s.at) + s.name + out.slice(s.end), text);

/**
 * The question with two sides picked among the thread's roles spelt out as the roles' names: two places
 * ("compare the first one and the last one"), a place and the role the thread is on now pointed at ("from
 * the first one to that one"), or a place set against a role the question names ("from netadmin to the
 * first"). As it was unless it picks two different roles so (one pick alone is read by `replyToAskBack`).
 */
export function twoPicksSpelt(
  kb: KnowledgeBase,
  text: string,
  context: ConversationContext | undefined,
): string {
  const spelt = sidesSpelt(kb, text, context);
  if (spelt !== text) return spelt;
  const fromBefore = earlierStartSpelt(kb, text, context);
  if (fromBefore !== text) return fromBefore;
  const ids = placesAmong(context);
  if (ids.length < 2) return text;
  const picks = [...text.matchAll(placed)].flatMap((m) => {
    const place = placeInList((m[1] ?? "").toLowerCase(), context);
    const end = (m.index ?? 0) + m[0].length;
    if (place === undefined || !afterPick.test(text.slice(end))) return [];
    const id = ids[place < 0 ? ids.length + place : place] ?? "";
    const name = nameOf(kb, id);
    return name ? [{ at: m.index ?? 0, end, id, name }] : [];
  });
  const [first, second] = picks;
  if (picks.length === 2 && first && second && first.id !== second.id)
    return rankedGapSpelt(spellOut(text, picks), context);
  if (picks.length !== 1 || !first) return text;
  const other = pointedBeside(kb, text, first, context) ?? rowLedBeside(kb, text, first, context);
  if (other) return rankedGapSpelt(spellOut(text, [first, other]), context);
  return setAgainstNamed(kb, text, first) ? spellOut(text, [first]) : text;
}

/** "that one" beside a place picked: the role the thread is on now, where it is one and not the one picked. */
function pointedBeside(
  kb: KnowledgeBase,
  text: string,
  pick: Spelt,
  context: ConversationContext | undefined,
): Spelt | undefined {
  const pointers = [...text.matchAll(pointedAt)];
  const [pointer] = pointers;
  const [on, ...more] = context?.roles ?? [];
  const role = on && more.length === 0 ? kb.roleById.get(on) : undefined;
  if (!pointer || pointers.length !== 1 || !role || role.id === pick.id) return undefined;
  const at = pointer.index ?? 0;
  return { at, end: at + pointer[0].length, id: role.id, name: role.name };
}

/**
 * Words that place a row of a ranking by its figure: "the lowest one", "the bottom one" is its last row (a
 * ranking leads with the highest), "the highest one" its first. Only after a ranking: elsewhere "the lowest
 * one" picks by pay (`thread-pick`).
 */
const rankWords: Record<string, number> = { lowest: -1, bottom: -1, highest: 0 };

/** The place a word picks in the thread's list: an ordinal's, or a ranking's row by its figure. */
const placeInList = (word: string, context: ConversationContext | undefined): number | undefined =>
  placeOf(word) ?? (context?.rankedBy ? rankWords[word] : undefined);

/** "that" or "this" set beside a row picked ("the gap between that and the lowest one"). */
const pointedBesidePick = /\b(?:that|this)(?: one| role| job)?(?=\s+(?:and|vs\.?|versus|against|to)\b)/gi;

/**
 * "that" beside a row of a ranking picked: the row the ranking led with, which the answer put first, where
 * it is not the one picked.
 */
function rowLedBeside(
  kb: KnowledgeBase,
  text: string,
  pick: Spelt,
  context: ConversationContext | undefined,
): Spelt | undefined {
  const pointers = [...text.matchAll(pointedBesidePick)];
  const [pointer] = pointers;
  const led = context?.rankedBy ? context.offered?.[0] : undefined;
  const name = led === undefined ? undefined : nameOf(kb, led);
  if (!pointer || pointers.length !== 1 || !led || !name || led === pick.id) return undefined;
  const at = pointer.index ?? 0;
  return { at, end: at + pointer[0].length, id: led, name };
}

/**
 * "the gap between the first and the last one" after a pay ranking: the gap in what the ranking weighed,
 * their pay, unless the question names what else it means ("the skills gap").
 */
function rankedGapSpelt(text: string, context: ConversationContext | undefined): string {
  if (context?.rankedBy !== "pay") return text;
  return text.replace(/\b(gap|difference)\b/i, (word, _g, at: number) =>
    gapTopicBefore.test(text.slice(0, at)) ? word : `pay ${word}`,
  );
}

/** A word naming what a gap is in, right before it: "the skills gap", "the salary difference". */
const gapTopicBefore =
  /\b(?:skills?|pay|salary|salaries|wage|wages|comp|experience|education|knowledge)\s+$/i;

/** Whether a place picked is set as a side against the one role the question names, another role. */
function setAgainstNamed(kb: KnowledgeBase, text: string, pick: Spelt): boolean {
  if (!sideBeforePlace.test(text.slice(0, pick.at)) && !sideAfterPlace.test(text.slice(pick.end)))
    return false;
  const named = kb.roleNames.findAll(tokenize(`${text.slice(0, pick.at)} ${text.slice(pick.end)}`));
  const [only] = named;
  return named.length === 1 && only !== undefined && only.entries.length === 1 && only.entries[0] !== pick.id;
}
