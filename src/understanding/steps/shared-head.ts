import type { Role } from "../../knowledge/core/schema.js";
import { tokenize } from "../../knowledge/core/text.js";
import { fieldAbbreviations } from "../../knowledge/resolve.js";
import type { PipelineParts } from "../shape/pipeline-parts.js";
import type { ConversationContext } from "../thread/conversation-state.js";

/*
 * A job's name said once for both sides of a comparison. "ios vs android developer", "ios or android dev":
 * the side before "vs" takes the rest of the name after it. "ok and ios vs android?" in a thread about
 * Mobile Developer: each side, put in place of the first word of the thread's role's name, names that role
 * (unless a side is a skill's name: "react vs vue?" after Front-End Developer weighs the two frameworks).
 * The question is read as if it spelt both names out, so two names of one role are said to be one.
 */

/** One word, "vs"/"versus"/"v"/"or", one word, and up to three words after. */
const sides = /\b([a-z][\w+#-]*)(\s+(?:vs\.?|versus|v\.?|or)\s+)([a-z][\w+#-]*)((?:\s+[a-z][\w+#-]*){0,3})/i;

/**
 * A role's whole name (two to four words, rung words before it allowed), a word setting it against another
 * ("vs", "or", "over", "compared to", "/", "and" after "between"), one word, and up to three words after:
 * "data analyst or scientist", "network admin vs architect", "between data analyst and scientist".
 */
const wholeThenWord =
  /\b((?:[a-z][\w+#-]*\s+){1,3}[a-z][\w+#-]*)(\s+(?:vs\.?|versus|v\.?|or|over|and|compared\s+(?:to|with))\s+|\s*\/\s*)([a-z][\w+#-]*)((?:\s+[a-z][\w+#-]*){0,3})/i;

/** "between": the word that makes an "and" set two sides against each other. */
const between = /\bbetween\b/i;

type NameOf = (words: readonly string[]) => Role | undefined;

/**
 * "data engineer or analyst", "network admin vs architect", "data scientist/analyst": the words a name
 * begins with said once, for the side after "or" too. The second side, a word that names no role alone
 * nor begins a name with the words after it, is spelt with the first words of the first side's name where
 * that makes another role's name (otherwise: "analyst" left unread, and only Software Data Engineer
 * weighed). "data analyst or data scientist", "software engineer or manager" stay as they are.
 */
function sharedStartSpelt(named: NameOf, text: string): string {
  const m = wholeThenWord.exec(text);
  if (!m) return text;
  const [, before = "", joining = "", second = "", after = ""] = m;
  // "data analyst and engineer at heart" joins two things said of one person; only "between" sets sides.
  if (joining.trim() === "and" && !between.test(text.slice(0, m.index + before.length))) return text;
  const beforeWords = tokenize(before);
  const afterWords = tokenize(after);
  const secondSide = (k: number) => [second, ...afterWords.slice(0, k)];
  if (afterWords.some((_, k) => named(secondSide(k + 1))) || named([second])) return text;
  // The longest end of the words before that names a role: "data analyst" of "senior data analyst".
  const firstName = [...beforeWords.keys()]
    .map((at) => beforeWords.slice(at))
    .find((words) => words.length > 1 && named(words));
  if (!firstName) return text;
  const firstRole = named(firstName);
  for (let h = firstName.length - 1; h > 0; h--) {
    const start = firstName.slice(0, h);
    const k = [0, 1, 2, 3].find((n) => n <= afterWords.length && named([...start, ...secondSide(n)]));
    const role = k === undefined ? undefined : named([...start, ...secondSide(k)]);
    if (!role || role.id === firstRole?.id) continue;
    const at = m.index + before.length + joining.length;
    return `${text.slice(0, at)}${start.join(" ")} ${text.slice(at)}`;
  }
  return text;
}

/** The question with both sides of a comparison spelt out as whole names; as it was unless they read so. */
export function sharedHeadSpelt(
  { kb, rolesByWord, skills }: Pick<PipelineParts, "kb" | "rolesByWord" | "skills">,
  text: string,
  context: ConversationContext | undefined,
): string {
  const named = (words: readonly string[]) => rolesByWord.byWholeName.get(words.join(" ").toLowerCase());
  const startShared = sharedStartSpelt(named, text);
  if (startShared !== text) return startShared;
  const m = sides.exec(text);
  if (!m) return text;
  const [whole, first = "", between = "", second = "", after = ""] = m;
  // A side that names a role of its own keeps its name ("frontend vs backend developer").
  if (named([first])) return text;
  const at = m.index;
  const spelt = (firstRest: string, secondRest: string) =>
    text.slice(0, at) +
    `${first}${firstRest}${between}${second}${secondRest}${after}` +
    text.slice(at + whole.length);
  // "ios vs android developer": the shortest whole name after "vs" whose rest, after the first side, names
  // a role too.
  const afterWords = tokenize(after);
  for (let k = 1; k <= afterWords.length; k++) {
    const rest = afterWords.slice(0, k);
    const [firstRole, secondRole] = [named([first, ...rest]), named([second, ...rest])];
    // "ml vs ai research scientist": a field's short name stands for its own role ("ml" for Machine Learning
    // Engineer), so spelt out into the same role as the other side it would leave nothing to set against it.
    if (fieldAbbreviations.has(first.toLowerCase()) && firstRole && firstRole === secondRole) break;
    if (firstRole && secondRole) return spelt(` ${rest.join(" ")}`, "");
  }
  // "ios vs android?", "ios vs android any difference?" in a thread about one role: both sides complete that
  // role's name, and what follows goes on no name from a side ("ios vs android engineer" is no such reading).
  const [threadId, ...others] = context?.roles ?? [];
  const threadRole = kb.roleById.get(threadId ?? "");
  const skill = (w: string) => skills.lookup(w) !== undefined;
  const beginsName = (words: readonly string[]) =>
    [...rolesByWord.byWholeName.keys()].some((n) => `${n} `.startsWith(`${words.join(" ")} `));
  const nameGoesOn = afterWords[0] !== undefined && beginsName([second, afterWords[0]]);
  if (nameGoesOn || !threadRole || others.length > 0 || named([second])) return text;
  if (skill(first) || skill(second)) return text;
  for (const name of [threadRole.name, ...threadRole.aliases].map(tokenize)) {
    const rest = name.slice(1);
    if (
      rest.length &&
      named([first, ...rest])?.id === threadRole.id &&
      named([second, ...rest])?.id === threadRole.id
    )
      return spelt(` ${rest.join(" ")}`, ` ${rest.join(" ")}`);
  }
  return text;
}
