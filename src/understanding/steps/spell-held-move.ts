import type { Understanding } from "../shape/understanding.js";

/*
 * "been doing 1st line support for 2 years, want to get to network administrator, what do i need": how long
 * the job held has been held, told beside a move from it, is who asks, not a question of experience. The
 * spell of years leaned the words to experience, and the answer gave the end's experience alone, not the
 * move (r fixA). Experience asked in words of its own ("how much experience", "how many years", "is that
 * enough") keeps its reading.
 */

/** Words that ask about experience itself: "experience", "how many years", "years of", "is that enough". */
const experienceAsked = /\bexp(?:erience)?\b|\bhow (?:many|much|long)\b|\byears? of\b|\benough\b/i;

/** A move told with the spell the job it starts from was held, read as the move. */
export function spellHeldMoveRead(u: Understanding): Understanding {
  const { from, to } = u;
  if (u.intent !== "experience" || !from || !to || from === to || experienceAsked.test(u.text)) return u;
  return { ...u, intent: "gap" };
}
