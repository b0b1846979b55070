/*
 * "loss prevention pay": a line of work named with no job's head, which no list holds as a title. Where the
 * official titles that go on from those words ("Loss Prevention Officer", "Loss Prevention Manager", "Loss
 * Prevention Agent") are of a few occupations, the words stand for one of them: read as a title O*NET lists
 * under each, so the answer asks back which (or gives the one). Before, it was "I don't cover loss
 * preventions", as if it were a job no source knows.
 */
import { tokenize } from "../../knowledge/core/text.js";
import { roleThatIs } from "../../knowledge/role-that-is.js";
import { type EntityReading, officialOccupation } from "../names/entity-reading.js";

/** The most occupations a function's titles may fall under and still be asked back (the question back's five). */
const mostOccupations = 5;

/**
 * Reads a job-like phrase no list knew (`typed`, as the unknown-title steps found it) as the occupations its
 * words begin titles of; true where it did.
 */
export function functionNamedRead(r: EntityReading, typed: string | undefined): boolean {
  const { kb, tokens } = r;
  const titles = r.official?.titles;
  if (!typed || !titles) return false;
  const words = tokenize(typed);
  // Its own words only, and no head of jobs among them: "loss prevention", not "pest control technician".
  if (words.length < 2 || words.length > 3 || words.some((w) => titles.isTitleHead(w))) return false;
  const start = tokens.findIndex((_, i) => words.every((w, k) => tokens[i + k] === w));
  if (start < 0 || r.taken.slice(start, start + words.length).some(Boolean)) return false;
  const socs = titles.socsBeginning(typed);
  if (socs.length === 0 || socs.length > mostOccupations) return false;
  const span = { start, end: start + words.length };
  const [soc = ""] = socs;
  const role = socs.length === 1 ? roleThatIs(kb, soc) : undefined;
  if (role) r.addRole(role, span);
  else r.addUncovered({ occupation: officialOccupation(kb, soc), typed, official: socs }, start);
  r.claim(span, "xrole");
  return true;
}
