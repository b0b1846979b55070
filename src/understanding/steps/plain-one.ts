/*
 * "what does a lead ml make vs a regular one", "senior … or a normal one": a role whose name begins with a
 * rung ("Lead Machine Learning Engineer") set against "a regular one" is set against the same role without
 * the rung (Machine Learning Engineer), spelt out so that the question reads as a comparison of the two.
 * "just the regular one" as a reply in a thread on such a family of roles picks the one without a rung.
 */
import type { Role } from "../../knowledge/core/schema.js";
import { tokenize } from "../../knowledge/core/text.js";
import type { PipelineParts } from "../shape/pipeline-parts.js";
import type { ConversationContext } from "../thread/conversation-state.js";
import { choicesIn, onlyPicks, pickAsked } from "../thread/thread-pick.js";
import { besideWords } from "../words/contrast-words.js";

/** Words that make "one" the role without its rung: "a regular one", "a normal one", "the plain one". */
const plainWords = ["regular", "normal", "plain", "ordinary", "standard", "typical", "basic", "non lead"];

/** A word setting sides against each other, then "a regular one" (after "compared to" too). */
const plainOne = new RegExp(
  String.raw`\b(${[...besideWords].join("|")})(\s+(?:to|with)\b)?\s+(?:a|an|the|your)?\s*(?:${plainWords.join("|")})\s+ones?\b`,
  "i",
);

/** Words that begin a role's name with how far along it is, not which role it is. */
const rungsAlways = new Set(["lead", "principal", "distinguished", "staff", "senior", "chief"]);

type PlainParts = Pick<PipelineParts, "kb" | "rolesByWord">;

/** The role a role's name names without its rung ("Lead Machine Learning Engineer": Machine Learning Engineer). */
function withoutRung({ kb, rolesByWord }: PlainParts, role: Role): Role | undefined {
  const [first, ...rest] = tokenize(role.name);
  const rung = first !== undefined && (rungsAlways.has(first) || kb.levels.lookup(first)?.distance === 0);
  return rung ? rolesByWord.byWholeName.get(rest.join(" ")) : undefined;
}

/**
 * "just the regular one", "the normal one" in reply to a thread on roles of one family (Machine Learning
 * Engineer, its lead and distinguished rungs): the family's role without a rung, spelt out by its name. Only
 * where the thread's roles all belong to one family that has rungs as roles of their own; elsewhere ("the
 * regular one" after an SRE's senior pay) the words are left as they were.
 */
export function plainOnePicked(
  parts: PlainParts,
  text: string,
  context: ConversationContext | undefined,
): string {
  // "what about a regular one" picks as "what about the regular one" does.
  const tokens = tokenize(text).map((t, i, all) =>
    (t === "a" || t === "an") && plainWords.includes(all[i + 1] ?? "") ? "the" : t,
  );
  const word = pickAsked(tokens);
  if (!word || !plainWords.includes(word) || !onlyPicks(tokens)) return text;
  const roles = choicesIn(context).flatMap((id) => parts.kb.roleById.get(id) ?? []);
  const plains = new Set(roles.map((r) => withoutRung(parts, r) ?? r));
  const [plain] = plains;
  const hasRungs = parts.kb.knowledge.roles.some((r) => plain && withoutRung(parts, r) === plain);
  if (!plain || plains.size !== 1 || !hasRungs) return text;
  // Spelt as a pick by name ("the machine learning engineer one"), which keeps the thread's question.
  const phrase = new RegExp(String.raw`\b(?:(?:a|an|the)\s+)?${word}\s+one\b`, "i");
  return text.replace(phrase, `the ${plain.name} one`);
}

/** The question with "a regular one" spelt out as the role named before it without its rung; else as it was. */
export function plainOneSpelt(parts: PlainParts, text: string): string {
  const { rolesByWord } = parts;
  const m = plainOne.exec(text);
  if (!m) return text;
  const before = tokenize(text.slice(0, m.index));
  // The last whole name typed before it, the longest where several end at one word.
  let named: ReturnType<typeof rolesByWord.byWholeName.get>;
  for (let end = before.length; end > 0 && !named; end--)
    for (let start = 0; start < end && !named; start++)
      named = rolesByWord.byWholeName.get(before.slice(start, end).join(" "));
  if (!named) return text;
  const plain = withoutRung(parts, named);
  if (!plain || plain === named) return text;
  const [, word = "", to = ""] = m;
  return `${text.slice(0, m.index)}${word}${to} ${plain.name}${text.slice(m.index + m[0].length)}`;
}
