/*
 * The nouns people call a job by ("which roles", "IT jobs", "a career in it", "open positions"), defined
 * once. A reader that takes more of them names them beside its own use: "occupations", "professions",
 * "titles", "fields" each widen a question to more than the four nouns of one job.
 */

/** Nouns of a job, said one at a time: "a role", "the job", "a career", "the position". */
export const jobNouns: readonly string[] = ["job", "role", "career", "position"];

/** Each noun in the plural: "roles", "occupations" (every noun of a job takes an "s"). */
export const plurals = (nouns: readonly string[]): string[] => nouns.map((n) => `${n}s`);

/** Each noun one and many: "role", "roles". */
export const oneOrMany = (nouns: readonly string[]): string[] => nouns.flatMap((n) => [n, `${n}s`]);

/** The nouns of a job, one or many, as a set to look words up in: "role", "roles", "job", "jobs"… */
export const jobNounWords: ReadonlySet<string> = new Set(oneOrMany(jobNouns));

/**
 * Nouns of a line of work, which a job is weighed as ("is welding still a good trade", "a good career"): a
 * job's nouns and the trades'.
 */
export const lineOfWorkWords: ReadonlySet<string> = new Set([
  ...oneOrMany([...jobNouns, "trade", "field", "profession", "path", "option"]),
  "living",
]);

/** The trades' nouns alone, which name no side of a comparison ("a good trade or is it dying out"). */
export const tradeWords: ReadonlySet<string> = new Set(oneOrMany(["trade", "profession"]));
