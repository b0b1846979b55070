/*
 * "the one that builds pipelines", "the one who makes dashboards" after a list or a comparison of roles: a
 * role described by its work, not named. The description is read against what each of the roles offered
 * does (its summary and duties, as its sources say): one role is picked only where it clearly matches, with
 * more of the description's words than any other and at least one no other has; where several fit as
 * well, they are asked back, never guessed between (otherwise: the tools of ML pipelines, or a
 * question back of what to know of all three).
 */
import type { Role } from "../../knowledge/core/schema.js";
import { stem, tokenize } from "../../knowledge/core/text.js";
import { questionWords } from "../words/entity-words.js";
import { growthWords, payWords } from "../words/topic-words.js";

/** "the one that builds pipelines", "ok the role who does the reporting", "the one building pipelines". */
const describedOne =
  /^(?:(?:ok|okay|so|and|um|hmm|well|oh|i mean|i meant|just|only|what about|how about)\s+)*the\s+(?:one|role|job|person|guy)\s+(?:(?:that|who|which)\s+(.+)|(\w+ing\b.*))$/;

/** Words of a description that say nothing of the work: "the one that does stuff all day". */
const saysNothing = new Set([
  "one",
  "ones",
  "thing",
  "things",
  "stuff",
  "mostly",
  "mainly",
  "all",
  "lot",
  "lots",
]);

/**
 * A description by a measure ("the one that makes more", "the one that grows fastest"): a pick by pay or
 * growth, which the picks by measure read, never a duty.
 */
const byMeasure =
  /\b(?:more|most|less|least|better|best|worse|worst|higher|highest|lower|lowest|fewer|fewest)\b/;

/** A reply describing one of the roles before it: the one it clearly is, else those it fits equally. */
export interface DescribedPick {
  role?: Role;
  /** The roles offered, those the description fits best first, when it fits none clearly. */
  unclear?: Role[];
  /** Of those, the ones it fits best, as well as each other (two at least). */
  best?: Role[];
  /** The description as typed ("builds pipelines"). */
  said: string;
}

/** What a role does, as the stems of its summary and duties. */
const workStems = (role: Role) =>
  new Set(tokenize([role.summary, ...role.responsibilities].join(" ")).map(stem));

/**
 * The role a reply describes among those offered, or those it fits as well as each other; undefined when the
 * reply describes no role ("the second one") or fits none of them by its words ("the one that pays more").
 */
export function describedPick(tokens: readonly string[], roles: readonly Role[]): DescribedPick | undefined {
  const m = describedOne.exec(tokens.join(" "));
  const said = (m?.[1] ?? m?.[2] ?? "").trim();
  if (!said || byMeasure.test(said) || roles.length < 2) return undefined;
  const words = tokenize(said).filter(
    (w) => !questionWords.has(w) && !saysNothing.has(w) && !payWords.has(w) && !growthWords.has(w),
  );
  if (words.length === 0) return undefined;
  const stems = [...new Set(words.map(stem))];
  const fits = roles.map((role) => {
    const does = workStems(role);
    return { role, matched: stems.filter((s) => does.has(s)) };
  });
  const ranked = [...fits].sort((a, b) => b.matched.length - a.matched.length);
  const [top, next] = ranked;
  if (!top || top.matched.length === 0) return undefined;
  // Its own word: one of the description's that no other role's work has ("pipelines", "dashboards").
  const ownWord = top.matched.some((s) => fits.every((f) => f === top || !f.matched.includes(s)));
  if (ownWord && top.matched.length > (next?.matched.length ?? 0)) return { role: top.role, said };
  // Those it fits best, or, where one fits best by words all others share, every one it fits.
  const tied = ranked.filter((f) => f.matched.length === top.matched.length);
  const best = (tied.length > 1 ? tied : ranked.filter((f) => f.matched.length > 0)).map((f) => f.role);
  return { unclear: ranked.map((f) => f.role), best, said };
}
