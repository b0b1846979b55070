/*
 * A career told as a history ("IT helpdesk → QA → now QA engineer", "2 yrs helpdesk, 3 yrs sysadmin"): the
 * jobs held before are the story, not sides of the question. The job held is the one said to be now, or,
 * in a list of spells, the last.
 */
import type { EntityReading, FoundRole } from "../names/entity-reading.js";
import { closePeople } from "../text/held-by-another.js";
import { spellUnits } from "../words/entity-words.js";

/** Words that say a job is the one held now: "now QA engineer", "currently a sysadmin". */
const nowWords = new Set(["now", "currently"]);

/** Words that open a history with where a career began: "started in support, then …". */
const beganWords = new Set(["started", "began", "starting"]);

/** Words that carry a history on to a later job: "…, then 4 yrs as a data analyst", "…, now a network admin". */
const laterWords = new Set(["then", "now", "currently"]);

/**
 * The role said to be held now, named right after "now" ("now QA engineer", "now a network admin"), and
 * where it is said, if any: one named before as a step of the history too ("→ QA → now QA engineer") is held.
 */
function heldNow(tokens: readonly string[], found: readonly FoundRole[]) {
  for (const [n, t] of tokens.entries()) {
    if (!nowWords.has(t)) continue;
    const at = ["a", "an", "as"].includes(tokens[n + 1] ?? "") ? n + 2 : n + 1;
    const held = found.find((f) =>
      f.typed.some((typed) => tokens.slice(at, at + typed.split(" ").length).join(" ") === typed),
    );
    if (held) return { held, at };
  }
  return undefined;
}

/** Verbs that tell a move as made: "went from help desk to sysadmin", "got promoted from qa to dev". */
const movedWords = new Set(["went", "moved", "switched", "promoted", "transitioned", "pivoted", "jumped"]);

/**
 * Someone other than the asker, said before the move as the one who made it ("my coworker went from help
 * desk to sysadmin, what's next for me"): the move is no history of the asker's.
 */
const othersMoving: ReadonlySet<string> = new Set([
  ...closePeople.split("|"),
  ..."he she they we coworker coworkers colleague colleagues teammate boss someone somebody".split(" "),
]);

/** What comes next asked after a history: "what's next?", "now what", "where to next", "next step?". */
const onwardAsked = /\b(?:what'?s|what|where(?: to)?) next\b|\bnow what\b|\bnext (?:step|move)s?\b/;

/**
 * "been in IT 6 yrs (help desk → sysadmin). what's next?", "went from help desk to sysadmin, now what": a
 * move told as made, two roles with only "to" (an arrow reads as "to") between, after a spell of time ("6
 * yrs") or a verb of moving ("went from"), with what comes next asked after it. The later is held; the
 * earlier is the story. Not a move still ahead ("im going from help desk to sysadmin, whats next"), nor one
 * someone else made (`othersMoving`).
 */
function moveMade(tokens: readonly string[], found: readonly FoundRole[]) {
  for (const [n, first] of found.entries()) {
    const second = found[n + 1];
    if (!second || second.role === first.role) continue;
    const firstEnd = first.start + (first.typed[0]?.split(" ").length ?? 1);
    const secondEnd = second.start + (second.typed[0]?.split(" ").length ?? 1);
    if (tokens.slice(firstEnd, second.start).join(" ") !== "to") continue;
    const before = tokens.slice(0, first.start);
    if (before.some((t) => othersMoving.has(t))) continue;
    const told =
      before.some((t, i) => spellUnits.has(t) && /^\d+$/.test(before[i - 1] ?? "")) ||
      (tokens[first.start - 1] === "from" && before.some((t) => movedWords.has(t)));
    if (told && onwardAsked.test(tokens.slice(secondEnd).join(" ")))
      return { held: second, at: second.start };
  }
  return undefined;
}

/** Whether a role is named as a spell of some length: "2 yrs helpdesk". */
const namedAsSpell = (tokens: readonly string[], f: FoundRole) =>
  spellUnits.has(tokens[f.start - 1] ?? "") && /^\d+$/.test(tokens[f.start - 2] ?? "");

/** Words that open a question: said between roles named and the job held now, they ask of those roles. */
const questionWords = new Set([
  "which",
  "what",
  "whats",
  "how",
  "should",
  "would",
  "could",
  "can",
  "who",
  "where",
  "why",
  "is",
  "are",
  "does",
  "do",
]);

/** Whether a question is asked between the last of the roles named before the job held now and "now". */
function askedBetween(tokens: readonly string[], past: readonly FoundRole[], nowAt: number): boolean {
  const last = Math.max(...past.map((f) => f.start + (f.typed[0]?.split(" ").length ?? 1)));
  return past.length > 0 && tokens.slice(last, nowAt).some((t) => questionWords.has(t));
}

/**
 * Drops the roles of a history told before the job held: those before the one said to be now, or before
 * the last of two or more spells. They are no options weighed, nor where a move starts.
 */
export function pastJobsDropped(r: EntityReading): void {
  const { tokens, masked, rolesFound } = r;
  beganMasked(tokens, masked);
  const found = [...rolesFound].sort((a, b) => a.start - b.start);
  const said = heldNow(tokens, found);
  const made = said ? undefined : moveMade(tokens, found);
  const now = said ?? made;
  const spells = found.filter((f) => namedAsSpell(tokens, f));
  const held = now?.held ?? (spells.length >= 2 ? spells[spells.length - 1] : undefined);
  if (!held) return;
  const past = now ? found.filter((f) => f.start < now.at) : spells.filter((f) => f !== held);
  // "software dev or data analyst, which pays better? currently a help desk tech": a question asked of the
  // roles before the job said to be held now; they are its options, no history (before: dropped, the
  // question answered of help desk alone).
  if (now && askedBetween(tokens, past, now.at)) return;
  if (made) r.reachedByMove = held.role;
  // Held now, it is named where "now" says it, not as the history's step.
  if (now && held.start < now.at) held.start = now.at;
  for (const f of past) {
    if (f.role === held.role) continue;
    rolesFound.splice(rolesFound.indexOf(f), 1);
    const end = f.start + (f.typed[0]?.split(" ").length ?? 1);
    for (let i = f.start; i < end; i++) masked[i] = "";
  }
}

/**
 * "started in support, then 4 yrs as a data analyst": "started" tells where the career began, it does not ask
 * how to get started, so in a history carried on to a later job it is left out of what the classifier reads.
 */
function beganMasked(tokens: readonly string[], masked: string[]): void {
  const began = tokens.findIndex((t) => beganWords.has(t));
  if (began < 0 || !tokens.slice(began + 1).some((t) => laterWords.has(t))) return;
  masked[began] = "";
}

/** Words between "i'm" and the job held that say nothing of another: "i'm basically a qa engineer". */
const heldHedges = new Set(
  "basically essentially technically officially kinda kind of sort now currently really actually just a an".split(
    " ",
  ),
);

/** Whether a role is said to be the one held now: "i'm basically a qa engineer", "i am now an sre". */
function saidHeldNow(tokens: readonly string[], f: FoundRole): boolean {
  let i = f.start - 1;
  while (i >= 0 && heldHedges.has(tokens[i] ?? "")) i--;
  const said = tokens[i] === "im" || (tokens[i] === "am" && tokens[i - 1] === "i");
  return said || nowWords.has(tokens[f.start - 1] ?? "") || nowWords.has(tokens[f.start - 2] ?? "");
}

/** Words that set two roles against each other as a comparison asked: "compare x vs y", "x versus y". */
const comparing = new Set(["vs", "versus", "compare", "comparing", "compared"]);

/**
 * "used to be a vet tech. … can you compare mobile developer vs front end developer?": two roles compared in so
 * many words ("vs", "compare") ask of the two; a job held once, told before them, is the story. The first of
 * them, where they are so compared.
 */
function rolesCompared(tokens: readonly string[], rolesFound: readonly FoundRole[]): FoundRole | undefined {
  const [first, second] = rolesFound;
  if (!first || !second) return undefined;
  const between = tokens.slice(first.end, second.start);
  const asked = tokens.slice(Math.max(0, first.start - 4), first.start);
  return between.some((t) => comparing.has(t)) || asked.some((t) => comparing.has(t)) ? first : undefined;
}

/** Words right before an occupation that say it was held once: "was a store manager", "former teacher". */
const heldOnce = /(?:\bwas an?|\bused to be an?|\bformer|\bformerly an?|\bex)$/;

/**
 * "i was a store manager for 8 yrs then got moved to systems ... i'm basically a qa engineer": an occupation
 * held once, told before a role said held now, is the story, not where a move starts nor a side weighed
 * (otherwise: the move from General and Operations Managers, the roles the question set side by side lost).
 */
export function pastOccupationsDropped({ tokens, masked, rolesFound, occupations }: EntityReading): void {
  const heldRole = rolesFound.find((f) => saidHeldNow(tokens, f)) ?? rolesCompared(tokens, rolesFound);
  if (!heldRole) return;
  for (const o of [...occupations]) {
    const before = tokens.slice(Math.max(0, o.start - 4), o.start).join(" ");
    if (o.start > heldRole.start || !heldOnce.test(before)) continue;
    occupations.splice(occupations.indexOf(o), 1);
    const end = o.start + o.entry.typed.split(" ").length;
    for (let i = o.start; i < end; i++) masked[i] = "";
  }
}
