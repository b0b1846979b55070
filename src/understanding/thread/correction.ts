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
 * meant", "scratch that, i meant", "nvm i meant".
 */
const meant =
  /^((?:(?:no|nah|nope|nvm|never ?mind|sorry|oops|actually|wait|hold on|scratch that)[,.!]?\s+)*i mean(?:t)?\s+)(.*)$/i;

/**
 * A correction said as a change to the question before: "actually make that devops not sre", "change it
 * to backend", "ok switch that to data eng". Read as "i meant …", its openings kept. ("switch it support ->
 * security analyst" is a move, "make it as a data scientist" no correction: "switch" and "change" need their
 * "to", and "it" is made nothing.)
 */
const madeThat =
  /^((?:(?:no|nah|nope|sorry|oops|actually|wait|ok|okay|hmm|hm)[,.!]?\s+)*)(?:make that|(?:change|switch) (?:that|it) (?:to|into))\s+(?=\S)/i;

/** What a change said so is changed to, in a few words or a role's name first: "devops not sre", "mid". */
const changedTo = (kb: KnowledgeBase, rest: string) =>
  rest.split(/\s+/).length <= 3 || nameAtEdge(kb, rest.split(/\s+/), false) > 0;

/** The question with a change to the question before said as "i meant …"; else as it was. */
function changeAsMeant(kb: KnowledgeBase, text: string): string {
  const m = madeThat.exec(text);
  const rest = m ? text.slice(m.index + m[0].length) : "";
  return m && changedTo(kb, rest) ? `${m[1] ?? ""}i meant ${rest}` : text;
}

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
  const m = meant.exec(changeAsMeant(kb, nameCorrectedInline(kb, text)));
  if (!m) return nameCorrectedInline(kb, text);
  const [, said = "", rest = ""] = m;
  const back = takenBack.exec(rest)?.[1]?.trim();
  const corrected = rest.replace(takenBack, "").replace(apology, " ").replace(/\s+/g, " ").trim();
  // "nvm i meant the other", "nvm i meant sre": "nvm" takes back the question before as "i meant" does, and
  // no more, so it is dropped (read on, it dropped the thread itself); kept where what is meant is neither a
  // role nor the other one ("nvm i meant the data one" with no data role in the thread), which nothing in
  // the thread answers.
  const meantReadable =
    /^the other(?: one)?$/i.test(corrected) || kb.roleNames.findAll(tokenize(corrected)).length > 0;
  const opening = meantReadable ? said.replace(/\b(?:nvm|never ?mind)[,.!]?\s+/gi, "") : said;
  return (
    opening +
    (otherStartOfMove(kb, corrected, context) ??
      inThreadRole(kb, corrected, back, context) ??
      besideSideKept(kb, corrected, back, context))
  );
}

/**
 * "frontend or backend", "the first one", "could i move from that to full stack", then "i meant the other":
 * the move asked again from the other of the roles the thread went through, where one alone is left beside
 * the move's two sides (a move's thread keeps where it leads first).
 */
function otherStartOfMove(
  kb: KnowledgeBase,
  corrected: string,
  context: ConversationContext | undefined,
): string | undefined {
  const [to, from] = context?.roles ?? [];
  if (context?.intent !== "gap" || context.roles.length !== 2 || !/^the other(?: one)?$/i.test(corrected))
    return undefined;
  const others = (context.recent ?? []).filter((id) => id !== to && id !== from);
  const [other] = others;
  const start = others.length === 1 && other ? kb.roleById.get(other) : undefined;
  const end = kb.roleById.get(to ?? "");
  return start && end ? `from ${start.name} to ${end.name}` : undefined;
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

/**
 * A role's name taken back as it is typed, another said after it: "from qa to sdet, er, software engineer",
 * "data scientist i mean data engineer pay", "sre or rather devops". The words that take it back:
 */
const takenBackInline =
  /,?\s+(?:e+r+m*|u+h+|u+m+|i mean|i meant|or rather|sorry|no wait|wait no|scratch that)[,.]?\s+/gi;

/** The most words a role's name is typed in ("principal applied scientist gen ai"). */
const nameWordsAtMost = 5;

/** How many of the words, from the end (or the start), name one role exactly; 0 if none do. */
function nameAtEdge(kb: KnowledgeBase, words: readonly string[], atEnd: boolean): number {
  for (let k = Math.min(nameWordsAtMost, words.length); k >= 1; k--) {
    const said = (atEnd ? words.slice(-k) : words.slice(0, k)).join(" ");
    if (kb.roleNames.lookup(said)?.distance === 0) return k;
  }
  return 0;
}

/**
 * The question with a role's name taken back as typed left out, the name said after it kept: "from qa to
 * sdet, er, software engineer" is "from qa to software engineer". As it was unless a role's name ends the
 * words before the taking back and another begins those after it ("sre vs devops, i mean which pays more"
 * takes back no name).
 */
function nameCorrectedInline(kb: KnowledgeBase, text: string): string {
  for (const m of text.matchAll(takenBackInline)) {
    const at = m.index ?? 0;
    const before = text.slice(0, at).split(/\s+/).filter(Boolean);
    const after = text.slice(at + m[0].length);
    const taken = nameAtEdge(kb, before, true);
    const kept = nameAtEdge(kb, after.split(/\s+/).filter(Boolean), false);
    if (taken > 0 && kept > 0) return nameCorrectedInline(kb, [...before.slice(0, -taken), after].join(" "));
  }
  return text;
}
