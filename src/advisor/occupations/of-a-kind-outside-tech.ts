/*
 * "Which manager do you mean?" offers the curated roles of that kind, which are tech's; the official layer
 * holds managers of every other kind too (Financial Managers, Food Service Managers), and a reply naming
 * one is read ("restaurant" → Food Service Managers). The question back says so, with the commonest of
 * them as examples, so that no one takes the tech roles for all there is.
 */
import type { KnowledgeBase } from "../../knowledge/base.js";
import { tokenize } from "../../knowledge/core/text.js";
import { singular } from "../../official/titles.js";
import { curatedRolesFor } from "./official-occupation.js";

/**
 * The official occupations outside tech whose own title names a kind of the word ("financial managers"
 * for "manager"), the most employed first, at most `count`, each as the title's main part in lower case.
 * Only titles of two or three words: "Managers, All Other" names no kind.
 */
export function kindsOutsideTech(kb: KnowledgeBase, word: string, count = 2): string[] {
  const occupations = [...(kb.official?.bySoc.values() ?? [])];
  return occupations
    .filter((o) => !o.soc.startsWith("15-") && curatedRolesFor(kb, o.soc).length === 0)
    .map((o) => {
      const employed = o.pay?.employment;
      return {
        words: tokenize(o.title.split(",")[0] ?? ""),
        employed: typeof employed === "number" ? employed : 0,
      };
    })
    .filter(({ words }) => words.length >= 2 && words.length <= 3 && singular(words.at(-1) ?? "") === word)
    .sort((a, b) => b.employed - a.employed)
    .slice(0, count)
    .map(({ words }) => words.join(" "));
}
