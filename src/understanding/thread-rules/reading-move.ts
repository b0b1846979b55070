/*
 * The facts about moves the thread rules share: a move named in the question, the thread's last answer
 * being a move, and what a question after it asks of it (the other way, where to, leaving the role held).
 */
import type { Role } from "../../knowledge/core/schema.js";
import type { Entities } from "../entities/entities.js";
import type { ConversationContext } from "../thread/conversation-state.js";
import { moveBetweenTwoAsked } from "../words/move-between.js";
import { nextStep, pathPhrases } from "./words.js";

/**
 * "the reverse", "the other way around", "vice versa", "flip it", "swap them", "turn it around": a move asked
 * the other way. A swap with nothing swapped is one only said alone ("ok flip"): "should i swap now or after my
 * cert?" asks when to move (review).
 */
const reverseAsked =
  /\b(?:the )?(?:reverse|opposite)\b|\bother way(?: a?round)?\b|\bvice versa\b|\bbackwards?\b|\b(?:flip|swap)(?:ped|s)? (?:it|them|that|those|the two|sides)\b|^\W*(?:\w+\s+)?(?:flip|swap)(?:ped|s)?\W*$|\b(?:switch|turn)(?:ed)? (?:it|them|that|those) a?round\b/i;

/** "what should i move to then", "where could i switch to": where a move from the thread's role leads, asked. */
const whereToAsked = /\b(?:what|where|which)\b.*\b(?:move|switch|go|transition|pivot)\b.*\b(?:to|into)\b/i;

/** What the move facts are read from. */
export interface MoveAsked {
  text: string;
  e: Entities;
  context: ConversationContext | undefined;
  /** The roles the question is about when it names none. */
  thread: Role[];
  jobsNamed: number;
  /** A level, a place or an employer named. */
  payDetail: boolean;
}

export interface MoveFacts {
  /** A move named between two roles: from one into another. */
  move: boolean;
  /** The thread's last answer was a move from an occupation into one role: its context keeps the occupation. */
  occupationMove: boolean;
  /** The thread's last answer was a move. */
  threadMove: boolean;
  /** After a move's answer, a question about it that names nothing (no job, no pay detail) is about that move. */
  afterMove: boolean;
  /** "how about the reverse", "what about the other way around": the thread's move, the other way. */
  reversed: boolean;
  /**
   * After the way into one role with no start pinned ("how do i become a data engineer", or a start that
   * names several occupations), the role is all there is. (Not after a question back for where a move from
   * the one role leads: that role is its start.)
   */
  intoOne: boolean;
  /** Going on from a role held asked ("3 yrs as sysadmin, next?") or its growth path ("a growth path out of it"). */
  pathAsked: boolean;
  /**
   * "how do i get out of it" in a thread about one role: leaving it, where to is asked back. So is "can you
   * switch from one to the other" there: a move between two, of which the thread has only the one.
   */
  leavingThread: boolean;
  /** After "which role do you want to move to from QA Engineer?", a question that still names no end. */
  targetStillAsked: boolean;
}

export function moveFactsOf({ text, e, context, thread, jobsNamed, payDetail }: MoveAsked): MoveFacts {
  const move = e.from !== undefined && e.to !== undefined && e.from !== e.to;
  const occupationMove = context?.intent === "gap" && context.occupation !== undefined && thread.length === 1;
  const threadMove = context?.intent === "gap" && (thread.length === 2 || occupationMove);
  const afterMove = threadMove && jobsNamed === 0 && !payDetail;
  const pathAsked = nextStep.test(text) || new RegExp(pathPhrases.source, "i").test(text);
  return {
    move,
    occupationMove,
    threadMove,
    afterMove,
    reversed: afterMove && thread.length === 2 && reverseAsked.test(text),
    intoOne:
      context?.intent === "gap" &&
      thread.length === 1 &&
      !occupationMove &&
      jobsNamed === 0 &&
      !payDetail &&
      !context.leaving,
    pathAsked,
    leavingThread:
      jobsNamed === 0 &&
      thread.length === 1 &&
      !pathAsked &&
      ((e.moving && (/\b(out of|leave|leaving|quit)\b/i.test(text) || whereToAsked.test(text))) ||
        // (Of two roles gone through in turn, it is the move between them: `moveBetweenThreadRoles`.)
        (moveBetweenTwoAsked(text) && context?.recent === undefined)),
    targetStillAsked:
      context?.leaving !== undefined &&
      thread.length === 1 &&
      thread[0]?.id === context.leaving &&
      jobsNamed === 0 &&
      !e.to,
  };
}
