import { z } from "zod";

/**
 * The compiled official layer: one record per detailed occupation, joined from BLS OEWS (pay and
 * employment), BLS Employment Projections (outlook, openings, entry requirements) and O*NET (titles,
 * hot technologies, related occupations, Job Zone) on the 6-digit SOC code. `career data import` writes it;
 * the app reads it at start. Raw agency files are never read by the app.
 */

/**
 * A value BLS publishes, or the mark it prints instead: `#` a wage at or above the top value BLS publishes,
 * `*` a wage not released, `**` an employment estimate not released. A mark is never turned into a number.
 */
export const unpublishedMarks = ["#", "*", "**"] as const;
export type UnpublishedMark = (typeof unpublishedMarks)[number];
const published = z.union([z.number(), z.enum(unpublishedMarks)]);
export type Published = z.infer<typeof published>;

export const seriesIds = ["oews", "projections", "onet"] as const;
export type SeriesId = (typeof seriesIds)[number];

const soc = z.string().regex(/^\d{2}-\d{4}$/, "must be a 6-digit SOC code such as 15-1252");

/** Where an official figure may come from: the agencies' own sites. */
export const officialHosts = /^https:\/\/([a-z]+\.)?(bls\.gov|onetonline\.org|onetcenter\.org)\//;
const officialUrl = z
  .string()
  .regex(officialHosts, "an official figure's source must be on bls.gov, onetonline.org or onetcenter.org");

export const officialOccupationSchema = z.strictObject({
  soc,
  title: z.string().min(1),
  /** The agency pages each series' figures for this occupation can be checked against. */
  sources: z.strictObject({
    oews: officialUrl.optional(),
    projections: officialUrl.optional(),
    onet: officialUrl.optional(),
  }),
  /** OEWS national employment and annual wages, and the hourly median and 25th–75th percentiles. */
  pay: z
    .strictObject({
      employment: published.optional(),
      mean: published.optional(),
      p10: published.optional(),
      p25: published.optional(),
      median: published.optional(),
      p75: published.optional(),
      p90: published.optional(),
      /**
       * Hourly wages, US dollars an hour. `*` where BLS publishes annual wages only (teachers, pilots).
       * Layers imported before these were kept have none at all: `hasHourlyWages` tells the two apart.
       */
      hourlyP25: published.optional(),
      hourlyMedian: published.optional(),
      hourlyP75: published.optional(),
    })
    .optional(),
  /** Employment Projections, employment in thousands as BLS publishes it. */
  outlook: z
    .strictObject({
      employmentStart: z.number(),
      employmentEnd: z.number(),
      changePercent: z.number(),
      openingsThousands: z.number(),
      education: z.string().optional(),
      experience: z.string().optional(),
      training: z.string().optional(),
    })
    .optional(),
  /** O*NET codes under this SOC code (15-1252.00, …) and what O*NET says of them. */
  onet: z
    .strictObject({
      codes: z.array(z.string()),
      jobZone: z.number().int().min(1).max(5).optional(),
      hotTechnologies: z.array(z.string()).default([]),
      related: z.array(soc).default([]),
      /**
       * O*NET's alternate and reported titles, one per line: one string per occupation parses and checks
       * in a fraction of the time of 54,000 strings, and the app reads them once, into the title index.
       */
      titles: z.string().default(""),
      /**
       * The titles O*NET shows job seekers for this occupation (My Next Move), one per line, kept apart
       * from `titles`: where several occupations share a title, the one O*NET features it for is meant.
       * Layers imported before this field read as having none.
       */
      featuredTitles: z.string().optional(),
      /** Titles of O*NET's more specific occupations under this SOC code (15-1299.09 under 15-1299): weaker names for it. */
      subTitles: z.string().default(""),
    })
    .optional(),
});
export type OfficialOccupation = z.infer<typeof officialOccupationSchema>;

export const inputFileSchema = z.strictObject({
  name: z.string(),
  series: z.enum(seriesIds),
  release: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  bytes: z.number().int().nonnegative(),
});
export type InputFile = z.infer<typeof inputFileSchema>;

export const manifestSchema = z.strictObject({
  format: z.literal(1),
  importedAt: z.string(),
  releases: z.strictObject({
    oews: z.string(),
    projections: z.string().optional(),
    onet: z.string().optional(),
  }),
  files: z.array(inputFileSchema).min(1),
  occupations: z.number().int().nonnegative(),
  titles: z.number().int().nonnegative(),
});
export type Manifest = z.infer<typeof manifestSchema>;

export const layerSchema = z.strictObject({
  manifest: manifestSchema,
  occupations: z.array(officialOccupationSchema),
});
export type OfficialLayer = z.infer<typeof layerSchema>;

/** The file names inside OFFICIAL_DATA_DIR. */
export const layerFile = "layer.json";
export const manifestFile = "manifest.json";
