/**
 * Moves: from one role (or an occupation) to another, weighed on pay and outlook, or what to learn for it,
 * with no timeline where one is asked.
 */
import type { KnowledgeBase } from "../../knowledge/base.js";
import type { Role } from "../../knowledge/core/schema.js";
import { roleByHead } from "../../knowledge/role-by-head.js";
import { roleThatIs } from "../../knowledge/role-that-is.js";
import { payIntents } from "../../understanding/intent/intents.js";
import type { Understanding } from "../../understanding/shape/understanding.js";
import { fromOccupationOnTopic } from "../../understanding/steps/occupation-move.js";
import { choiceWords } from "../../understanding/words/contrast-words.js";
import { drawbacksAsked } from "../../understanding/words/drawbacks-asked.js";
import {
  asksEffort,
  asksHowLong,
  asksListedSkillsHeld,
  asksTime,
} from "../../understanding/words/question-asks.js";
import { learnAsked, payAsked, wordsPattern } from "../../understanding/words/topic-words.js";
import type { Answer, SkillGap, UserContext } from "../answers.js";
import { becoming, noMoveRating, noMoveTimeline, noTimeline } from "../getting-in/getting-in.js";
import { withDegreeNote } from "../getting-in/without-degree.js";
import {
  type MoveStart,
  moveStart,
  threadMoveStart,
  weighMove,
  weighMoveFromOccupation,
} from "../moves/move.js";
import { moveNarrowed, moveNarrowing } from "../moves/move-narrowed.js";
import { withYearsBesideExperience } from "../moves/move-years.js";
import { stepBetweenAnswer } from "../moves/step-between.js";
import { skillGap } from "../roles/skills.js";
import { moveToItself, whichOther, whichRole } from "./ask-back.js";
import { moveOptions } from "./move-options.js";
import { withOtherOptionsSaid } from "./other-option-said.js";
import { withUnratedSchoolingOfMove } from "./unrated-schooling.js";

/**
 * What to learn for a move, asked as learning or as what the move needs ("what do i need to know first").
 * Not "at first", the start of the job where the move leads ("what would i make at first"): its pay there.
 */
export const asksWhatToLearn = (question: string) =>
  learnAsked.test(question) || /\b(skills?|know|need|(?<!\bat )first)\b/i.test(question);

/**
 * Whether a question about a move asks only what to learn, not whether to make it: a move weighed in words
 * stronger than "should" ("worth it", "good idea", "an easier stepping stone first") is weighed either way,
 * and so is one asked what it does to pay as well ("what changes in pay and what do i need" otherwise left
 * the pay out). Read without the roles' names: "machine learning engineer" asks nothing about learning.
 */
const learnsOnly = (asked: string, q: string) =>
  asksWhatToLearn(asked) &&
  !/\b(worth|idea|smart|wise|sense|pros|cons|decide|thoughts|easier|better|stepping)\b/i.test(asked) &&
  !payAsked.test(asked) &&
  !shouldAlone.test(q);

/**
 * "one of my QA folks wants to move into software engineering. should she? what's the gap": "should she?"
 * asked on its own, of the move told before it (typed with no mark, a question word opens the next one),
 * weighs the move, as "worth it?" does; "should i learn sql" asks what to learn.
 */
const shouldAlone =
  /\bshould (?:i|he|she|they|we|you)(?: (?:do it|go for it|make (?:it|the (?:move|switch|jump))))?\s*(?:[?!.,;]|$|\bor not\b|(?= (?:what|whats|what's|how|and|also|would|is it)\b))/i;

/**
 * A move from an occupation asked how long it takes ("accountant to data analyst in 6 months possible?"):
 * no source gives a timeline, said before how the start was read.
 */
function withNoTimeline<T extends { note?: string }>(q: string, move: T): T {
  return asksHowLong(q) ? { ...move, note: [noMoveTimeline, move.note].filter(Boolean).join(" ") } : move;
}

/** "is it worth it", "worth the effort?", "good idea?": a move weighed as a whole. */
const worthAsked = /\bworth (?:it|the (?:effort|switch|move|jump|risk|time|trouble))\b|\bgood idea\b/i;

/** "it is good decision?", "the right choice?": a move weighed as a decision, in a learner's words too. */
const decisionAsked = /\b(?:good|right|wise|smart|bad|wrong|correct) (?:decision|choice)\b/i;

/**
 * A move asked whether it is worth it, or a good decision: no source judges that for a person, said after
 * how the move was read; what they show of it (both sides' pay and outlook, what to learn) is below
 * (otherwise only the move was given again, e.g. for "it is good decision?").
 */
function withWorthUnjudged<T extends { note?: string; weighing?: unknown }>(q: string, move: T): T {
  const judged = worthAsked.test(q) ? "worth it" : decisionAsked.test(q) ? "a good decision" : undefined;
  if (!judged || !move.weighing) return move;
  const said = `No source judges whether this move is ${judged} for you: that turns on what you want from it. What the sources show of it is below.`;
  return { ...move, note: [move.note, said].filter(Boolean).join(" ") };
}

/** "should I go from nursing into data analytics": the occupation's figures beside the role's, then its needs. */
export function moveFromOccupation(
  kb: KnowledgeBase,
  u: Understanding,
  user: UserContext,
): Answer | undefined {
  const e = u.entities;
  const uncovered = e.uncovered[0];
  // "accountant thinking of switching to data science, worth it money wise?": a move weighed on pay is a
  // move too, read as one with its pay beside the other side's.
  // So is one asked with a pay or outlook word ("electrician to IT support, how much more would i earn").
  const moving =
    u.intent === "gap" || (payIntents.has(u.intent) && e.moving && e.weighing) || fromOccupationOnTopic(u);
  if (!((uncovered || e.unknownTitle) && moving && u.to)) return undefined;
  const start = moveStart(kb, uncovered ?? { typed: e.unknownTitle ?? "" }, u.to);
  const role = startRole(kb, start);
  const move =
    role && role.role !== u.to
      ? withRead(weighMove(kb, role.role, u.to, user), role.read)
      : // "currently bartending, what would ml pay": the pay of where the move leads asked, its own figures shown.
        weighMoveFromOccupation(kb, start, u.to, user, payIntents.has(u.intent) && !e.moving);
  // "what IT job can i get without a degree": the move, then what its end asks of someone with none.
  const said = withUnratedSchoolingOfMove(u.text, withWorthUnjudged(u.text, move));
  const answer = withDegreeNote(kb, u.text, withNoTimeline(u.text, said), [u.to]);
  return withOtherOptionsSaid(answer, u, u.to, start.typed);
}

/**
 * The curated role a move's start named as an occupation is, so that both sides are roles with figures and
 * skills: the role that is the one occupation named ("help desk specialist": Computer User Support
 * Specialists, which IT Support Specialist is); or, for a title that stands for no one occupation, the one
 * role whose longer names it heads ("tester": QA Engineer's "software tester"; "support engineer": IT
 * Support Specialist's "desktop support engineer"). With how it was read, said first.
 */
function startRole(kb: KnowledgeBase, start: MoveStart): { role: Role; read: string } | undefined {
  const o = start.occupation;
  const is = o ? roleThatIs(kb, o.soc) : undefined;
  if (o && is) return { role: is, read: `Read “${start.typed}” as ${is.name} (${o.title}, SOC ${o.soc}).` };
  const headed = o ? undefined : roleByHead(kb, start.typed);
  if (!headed) return undefined;
  const name =
    [headed.name, ...headed.aliases].find((n) => n.toLowerCase().endsWith(start.typed.toLowerCase())) ??
    headed.name;
  return {
    role: headed,
    read: `Read “${start.typed}” as ${headed.name}, whose names end on it (“${name}”).`,
  };
}

/** The experience the sources ask of where a move leads ("5 years or more"), the nearest they come to a time. */
const experienceAsked = (to: Role): string[] =>
  to.experience.length > 0 ? [`Experience the sources give for ${to.name}: ${to.experience.join(" ")}`] : [];

/** "where do i start", "how do i get started", "first steps?": where to begin on a move. */
const startAsked =
  /\b(?:where|how) (?:do|should|would|can|could) i (?:start|begin)\b|\bget(?:ting)? started\b|\bfirst steps?\b/i;

/** Where a move starts, as the sources give it: what to learn (below), and the education of where it leads. */
const firstStepsNote = (to: Role): string =>
  [
    "Where to start: what the move asks you to learn is below.",
    ...(to.education.length > 0
      ? [`Education the sources give for ${to.name}: ${to.education.join(" ")}`]
      : []),
  ].join(" ");

/** Sides offered to choose from: "data architect or data engineering". */
const choiceAsked = wordsPattern(choiceWords);

/** A move with how its start was read said first. */
const withRead = (move: SkillGap, read: string): SkillGap => ({
  ...move,
  note: [read, move.note].filter(Boolean).join(" "),
});

/** A move asked about ("gap"): where it starts and where to, then weighed, or what to learn for it. */
export function moveAnswer(kb: KnowledgeBase, u: Understanding, user: UserContext): Answer {
  const e = u.entities;
  const q = u.text;
  const intent = "gap";
  const [role, other] = u.roles;
  // "im a dba, should i move into data architect or data engineering", "support tech wanting to go cloud or
  // security": the options from the role held, side by side, none of them dropped.
  const choice = choiceAsked.test(q) ? moveOptions(kb, u) : undefined;
  if (choice) return choice;
  // "is switching from qa a good idea": the role named is where the move starts; ask where to.
  // "from data analyst to IT": which IT role it leads to.
  if (role && u.from === role && !u.to && !other)
    return whichOther(kb, intent, role, e.unread, true, e.itSide === "to");
  const to = u.to ?? other ?? role ?? (user.role ? kb.roleById.get(user.role) : undefined);
  const from = u.from ?? (other ? role : undefined);
  if (!to) return whichRole(kb, intent, user, u);
  // "whats the usual step in between": the roles between the move's two sides, not the move again.
  if (u.stepBetween && from) return stepBetweenAnswer(kb, q, from, to);
  // "i'm a nurse" then "could i move into data analyst from that": from the thread's occupation.
  // "is it worth it" after a move from an occupation: that move again.
  const startSoc = u.fromOccupation ?? (u.threadRoles.length === 0 ? u.threadOccupation : undefined);
  if (!from && startSoc) {
    const start = threadMoveStart(kb, startSoc, to);
    const move = weighMoveFromOccupation(kb, start, to, user);
    // "whats the catch" after "accountant -> data analyst worth it?": no source lists a move's drawbacks, said
    // first, as after a move between roles.
    if (drawbacksAsked(q))
      return {
        ...move,
        note: `No source lists drawbacks of moving from ${start.occupation?.title ?? start.typed} to ${to.name}; what they do show is below: the two sides' pay and outlook, and what the move asks you to learn. ${move.note ?? ""}`.trim(),
      };
    // "what should i learn first" after that move's answer: what to learn alone, as after a move between roles.
    const { weighing: _shown, ...toLearn } = move;
    // "how long would it take" after it: what it takes, no timeline, as after a move between roles.
    if (u.fromOccupation && asksHowLong(q)) return withNoTimeline(q, toLearn);
    return u.fromOccupation && learnsOnly(e.masked.join(" "), q) ? toLearn : withWorthUnjudged(q, move);
  }
  // "how do i transition from IT to data analytics": which IT role the move starts from.
  // So is "how hard is it to go from IT to this" in a thread about a role.
  if (!from && e.itField && (u.threadRoles.length === 0 || e.itSide === "from"))
    return whichOther(kb, intent, to, undefined, false, true);
  // "going sysadmin to sysadmin": both sides read as one role, so which role it leads to is asked.
  if (from === to) return moveToItself(kb, from);
  if (!from) return noTimeline(q, to, becoming(kb, q, to, e.weighing));
  // "how long would it take", "is it hard?": no source gives a timeline or rates the effort; what the move
  // takes is what there is. After the move's answer, what it takes; asked first, the move weighed as well.
  if (asksHowLong(q) || asksEffort(q)) {
    const gap = u.inherited.includes("roles") ? skillGap(kb, from, to, user) : weighMove(kb, from, to, user);
    const unrated = asksTime(q) || !asksEffort(q) ? noMoveTimeline : noMoveRating;
    return withDegreeNote(kb, q, { ...gap, note: [unrated, ...experienceAsked(to)].join(" ") }, [to]);
  }
  // "whats the catch": no source lists a move's drawbacks; said first, then what they show of the move.
  if (drawbacksAsked(q))
    return {
      ...weighMove(kb, from, to, user),
      note: `No source lists drawbacks of moving from ${from.name} to ${to.name}; what they do show is below: the two roles' pay and outlook side by side, and what the move asks you to learn.`,
    };
  // "where do i start" after the move's answer: its first steps (what to learn, the education the sources
  // give for where it leads), not the move weighed again.
  if (u.inherited.includes("roles") && startAsked.test(q))
    return { ...skillGap(kb, from, to, user), note: firstStepsNote(to) };
  // "which ones would a swe already have" after a role's skills: what carries over, and the rest to learn.
  if (asksListedSkillsHeld(q)) return skillsCarriedOver(skillGap(kb, from, to, user), from, to);
  // A move asked about is weighed (pay and outlook first); one asked for what to learn gets the gap alone.
  const move = learnsOnly(e.masked.join(" "), q)
    ? skillGap(kb, from, to, user)
    : weighMove(kb, from, to, user);
  // "as a senior swe in seattle": each side's figure there where it has one, said where it has none.
  const narrowed = moveNarrowed(kb, move, [from, to], moveNarrowing(kb, u));
  // "is it realistic without a degree?": what the sources say of getting in with none, beside the move.
  const said = withHeldRoleOption(
    u,
    withYearsBesideExperience(withUnratedSchoolingOfMove(q, withWorthUnjudged(q, narrowed)), q, to),
    from,
    to,
  );
  return withDegreeNote(kb, q, said, [to]);
}

/**
 * The skills of where a move leads that the start's sources list too: where none do, said first, lest the
 * answer seem to leave the question out (every skill is then below, to learn).
 */
function skillsCarriedOver(gap: SkillGap, from: Role, to: Role): SkillGap {
  if (gap.alreadyHave.length > 0) return gap;
  const none = `None of the skills the sources list for ${to.name} is on ${from.name}'s lists; what is left to learn is below.`;
  return { ...gap, note: gap.note ? `${none} ${gap.note}` : none };
}

/**
 * "I'm a QA tester looking to pivot to SDET or dev": an option that is another name of the role held ("sdet"
 * is QA Engineer's) is no move; said first, so that it is not seen as dropped, with the move to the other
 * option weighed below.
 */
function withHeldRoleOption<T extends { note?: string }>(u: Understanding, move: T, from: Role, to: Role): T {
  const same = u.entities.sameRole;
  const [, held] = same?.typed ?? [];
  if (same?.role !== from || !held || to === from) return move;
  const line = `“${held}” is one of ${from.name}'s names here, the role you hold, so of your options only ${to.name} is a move; it is weighed below.`;
  return { ...move, note: move.note ? `${line} ${move.note}` : line };
}
