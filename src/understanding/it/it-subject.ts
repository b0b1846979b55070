import type { ConversationContext } from "../thread/conversation-state.js";
import { isFieldCompound } from "./field-compounds.js";
import type { JobsAround } from "./it-at.js";
import { fieldWrittenIT } from "./it-word.js";

/*
 * "what about IT in general, is it growing?", "is IT still a good career or is it dying", "and IT in general
 * in texas?" in a thread about a role: the field itself made the subject, so the thread's role no longer
 * stands in for what the question asks about, and an "it" after it is the field, not that role.
 */

/** "IT" and the word after it, if any, which must be no field compound ("IT support" is a role's name). */
const fieldAlone = String.raw`IT\b(?:\s+(\w+))?`;

/** Words that make "IT" the subject of the question in its own right. */
const subjectPatterns = [
  // "what about IT", "how about IT, does it pay less?"
  String.raw`\b(?:what|how)\s+about\s+${fieldAlone}`,
  // "IT in general", "IT as a whole", "IT overall", "IT as a career"
  String.raw`\bIT\s+(?:in general|as a whole|overall|generally|as a field|as a career|itself)\b`,
  // "is IT still a good career", "will IT be automated", "does IT pay well": IT the question's subject.
  String.raw`^(?:(?:ok|okay|so|and|but|hmm|also|honestly|tbh)\b[\s,]*)*(?:is|isnt|isn't|will|does|has|can)\s+${fieldAlone}`,
  // "the IT one — what certs matter", "and the IT side?" after IT set against a role: the field's side picked.
  String.raw`\bthe\s+IT\s+(?:one|side|part|route|option|track)\b`,
  // "how much do IT interns make": the field's jobs at a rung of their own (see `fieldRung`).
  String.raw`\bIT\s+(?:intern|interns|internships?|trainees?|apprentices?)\b`,
].map((p) => new RegExp(p));

/**
 * "IT intern", "IT internships": a rung of the field's jobs, no role's name, so IT stays the subject ("what
 * about IT intern?" after a data analyst's pay asks of IT, not of data analysts' interns).
 */
const fieldRung = /^(?:intern|interns|internships?|trainees?|apprentices?)$/i;

/**
 * "is IT the same thing or different", "is IT different?": IT weighed against something left unsaid, which
 * is the thread's role; the role stays what the question asks of (whether it counts as IT).
 */
const againstUnsaid =
  /\bIT\s+(?:just\s+)?(?:the\s+)?(?:same(?:\s+thing)?|diff(?:erent)?|any\s+different)\s*(?:or\b|\?|$)/;

/**
 * Whether the question makes IT the field its subject, as the person wrote it in a thread about a role;
 * `jobs`: the jobs around each "it", as the pipeline reads them.
 */
export function fieldIsSubject(raw: string, jobs: JobsAround): boolean {
  const written = fieldWrittenIT(raw, true, jobs);
  if (againstUnsaid.test(written)) return false;
  return subjectPatterns.some((pattern) => {
    const found = pattern.exec(written);
    const after = found?.[1] ?? "";
    return found !== null && (!isFieldCompound(after) || fieldRung.test(after));
  });
}

/**
 * The thread as a question that makes IT its subject reads it: the kind of question, place, level and
 * employer still carried ("and IT in general in texas?" after a pay question), no role of the thread's.
 */
export function threadWithoutRoles(context: ConversationContext): ConversationContext {
  const { intent, level, place, company } = context;
  return {
    roles: [],
    ...(intent ? { intent } : {}),
    ...(level ? { level } : {}),
    ...(place ? { place } : {}),
    ...(company ? { company } : {}),
  };
}
