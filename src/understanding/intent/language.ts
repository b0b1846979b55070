import { accessSync, constants, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { KnowledgeError, ProblemList, readYaml, validate } from "../../knowledge/core/loader.js";
import { type Intent, intents } from "./intents.js";

/** What the understanding pipeline learns from, kept as data beside the code (`language/`). */
export interface Language {
  /** Example utterances per intent, in users' words. */
  utterances: Record<Intent, string[]>;
  /** Occupations the knowledge does not cover, with the titles people type. */
  occupations: Occupation[];
  /** Kinds of skill people ask about ("databases", "languages"), with the items of each kind. */
  skillKinds: SkillKind[];
  /** Employers people name in pay questions, whether or not the knowledge has figures for them. */
  companies: Company[];
  /** Places people name in pay questions that the knowledge has no figures for. */
  places: Place[];
  /** Levels people name in pay questions that the knowledge has no figures for ("intern"). */
  levels: UnlistedLevel[];
  /**
   * Lines of business people ask pay "in" ("saas", "crypto"), or move from ("healthcare", "call center"):
   * never a place's name.
   */
  sectors: string[];
  /** Other names people type for a skill or tool ("k8s"), by the name the knowledge writes it in. */
  skillAliases: Record<string, string[]>;
  /**
   * Ordinary English words of three letters or more: never corrected as misspellings ("word" is no "world").
   * Read from its file when first asked, so start-up does not wait for 41,000 words most questions never need.
   */
  englishWords: Pick<ReadonlySet<string>, "has">;
}

const phrase = z.string().trim().min(1, "must not be empty");

const utterancesSchema = z
  .record(z.enum(intents), z.array(phrase).min(10, "give at least 10 example utterances"))
  .refine((r) => intents.every((i) => i in r), {
    message: `every intent needs examples: ${intents.join(", ")}`,
  });

const occupationsSchema = z.array(
  z.strictObject({
    name: phrase,
    // An O*NET-SOC code, or the 6-digit code BLS publishes where it counts several O*NET occupations as
    // one (29-2010, Clinical Laboratory Technologists and Technicians, for 29-2011 and 29-2012).
    soc: z
      .string()
      .regex(/^\d{2}-\d{4}(\.\d{2})?$/, "must look like 15-1252.00 (or 29-2010, a BLS code)")
      .optional(),
    tech: z.boolean().default(false),
    /** Covered role ids closest to this occupation, for "the closest roles I know". */
    near: z.array(phrase).default([]),
    titles: z.array(phrase).min(1, "give at least one title people type"),
    /**
     * The field's name where it is also a word of other talk ("sales", "marketing", "hr": "is ml used in
     * marketing" asks of no marketer): read as this occupation only as a side of a move (`field-names.ts`).
     */
    fields: z.array(phrase).optional(),
    /**
     * A service one serves in and leaves (the military): no trade with pay figures of its own, so one leaving
     * it for IT ("thinking about IT after the army") asks about IT (`service-left-for-field.ts`).
     */
    service: z.boolean().optional(),
  }),
);
export type Occupation = z.infer<typeof occupationsSchema>[number];

const skillKindsSchema = z.array(
  z.strictObject({
    id: phrase,
    name: phrase,
    words: z.array(phrase).min(1),
    members: z.array(phrase).min(1),
  }),
);
export type SkillKind = z.infer<typeof skillKindsSchema>[number];

const companiesSchema = z.array(
  z.strictObject({
    name: phrase,
    aliases: z.array(phrase).default([]),
    /** A kind of employer ("startups"), not one: no figures can be its. */
    kind: z.boolean().default(false),
    /**
     * A name that is also an everyday word ("target"): read as the employer only where a pay question puts
     * one, right after "at" ("data analyst salary at target").
     */
    ordinary: z.boolean().default(false),
  }),
);
export type Company = z.infer<typeof companiesSchema>[number];

const placesSchema = z.array(
  z.strictObject({
    name: phrase,
    aliases: z.array(phrase).min(1, "give at least one name people type"),
    /** An alias of a knowledge location that contains this place, whose figures are the nearest. */
    within: phrase.optional(),
    /** Outside the US, where the knowledge holds no figures at all: every figure it has is a US one. */
    abroad: z.boolean().default(false),
  }),
);
export type Place = z.infer<typeof placesSchema>[number];

const levelsSchema = z.array(
  z.strictObject({
    name: phrase,
    aliases: z.array(phrase).min(1, "give at least one name people type"),
    /** An alias of the knowledge level whose figures are the nearest. */
    nearest: phrase,
    /**
     * A word of rank ("staff", "principal"), which is a level only where it stands as one: before a job's
     * name or a word of level, or alone ("principal sre", "staff level?"), not in "support staff".
     */
    rank: z.boolean().default(false),
    /**
     * A rung numbered after a job's name ("Site Reliability Engineer III"), a level only right there: "iv"
     * before one is another word ("iv nurse"). Read as its nearest level itself, never said to lack figures.
     */
    numbered: z.boolean().default(false),
  }),
);
export type UnlistedLevel = z.infer<typeof levelsSchema>[number];

/** Lower-case words, as a question's tokens read them ("web3" keeps its digit, "call center" is two). */
const sectorsSchema = z.array(
  z
    .string()
    .regex(/^[a-z][a-z0-9]*(?: [a-z][a-z0-9]*)?$/, "must be one or two lower-case words")
    .refine((w) => !w.endsWith("tech"), 'needs no entry: a word ending "tech" is a line of business already'),
);

const skillAliasesSchema = z.record(phrase, z.array(phrase).min(1, "give at least one other name"));

/** `language/` beside `src/` and `dist/`, wherever the package is installed. */
export const defaultLanguageDir = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "../../../language",
);

/** Reads and validates the language files; every problem is reported as `file: path: message`. */
export function loadLanguage(dir = defaultLanguageDir): Language {
  const problems = new ProblemList();
  const read = <S extends z.ZodType>(name: string, schema: S) => {
    const file = path.join(dir, name);
    const raw = readYaml(file, problems);
    return raw === undefined ? undefined : validate(file, schema, raw, problems);
  };
  const utterances = read("intents.yaml", utterancesSchema);
  const occupations = read("occupations.yaml", occupationsSchema);
  const skillKinds = read("skill-kinds.yaml", skillKindsSchema);
  const companies = read("companies.yaml", companiesSchema);
  const places = read("places.yaml", placesSchema);
  const levels = read("levels.yaml", levelsSchema);
  const sectors = read("sectors.yaml", sectorsSchema);
  const skillAliases = read("skill-aliases.yaml", skillAliasesSchema);
  if (
    problems.items.length > 0 ||
    !utterances ||
    !occupations ||
    !skillKinds ||
    !companies ||
    !places ||
    !levels ||
    !sectors ||
    !skillAliases
  )
    throw new KnowledgeError(problems.items);
  return {
    utterances: utterances as Record<Intent, string[]>,
    occupations,
    skillKinds,
    companies,
    places,
    levels,
    sectors,
    skillAliases,
    englishWords: wordListWhenAsked(path.join(dir, "english-words.txt")),
  };
}

/** The words of a list, read on the first lookup. */
function wordListWhenAsked(file: string): Pick<ReadonlySet<string>, "has"> {
  // A missing list stops start-up, naming the file and the fix, rather than the first question that needs it.
  try {
    accessSync(file, constants.R_OK);
  } catch {
    throw new KnowledgeError([
      `${file}: the word list cannot be read; restore it from the repository (git checkout -- ${path.basename(file)} in language/)`,
    ]);
  }
  let words: ReadonlySet<string> | undefined;
  return {
    has: (word) => {
      words ??= wordList(file);
      return words.has(word);
    },
  };
}

/** The words of a list, one a line, without its "#" lines. */
function wordList(file: string): ReadonlySet<string> {
  return new Set(
    readFileSync(file, "utf8")
      .split("\n")
      .filter((line) => line !== "" && !line.startsWith("#")),
  );
}

let cached: Language | undefined;

/** The language files of this package, read once. */
export function builtInLanguage(): Language {
  cached ??= loadLanguage();
  return cached;
}
