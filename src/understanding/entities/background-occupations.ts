/*
 * Occupations told as where the asker comes from, beside a question asked of roles: they are the story, not
 * a side of the question.
 */
import type { EntityReading } from "../names/entity-reading.js";

/** Drops an occupation read, with its words from what the classifier reads. */
function dropped({ occupations, masked }: EntityReading, o: EntityReading["occupations"][number]): void {
  occupations.splice(occupations.indexOf(o), 1);
  const end = o.start + o.entry.typed.split(" ").length;
  for (let i = o.start; i < end; i++) masked[i] = "";
}

/**
 * "sys admin vs netwrok admin which pays more? ex army 25B, did 6 yrs signal": a service left (the military)
 * told beside two or more roles weighed is where the asker comes from, not a third side of the question.
 * Read as a side, the answer began "I don't cover Soldiers yet, so they are left out". One role named beside
 * it ("army vet, thinking network admin") keeps the move from the service.
 */
export function serviceInBackgroundDropped(r: EntityReading): void {
  if (new Set(r.rolesFound.map((f) => f.role)).size < 2) return;
  for (const o of [...r.occupations]) if (o.entry.occupation.service) dropped(r, o);
}

/**
 * "call centre rep 6 yrs, basically tier 1 tech support … is help desk → sysadmin the normal path?": a move
 * between two roles said as "X to Y" (an arrow is read as "to") is asked of them; an occupation told beside
 * it is the story (otherwise: the move from Customer Service Representatives, the step asked about lost).
 */
export function occupationBesideRoleMoveDropped(r: EntityReading): void {
  const { rolesFound, occupations, tokens, job, masked } = r;
  if (occupations.length === 0 || new Set(rolesFound.map((f) => f.role)).size < 2) return;
  const occupationAt = (i: number) => occupations.some((o) => o.start === i);
  // Where the claim the word at `i` belongs to starts: its placeholder, the words after it blank.
  const claimStart = (i: number) => {
    let j = i;
    while (j > 0 && masked[j] === "") j--;
    return j;
  };
  const moveSaid = tokens.some(
    (t, i) =>
      t === "to" &&
      job[i - 1] === true &&
      job[i + 1] === true &&
      masked[i + 1] === "xrole" &&
      !occupationAt(i + 1) &&
      !occupationAt(claimStart(i - 1)),
  );
  if (!moveSaid) return;
  for (const o of [...occupations]) dropped(r, o);
}

/** Words right before an occupation that tell it as the asker's own: "im a", "i was a", "former", "retired". */
const toldAsOwn =
  /(?:\b(?:im|i am|i was|was|ive been|i've been)(?: an?)?(?: former| retired| ex)?|\bformer|\bex|\bretired(?: an?)?)$/;

/** Words before an occupation asked of by a question of it: "what do", "how much does a", "what would the". */
const askedOf = /\b(?:what|how much)\s+(?:do|does|did|would|will|can|could)(?:\s+(?:an?|the))?$/;

/**
 * "im a former police officer, retired after 20 yrs. what do private investigators make", "i was a nurse for
 * 15 years. what do medical coders make": of the occupations read, one told as the asker's own goes after
 * one a question asks of ("what do … make"), which leads the answer (the asker's is set beside it).
 * Anywhere else ("im an lpn, is it worth going back for rn", a move; "im a paralegal and my friend is a court
 * reporter, who makes more") the order is as named.
 */
export function occupationsAskedFirst(
  tokens: readonly string[],
  occupations: EntityReading["occupations"],
): EntityReading["occupations"] {
  const named = [...occupations].sort((x, y) => x.start - y.start);
  const before = (o: (typeof named)[number]) => tokens.slice(Math.max(0, o.start - 4), o.start).join(" ");
  const own = named.filter((o) => toldAsOwn.test(before(o)));
  const asked = named.filter((o) => !own.includes(o) && askedOf.test(before(o)));
  return own.length === 0 || asked.length === 0
    ? named
    : [...asked, ...named.filter((o) => !asked.includes(o))];
}
