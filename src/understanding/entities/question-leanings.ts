/*
 * What a question does beyond what it names: leans on what came before ("it", "that role"), weighs a
 * decision ("should I", "worth it"), or is about changing roles ("switch", "out of").
 */
import type { EntityReading } from "../names/entity-reading.js";
import {
  goesFor,
  moveWords,
  pronounPhrases,
  pronouns,
  wantsOut,
  weighingPhrases,
  weighingWords,
} from "../words/entity-words.js";

/** "out of" a job is leaving it; "straight out of school" is when someone starts, not a move. */
const leavingSaid =
  / out of (?!(?:high |grad |law )?(?:school|college|uni|university|a bootcamp|bootcamp)\b)/;

/**
 * "and if i took it out of seattle", "working out of austin", "based out of denver": a job done out of a
 * place is done there, the place where its pay is asked, no job left. Not "moving out of seattle", which
 * leaves the place.
 */
const workedOutOfPlace =
  / (?:took|take|taking|takes|did|do|doing|does|work|worked|working|works|based|run|running|runs|ran|it|job|role|position|offer|remotely) out of xplace /;

export interface Leanings {
  pronoun: boolean;
  weighing: boolean;
  moving: boolean;
}

/** The question's words with each entity's placeholder, as one string spaced at both ends. */
const masked = (r: EntityReading) => ` ${r.masked.filter(Boolean).join(" ")} `;

export function leaningsOf(r: EntityReading): Leanings {
  const { tokens, itField, rolesFound } = r;
  const text = ` ${tokens.join(" ")} `;
  return {
    pronoun:
      tokens.some((t, i) => pronouns.has(t) && !itField.has(i)) ||
      pronounPhrases.some((p) => text.includes(` ${p} `)),
    weighing:
      tokens.some((t) => weighingWords.has(t)) || weighingPhrases.some((p) => text.includes(` ${p} `)),
    // "should i go for data architect": going for a role named is a move too.
    moving:
      tokens.some((t) => moveWords.has(t)) ||
      text.includes(" career change ") ||
      (leavingSaid.test(text) && !workedOutOfPlace.test(masked(r))) ||
      wantsOut.test(text) ||
      rolesFound.some((f) => goesFor(tokens, f.start)),
  };
}
