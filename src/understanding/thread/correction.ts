import type { KnowledgeBase } from "../../knowledge/base.js";
import { tokenize } from "../../knowledge/core/text.js";
import type { ConversationContext } from "./conversation-state.js";

/*
 * A correction of the question before ("*software engineer", "sorry i meant data architect, not dba",
 * "*analyst, not engineer"): the question asked again of the role it names. Read as "i meant <role>", which
 * the thread rules read as a fragment that keeps the last question's intent, place and level.
 */

/**
 * Slack's typo fix: a message that starts with "*" and has no closing one ("*frontend"), which is no bold.
 * Read before Slack's markup is dropped, which would drop its "*".
 */
const starCorrection = /^\s*\*(?=[^*\s])([^*]*)$/;

/** Whether a message is Slack's typo fix of the one before ("*frontend"). */
export const isStarCorrection = (question: string): boolean => starCorrection.test(question);

/** "*frontend" as "i meant frontend"; any other message as it was. */
export const starCorrectionSpelt = (question: string): string =>
  question.replace(starCorrection, "i meant $1");

/**
 * A correction's opening words: "i meant", "no, i meant", "sorry i meant", "oops, i mean", "no wait i
 * meant", "scratch that, i meant".
 */
const meant =
  /^((?:(?:no|nah|nope|sorry|oops|actually|wait|hold on|scratch that)[,.!]?\s+)*i mean(?:t)?\s+)(.*)$/i;

/** Whether a question is a correction of the one before ("no wait i meant cloud architect"). */
export const correctionAsked = (question: string): boolean => meant.test(question.trim());

/** What a correction takes back ("not dba", "not engineer") and its apologies ("sorry", "my bad"). */
const takenBack = /,?\s*\bnot (?:an? |the )?([a-z][a-z .-]*?)\s*(?=$|[,.!?;:]|\b(?:sorry|my bad|oops)\b)/i;
const apology = /[,.!]?\s*\b(?:sorry|my bad|oops|lol)\b[,.!]?/gi;

/**
 * The correction with what it takes back and its apologies dropped, which name no side to set against the
 * role meant; one word that names no role alone ("analyst" after "cybersecurity engineer") stands in for
 * the word it takes back in the thread's role, or the last word of that role's name ("security analyst").
 * Any other question as it was.
 */
export function correctionSpelt(
  kb: KnowledgeBase,
  text: string,
  context: ConversationContext | undefined,
): string {
  const m = meant.exec(text);
  if (!m) return text;
  const [, opening = "", rest = ""] = m;
  const back = takenBack.exec(rest)?.[1]?.trim();
  const corrected = rest.replace(takenBack, "").replace(apology, " ").replace(/\s+/g, " ").trim();
  return (
    opening + (inThreadRole(kb, corrected, back, context) ?? besideSideKept(kb, corrected, back, context))
  );
}

/**
 * "sre vs devops" then "i meant cloud architect not devops": the side taken back is the one replaced, and
 * the other side stays where it stood ("sre vs cloud architect").
 */
function besideSideKept(
  kb: KnowledgeBase,
  corrected: string,
  back: string | undefined,
  context: ConversationContext | undefined,
): string {
  const hit = back ? kb.roleNames.lookup(back) : undefined;
  const dropped = hit?.distance === 0 && hit.entries.length === 1 ? hit.entries[0] : undefined;
  const sides = context?.roles ?? [];
  const at = dropped ? sides.indexOf(dropped) : -1;
  const kept = sides.length === 2 && at >= 0 ? kb.roleById.get(sides[1 - at] ?? "") : undefined;
  if (!kept || kb.roleNames.findAll(tokenize(corrected)).length !== 1) return corrected;
  return at === 0 ? `${corrected} vs ${kept.name}` : `${kept.name} vs ${corrected}`;
}

/** "analyst" in the thread's "security engineer": that role's name with the word swapped, when it names a role. */
function inThreadRole(
  kb: KnowledgeBase,
  corrected: string,
  back: string | undefined,
  context: ConversationContext | undefined,
): string | undefined {
  const words = tokenize(corrected);
  const [word] = words;
  const role = context?.roles.length === 1 ? kb.roleById.get(context.roles[0] ?? "") : undefined;
  if (!role || !word || words.length !== 1 || kb.roleNames.lookup(word)) return undefined;
  return [role.name, ...role.aliases]
    .map((name) => tokenize(name))
    .map((name) => {
      const at = back ? name.indexOf(back.toLowerCase()) : name.length - 1;
      return at < 0 ? undefined : [...name.slice(0, at), word, ...name.slice(at + 1)].join(" ");
    })
    .find((name) => name !== undefined && kb.roleNames.lookup(name)?.distance === 0);
}
