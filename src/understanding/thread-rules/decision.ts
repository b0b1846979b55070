import type { Role } from "../../knowledge/core/schema.js";
import { type Intent, payIntents } from "../intent/intents.js";
import type { ThreadReading } from "./reading.js";

/*
 * What the thread rules decide, and how one rule's ruling changes it: the intent, whether a rule set it,
 * what the question takes from its thread, and where a move leads when read from the thread.
 */

export interface Decision {
  intent: Intent;
  /** An intent a rule sets is no guess, whatever the classifier's confidence. */
  ruled: boolean;
  /** What the question takes from its thread: "intent", "roles", "level", … */
  inherited: string[];
  /** Where a move leads, when a rule reads it from the thread rather than the question's words. */
  toRole: Role | undefined;
  /** The rules that have ruled so far. */
  fired: Set<ThreadRule>;
}

/**
 * What a rule reads: an intent; or one asked in so many words ("day to day?"), a question of its own, never
 * the thread's last one repeated, even where it asks what the thread asked last; with where a move leads.
 */
export type Ruling = Intent | { intent: Intent; asked?: boolean; toRole?: Role | undefined };

/** One thread rule: the intent it reads in the question and its thread, if it applies. */
export type ThreadRule = (r: ThreadReading, now: Readonly<Decision>) => Ruling | undefined;

/** Whether pay is decided already: a pay intent a rule set, not the classifier's guess at one. */
export const payRuled = (d: Readonly<Decision>) => d.ruled && payIntents.has(d.intent);

/** An intent asked in so many words, never the thread's last one repeated. */
export const asked = (intent: Intent): Ruling => ({ intent, asked: true });

/**
 * The decision before any rule: the classifier's intent, or what a pick asks; a fragment that only changes
 * an entity ("what about Seattle?", "senior?") repeats the thread's last question.
 */
export function firstDecision(r: ThreadReading): Decision {
  const { context, thread } = r;
  const inherited: string[] = [];
  let intent = r.firstIntent;
  // After a list of roles, a pick ("the second one") or a role named alone ("and devops?") asks what it is,
  // not for the list again; after the roles related to one (which it offered), a role named alone asks for
  // that role's related roles in turn.
  const afterList = context?.intent === "roleList";
  const relatedAgain = afterList && r.offered.length > 0 && !r.pick && r.jobsNamed > 0;
  // A greeting is no question to repeat: "hey, i'm a nurse" then "thinking about data analyst" asks anew.
  const repeatable = context?.intent !== "followUp" && context?.intent !== "greeting";
  if (r.fragment && context?.intent && repeatable && (!afterList || relatedAgain)) {
    intent = context.intent;
    inherited.push("intent");
    // "and in Austin?" after a comparison or a question about what a role does: a level, place or company
    // only changes pay, so it asks for the pay there (of both roles, after a comparison). A level alone
    // after skills or outlook ("and for seniors?") asks those of that level: the answer says whether the
    // sources split them by level.
    if (!payIntents.has(intent) && r.payDetail && !(levelOnly(r) && !r.asksPay && levelledTopics.has(intent)))
      // So does one after a move from an occupation: the occupation is the move's other side; but not a
      // level (the official figures have none) nor the pay of "it", the job the move leads to ("how much
      // does it pay in minneapolis" after "is it in demand"): those ask of the move's end alone.
      intent =
        (thread.length > 1 || (r.occupationMove && !askedOfMoveEnd(r))) && r.jobsNamed === 0
          ? "payCompare"
          : "salary";
  } else if (intent === "followUp" || (r.fragment && afterList))
    intent = r.payDetail ? "salary" : "responsibilities";
  return { intent, ruled: false, inherited, toRole: undefined, fired: new Set() };
}

/** "does it pay", "what would it make": the pay of "it", one job. */
const itPays = /\b(?:does|do|would|will|did|can) it (?:pay|make|earn)\b|\bit pays\b/i;

/** Words that set the move's two sides against each other: "who makes more", "a pay cut", "both". */
const sidesWeighed = /\b(?:who|which|more|less|cut|than|vs|versus|both|compared?|either)\b/i;

/**
 * Whether a pay detail after a move from an occupation asks of the role it leads to alone: a level, which
 * only the role's figures split by ("what about lead level"; not "who makes more at the senior level"), or
 * the pay of "it".
 */
export const askedOfMoveEnd = (r: ThreadReading) =>
  (levelOnly(r) && !sidesWeighed.test(r.text)) || itPays.test(r.text);

/** The topics besides pay that a level narrows: "and for seniors?" after skills still asks skills. */
const levelledTopics = new Set<Intent>(["skills", "outlook"]);

/** A level is all the question changes: no place, employer or kind of employer. */
const levelOnly = ({ e }: ThreadReading) =>
  Boolean(e.level || e.unlistedLevel) &&
  !e.place &&
  !e.unlistedPlace &&
  !e.company &&
  e.companyKinds.length === 0;

/** Drops what the question took from its thread, if it took it. */
function dropInherited(d: Decision, what: string) {
  const at = d.inherited.indexOf(what);
  if (at >= 0) d.inherited.splice(at, 1);
}

/** Applies a rule's ruling to the decision. */
export function applyRuling(r: ThreadReading, d: Decision, rule: ThreadRule | undefined, ruling: Ruling) {
  const { intent, asked, toRole } =
    typeof ruling === "string" ? { intent: ruling, asked: false, toRole: undefined } : ruling;
  // A rule that reads another intent than the thread's last one decides it: it is no longer inherited.
  if (asked || intent !== r.context?.intent) dropInherited(d, "intent");
  d.intent = intent;
  d.ruled = true;
  if (toRole) d.toRole = toRole;
  if (rule) d.fired.add(rule);
}
