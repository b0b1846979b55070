import { z } from "zod";

const nonEmpty = z.string().trim().min(1, "must not be empty");
const id = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be lower-case words joined by '-', e.g. 'data-engineer'");

/** A number, a range, or a short text, always with where it came from and when. */
export const figureSchema = z
  .strictObject({
    label: nonEmpty,
    value: z.number().nonnegative().optional(),
    min: z.number().nonnegative().optional(),
    max: z.number().nonnegative().optional(),
    text: nonEmpty.optional(),
    qualifier: z.enum(["about", "up to", "over"]).optional(),
    openEnded: z.boolean().optional(),
    /** `usd_per_hour`: an hourly wage (BLS's), written with its cents. */
    unit: z.enum(["usd", "usd_per_hour", "usd_billion", "percent", "count", "multiple"]).optional(),
    basis: z.enum(["base"]).optional(),
    level: id.optional(),
    source: id,
    asOf: nonEmpty,
  })
  .refine((f) => f.value !== undefined || (f.min !== undefined && f.max !== undefined) || f.text, {
    message: "needs a value, a min and max, or a text",
  })
  .refine((f) => f.text !== undefined || f.unit !== undefined, { message: "a number needs a unit" })
  .refine((f) => f.min === undefined || f.max === undefined || f.min <= f.max, {
    message: "min must not be above max",
  });
export type Figure = z.infer<typeof figureSchema>;

const figureWithExtras = z.strictObject({ figure: figureSchema, extra: z.array(figureSchema).default([]) });

export const salarySchema = z.strictObject({
  levels: z.array(figureWithExtras.extend({ level: id })).default([]),
  locations: z.array(figureWithExtras.extend({ location: id })).default([]),
  totalComp: z.array(figureSchema).default([]),
  companies: z
    .array(z.strictObject({ company: nonEmpty, figures: z.array(figureSchema).min(1) }))
    .default([]),
  headline: z.array(figureSchema).default([]),
  modifiers: z.array(figureSchema).default([]),
  government: z.array(figureSchema).default([]),
  notes: z.array(nonEmpty).default([]),
});
export type Salary = z.infer<typeof salarySchema>;

export const skillGroups = ["technical", "frameworks", "tools", "soft"] as const;
export type SkillGroup = (typeof skillGroups)[number];

export const roleSchema = z.strictObject({
  id,
  name: nonEmpty,
  aliases: z.array(nonEmpty).min(1, "give at least one alias people type"),
  summary: nonEmpty,
  sources: z.array(id).min(1),
  responsibilities: z.array(nonEmpty).min(1),
  skills: z.strictObject({
    technical: z.array(nonEmpty).default([]),
    frameworks: z.array(nonEmpty).default([]),
    tools: z.array(nonEmpty).default([]),
    soft: z.array(nonEmpty).default([]),
  }),
  education: z.array(nonEmpty).default([]),
  experience: z.array(nonEmpty).default([]),
  salary: salarySchema.optional(),
  industries: z.array(nonEmpty).default([]),
  path: z
    .strictObject({
      into: z.array(nonEmpty).default([]),
      ladder: z.array(nonEmpty).default([]),
      beyond: z.array(nonEmpty).default([]),
      advice: z.array(nonEmpty).default([]),
    })
    .default({ into: [], ladder: [], beyond: [], advice: [] }),
  gettingStarted: z.array(nonEmpty).default([]),
  related: z.array(id).default([]),
  outlook: z
    .strictObject({ notes: z.array(nonEmpty).default([]), figures: z.array(figureSchema).default([]) })
    .default({ notes: [], figures: [] }),
  onet: z.array(z.string().regex(/^\d{2}-\d{4}\.\d{2}$/, "must look like 15-1252.00")).default([]),
});
export type Role = z.infer<typeof roleSchema>;

export const sourcesSchema = z.array(
  z.strictObject({
    id,
    short: nonEmpty,
    title: nonEmpty,
    publisher: nonEmpty.optional(),
    url: z.url().optional(),
    asOf: nonEmpty,
  }),
);
export type Source = z.infer<typeof sourcesSchema>[number];

const named = z.strictObject({ id, name: nonEmpty, aliases: z.array(nonEmpty).min(1) });
const level = named.extend({
  /**
   * The years of experience the level stands for, where a source gives them ("5 yrs exp" then reads as
   * this level): from `min` up to `max`, open above without it.
   */
  years: z
    .strictObject({
      min: z.number().nonnegative(),
      max: z.number().nonnegative().optional(),
      source: id,
      asOf: nonEmpty,
    })
    .refine((y) => y.max === undefined || y.min <= y.max, { message: "min must not be above max" })
    .optional(),
});
export const levelsSchema = z.array(level);
export const locationsSchema = z.array(named);
export type Level = z.infer<typeof level>;
export type Place = z.infer<typeof named>;

/**
 * An employer's own name for one of its levels ("L5" at Google), read as a level of levels.yaml; a rank
 * above the levels the knowledge has ("staff") gives `rank`, `level` being then the nearest level it has.
 * A name on one role's ladder only (Meta's E-levels are its engineers') gives `role`, the role it is read
 * as when the question names none ("E5 at meta, what's the comp like").
 */
const companyRung = z.strictObject({
  name: nonEmpty,
  aliases: z.array(nonEmpty).default([]),
  level: id,
  rank: nonEmpty.optional(),
  role: id.optional(),
});
export const companyLevelsSchema = z.array(
  z.strictObject({ company: nonEmpty, levels: z.array(companyRung).min(1, "give at least one level") }),
);
export type CompanyLevels = z.infer<typeof companyLevelsSchema>[number];
export type CompanyRung = z.infer<typeof companyRung>;

export const occupationsSchema = z.array(
  z.strictObject({
    code: z.string().regex(/^\d{2}-\d{4}\.\d{2}$/),
    title: nonEmpty,
    url: z.url(),
    figures: z.array(figureSchema).default([]),
  }),
);
export type Occupation = z.infer<typeof occupationsSchema>[number];

const cited = { source: id, asOf: nonEmpty };

export const marketSchema = z.strictObject({
  figures: z.array(figureSchema.and(z.object({ id }))).min(1),
  adoption: z.array(z.strictObject({ industry: nonEmpty, uses: z.array(nonEmpty) })),
  inDemandSkills: z.array(nonEmpty),
  economicImpact: z.array(nonEmpty),
  outlook: z.array(nonEmpty),
  ...cited,
});
export type Market = z.infer<typeof marketSchema>;

export const trendsSchema = z.strictObject({
  trends: z.array(z.strictObject({ id, name: nonEmpty, summary: nonEmpty })).min(1),
  ...cited,
});
export type Trend = z.infer<typeof trendsSchema>["trends"][number];

export const softSkillsSchema = z.strictObject({
  skills: z.array(z.strictObject({ name: nonEmpty, summary: nonEmpty })).min(1),
  ...cited,
});
export const bestPracticesSchema = z.strictObject({
  groups: z.array(z.strictObject({ name: nonEmpty, practices: z.array(nonEmpty).min(1) })).min(1),
  ...cited,
});
export const challengesSchema = z.strictObject({
  challenges: z.array(z.strictObject({ name: nonEmpty, points: z.array(nonEmpty).min(1) })).min(1),
  ...cited,
});
export const comparisonsSchema = z.array(
  z.strictObject({
    id,
    roles: z.array(id).length(2),
    differences: z.array(z.strictObject({ topic: nonEmpty, text: nonEmpty })).min(1),
    ...cited,
  }),
);
export type CuratedComparison = z.infer<typeof comparisonsSchema>[number];

/** Everything the advisor knows, validated and cross-checked. */
export interface Knowledge {
  roles: Role[];
  sources: Source[];
  levels: Level[];
  /** Employers' own names for their levels (company-levels.yaml, optional), by employer. */
  companyLevels: CompanyLevels[];
  locations: Place[];
  occupations: Occupation[];
  market: Market;
  trends: z.infer<typeof trendsSchema>;
  softSkills: z.infer<typeof softSkillsSchema>;
  bestPractices: z.infer<typeof bestPracticesSchema>;
  challenges: z.infer<typeof challengesSchema>;
  comparisons: CuratedComparison[];
}
