import type { Role } from "../../knowledge/core/schema.js";
import { sideReplaced } from "../words/side-offered.js";

/*
 * "backend instead of full stack", "swap full stack for backend", "actually backend not full stack" after
 * "front end vs full stack": a follow-up that names one role of the set shown side by side and one new,
 * with words that put one in the other's place. The set again with the new role where the old one stood
 * ("Front-End vs Back-End"), not the two named alone set against each other (which drops front end and
 * keeps full stack, the side taken back).
 */

/**
 * The thread's set with the role named anew in the place of the one of the set named beside it; undefined
 * unless exactly one of the two is in the set, the set has two or more, and words of replacing are said.
 */
export function setWithSideSwapped(
  text: string,
  named: readonly Role[],
  set: readonly Role[],
): Role[] | undefined {
  if (named.length !== 2 || set.length < 2 || !sideReplaced(text)) return undefined;
  const old = named.filter((role) => set.includes(role));
  const anew = named.filter((role) => !set.includes(role));
  const [out] = old;
  const [into] = anew;
  if (old.length !== 1 || anew.length !== 1 || !out || !into) return undefined;
  return set.map((role) => (role === out ? into : role));
}
