/*
 * "from fast food to it support", "should i move from construction into data analyst": where someone works,
 * said as the place or line of work ("fast food", "construction"), standing as the side a move starts from,
 * is the occupation of the people who work there, as its workers' title names it ("fast food worker",
 * "construction worker"), as "trucking" is the trucker's (`job-activity.ts`). Otherwise the start was dropped
 * and only the way into the role given, or words of it ("fast") found an unrelated section. Only as the start
 * of a move: elsewhere such words are the work talked about ("a construction company").
 */
import {
  type EntityReading,
  listedTitle,
  officialOccupation,
  type UncoveredOccupation,
} from "../names/entity-reading.js";
import { toMarkers } from "../words/entity-words.js";

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

/**
 * Whether the words from `start` to `end` start a move: "from" right before them, and a word of where it
 * leads ("to", "into") right after; or opening the message before that word ("fast food to it support").
 */
function startsMove(tokens: readonly string[], start: number, end: number): boolean {
  // "from office to remote work": where the work is done, changed, no workplace left.
  if (workArrangements.has(tokens[start] ?? "") || workArrangements.has(tokens[end + 1] ?? "")) return false;
  const leadsOn = toMarkers.has(tokens[end] ?? "");
  return leadsOn && (tokens[start - 1] === "from" || start === 0);
}

/** Places of work among the words left that start a move and name their workers' occupation. */
export function workplaceSideRead(r: EntityReading): void {
  const open = r.open();
  for (let at = 0; at < open.length; at++) {
    for (let size = longestPlace; size >= 1; size--) {
      const words = open.slice(at, at + size);
      if (words.length < size || !words.every((w) => /^[a-z]{3,}$/.test(w))) continue;
      if (!startsMove(r.tokens, at, at + size)) continue;
      const workers = workersOf(r, words.join(" "));
      if (!workers) continue;
      r.addUncovered(workers, at);
      r.claim({ start: at, end: at + size }, "xrole");
      return;
    }
  }
}
