import { type Answer, anonymousUser } from "../../src/advisor/answers.js";
import { answerQuestion } from "../../src/advisor/ask.js";
import { converse } from "../../src/advisor/converse.js";
import { renderText } from "../../src/render/plain-text.js";
import { parseCommand } from "../../src/understanding/command-grammar.js";
import type { ConversationContext } from "../../src/understanding/thread/conversation-state.js";
import { understanderFor } from "../../src/understanding/understand.js";
import { realKnowledge } from "./knowledge.js";

/** What the understanding makes of a question on the real knowledge (in a thread's `context`, if given). */
export const understand = (q: string, context?: ConversationContext) =>
  understanderFor(realKnowledge()).understand(q, context);

/** The answer to a question as plain text, as the CLI prints it. */
export const answerText = (q: string): string => renderText(answerQuestion(realKnowledge(), q));

/** Runs a conversation turn by turn, as a Slack thread does, and returns each answer. */
export function thread(...messages: string[]): Answer[] {
  const kb = realKnowledge();
  let context: ConversationContext | undefined;
  return messages.map((m) => {
    const command = parseCommand(kb, m);
    if (command.kind === "prefs" || command.kind === "digest") throw new Error("not an advisor command");
    const turn = converse(kb, command, context, anonymousUser);
    context = turn.context;
    return turn.answer;
  });
}

/** The last answer of a conversation, as plain text: what a test of a thread's final reply reads. */
export const lastAnswerText = (...messages: string[]): string =>
  renderText(thread(...messages).at(-1) as Answer);
