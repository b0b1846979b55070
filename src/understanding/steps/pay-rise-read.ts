/*
 * "how fast does it go up" after IT support's pay, "does pay go up a lot with experience": how pay rises with
 * the years, which no source gives by years; what the knowledge has is how far the role's pay runs, from the
 * lowest paid tenth to the highest, and the answer says first that it has nothing by years
 * (advisor/ask/left-aside.ts). Before, it was read as how to get in, or what experience the role asks (r88).
 */
import type { Understanding } from "../shape/understanding.js";
import { asksPayRise } from "../words/question-asks.js";
import { asPayOfOneRole } from "./pay-of-one-role.js";

/** A question of how one role's pay rises, read as a question of its pay. */
export const payRiseRead = (u: Understanding): Understanding => (asksPayRise(u.text) ? asPayOfOneRole(u) : u);
