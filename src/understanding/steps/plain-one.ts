/*
 * "what does a lead ml make vs a regular one", "senior … or a normal one": a role whose name begins with a
 * rung ("Lead Machine Learning Engineer") set against "a regular one" is set against the same role without
 * the rung (Machine Learning Engineer), spelt out so that the question reads as a comparison of the two.
 */
import { tokenize } from "../../knowledge/core/text.js";
import type { PipelineParts } from "../shape/pipeline-parts.js";
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

/** The question with "a regular one" spelt out as the role named before it without its rung; else as it was. */
export function plainOneSpelt(
  { kb, rolesByWord }: Pick<PipelineParts, "kb" | "rolesByWord">,
  text: string,
): string {
  const m = plainOne.exec(text);
  if (!m) return text;
  const before = tokenize(text.slice(0, m.index));
  // The last whole name typed before it, the longest where several end at one word.
  let named: ReturnType<typeof rolesByWord.byWholeName.get>;
  for (let end = before.length; end > 0 && !named; end--)
    for (let start = 0; start < end && !named; start++)
      named = rolesByWord.byWholeName.get(before.slice(start, end).join(" "));
  if (!named) return text;
  const [first, ...rest] = tokenize(named.name);
  const rung = first !== undefined && (rungsAlways.has(first) || kb.levels.lookup(first)?.distance === 0);
  const plain = rung ? rolesByWord.byWholeName.get(rest.join(" ")) : undefined;
  if (!plain || plain === named) return text;
  const [, word = "", to = ""] = m;
  return `${text.slice(0, m.index)}${word}${to} ${plain.name}${text.slice(m.index + m[0].length)}`;
}
