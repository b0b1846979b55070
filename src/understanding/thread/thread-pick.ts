import type { KnowledgeBase } from "../../knowledge/base.js";
import type { Role } from "../../knowledge/core/schema.js";
import { stem, tokenize } from "../../knowledge/core/text.js";
import { metricNamed, type RankingMetric } from "../intent/ranking-request.js";
import { stageNamed } from "../text/school-stages.js";
import { besideWords } from "../words/contrast-words.js";
import { growthWords, payWords } from "../words/topic-words.js";
import { type ConversationContext, occupationsInView, startOfPickedMove } from "./conversation-state.js";
import { describedPick } from "./described-pick.js";

/** Words that pick one of a list by its place in it; a negative place counts from the end. */
const ordinals: Record<string, number> = {
  first: 0,
  "1st": 0,
  former: 0,
  second: 1,
  "2nd": 1,
  third: 2,
  "3rd": 2,
  fourth: 3,
  fifth: 4,
  sixth: 5,
  seventh: 6,
  eighth: 7,
  ninth: 8,
  tenth: 9,
  // "the top one" of a ranking or a list: its first.
  top: 0,
  last: -1,
  latter: -1,
};

/** Words that pick by pay on their own ("the cheaper one"), and those that do beside a word of pay ("the better paid one"). */
const lowerPaid = new Set("cheaper cheapest lower lowest".split(" "));
const higherPaid = new Set("higher highest pricier".split(" "));
const lowerBesidePay = new Set([...lowerPaid, "less", "worse", "worst"]);
const higherBesidePay = new Set([...higherPaid, "better", "best", "more"]);
const byPayWords = new Set([...lowerBesidePay, ...higherBesidePay]);

/** The words of pay a pick by pay puts before "one": "paid", "paying". */
const payForm = /^pa(?:id|ying|ys?)$/;

/**
 * The place an ordinal word gives ("second", "4th", "#3"), a negative one counting from the end; undefined
 * for any other word.
 */
export function placeOf(word: string): number | undefined {
  const known = ordinals[word];
  if (known !== undefined) return known;
  const numbered = /^#(\d+)$/.exec(word) ?? /^(\d+)(?:st|nd|rd|th)$/.exec(word);
  const n = Number(numbered?.[1] ?? 0);
  return n >= 1 ? n - 1 : undefined;
}

/**
 * What a reply picks from the choices before it: `index` absent when it reads as a pick but fits none;
 * `other` when it picks "the other one" of two, which one depends on which the thread is on.
 */
export interface Pick {
  index?: number;
  other?: boolean;
  /** A place past the end of the list ("the third one" of two): nothing there to pick. */
  past?: boolean;
  /** "the admin one" where several choices' names have the word: their places, and the word. */
  among?: { indexes: number[]; word: string };
}

/**
 * Words a reply may open with before its pick: "ok the first one", "i mean the heavy one", "just the
 * second one", "cool, the first one in sf" (an acknowledgement of the answer before).
 */
const leading = new Set(
  "the and ok okay so um hmm well oh yes yeah yep yup no nah nope sorry i mean meant just only cool nice sure alright fine perfect gotcha".split(
    " ",
  ),
);

/**
 * Words that ask about a pick before it: "explain the edge one", "tell me more about the automl one", "wait
 * what about the other one".
 */
const asking = new Set([
  ...leading,
  ..."explain describe tell me more about wait what whats back to go going".split(" "),
]);

/** Words that only hedge after a pick: "the second, i guess", "the first then". */
const hedging = new Set("i guess think suppose maybe then pls please".split(" "));

/**
 * How many words right after `at` only hedge ("then", "pls", "i guess"): "i" counts only before the verb it
 * hedges with ("the first i guess"), not "the first i would pick".
 */
function hedgesAfter(tokens: readonly string[], at: number): number {
  let n = 0;
  while (hedging.has(tokens[at + 1 + n] ?? "")) {
    if (tokens[at + 1 + n] === "i" && !hedging.has(tokens[at + 2 + n] ?? "")) break;
    n++;
  }
  return n;
}

/**
 * Whether a word only frames a pick said beside it: opens it ("ok", "the", "i mean"), hedges after it ("pls",
 * "i guess") or is its "one".
 */
export const framesPick = (word: string) => leading.has(word) || hedging.has(word) || word === "one";

/**
 * Words that ask something of a place said right before them, as its "one" would stand there: "the 2nd,
 * pay?", "#2 skills", "what does the second pay", "how much does the last make". Not "paid" or "paying",
 * which describe a noun after them ("the first paid job").
 */
const askedOfPlace = new Set([
  ...[...payWords].filter((w) => !/^pa(?:id|ying)$/.test(w)),
  ...growthWords,
  ..."skills skill do".split(" "),
]);

/**
 * Whether a word is a place in a list ("second", "2nd", "#2") and the next asks something of it, or says
 * where ("the 2nd at meta?", "the first in seattle").
 */
const placeAskedOf = (word: string, next: string | undefined) =>
  placeOf(word) !== undefined && (askedOfPlace.has(next ?? "") || next === "at" || next === "in");

/** Words before "one" that point at the thread or ask, not pick: "that one", "which one pays more". */
const notPicking = new Set("that this which what each every any either some".split(" "));

/**
 * The word a reply picks by ("first" in "the first one"), when it opens with a pick after words that
 * only open it or ask of it ("tell me more about the first one"); undefined otherwise.
 */
function pickingWord(tokens: string[]): string | undefined {
  const opening = tokens.findIndex((t) => !asking.has(t));
  if (opening < 0) return undefined;
  const [word = "", next] = [tokens[opening], tokens[opening + 1]];
  // "the lower paying one": a word of pay between the pick and "one" is part of it.
  const after = byPayWords.has(word) && payForm.test(next ?? "") ? tokens[opening + 2] : next;
  // "the 2nd", "the first", "the second, i guess": an ordinal that ends the reply (but for a hedge) picks as
  // "the second one" does.
  const hedgesOnly = tokens.slice(opening + 1).every((t) => hedging.has(t));
  // "just the first then, pay in atlanta", "the second pls - skills?": an ordinal a hedge closes picks
  // whatever is asked after it.
  const hedged = hedgesAfter(tokens, opening) > 0;
  const endsOnOrdinal = (hedgesOnly || hedged) && placeOf(word) !== undefined;
  // "#1, outlook?": a number marked as a place in a list picks, whatever follows it.
  const numbered = word.startsWith("#") && placeOf(word) !== undefined;
  // "and the other": of two, the one the thread is not on, as "the other one" is, where it ends the reply.
  const otherAlone = hedgesOnly && word === "other";
  const picking =
    after === "one" ||
    word === "latter" ||
    word === "former" ||
    endsOnOrdinal ||
    numbered ||
    otherAlone ||
    placeAskedOf(word, next);
  return picking && !notPicking.has(word) ? word : undefined;
}

/**
 * Words a question puts before a pick that closes it: "skills for the last one", "pay of the latter", "vs
 * the first?", "does it pay more than the top one".
 */
const closingLeads = new Set([..."for of about on with in into at as to from".split(" "), ...besideWords]);

/** Words that point at the place of a pick: "the first one", "that first one", "this last one". */
export const pointsAtPlace: ReadonlySet<string> = new Set(["the", "that", "this"]);

/** Where a move starts, said after where it leads: "to the first one from there". */
const fromHere = new Set("here there that this".split(" "));

/**
 * The place word of a pick that closes a question ("last" in "what skills for the last one", "first" in
 * "skills for the first?", "latter" in "and the pay for the latter", "other" in "move to the other one");
 * undefined otherwise. Only a place in the list, or "other" of two: "the heavy one" at the end may be
 * anything ("what is the heavy one"). A start said after it ("how do i get to the first one from there")
 * leaves it closing the question.
 */
function closingPick(tokens: string[]): string | undefined {
  const startAfter = tokens.at(-2) === "from" && fromHere.has(tokens.at(-1) ?? "");
  const said = startAfter ? tokens.slice(0, -2) : tokens;
  const end = said.at(-1) === "one" ? said.length - 2 : said.length - 1;
  const word = said[end] ?? "";
  const picks = placeOf(word) !== undefined || word === "other";
  // "how do u become the second one": "one" said after the place makes it a pick whatever leads to it
  // (otherwise: after a verb it picked nothing and both roles were answered). "the first" alone may be of
  // anything ("the first job"), so it needs a word that leads to a pick.
  const led = closingLeads.has(said[end - 2] ?? "") || (said[end + 1] === "one" && said.length > 3);
  // "pay for #2", "how about 2nd", "pay 2nd one": a place written in figures is one in a list, and needs no
  // "the" to pick.
  const inFigures = picks && /\d/.test(word);
  if (inFigures && (closingLeads.has(said[end - 1] ?? "") || said[end + 1] === "one")) return word;
  // "how do i get that first one": "that" or "this" points at the place as "the" does.
  if (!picks || !pointsAtPlace.has(said[end - 1] ?? "") || !led) return undefined;
  // "skills for the first?": closing the question, nothing follows the place that it could be of.
  return word;
}

/**
 * A reply that is one word after words that only open it: "analyst", "the architect", "ok analyst". Not after
 * "and", which asks the thread's question anew of what it names ("and analyst?").
 */
export const replyOfOneWord = (tokens: string[]) =>
  tokens.length > 0 && tokens.slice(0, -1).every((t) => leading.has(t) && t !== "and");

/**
 * The name word of a pick inside a question ("network" in "what about in chicago for the network one",
 * "genai" in "what does the genai one pay", "analyst" in "the outlook for the analyst one again"): it picks
 * only where it fits one choice's name, and only a word that names no role alone ("for the devops one" names
 * DevOps itself).
 */
function namePick(tokens: string[], namesRole: (word: string) => boolean): string | undefined {
  const at = tokens.findIndex((t, i) => t === "one" && tokens[i - 2] === "the");
  // "analyst" alone, or "the architect", as the whole reply to a list (otherwise: "analyst" after the best
  // paid data roles read as off topic).
  const word = at > 0 ? (tokens[at - 1] ?? "") : replyOfOneWord(tokens) ? (tokens.at(-1) ?? "") : "";
  return word && placeOf(word) === undefined && !notPicking.has(word) && !namesRole(word) ? word : undefined;
}

/**
 * "what tools do the latter use", "is the former still hiring": "the latter" and "the former" pick wherever
 * they stand, since they say nothing else ("the first" mid-question may be anything: "the first job"); a
 * place with its "one" does as the subject a verb asks of ("what skills does the second one need"), or
 * after a word that leads to it ("an offer for the first one at acme").
 */
function innerPick(tokens: string[]): string | undefined {
  // "what skills does the first one need that the second doesnt": two places set against each other, no pick.
  const onePlace = tokens.filter((t) => placeOf(t) !== undefined).length === 1;
  const at = tokens.findIndex(
    (t, i) =>
      tokens[i - 1] === "the" &&
      (t === "latter" ||
        t === "former" ||
        (onePlace &&
          asksOfSubject.has(tokens[i - 2] ?? "") &&
          (tokens[i + 1] === "one" || placeAskedOf(t, tokens[i + 1]))) ||
        // "got an offer for the first one at a local credit union, 82k": a place with its "one" after a
        // word that leads to a pick picks where more is said after it (otherwise: both roles' pay).
        (onePlace &&
          placeOf(t) !== undefined &&
          closingLeads.has(tokens[i - 2] ?? "") &&
          tokens[i + 1] === "one")),
  );
  return at < 0 ? undefined : tokens[at];
}

/**
 * Verbs that ask something of the subject after them: "what skills does the second one need", "would the
 * first one pay more". ("is the first one to learn" may rank anything: not among them.)
 */
const asksOfSubject = new Set("does do did would will can could should".split(" "));

/**
 * The word a reply asks about one item of a list by ("edge" in "explain the edge one", "automl" in "tell me
 * more about the automl one", "the second one"); undefined otherwise.
 */
export const pickAsked = (tokens: string[]) => pickingWord(tokens);

/**
 * "the first one", "the heavy one", "the second one - what does it pay", "the latter": which of the
 * choices a reply picks, by its place in the list or by a word of one choice's name alone. Undefined when
 * the reply opens with no pick ("that one" is the thread's pronoun; "what is the first one to learn" asks
 * something else).
 */
function pickFrom(
  tokens: string[],
  choices: string[][],
  namesRole: (word: string) => boolean = () => true,
  ownNames: string[][] = choices,
): Pick | undefined {
  if (choices.length === 0) return undefined;
  // "tell me more about the second one": words that ask about a pick may open it too.
  const named = namePick(tokens, namesRole);
  const opened = pickingWord(tokens) ?? closingPick(tokens) ?? innerPick(tokens);
  const word = opened ?? named;
  if (word === undefined) return undefined;
  // "the middle one" of three (or five): the one named between the others; of an even number, none.
  if (word === "middle") return choices.length % 2 === 1 ? { index: (choices.length - 1) / 2 } : {};
  const place = placeOf(word);
  if (place !== undefined) {
    const index = place < 0 ? choices.length + place : place;
    return index < choices.length ? { index } : { past: true };
  }
  // "the other one" of two: the one the thread is not on (see `otherOfTwo`); of more, none in particular.
  if (word === "other") return choices.length === 2 ? { other: true } : {};
  // "the heavy one": the one choice whose name has that word.
  const has = (names: string[] | undefined) => names?.some((w) => stem(w) === stem(word)) === true;
  const fits = choices.flatMap((names, index) => (has(names) ? [index] : []));
  if (fits.length === 1) return { index: fits[0] };
  // "the engineer one" of Software and DevOps Engineer: one of those whose own names have the word, which is
  // asked back. (Beside one own name, the word's being another name of a choice, as "analyst" is of IT
  // support's "help desk analyst", is no pick.)
  const ownFits = fits.filter((i) => has(ownNames[i]));
  if (ownFits.length > 1) return { among: { indexes: ownFits, word } };
  // "the support one, what does it pay" after the IT roles: a pick that opens the reply, by a word of one
  // choice's own name, picks it though another's alias has the word ("network support specialist"); inside
  // a question the word stays read against every name, as above.
  const [ownFit] = ownFits;
  if (ownFits.length === 1 && ownFit !== undefined && pickingWord(tokens) === word) return { index: ownFit };
  // A name word inside the question that fits no choice is no pick ("pay for the senior one").
  return opened === undefined ? undefined : {};
}

/** Words that pick the top of a ranking by what it ranks: "the best paid one", "the fastest growing one". */
const superlatives = new Set("best highest top fastest most biggest largest".split(" "));

/**
 * "the best paid one", "the highest paying one" after a ranking by pay: its first row, the one the words
 * describe. Undefined when the words name another measure than the ranking's, or no ranking was shown.
 */
function topOfRanking(tokens: string[], rankedBy: RankingMetric | undefined): Pick | undefined {
  if (!rankedBy) return undefined;
  const opening = tokens.findIndex((t) => !leading.has(t));
  const one = tokens.indexOf("one", opening);
  if (opening < 0 || !superlatives.has(tokens[opening] ?? "") || one < opening + 2 || one > opening + 3)
    return undefined;
  return metricNamed(tokens.slice(opening, one).join(" ")) === rankedBy ? { index: 0 } : undefined;
}

/**
 * "ok the cheaper one", "the higher paying one" after a pay comparison that set its roles one above another:
 * the lowest or the highest paid of them, in the order its verdict said. Undefined with no such words or
 * no such order.
 */
function pickedByPay(tokens: string[], byPay: readonly string[] | undefined): string | undefined {
  const one = tokens.indexOf("one");
  const the = tokens.lastIndexOf("the", one);
  if (!byPay?.length || one < 0 || the < 0 || one - the < 2 || one - the > 3) return undefined;
  const [word = "", pay] = tokens.slice(the + 1, one);
  const [lower, higher] =
    pay === undefined
      ? [lowerPaid, higherPaid]
      : payForm.test(pay)
        ? [lowerBesidePay, higherBesidePay]
        : [new Set<string>(), new Set<string>()];
  return lower.has(word) ? byPay.at(-1) : higher.has(word) ? byPay[0] : undefined;
}

/** What a reply picked from the thread: one of its roles, or one of the occupations it was asked to pick from. */
export interface ThreadPick {
  role?: Role;
  /** The SOC code of the occupation picked. */
  occupation?: string;
  /** The roles the reply picked from when its place is past their end ("the third one" of two roles). */
  pastRoles?: Role[];
  /**
   * The reply names the role picked and nothing else ("data analyst" after "which data role do you mean?"),
   * or describes it by its work alone ("the one that builds pipelines").
   */
  namedAlone?: true;
  /**
   * A reply describing one of the roles by its work that fits several as well ("the one that trains models"):
   * the roles, those it fits best first, and those it fits best. `byName`: a word of the names of several
   * ("the engineer one" of Software and DevOps Engineer), which are all it fits; `start`: where a move to
   * the one picked starts, when the roles were where a move from it may lead.
   */
  unclear?: { roles: Role[]; best: Role[]; said: string; byName?: true; start?: Role };
}

/**
 * Whether a reply is a pick and nothing else, whatever words open it ("tell me more about the second one",
 * "ok the first one"): it asks nothing of its own, so it asks the thread's last question of the one picked.
 */
export function onlyPicks(tokens: string[]): boolean {
  const word = pickingWord(tokens);
  if (word === undefined) return false;
  const rest = tokens.slice(tokens.indexOf(word) + 1);
  return rest.length === 0 || (rest.length === 1 && rest[0] === "one");
}

/**
 * The words a reply puts after the pick it opens with ("pay" of "just the first one, pay?"); none when it
 * opens with no pick.
 */
export function afterOpeningPick(tokens: string[]): string[] {
  const word = pickingWord(tokens);
  if (word === undefined) return [];
  const at = tokens.indexOf(word);
  // "the first then, pay?": the hedge closing the pick asks nothing.
  const rest = tokens.slice(at + 1 + hedgesAfter(tokens, at));
  const past = payForm.test(rest[0] ?? "") && rest[1] === "one" ? rest.slice(1) : rest;
  return past[0] === "one" ? past.slice(1) : past;
}

/**
 * Whether a message reads as a pick ("the top one, outlook?", "the last one") whatever it could pick from:
 * a follow-up about a list item, with or without a list in the thread.
 */
export const readsAsPick = (tokens: string[]) =>
  pickingWord(tokens) !== undefined || closingPick(tokens) !== undefined;

/** Whether a question closes on its pick ("what skills for the last one"): it asks something of its own. */
export function closesOnPick(tokens: string[]): boolean {
  if (pickingWord(tokens) !== undefined || closingPick(tokens) === undefined) return false;
  // "what about the first one", "how about the latter": nothing asked but the pick.
  const before = tokens.slice(0, tokens.lastIndexOf("the") - 1);
  return before.some((t) => !leadIns.has(t));
}

/**
 * Whether a question is a closing pick and the words that lead in to it ("how about the first one", "and what
 * about the latter"): it asks nothing but the pick, however "how" leans a reading to the way in.
 */
export const onlyLedInPick = (tokens: string[]) =>
  pickingWord(tokens) === undefined && closingPick(tokens) !== undefined && !closesOnPick(tokens);

/** Words that only lead in to a closing pick: "what about the first one", "and how about the latter". */
const leadIns = new Set([...leading, "what", "how", "whats"]);

/**
 * What a reply picks from, by role id or SOC code: a set shown (a ranking's rows, a comparison's roles, kept
 * after a pick narrowed the thread to one of them), else a question back's options, else the thread's roles,
 * else the occupations its last answer set side by side ("the second one" after dental hygienists beside
 * physical therapist assistants). (A question back drops the set shown.)
 */
export const choicesIn = (context: ConversationContext | undefined): readonly string[] =>
  context?.shown ??
  context?.offered ??
  (context?.roles.length ? context.roles : context ? occupationsInView(context) : []);

/**
 * The pick a reply makes among what the thread offered: the options of the question back just asked, else
 * the thread's roles in their order. Undefined when the reply picks nothing; empty when it reads as a pick
 * that fits none of them.
 */
export function pickInThread(
  kb: KnowledgeBase,
  tokens: string[],
  context: ConversationContext | undefined,
  jobsNamed = 0,
): ThreadPick | undefined {
  // "the cheaper one" right after a pay comparison: by the order its verdict set the roles in.
  const paid = pickedByPay(tokens, context?.byPay);
  const paidRole = paid ? kb.roleById.get(paid) : undefined;
  if (paidRole) return { role: paidRole };
  const namesOf = (ids: readonly string[], aliases = true) =>
    ids.map((id) => {
      const role = kb.roleById.get(id);
      const names = role ? [role.name, ...(aliases ? role.aliases : [])] : [];
      return tokenize(role ? names.join(" ") : (kb.official?.bySoc.get(id)?.title ?? ""));
    });
  const shownNow = choicesIn(context);
  // "back to the first one": the thread's first role, not the first of the last answer's pair.
  const widened = wholeThreadChoices(context, shownNow);
  const ids = widened && backTo.test(tokens.join(" ")) ? widened : shownNow;
  // "the best paid one" after a ranking by pay is its top row, before it reads as a pick by pay of none.
  // A name word picks only in a question that names no job itself ("the lead one vs a distinguished mle"
  // is read with the roles it names).
  const namesRole = (word: string) => jobsNamed > 0 || kb.roleNames.lookup(word)?.distance === 0;
  // A reply that only picks, by a word of a choice's own name, picks it though an alias of another has the
  // word too ("analyst" after the best paid data roles: Data Analyst, not Database Administrator, an alias
  // of which is "database analyst"; "ok analyst", "the analyst one" after Data Analyst or IT Support
  // Specialist, one of whose aliases is "help desk analyst"). Inside a question the word is read against
  // every name ("how does my current pay compare to the analyst one" after a help desk job and security
  // analysts keeps both).
  const byOwnName =
    replyOfOneWord(tokens) || onlyPicks(tokens)
      ? pickFrom(tokens, namesOf(ids, false), namesRole)
      : undefined;
  let pick =
    topOfRanking(tokens, context?.rankedBy) ??
    (byOwnName?.index !== undefined || byOwnName?.among
      ? byOwnName
      : pickFrom(tokens, namesOf(ids), namesRole, namesOf(ids, false)));
  let from = ids;
  // "the analyst one" when the last answer was about security engineers: a role of the thread before it.
  const fitsNone = !pick || (pick.index === undefined && !pick.other && !pick.past && !pick.among);
  if (fitsNone && widened && ids !== widened) {
    // Recalled by its name: "analyst" is Information Security Analyst, not a help desk analyst's IT support.
    const earlier = pickFrom(tokens, namesOf(widened, false), namesRole);
    // "and the other one?" after two roles asked about in turn: of the two, the one the thread is not on.
    if (earlier?.index !== undefined || earlier?.other) [pick, from] = [earlier, widened];
  }
  // "and the first one?" after "data architect salary" then "what about data engineers": one role shown
  // has no first or second; the place counts among the roles the thread named, in the order named.
  const byPlace = tokens.some((t) => placeOf(t) !== undefined);
  if (
    (pick?.index !== undefined || pick?.past) &&
    byPlace &&
    widened &&
    ids !== widened &&
    ids.length === 1
  ) {
    const again = pickFrom(tokens, namesOf(widened, false), namesRole);
    if (again?.index !== undefined) [pick, from] = [again, widened];
  }
  // "tractor trailer" after heavy or light truck drivers were offered: words of one choice's name alone.
  // Words that name a role ("data analyst") are read as its name, as a reply naming it is.
  const said = tokens.filter((t) => !framesPick(t)).join(" ");
  if (!namesRole(said)) pick ??= wordsOfOneName(tokens, namesOf(ids, false));
  pick ??= stageOfTeachers(kb, tokens, ids);
  if (!pick) return describedAmong(kb, tokens, ids);
  return pickedAmong(kb, pick, placedAsShown(pick, from, context), context);
}

/**
 * The choices a place counts among, in the order the last answer showed them: a move's two roles from where
 * it starts ("from qa to devops", then "skills for the second one": DevOps), though its thread keeps where
 * it leads first; any other choices as they are.
 */
function placedAsShown(
  pick: Pick,
  ids: readonly string[],
  context: ConversationContext | undefined,
): readonly string[] {
  const byPlace = pick.index !== undefined && !pick.other;
  return byPlace && context?.intent === "gap" && ids === context.roles && ids.length === 2
    ? [...ids].reverse()
    : ids;
}

/**
 * "high school", "middle school", "hs" after "teacher" was asked back among O*NET's teachers: the stage of
 * school named picks the teachers' occupation of that stage, the one whose BLS title is headed by it
 * ("Secondary School Teachers, Except …", not "Career/Technical Education Teachers, Secondary School"), as
 * "high school teacher" typed whole does (otherwise: "high school" was asked back again, "middle school" a
 * greeting). Undefined where no one stage is named, or no one choice is of it.
 */
function stageOfTeachers(kb: KnowledgeBase, tokens: string[], ids: readonly string[]): Pick | undefined {
  const said = tokens.filter((t) => !framesPick(t) && t !== "teacher" && t !== "teachers");
  if (said.length === 0 || said.length > 3) return undefined;
  const stage = stageNamed(said.join(" "));
  if (!stage) return undefined;
  const title = (id: string) => (kb.official?.bySoc.get(id)?.title ?? "").toLowerCase();
  const headed = ids.flatMap((id, index) =>
    title(id).split(", ")[0]?.includes(stage.bls) && title(id).includes("teacher") ? [index] : [],
  );
  const [index] = headed;
  return headed.length === 1 && index !== undefined ? { index } : undefined;
}

/** The most words a reply may say of one choice's name to pick it by them alone: "tractor trailer". */
const nameWordsAtMost = 3;

/**
 * "tractor trailer", "light truck" after "Heavy and Tractor-Trailer Truck Drivers or Light Truck Drivers?":
 * a reply of two or more words, past those that only open it, each in one choice's name and one of them in
 * no other's, picks that choice, as "the heavy one" picks by one word. Undefined where the words fit no
 * one choice, or say anything else.
 */
function wordsOfOneName(tokens: string[], choices: string[][]): Pick | undefined {
  const said = tokens.filter((t) => !framesPick(t));
  if (said.length < 2 || said.length > nameWordsAtMost) return undefined;
  const stems = choices.map((names) => new Set(names.map(stem)));
  const fits = stems.flatMap((names, index) => (said.every((w) => names.has(stem(w))) ? [index] : []));
  const [index] = fits;
  if (fits.length !== 1 || index === undefined) return undefined;
  const own = said.some((w) => stems.every((names, i) => i === index || !names.has(stem(w))));
  return own ? { index } : undefined;
}

/**
 * "the one that trains models" where several of the roles before it do so as well: no pick, the roles to ask
 * back among (a clear description was spelt out as the pick of its place already: `describedOneSpelt`).
 */
function describedAmong(kb: KnowledgeBase, tokens: string[], ids: readonly string[]): ThreadPick | undefined {
  const described = describedPick(
    tokens,
    ids.flatMap((id) => kb.roleById.get(id) ?? []),
  );
  const { unclear, best = [], said = "" } = described ?? {};
  return unclear ? { unclear: { roles: unclear, best, said } } : undefined;
}

/** Words that go back to a role the thread left: "back to the first one", "the analyst one again". */
const backTo = /\b(?:back to|going back|return to)\b/;

/**
 * The roles the thread named, oldest first (`ConversationContext.recent`), when they are more than the
 * last answer's: where "back to the first one" or "the analyst one" after a move away from it picks.
 */
function wholeThreadChoices(
  context: ConversationContext | undefined,
  shownNow: readonly string[],
): readonly string[] | undefined {
  const all = [...new Set([...(context?.recent ?? []), ...shownNow])];
  return context?.offered === undefined && all.length > shownNow.length ? all : undefined;
}

/** The role or occupation a pick chose among the ids it picked from. */
function pickedAmong(
  kb: KnowledgeBase,
  pick: Pick,
  ids: readonly string[],
  context: ConversationContext | undefined,
): ThreadPick {
  // Past the end of two or more roles set out; "the second one" of a thread's one role asks what of it.
  if (pick.past) {
    const roles = ids.flatMap((id) => kb.roleById.get(id) ?? []);
    return roles.length === ids.length && roles.length >= 2 ? { pastRoles: roles } : {};
  }
  if (pick.among) {
    const roles = pick.among.indexes.flatMap((i) => kb.roleById.get(ids[i] ?? "") ?? []);
    const start = kb.roleById.get(startOfPickedMove(context) ?? "");
    const unclear = {
      roles,
      best: roles,
      said: pick.among.word,
      byName: true as const,
      ...(start ? { start } : {}),
    };
    return roles.length === pick.among.indexes.length ? { unclear } : {};
  }
  const index = pick.other ? otherOfTwo(ids, context?.roles ?? []) : pick.index;
  const id = index === undefined ? undefined : ids[index];
  if (!id) return {};
  const role = kb.roleById.get(id);
  return role ? { role } : { occupation: id };
}

/**
 * Which of two choices "the other one" is: the one the thread is not on, after a pick narrowed it to one
 * ("the first one, skills", then "the other one"); while it is on both, the one named second, set beside
 * the first ("research scientist pay", "vs mle", then "the other one": the ML engineer).
 */
function otherOfTwo(ids: readonly string[], threadRoles: readonly string[]): number {
  const notOn = ids.flatMap((id, i) => (threadRoles.includes(id) ? [] : [i]));
  return notOn.length === 1 ? (notOn[0] as number) : 1;
}

/**
 * Whether a pick chose a role the thread is not on now: "and the second one" after "the first one, skills"
 * narrowed a comparison to its first role. Something new, never the thread's question repeated.
 */
export const picksAnew = (pick: ThreadPick | undefined, context: ConversationContext | undefined) =>
  pick?.role !== undefined && context?.shown !== undefined && !context.roles.includes(pick.role.id);

/** "the other", "the other one": of two, the one the thread is not on. */
const otherSaid = /\bthe other(?: one)?\b/i;

/**
 * Whether "the other one" picked the one of two roles named lately that the thread is not on: "what tools
 * does the first one use", then "and the other one?" asks those tools of it, anew (otherwise: asked back
 * which topic). "tell me about the first one" after both were described asks nothing new of it.
 */
export const otherPickedAnew = (
  pick: ThreadPick | undefined,
  context: ConversationContext | undefined,
  text: string,
) =>
  pick?.role !== undefined &&
  context !== undefined &&
  otherSaid.test(text) &&
  [...(context.inTurn ?? []), ...(context.recent ?? [])].includes(pick.role.id) &&
  !context.roles.includes(pick.role.id);
