/**
 * "line cook 6 yrs, thinking full stack": a move's start typed as a title O*NET shows job seekers under
 * several occupations alike ("Line Cook" under Cooks, Fast Food; Cooks, Restaurant; Cooks, Short Order). A
 * move is weighed on both sides' figures, so where one of them employs most of the people in them all, and
 * no occupation listing the title under any name employs more, the start is read as that one, said with the
 * others it could be, rather than shown with no figure at all. Where none does ("teacher":
 * eleven kinds of teacher; "social worker": child and family social workers, who list it only among other
 * names, outnumber those it is featured for), it tells too little to pick one, and stays unread.
 */
import type { OfficialData } from "../../official/data.js";
import type { OfficialOccupation } from "../../official/layer.js";

/** Employment in the occupation, by BLS's count; none counts as nobody. */
const employed = (o: OfficialOccupation): number =>
  typeof o.pay?.employment === "number" ? o.pay.employment : 0;

/**
 * Of the several occupations a title plainly names, the one that employs most of the people in them all and
 * more than any other occupation listing the title, with the others; undefined where none does.
 */
export function commonestFeaturing(
  official: OfficialData | undefined,
  typed: string,
  occupations: readonly OfficialOccupation[],
): { occupation: OfficialOccupation; others: OfficialOccupation[] } | undefined {
  if (!official || occupations.length < 2) return undefined;
  const [occupation, ...others] = [...occupations].sort((a, b) => employed(b) - employed(a));
  const all = occupations.reduce((n, o) => n + employed(o), 0);
  if (!occupation || employed(occupation) * 2 <= all) return undefined;
  return official.titles.commonestListing(typed) === occupation.soc ? { occupation, others } : undefined;
}
