/**
 * Questions about a role that its own sections say nothing of: what the knowledge has elsewhere, or that it
 * has nothing on it, said first.
 */
import type { KnowledgeBase } from "../../knowledge/base.js";
import type { Role } from "../../knowledge/core/schema.js";
import { stem, tokenize } from "../../knowledge/core/text.js";
import type { Understanding } from "../../understanding/shape/understanding.js";
import { framesPick, placeOf } from "../../understanding/thread/thread-pick.js";
import { understanderFor } from "../../understanding/understand.js";
import { comparingWords } from "../../understanding/words/contrast-words.js";
import { moveWords, pronouns, questionWords } from "../../understanding/words/entity-words.js";
import { workPlaceWord } from "../../understanding/words/question-asks.js";
import type { Answer } from "../answers.js";
import { beyondRole } from "../general/general-answers.js";
import { roleTopicAnswer } from "../roles/role-topic-answer.js";
import { roleNameWords } from "./question-reading.js";
import { together } from "./together.js";

/** Words that name no topic of their own ("anything else?", "lots of meetings?"). */
const vagueWords = new Set(
  "anything something everything nothing else stuff thing things lot lots mostly mainly really very kind sort".split(
    " ",
  ),
);

/**
 * Words that lead into a question, not its topic: "i meant to ask", "just wondering", "curious", "i have no
 * clue what …".
 */
const leadInWords = new Set("meant mean asking wondering wonder curious quick question clue".split(" "));

/**
 * "ok what about just the second" after two roles' outlook: the words that pick one of the thread's roles
 * (its place, "just", "one") name no topic; read as one, the answer said it had nothing on "just second" (r79).
 */
const pickWords = (w: string) => placeOf(w) !== undefined || framesPick(w) || w === "just" || w === "only";

/**
 * A text that asks something: a question mark, or a first word that starts a question, chat's "either one
 * remote friendly" (its "is" left out) among them.
 */
const asksSomething =
  /\?|^(is|are|do|does|did|will|would|can|could|should|how|what|whats|which|who|where|when|why|either|any|both|neither)\b/i;

/**
 * "is it mostly meetings", "do they work long hours" in a thread about roles, which nothing else could place:
 * the words the question is about that no example reads a question in, where the roles' own sections say
 * nothing of them, said to be missing, with what the knowledge has on the roles' work. Undefined where
 * there are no such words or the roles' sections hold one of them (a question back then says what can be
 * asked).
 */
export function nothingOnIt(kb: KnowledgeBase, u: Understanding): Answer | undefined {
  const roles = u.threadRoles.slice(0, 3);
  if (!asksSomething.test(u.text)) return undefined;
  const understander = understanderFor(kb);
  const roleWords = roleNameWords(roles);
  const topical = (w: string) =>
    w.length >= 4 &&
    !questionWords.has(w) &&
    !pronouns.has(w) &&
    !vagueWords.has(w) &&
    !leadInWords.has(w) &&
    !roleWords.has(w) &&
    !pickWords(w) &&
    !understander.readsWord(w);
  // "either one remote friendly?": where the work is done is a topic no section covers, though the
  // understander reads the word and a section may say it of something else ("remote access").
  const place = workPlaceWord(u.text);
  const asked = tokenize(u.text).filter((w) => w === place || topical(w));
  const said = new Set(
    kb.sections
      .filter((s) => s.roleIds.some((id) => roles.some((r) => r.id === id)))
      .flatMap((s) => tokenize(`${s.title} ${s.lines.join(" ")}`).map(stem)),
  );
  const missing = asked.filter((w) => w === place || !said.has(stem(w)));
  if (missing.length === 0) return undefined;
  const names = roles.map((r) => r.name).join(" or ");
  const work = together(
    u.text,
    roles.map((r) => roleTopicAnswer(kb, u.text, r, "responsibilities")),
  );
  if (work.kind !== "answer") return undefined;
  const nothing = `The knowledge base has nothing on “${missing.join(" ")}” for ${names}.`;
  return { ...work, headline: `${nothing} ${work.headline ?? "What each does:"}`, unheld: missing.join(" ") };
}

/**
 * A question in a thread about roles (one, or the few just compared) whose own words (not the roles' names,
 * not the words that say what its reading asks) find something only in the knowledge's field-wide sections.
 */
/**
 * Words that point back at the thread's role as a pronoun does ("could i do that fully remote"): about
 * nothing of their own, so they never pick a section (left in, "that" found the role's own sections and the
 * question fell through to the help page).
 */
const pointingWords = new Set(["that", "those", "these"]);

/** Words of denial ("i'm not moving"): they turn a word round, and say nothing of a topic themselves. */
const denialWords = new Set(["not", "never"]);

/**
 * Words that set the roles' answers against each other ("whats the gap between them skills wise", "how do
 * they differ"): the comparing words, and a "gap" or a "-wise" between them; how the question weighs what it
 * asks, no topic of their own ("gap" found the ML sections' "gap" and the answer said it had nothing on it, r88).
 */
const weighingWords: ReadonlySet<string> = new Set([...comparingWords, "gap", "gaps", "wise"]);

/**
 * Words of moving ("i'm not moving", "switching"): the asker's own circumstance, not a topic a section is
 * about ("could i do that fully remote tho? i'm not moving" found the role's "What moves pay" and its
 * salary section, and the question fell through to the help page). So are the pointing, denying and
 * weighing words above.
 */
const aboutNoTopic = (w: string) =>
  pointingWords.has(w) || denialWords.has(w) || moveWords.has(w) || weighingWords.has(w);

export function beyondThreadRole(
  kb: KnowledgeBase,
  u: Understanding,
  roles: readonly Role[],
): Answer | undefined {
  const roleWords = roleNameWords(roles);
  const intentWords = understanderFor(kb).wordsOf(u.intent);
  return beyondRole(
    kb,
    u.text,
    roles,
    (w) => roleWords.has(w) || intentWords.has(w) || pronouns.has(w) || aboutNoTopic(w),
  );
}
