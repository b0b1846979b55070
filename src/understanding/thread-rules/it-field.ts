import { moveWithField } from "../entities/it-move.js";
import { payIntents } from "../intent/intents.js";
import { comparesTwo } from "../words/question-asks.js";
import type { ThreadRule } from "./decision.js";
import { gettingInto, nextStep, setsAgainst } from "./words.js";

/*
 * Thread rules for a field rather than a role: IT set against a role, a role's pay weighed against IT, a
 * move from a job in IT, a move from an occupation into tech.
 */

/** "i work in IT", "been in IT for years", "my gf is in IT": someone's job in the field. */
const heldInField =
  /\b(?:work|works|working|worked|am|is|im|i'm|been|was|currently|stuck)\s+(?:\w+\s+)?in\s+it\b/i;

/** Schooling of one kind against another: "degree or just certs", "certs vs a degree", "bootcamp or degree". */
const schooling =
  "(?:degrees?|diplomas?|masters|bachelors?|certs?|certifications?|certificates?|bootcamps?|courses?|college|uni)";
const schoolingWeighed = new RegExp(
  String.raw`\b${schooling}\s+(?:(?:worth it|good|better|enough)\s+)?(?:or|vs\.?|versus)\s+(?:(?:just|only|a|an|some|the|get|getting|do|doing)\s+){0,3}${schooling}\b`,
  "i",
);

/**
 * "IT or data science for a career switcher?": the field set against a role, whose IT role is asked back.
 * So is "vs IT?" after "software engineer salary": the field set against the thread's one role, by pay when
 * the thread asked pay.
 */
export const fieldOrRole: ThreadRule = (r, d) => {
  const againstThreadRole = r.jobsNamed === 0 && r.thread.length === 1;
  if (!r.e.itField || !setsAgainst(r.e) || !(r.e.roles.length === 1 || againstThreadRole)) return undefined;
  // "help desk tech here. IT degree or just certs?": the "or" weighs two ways of schooling, "IT" the
  // subject of the degree, no side against the role; the role's way in answers it.
  if (schoolingWeighed.test(r.text)) return "education";
  const payOfThread = againstThreadRole && payIntents.has(r.context?.intent ?? d.intent);
  return r.asksPay || payOfThread ? "payCompare" : "compare";
};

/**
 * "IT is kinda boring tbh, does devops pay better": a role's pay weighed in words of more or better against
 * the field the question names is the two side by side, not the role's pay alone.
 */
export const rolePayAgainstField: ThreadRule = (r) => {
  const weighsAgainstField =
    r.e.itField && r.e.roles.length === 1 && r.jobsNamed === 1 && !r.e.to && !r.e.from;
  return weighsAgainstField && r.asksPay && comparesTwo(r.text) && !heldInField.test(r.text)
    ? "payCompare"
    : undefined;
};

/** "into IT", "to IT": the field as where someone goes. */
const intoField = /\b(?:into|to)\s+(?:IT|tech)\b/i;

/**
 * "i'm a nurse, wanna get into tech. where do i start", "chef here. into IT or stay put?": a move from the
 * occupation into the field, the role not yet chosen. Not "career in it or nursing": the field set against
 * the occupation, with no word of moving or going into it, is a choice between the two.
 */
export const occupationIntoTech: ThreadRule = (r, d) =>
  r.e.uncovered.length === 1 &&
  r.e.roles.length === 0 &&
  r.e.masked.includes("tech") &&
  !(r.e.itSide === "against" && !r.e.moving && !intoField.test(r.text)) &&
  (r.e.moving ||
    d.intent === "gettingStarted" ||
    d.intent === "path" ||
    d.intent === "gap" ||
    gettingInto.test(r.text))
    ? "gap"
    : undefined;

/**
 * "i work in IT, want to become a data scientist": a move from the field, which IT role not yet said. Not
 * "i work in IT, mostly desktop support. how do i move up": the role named is the one held.
 */
export const moveFromField: ThreadRule = (r) => {
  const fromField =
    r.e.itField && heldInField.test(r.text) && r.e.roles.length === 1 && !r.e.from && !nextStep.test(r.text);
  return fromField && (r.e.to || r.e.moving) ? { intent: "gap", toRole: r.e.roles[0] } : undefined;
};

/** "from IT to devops", "how hard is it to go from IT to this": a move with the field as one side. */
export const moveWithFieldSide: ThreadRule = (r, d) => {
  const fieldMove = moveWithField(r.e, r.text, d.intent, r.thread);
  return fieldMove ? { intent: "gap", toRole: d.toRole ? undefined : fieldMove.to } : undefined;
};

/** "study it", "majoring in IT": the field as a subject of study ("a degree in it" keeps its own reading). */
const fieldStudied = /\b(?:study|studying|studied|major(?:ing)?\s+in)\s+(?:it|information technology)\b/i;

/**
 * "my son wants to study it", "my daughter wants to study IT in college": the field studied, with no role
 * named, asks what schooling its roles take (otherwise: asked back which IT role, or read "daughters" as a
 * role not covered); whether it is a good idea, the field's future.
 */
export const fieldStudiedAsked: ThreadRule = (r, d) =>
  r.e.itField &&
  r.jobsNamed === 0 &&
  fieldStudied.test(r.text) &&
  // "my son wants to study IT, what jobs can he get": the jobs asked for keep their list.
  !jobsAsked.test(r.text) &&
  (d.intent === "offTopic" || !d.ruled)
    ? worthStudying.test(r.text)
      ? "outlook"
      : "education"
    : undefined;

/** Words of jobs asked for: "what jobs can he get", "which careers". */
const jobsAsked = /\b(?:jobs?|roles?|careers?|positions?|options)\b/i;

/** "good idea?", "is it worth it": whether the field is worth studying is its future, its roles' growth. */
const worthStudying = /\b(?:worth|good idea|bad idea|smart|wise|future|outlook|dying)\b/i;
