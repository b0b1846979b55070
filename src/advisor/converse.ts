import type { KnowledgeBase } from "../knowledge/base.js";
import { tokenize } from "../knowledge/core/text.js";
import { noRoleNamed } from "../understanding/command-grammar.js";
import type { Understanding } from "../understanding/shape/understanding.js";
import { replyNamesRole } from "../understanding/steps/reply-to-ask-back.js";
import { askedAboutThread, type ConversationContext } from "../understanding/thread/conversation-state.js";
import { understanderFor } from "../understanding/understand.js";
import { payPhrase } from "../understanding/words/topic-words.js";
import { type AdvisorCommand, advise } from "./advise.js";
import type { Answer, UserContext } from "./answers.js";
import { ask } from "./ask.js";
import { contextAfter } from "./thread-context.js";

export interface Turn {
  answer: Answer;
  /** What the conversation is about after this turn. */
  context: ConversationContext;
  /** How a free question was read (absent for commands). */
  understanding?: Understanding;
}

const pronounRoles = new Set([
  "it",
  "that",
  "this",
  "them",
  "they",
  "that role",
  "this role",
  "the role",
  "same",
]);

/**
 * "compare it with swe" in a thread about Lead MLE: a pronoun where a role goes names the thread's role,
 * and so does the side left out of "compare with swe".
 * So does no role at all ("salary", "path") in reply to "About Network Architect? Pick what you want to know".
 */
function withThreadRole(command: AdvisorCommand, context: ConversationContext | undefined): AdvisorCommand {
  const role = context?.roles[0];
  if (!role) return command;
  const fill = (typed: string) => (pronounRoles.has(typed.trim().toLowerCase()) ? role : typed);
  const picked = askedAboutThread(context) && context?.roles.length === 1 ? role : undefined;
  const roleless = command.kind === "usage" && command.problem === noRoleNamed;
  if (picked && roleless && (command.command === "path" || command.command === "role"))
    return { kind: command.command, role: picked };
  switch (command.kind) {
    case "compare": {
      // "compare with backend" after "devops engineer salary": one role named, set against the thread's.
      const roles = command.roles.map(fill);
      return { ...command, roles: roles.length === 1 ? [role, ...roles] : roles };
    }
    case "gap":
      return { ...command, from: fill(command.from), to: fill(command.to) };
    case "role":
    case "path":
      return { ...command, role: fill(command.role) };
    case "salary":
    case "skills":
      // "pay in seattle?" in a thread about one role: that role, before any saved target role.
      return command.role
        ? { ...command, role: fill(command.role) }
        : (picked ?? (context?.roles.length === 1 ? role : undefined))
          ? { ...command, role: picked ?? role }
          : command;
    default:
      return command;
  }
}

/** The commands that need a role, asked as questions about the thread's roles. */
const topicQuestions: Record<string, string> = { path: "career path", role: "what do they do" };

/** A command's topic typed with no role ("salary", "skills", "path"), as a question; undefined for any other. */
function topicAlone(command: AdvisorCommand): string | undefined {
  if (command.kind === "salary" && !command.role)
    return ["salary", command.level, command.location].filter(Boolean).join(" ");
  if (command.kind === "skills" && !command.role) return "skills";
  if (command.kind === "usage" && command.problem === noRoleNamed) return topicQuestions[command.command];
  return undefined;
}

/**
 * One turn of a conversation: a command or a free question answered in the light of what the thread is
 * about so far, and what it is about afterwards. Pure; the caller keeps the context (the store, in Slack).
 */
export function converse(
  kb: KnowledgeBase,
  command: AdvisorCommand,
  context: ConversationContext | undefined,
  user: UserContext,
): Turn {
  // "salary" after "About MLE and SWE? Pick what you want to know": that topic, of both roles, as a question.
  // So is "skills" after a move's answer: the thread's rules for moves read what it asks of the move.
  const ofSeveral = askedAboutThread(context) || context?.intent === "gap";
  const topic = ofSeveral && (context?.roles.length ?? 0) > 1 ? topicAlone(command) : undefined;
  // "cloud architect?" after "electrician looking to get into tech": the role the thread's move from the
  // occupation leads to, read as the reply it is.
  // So is "swe" after "which role do you want to move to from QA Engineer?": where the move leads.
  const fromOccupation = context?.occupation !== undefined && context.roles.length === 0;
  const movesInto =
    command.kind === "role" &&
    command.bare &&
    context?.intent === "gap" &&
    (fromOccupation || context.leaving !== undefined)
      ? command.role
      : undefined;
  // "backend?" after "frontend salary": a role's name asked alone, after a question about one role, asks that
  // question again of it, as "and backend?" does; so does "backend", typed without its question mark.
  const askedAgainOf =
    command.kind === "role" && command.bare && context?.intent !== undefined && context.roles.length === 1
      ? `and ${command.role}`
      : undefined;
  // "data analyst" after "Which data role do you mean?": a role named alone after a question back picks it,
  // and the question asked back is asked of it (read as a reply in the thread's light).
  const pickedOffered =
    command.kind === "role" && command.bare && replyNamesRole(kb, command.role, context)
      ? command.role
      : undefined;
  // A quote in a thread's first message is what the asker pasted, not the bot's words: it is read.
  const askedText =
    command.kind === "ask" ? (context ? command.question : (command.pasted ?? command.question)) : undefined;
  const question = askedText ?? topic ?? movesInto ?? askedAgainOf ?? pickedOffered;
  if (question !== undefined) {
    const asked = ask(kb, question, { ...(context ? { context } : {}), user });
    return { answer: asked.answer, context: asked.context, understanding: asked.understanding };
  }
  const answer = advise(kb, withThreadRole(command, context), user);
  // "compare data engineer vs data scientist pay", "compare swe and accountant": a side the grammar cannot
  // read as a role, where the question pipeline finds two things to compare, is answered as that question.
  // So is "product analyst vs data analyst", two names of one role: the question says they are one.
  const sameRole = answer.kind === "usage" && command.kind === "compare" && command.roles.length === 2;
  if (sameRole) {
    const asked = ask(kb, `${command.roles.join(" vs ")}`, { ...(context ? { context } : {}), user });
    if (asked.understanding.entities.sameRole)
      return { answer: asked.answer, context: asked.context, understanding: asked.understanding };
  }
  // "pay starting out" in a thread: words of questions after "pay" that name no role are a question about
  // the thread's role, where the question pipeline reads them so; a word no question uses ("salary
  // datascientst") is a mistyped role, never the thread's.
  const unknownRole = answer.kind === "role-problem" && answer.problem === "unknown";
  const typed =
    command.kind === "salary"
      ? [command.role, command.level, command.location].filter(Boolean).join(" ")
      : "";
  const questionWordsOnly = tokenize(typed).every((w) => understanderFor(kb).readsWord(w));
  // "pay bump?", "pay diff?": pay in an everyday phrase, its second word no role's name either.
  const payInPhrase = payPhrase.test(`pay ${typed}`);
  if (
    command.kind === "salary" &&
    unknownRole &&
    (questionWordsOnly || payInPhrase) &&
    (context?.roles.length || context?.occupation)
  ) {
    const asked = ask(kb, `pay ${typed}`, { context, user });
    // "pay cut at first?" in a thread about an occupation (after "leaving IT for nursing"): its figures.
    const onOccupation = context.occupation !== undefined && asked.answer.kind === "occupation";
    if (asked.understanding.inherited.includes("roles") || onOccupation)
      return { answer: asked.answer, context: asked.context, understanding: asked.understanding };
  }
  // "salary for a plumber in texas": an occupation with no curated role, with a place or level the command
  // named, is asked as the question it is, so the answer says first that its figures are national.
  if (command.kind === "salary" && answer.kind === "occupation" && (command.location || command.level)) {
    const level = command.level ? ` at ${command.level} level` : "";
    const place = command.location ? ` in ${command.location}` : "";
    const asked = ask(kb, `${command.role} salary${level}${place}`, {
      ...(context ? { context } : {}),
      user,
    });
    if (asked.answer.kind === "occupation")
      return { answer: asked.answer, context: asked.context, understanding: asked.understanding };
  }
  if (command.kind === "compare" && answer.kind === "role-problem" && answer.problem === "unknown") {
    const asked = ask(kb, `compare ${command.roles.join(" vs ")}`, { ...(context ? { context } : {}), user });
    const e = asked.understanding.entities;
    // A side read as nothing is said in the comparison's note ("compare devops vs sre vs blorpt").
    const saysUnread = !e.unread || (asked.answer.kind === "compare" && asked.answer.note !== undefined);
    if (e.roles.length + e.uncovered.length >= 2 && saysUnread)
      return { answer: asked.answer, context: asked.context, understanding: asked.understanding };
  }
  return { answer, context: contextAfter(answer, context ?? { roles: [] }) };
}

/** The understanding of a question in one line, for the debug log. */
export function describeUnderstanding(u: Understanding): string {
  const parts = [
    `intent=${u.intent}`,
    `confidence=${u.confidence.toFixed(2)}`,
    ...(u.second ? [`second=${u.second.intent}:${u.second.confidence.toFixed(2)}`] : []),
    `roles=${u.roles.map((r) => r.id).join(",") || "-"}`,
    ...(u.level ? [`level=${u.level}`] : []),
    ...(u.place ? [`place=${u.place}`] : []),
    ...(u.company ? [`company=${u.company}`] : []),
    ...(u.entities.skillKind ? [`skill-kind=${u.entities.skillKind.id}`] : []),
    ...(u.entities.uncovered.length
      ? [`not-covered=${u.entities.uncovered.map((o) => o.occupation.name).join(",")}`]
      : []),
    ...(u.entities.unknownTitle ? [`unknown-title=${JSON.stringify(u.entities.unknownTitle)}`] : []),
    ...(u.inherited.length ? [`from-thread=${u.inherited.join(",")}`] : []),
  ];
  return `understood: ${parts.join(" ")}`;
}
