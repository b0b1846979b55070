/*
 * "what about the network ones", "and the data jobs?" after a ranking: the field's roles ranked again by
 * what the thread's ranking ranked by, not a question of the ML market or of the tools a word names. After
 * a role's pay or outlook, the field's roles ranked by pay or growth; after another question of one role,
 * that question of the field's roles, which one asked back.
 */
import type { KnowledgeBase } from "../../knowledge/base.js";
import { isFieldWord } from "../../knowledge/role-name-words.js";
import type { Entities } from "../entities/entities.js";
import { type Intent, pairIntents, payIntents, roleIntents, skillIntents } from "../intent/intents.js";
import { metricNamed } from "../intent/ranking-request.js";
import type { Understanding } from "../shape/understanding.js";
import type { ConversationContext } from "../thread/conversation-state.js";
import { jobJudged } from "../words/job-judged.js";
import { plurals } from "../words/job-nouns.js";
import { threatAsked } from "../words/timing-words.js";

/** "the network ones", "the cloud jobs": the word that stands for the roles of a field, after "the" or alone. */
const rolesOfKind = new Set(["ones", ...plurals(["job", "role", "career", "position"])]);

/** Questions of one role, which a follow-up about a field's roles asks of those roles. */
const oneRoleTopics: ReadonlySet<Intent> = new Set([...roleIntents].filter((i) => !pairIntents.has(i)));

/** A follow-up longer than this says more than which roles it means. */
const followUpAtMost = 8;

/**
 * The field's word before "ones", "jobs" or "roles" ("network" in "the network ones", "which IT jobs are
 * network ones"): a word of two or more roles' names that ends none ("network", "cloud", "data",
 * "security"; not "engineer", a kind of job), as `fieldOptionsIn` reads a field set as an option.
 */
export function fieldOfRolesNamed(kb: KnowledgeBase, tokens: readonly string[]): string | undefined {
  return tokens.find((t, i) => rolesOfKind.has(tokens[i + 1] ?? "") && isFieldWord(kb, t));
}

/** Words for the people who work in a field: "people in data", "data folks". */
const peopleWords: ReadonlySet<string> = new Set(["people", "ppl", "folks", "workers", "employees", "guys"]);

/**
 * The field whose people are asked of: "people in data", "folks in networking" spelt as the field's word, or
 * "data people" (a word of two or more roles' names that ends none).
 */
export function fieldOfPeopleNamed(kb: KnowledgeBase, tokens: readonly string[]): string | undefined {
  return tokens.find(
    (t, i) =>
      isFieldWord(kb, t) &&
      ((tokens[i - 1] === "in" && peopleWords.has(tokens[i - 2] ?? "")) ||
        peopleWords.has(tokens[i + 1] ?? "")),
  );
}

/**
 * A field's word judged as a career, however the words were classed: "is cloud a good field" (read as no
 * career at all, so out of scope), "is data a growing field" (a definition, so the ML market).
 */
export function fieldJudgedAsCareer(kb: KnowledgeBase, tokens: readonly string[]): string | undefined {
  const text = tokens.join(" ");
  const m = jobJudged.exec(text);
  const judged = m?.[1];
  // Only the field judged whole: "is data a good career for women", "… with ai" weigh it for something
  // else, which their own readings answer (the knowledge holds nothing on gender; what AI may take).
  const rest = m ? text.slice(m.index + m[0].length) : "";
  return judged && isFieldWord(kb, judged) && plainTail.test(rest) ? judged : undefined;
}

/** What may follow a field judged whole: "to get into", "in 2025", "rn", "anymore", "tho". */
const plainTail =
  /^(?:\s+(?:to (?:get|go|break) into|to be in|in \d{4}|in this economy|rn|right now|now|anymore|still|tho|though|lol|or not|\?))*\s*$/;

/**
 * The thread's question asked again of a field's roles ("what about the network ones" after the best paid
 * IT roles), ranked by the measure the question names or else the thread's; undefined where the thread
 * asked nothing of one role, or the question names a job or says more than which roles.
 */
export function fieldRankedAgain(
  kb: KnowledgeBase,
  tokens: readonly string[],
  entities: Entities,
  understood: Understanding,
  context: ConversationContext | undefined,
): Understanding | undefined {
  const rankedBy = context?.rankedBy;
  const threadTopic = context?.intent;
  // A job named in the words as typed; not a role a field's word was read as in a thread ("the network
  // ones" after a role's pay spelt as Network Administrator), which the field's roles stand in for here.
  const typed = kb.roleNames.findAll([...tokens], undefined, false).length;
  const named = typed + entities.uncovered.length + (entities.unknownTitle ? 1 : 0);
  if (tokens.length > followUpAtMost || named > 0 || entities.ambiguous.length > 0) return undefined;
  // "is ai going to kill cloud jobs" after a role's pay asks a question of its own of the field's roles
  // (`field-outlook.ts`), no ranking of them by the thread's measure.
  if (threatAsked(tokens.join(" ")) !== undefined) return undefined;
  const word = fieldOfRolesNamed(kb, tokens);
  if (!word) return undefined;
  // "what skills does a data analyst need", then "what about the cloud ones": skills of a kind, not roles.
  if (entities.skillKind && threadTopic && skillIntents.has(threadTopic)) return undefined;
  // After a role's pay or outlook, the field's roles ranked by it; after another question of one role
  // ("what does a data analyst do", then "and the cloud jobs?"), that question asked of the field's roles,
  // which of them then asked back (the answer offers them as buttons).
  const measure =
    threadTopic && payIntents.has(threadTopic) ? "pay" : threadTopic === "outlook" ? "growth" : undefined;
  if (!rankedBy && !measure)
    return threadTopic && oneRoleTopics.has(threadTopic)
      ? {
          ...understood,
          intent: threadTopic,
          confidence: 1,
          roles: [],
          inherited: ["intent"],
          threadRoles: [],
          entities: { ...entities, roles: [] },
        }
      : undefined;
  const metric = metricNamed(tokens.join(" ")) ?? rankedBy ?? measure ?? "pay";
  return {
    ...understood,
    intent: "roleRanking",
    confidence: 1,
    roles: [],
    inherited: ["intent"],
    entities: { ...entities, roles: [] },
    ranking: { metric, all: false, filter: word },
  };
}
