/*
 * "what about the really senior ml roles, like distinguished" after an ML engineer's pay, "and the top ones,
 * such as lead?": a kind of role described, then one example of it named. The example is the role asked
 * about, with the thread's question (Distinguished Machine Learning Engineer's pay); the description only
 * leads to it. Read whole, the description's words ("roles", "senior", "ml") made it a list of roles or a
 * comparison with the thread's role. Only where the example names one role, by its own name or by a word
 * that completes a thread role's name into another's ("distinguished" after Machine Learning Engineer).
 */
import { tokenize } from "../../knowledge/core/text.js";
import { extractEntities } from "../entities/entities.js";
import type { PipelineParts } from "../shape/pipeline-parts.js";
import type { ConversationContext } from "../thread/conversation-state.js";

type ExampleParts = Pick<PipelineParts, "kb" | "vocabularies" | "rolesByWord">;

/**
 * A kind of role described by its plural ("the really senior ml roles", "those top ones", "the big
 * positions"), then its example after "like", "such as", "e.g." or "say", ending the message.
 */
const kindThenExample =
  /^(.*?)\b(?:the|those|these|some|any)\s+(?:[a-z0-9]+\s+){0,4}?(?:roles|ones|positions|jobs|levels|titles|people|ppl|folks|guys|engineers|rungs)\s*[,:(-]?\s*(?:like|such as|e\.?\s?g\.?|say|for example|for instance|i mean)\s*,?\s+(?:(?:a|an|the)\s+)?([a-z][a-z\s-]*?)\s*\)?\s*[?.!]*\s*$/i;

/** The question with a kind described then exemplified said as asking of the example; else as it was. */
export function exampleOfKindSpelt(
  parts: ExampleParts,
  text: string,
  context: ConversationContext | undefined,
): string {
  const m = kindThenExample.exec(text);
  if (!m) return text;
  const [, before = "", example = ""] = m;
  const words = tokenize(example);
  if (words.length === 0 || words.length > 5) return text;
  const { kb, vocabularies, rolesByWord } = parts;
  const read = extractEntities(kb, vocabularies, words, true);
  const threadRoles = context?.roles ?? [];
  const names =
    read.roles.length === 1 && read.uncovered.length === 0
      ? true
      : threadRoles.length > 0 && rolesByWord.nameCompleted(words, read, threadRoles) !== undefined;
  return names ? `${before}${example}`.trim() : text;
}
