/*
 * "how do i move up from senior to staff data scientist", "junior to senior sre how": a step from one
 * level to the next within the role named is a promotion, asked as the role's career path, not a move
 * into the role from outside it (whose answer would be how to become one).
 */
import { namedJobs } from "../entities/entities.js";
import type { Intent } from "../intent/intents.js";
import type { PipelineParts } from "../shape/pipeline-parts.js";
import type { Understanding } from "../shape/understanding.js";
import { levelReached } from "../words/rung-words.js";
import { threatAsked } from "../words/timing-words.js";
import { payAsked } from "../words/topic-words.js";

type LevelParts = Pick<PipelineParts, "kb" | "vocabularies">;

/**
 * Whether a word is a level the knowledge has figures for, a rank above them ("staff", "principal") or an
 * employer's name for a level ("e5").
 */
const isLevel = ({ kb, vocabularies }: LevelParts, word: string | undefined) =>
  word !== undefined &&
  (kb.levels.lookup(word)?.distance === 0 ||
    vocabularies.unlistedLevels.lookup(word)?.distance === 0 ||
    // An employer's name for a level ("e5 to e6"), not a bare number ("60 to 65" is a range of amounts).
    (!/^\d+$/.test(word) && kb.companyLevels.lookup(word)?.distance === 0));

/** "from senior to staff", "junior to senior", "mid level to senior": two levels joined by "to". */
const levelToLevel = (parts: LevelParts, tokens: string[]) =>
  tokens.some(
    (t, i) =>
      t === "to" &&
      (isLevel(parts, tokens[i - 1]) || isLevel(parts, tokens.slice(i - 2, i).join(" "))) &&
      isLevel(parts, tokens[i + 1]),
  );

/**
 * Readings a step between levels is taken for: the path itself (however unsure), a move or a way in ("how
 * do i get to staff"), what the role does ("what does it take"), or its pay where no word asks pay (the
 * levels alone lean to it: "senior to staff swe"). Skills, outlook and pay asked keep their answers.
 */
const readAsEntry: ReadonlySet<Intent> = new Set<Intent>([
  "path",
  "gap",
  "gettingStarted",
  "responsibilities",
  // "how many years from junior to senior data engineer": the years asked are the step's, not the role's.
  "experience",
]);

/** The question read as the one role's career path where it asks a step between two levels of it. */
export function promotionRead(parts: LevelParts, u: Understanding, tokens: string[]): Understanding {
  // "how long until i'm senior", "how fast will i grow to staff": the time to a level above is a step too,
  // whose "grow" is the person's, not the market's (no outlook).
  // "how long before staff engineers get replaced by ai": what may take the work, not a step up to staff.
  if (threatAsked(u.text) !== undefined) return u;
  // "what does it take to get to staff as a backend eng": a level reached within the role, the time asked or not.
  const reached = levelReached(u.text) !== undefined;
  const entryRead = readAsEntry.has(u.intent) || (reached && u.intent === "outlook");
  if (!entryRead && !(u.intent === "salary" && !payAsked.test(u.text))) return u;
  if (!levelToLevel(parts, tokens) && !reached) return u;
  // "how do i go from senior to principal", naming no job: the path of the thread's one role ("how can i go
  // from junior to staff" after "sre salary"), else of a role to ask which.
  const namesNoJob = namedJobs(u.entities) === 0;
  const ofOneRole = u.roles.length === 1 && (u.entities.roles.length === 1 || namesNoJob);
  if (!ofOneRole && !(namesNoJob && u.roles.length === 0)) return u;
  const { from: _from, to: _to, ...rest } = u;
  return { ...rest, intent: "path", confidence: 1, ...(ofOneRole ? {} : { levelStep: true as const }) };
}
