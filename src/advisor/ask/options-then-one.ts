/**
 * "looking at network architect and security engineer roles. whats the network architect pay like?", "torn
 * between data analyst and data engineer. what does a data engineer make?": a sentence that only tells of
 * the roles weighed, then a question that names one of them. The question is asked of that one, in a thread
 * the told sentence set on the roles weighed, so "and the other one?" next asks it of the rest, as when the
 * two were sent one after the other.
 */
import type { Role } from "../../knowledge/core/schema.js";
import { tokenize } from "../../knowledge/core/text.js";
import type { Intent } from "../../understanding/intent/intents.js";
import { withoutPleasantries } from "../../understanding/text/pleasantries.js";
import { sentencesOf } from "../../understanding/text/scene-told.js";
import type { ConversationContext } from "../../understanding/thread/conversation-state.js";
import { comparingWords } from "../../understanding/words/contrast-words.js";
import type { Asked } from "./both-asked.js";

/** Asks one question alone in the thread given (ask.ts's `askAlone`). */
type AskAlone = (question: string, context: ConversationContext | undefined) => Asked;

/** Words that set roles beside each other as options: "x and y", "x or y", "x vs y", "x/y". */
const setBeside = /\b(?:and|or|vs|versus)\b|\//i;

/**
 * What a question asks of one role alone: its pay, skills, tools, work, schooling, way in. Not whether it is
 * worth it, harder or in demand, which a message weighing two roles asks against the other.
 */
const ofOneRole: ReadonlySet<Intent> = new Set<Intent>([
  "salary",
  "totalComp",
  "skills",
  "tools",
  "softSkill",
  "responsibilities",
  "education",
  "experience",
  "industries",
  "path",
  "gettingStarted",
]);

/** Words that weigh one side against another: "is sre paid more", "which is better", "easier than". */
const weighing = new Set([
  ...comparingWords,
  "more",
  "less",
  "better",
  "worse",
  "higher",
  "lower",
  "harder",
  "easier",
  "worth",
]);

/**
 * "torn between data analyst and data engineer what does a data engineer make": typed with no mark, the
 * question starts at its last question word after the message's start.
 */
const lastQuestionWord = /\s(?=(?:what|whats|what's|how|which)\b[^?.!]*$)/gi;

/** The message's sentences (`sentencesOf`), or where it has one, that cut at its last question word. */
function optionsSentences(text: string): { text: string; asks: boolean }[] {
  const sentences = sentencesOf(text);
  if (sentences.length > 1) return sentences;
  const at = [...text.matchAll(lastQuestionWord)].at(-1)?.index;
  return at === undefined ? sentences : [...sentencesOf(text.slice(0, at)), ...sentencesOf(text.slice(at))];
}

/**
 * The question of the one role named, where a message first tells of two or more roles set beside each
 * other (no question in that sentence) and then asks a question that names one of them alone.
 */
export function optionsThenOne(
  question: string,
  whole: Asked,
  context: ConversationContext | undefined,
  alone: AskAlone,
): Asked | undefined {
  const weighed = whole.understanding.entities.roles;
  // A move told ("im a data analyst and want to be a data engineer") is weighed whole, both sides shown.
  if (weighed.length < 2 || whole.understanding.from || whole.understanding.to) return undefined;
  const sentences = optionsSentences(withoutPleasantries(question)?.question ?? question);
  const last = sentences.at(-1);
  if (!last || sentences.length < 2) return undefined;
  const told = sentences.slice(0, -1);
  if (told.some((s) => s.asks) || !last.asks || tokenize(last.text).some((w) => weighing.has(w)))
    return undefined;
  const scene = alone(told.map((s) => s.text).join(" "), context);
  const options = scene.understanding.entities.roles;
  if (options.length < 2 || !setBeside.test(told.map((s) => s.text).join(" "))) return undefined;
  const thread: ConversationContext = { ...(context ?? {}), roles: options.map((r: Role) => r.id) };
  const asked = alone(last.text, thread);
  const [one, ...more] = asked.understanding.entities.roles;
  if (!one || more.length > 0 || !options.some((r) => r.id === one.id)) return undefined;
  return ofOneRole.has(asked.understanding.intent) ? asked : undefined;
}
