/*
 * "my daughter just got a warehouse job at the distribution center, is that decent money": a job named by
 * where it is done ("a warehouse job", "a construction job") is the job of those who work there, as "i work
 * in a warehouse" is (`workplaces` in held-by-verb.ts): "a warehouse worker job", the title O*NET lists
 * under Laborers and Freight, Stock, and Material Movers, Hand, the answer saying so. Otherwise nothing was
 * read and the answer was another field's figures.
 */

/** Workplaces whose job is named by the place, with the title of those who work there. */
const workplaceTitles: ReadonlyMap<string, string> = new Map([
  ["warehouse", "warehouse worker"],
  ["construction", "construction worker"],
  ["farm", "farm worker"],
]);

// "warehouse job pay in louisville": opening the message, with no article, one job (not "warehouse jobs",
// which may ask among them) is named as "a warehouse job" is.
const workplaceJob = new RegExp(
  String.raw`(?:\b(a|an|the|her|his|my|their|new|first)\s+(?:new\s+|first\s+|full[- ]time\s+|part[- ]time\s+)?(${[
    ...workplaceTitles.keys(),
  ].join(
    "|",
  )})\s+(job|jobs|gig|position)|^\s*()(${[...workplaceTitles.keys()].join("|")})\s+(job|gig|position))\b`,
  "gi",
);

/** The question with a job named by its workplace spelt as the title of those who work there. */
export function spellWorkplaceJob(text: string): string {
  return text.replace(
    workplaceJob,
    (
      said: string,
      lead?: string,
      place?: string,
      noun?: string,
      _opening?: string,
      first?: string,
      one?: string,
    ) => {
      const title = workplaceTitles.get((place ?? first ?? "").toLowerCase());
      if (!title) return said;
      return lead !== undefined ? `${lead} ${title} ${noun}` : `${title} ${one}`;
    },
  );
}
