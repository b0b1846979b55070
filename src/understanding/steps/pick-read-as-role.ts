/*
 * "how do i get the top one" after a ranking: a reply that picks one of the thread's roles asks something of
 * that role. The classifier sees only the words, and "how do i get the …" leans it to help with the bot
 * ("how do i get the trend digest"); read again with the pick said as a role, it reads as a question of the
 * role. The job itself asked how to get ("how would i land the top one") is its way in, however unsure the
 * classifier is of words no example has.
 */
import type { Classification } from "../intent/classifier.js";
import type { Intent } from "../intent/intents.js";
import type { PipelineParts } from "../shape/pipeline-parts.js";
import { confidentAt } from "../shape/understanding.js";
import { onlyPicks, placeOf, pointsAtPlace } from "../thread/thread-pick.js";

/** Readings no question about one role has: help with the bot, small talk. */
const notOfARole: ReadonlySet<Intent> = new Set(["help", "greeting"]);

/** Place words beside the numbered ones: "the other one", "the latter". */
const placeWords = new Set(["other", "latter", "former"]);

/** The masked words with the pick ("the top one") said as a role; undefined where no pick is said. */
function pickSaidAsRole(masked: readonly string[]): string[] | undefined {
  const at = masked.findIndex(
    (w, i) => pointsAtPlace.has(masked[i - 1] ?? "") && (placeOf(w) !== undefined || placeWords.has(w)),
  );
  if (at < 1) return undefined;
  const end = masked[at + 1] === "one" ? at + 2 : at + 1;
  return [...masked.slice(0, at - 1), "xrole", ...masked.slice(end)];
}

/** The job asked how to get, the pick said as a role: "how do i get xrole", "how would i land xrole". */
const jobToGet =
  /\bhow (?:do|can|could|would|should|to|does)\s+(?:(?:i|you|u|someone|one)\s+)?(?:get|land|become|snag|score)\s+(?:(?:a|an|the)\s+)?xrole$/;

/**
 * The classifier's reading of a message that picks one of the thread's roles: read again with the pick said
 * as a role where the first reading was one no question about a role has; otherwise as it was.
 */
export function pickReadAsRole(
  parts: PipelineParts,
  masked: readonly string[],
  classified: Classification,
  picksRole: boolean,
): Classification {
  // "the 2nd one" alone asks the thread's question again of it, as the thread rules read it.
  const said = picksRole && !onlyPicks([...masked]) ? pickSaidAsRole(masked) : undefined;
  if (!said) return classified;
  if (jobToGet.test(said.join(" ")))
    return { intent: "gettingStarted", confidence: Math.max(classified.confidence, confidentAt) };
  if (!notOfARole.has(classified.intent)) return classified;
  const again = parts.classifier.classify(said, parts.isRealWord);
  return notOfARole.has(again.intent) ? classified : again;
}
