import type { ConversationContext } from "./conversation-state.js";

/*
 * "and at the first company", "what about the other employer", "back to the previous company" after a
 * role's pay asked at one employer, then at another: one of the employers the thread named, picked by its
 * place. The question is read as if it named that employer, so its pay there is asked again (otherwise:
 * "the first" picked nothing among one role, and the question was asked back).
 */

/** A place among the thread's employers, with the noun that says they are employers: "the first company". */
const employerPlaced =
  /\bthe (first|1st|second|2nd|other|previous|earlier|original) (?:company|employer|firm|one of the (?:companies|employers))\b/i;

/**
 * The employers a thread named, oldest first: all it asked pay at, its roles changed or not; else those
 * before the one now (kept latest first), then it.
 */
function employersInOrder(context: ConversationContext | undefined): string[] {
  if (!context?.company) return [];
  return context.employersNamed ?? [...(context.companiesBefore ?? [])].reverse().concat(context.company);
}

/** The employer a place picks among those named, oldest first; undefined where it picks none. */
function employerAt(place: string, named: readonly string[], now: string): string | undefined {
  switch (place.toLowerCase()) {
    case "first":
    case "1st":
    case "original":
      return named[0];
    case "second":
    case "2nd":
      return named[1];
    // "the other company" of two: the one the thread is not on now.
    case "other":
      return named.length === 2 ? named.find((c) => c !== now) : undefined;
    // "the previous company": the one named just before the one now.
    default:
      return named.at(-2);
  }
}

/**
 * The question with a place among the thread's employers spelt out as that employer's name; as it was
 * unless the thread named two or more employers and the place picks one of them.
 */
export function employerPickedSpelt(text: string, context: ConversationContext | undefined): string {
  const named = employersInOrder(context);
  const m = employerPlaced.exec(text);
  if (!m || named.length < 2 || !context?.company) return text;
  const employer = employerAt(m[1] ?? "", named, context.company);
  return employer ? text.slice(0, m.index) + employer + text.slice(m.index + m[0].length) : text;
}
