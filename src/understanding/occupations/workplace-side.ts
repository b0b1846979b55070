/*
 * "from fast food to it support", "should i move from construction into data analyst": where someone works,
 * said as the place or line of work ("fast food", "construction"), standing as the side a move starts from,
 * is the occupation of the people who work there, as its workers' title names it ("fast food worker",
 * "construction worker"), as "trucking" is the trucker's (`job-activity.ts`). Otherwise the start was dropped
 * and only the way into the role given, or words of it ("fast") found an unrelated section. Only as the start
 * of a move: elsewhere such words are the work talked about ("a construction company"). A line of business
 * whose workers are of many jobs ("healthcare", "banking") is read as one, for the answer to say so.
 */
import {
  type EntityReading,
  listedTitle,
  officialOccupation,
  type UncoveredOccupation,
} from "../names/entity-reading.js";
import { moveVerbs, toMarkers } from "../words/entity-words.js";

/** Ways of working, not places of work: "from office to remote", "from home to onsite". */
const workArrangements: ReadonlySet<string> = new Set(
  "office home remote hybrid onsite inperson wfh".split(" "),
);

/** The most words a place of work takes: "fast food", "call center". */
const longestPlace = 2;

/**
 * The occupation of those who work at a place: its workers' title in the occupations list, else the one
 * official occupation whose own title it is (several: the question back says which, as for "cooking").
 */
function workersOf(r: EntityReading, place: string): UncoveredOccupation | undefined {
  const { kb, v, official } = r;
  const title = `${place} worker`;
  const listed = listedTitle(v, title);
  if (listed) return { occupation: listed, typed: place };
  const socs = (official?.titles.lookup(title) ?? []).filter((s) => official?.titles.readsAs(title, s));
  const [soc] = socs;
  return soc ? { occupation: officialOccupation(kb, soc), typed: place, official: socs } : undefined;
}

/** Words between "in" or "as" and what follows: "in a call center", "as a data analyst". */
const articles: ReadonlySet<string> = new Set(["a", "an", "the"]);

/** Words of leaving a place of work, after which "for" says where the move leads: "leaving healthcare for". */
const leavingWords: ReadonlySet<string> = new Set("leave leaving left quit quitting".split(" "));

/**
 * Whether the words from `start` to `end` start a move: "from" right before them, and a word of where it
 * leads ("to", "into") right after; or opening the message before that word ("fast food to it support");
 * or left for where it leads ("leaving healthcare for data analytics").
 */
function startsMove(tokens: readonly string[], start: number, end: number): boolean {
  // "from office to remote work": where the work is done, changed, no workplace left.
  if (workArrangements.has(tokens[start] ?? "") || workArrangements.has(tokens[end + 1] ?? "")) return false;
  const leadsOn = toMarkers.has(tokens[end] ?? "");
  const leftFor = leavingWords.has(tokens[start - 1] ?? "") && tokens[end] === "for";
  // "realistic to go warehouse → help desk": a verb of moving right before says the move starts there too.
  const opensMove = tokens[start - 1] === "from" || start === 0 || goingWords.has(tokens[start - 1] ?? "");
  return (leadsOn && opensMove) || leftFor;
}

/** Verbs of moving said right before where a move starts, "from" left out: "go warehouse to help desk". */
const goingWords: ReadonlySet<string> = new Set(["go", "going", "went", ...moveVerbs]);

/**
 * "from healthcare to data analyst", "call center to it support worth it?": a line of business whose
 * workers' title names no one occupation (`language/sectors.yaml`), as the start of a move to a role named
 * after it, is read as a line of business: the answer says so and weighs the job it leads to (otherwise:
 * the start dropped, or a job of the same words read instead).
 */
function lineOfBusiness(r: EntityReading, place: string, end: number): UncoveredOccupation | undefined {
  if (!r.v.sectorWords.has(place)) return undefined;
  // A role, or IT the field, where it leads: a move between two occupations weighs their figures, which a
  // line of business has none of (the occupation named is answered alone, as it was). Not the job done
  // there: "i work in healthcare as a data analyst".
  const roleAfter =
    r.rolesFound.some((f) => f.start >= end && !heldAs(r.tokens, f.start)) ||
    [...r.itField].some((i) => i >= end);
  if (!roleAfter) return undefined;
  return {
    occupation: { name: place, tech: false, near: [], titles: [place] },
    typed: place,
    lineOfBusiness: true,
  };
}

/** Whether the job at `start` is said as the one done: "as a data analyst", "as an analyst", "as dba". */
const heldAs = (tokens: readonly string[], start: number): boolean =>
  tokens[start - 1] === "as" || (articles.has(tokens[start - 1] ?? "") && tokens[start - 2] === "as");

/** Words before "in" that say the asker works there: "i work in healthcare", "been in hospitality 5 years". */
const workingIn: ReadonlySet<string> = new Set("work works working worked im been".split(" "));

/**
 * "i work in healthcare, want to be a data analyst", "been in a call center 3 yrs": the place where the
 * asker works, said of themselves, is where a move to the role named after it starts, as "from" says.
 */
function workedIn(tokens: readonly string[], start: number): boolean {
  const at = articles.has(tokens[start - 1] ?? "") ? start - 1 : start;
  return tokens[at - 1] === "in" && workingIn.has(tokens[at - 2] ?? "");
}

/** Words after a line of business worked in that say the asker means to leave it for the job named next. */
const movingOn =
  /^(?:[^.?!]*?\b)?(?:want(?:s|ing)? to (?:be|become|get|go|move|switch|try)|wanna (?:be|get|go|move|switch)|(?:move|moving|switch|switching|transition|transitioning|pivot|pivoting|get|getting|go|going|break|breaking) (?:into|to|over)|become|becoming|thinking (?:about|of)|considering|leave|leaving|career change)\b/i;

/**
 * "i work in banking, want to move into cybersecurity": the asker means to leave the line of business for the
 * job named after it; not "i work in finance as a data analyst, would …", nor "i work in banking, what does
 * a data analyst make there", which ask of the job in that business (review of the session's rules).
 */
function movesOnFrom(tokens: readonly string[], end: number): boolean {
  if (tokens[end] === "as") return false;
  return movingOn.test(tokens.slice(end).join(" "));
}

/** Whether the words from `start` to `end` are where a move starts: after "from", or where the asker works. */
export const startsMoveAt = (tokens: readonly string[], start: number, end: number): boolean =>
  startsMove(tokens, start, end) || workedIn(tokens, start);

/** Places of work among the words left that start a move and name their workers' occupation or their line of business. */
export function workplaceSideRead(r: EntityReading): void {
  const open = r.open();
  for (let at = 0; at < open.length; at++) {
    for (let size = longestPlace; size >= 1; size--) {
      const words = open.slice(at, at + size);
      if (words.length < size || !words.every((w) => /^[a-z]{3,}$/.test(w))) continue;
      const place = words.join(" ");
      // Where the asker works, said of themselves ("i work in a warehouse"), other readings take as the job
      // held; only a line of business is read here so.
      const workers = startsMove(r.tokens, at, at + size)
        ? (workersOf(r, place) ?? lineOfBusiness(r, place, at + size))
        : workedIn(r.tokens, at) && movesOnFrom(r.tokens, at + size)
          ? lineOfBusiness(r, place, at + size)
          : undefined;
      if (!workers) continue;
      r.addUncovered(workers, at);
      r.claim({ start: at, end: at + size }, "xrole");
      return;
    }
  }
}
