/*
 * "unrelated but cyber security analyst vs security engineer pay??", "different question, what do nurses
 * make", "totally diff q - ...", "new q: ...": a message that says it changes the subject asks afresh. What
 * it says after is read on its own, with nothing of the thread (no role, place, level or employer carried);
 * otherwise a place asked before ("no Seattle figure") came with an answer about other roles.
 */

/** Words before the change of subject that say nothing: "ok", "also", "btw". */
const lead = String.raw`(?:(?:ok|okay|so|also|hey|btw|oh|and|anyway|anyways)[\s,]+)*`;

/** How strongly the change is said: "totally diff q", "a different question". */
const degree = String.raw`(?:(?:totally|completely|kinda|slightly|somewhat|a|an|quick|one)\s+)*`;

/** "unrelated", "off topic": said alone, then a comma or "but" before the new question. */
const bare =
  "(?:unrelated|off[- ]?topic|changing (?:the )?(?:subject|topic)|switching gears|on (?:a|another) (?:different |separate )?note)";

/** "different question", "diff q", "new q", "separate topic": a new question named as such. */
const named = String.raw`(?:(?:unrelated|different|diff|new|separate|random|another|other|off[- ]?topic)\s+(?:q|qn|qs|question|topic|subject|thing))`;

const changed = new RegExp(
  String.raw`^${lead}${degree}(?:${named}(?:\s*[,:;.!?—–-]+\s*|\s+(?:but|though|tho)\b[\s,:;—–-]*|\s+)|${bare}(?:\s*[,:;.!?—–-]+\s*|\s+(?:but|though|tho)\b[\s,:;—–-]*))(?=\S)`,
  "i",
);

/** The question after a change of subject said at its start, or undefined where none is said. */
export function subjectChangeDropped(message: string): string | undefined {
  const m = changed.exec(message.trim());
  return m ? message.trim().slice(m[0].length) : undefined;
}
