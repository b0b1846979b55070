import type { OfficialData } from "../../official/data.js";
import type { TitleMatch } from "../../official/titles.js";

/*
 * A job title read whole: "IT auditor" is a title O*NET lists under Computer Systems Analysts and
 * Information Security Analysts, not an auditor with "IT" dropped. A shorter occupation name inside a
 * longer official title, spelt exactly, gives way to that title.
 */

/** The official titles of several words a question spells exactly, longest first where they overlap. */
export function wholeTitles(official: OfficialData | undefined, tokens: readonly string[]): TitleMatch[] {
  return (official?.titles.findAll(tokens, () => false) ?? []).filter(
    (m) => m.distance === 0 && m.end - m.start > 1,
  );
}

/** Whether the words `m` spans lie inside a longer title of `titles`. */
export const inLongerTitle = (
  m: { start: number; end: number },
  titles: readonly { start: number; end: number }[],
) => titles.some((t) => t.start <= m.start && m.end <= t.end && t.end - t.start > m.end - m.start);
