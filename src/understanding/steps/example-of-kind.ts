/*
 * "what about the really senior ml roles, like distinguished" after an ML engineer's pay, "and the top ones,
 * such as lead?": a kind of role described, then one example of it named. The example is the role asked
 * about, with the thread's question (Distinguished Machine Learning Engineer's pay); the description only
 * leads to it. Read whole, the description's words ("roles", "senior", "ml") made it a list of roles or a
 * comparison with the thread's role. Only where the example names a rung of a thread role that the
 * knowledge has as a role of its own, by its name or by the word that completes the thread role's name
 * into it ("distinguished" after Machine Learning Engineer).
 */
import { tokenize } from "../../knowledge/core/text.js";
import { extractEntities } from "../entities/entities.js";
import type { PipelineParts } from "../shape/pipeline-parts.js";
import type { ConversationContext } from "../thread/conversation-state.js";

type ExampleParts = Pick<PipelineParts, "kb" | "vocabularies" | "rolesByWord">;

/**
 * A kind of role described by its plural ("the really senior ml roles", "those top ones", "the big
 * positions"), then its example after "like", "such as", "e.g." or "say", ending the message. Only after
 * "the", "those" or "these": "any roles like data scientist" asks for roles similar to it.
 */
const kindThenExample =
  /^(.*?)\b(?:the|those|these)\s+(?:[a-z0-9]+\s+){0,4}?(?:roles|ones|positions|jobs|levels|titles|people|ppl|folks|guys|engineers|rungs)\s*[,:(-]?\s*(?:like|such as|e\.?\s?g\.?|say|for example|for instance|i mean)\s*,?\s+(?:(?:a|an|the)\s+)?([a-z][a-z\s-]*?)\s*\)?\s*[?.!]*\s*$/i;

/** Whether one role's name is another's with words before it ("Lead Machine Learning Engineer"). */
const rungOf = (name: string, of: string) => name !== of && name.endsWith(` ${of}`);

/** The question with a kind described then exemplified said as asking of the example; else as it was. */
export function exampleOfKindSpelt(
  parts: ExampleParts,
  text: string,
  context: ConversationContext | undefined,
): string {
  const threadRoles = context?.roles ?? [];
  const m = threadRoles.length > 0 ? kindThenExample.exec(text) : null;
  if (!m) return text;
  const [, before = "", example = ""] = m;
  const words = tokenize(example);
  const { kb, vocabularies, rolesByWord } = parts;
  // The example is one of the thread's roles' rungs: a word that completes a thread role's name into
  // another role's ("distinguished"), or that other role's whole name ("lead ml engineer").
  const completed =
    words.length === 1
      ? rolesByWord.nameCompleted(words, extractEntities(kb, vocabularies, words, true), threadRoles)
      : undefined;
  const whole = rolesByWord.byWholeName.get(words.join(" "));
  const threadNames = threadRoles.flatMap((id) => kb.roleById.get(id)?.name.toLowerCase() ?? []);
  const rung = (completed?.role ?? whole)?.name.toLowerCase();
  const ofThread = rung !== undefined && threadNames.some((n) => rungOf(rung, n) || rungOf(n, rung));
  return ofThread ? `${before}${example}`.trim() : text;
}
