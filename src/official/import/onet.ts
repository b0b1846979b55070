import { findHeader, ImportError, type Table } from "./tables.js";

/** The O*NET files the importer reads, by the names O*NET publishes them under (text or Excel). */
export const onetFiles = {
  occupations: "Occupation Data",
  alternateTitles: "Alternate Titles",
  reportedTitles: "Sample of Reported Titles",
  technology: "Technology Skills",
  related: "Related Occupations",
  jobZones: "Job Zones",
} as const;
export type OnetFile = keyof typeof onetFiles;

/** What O*NET says about its occupations, keyed by O*NET-SOC code (15-1252.00). */
export interface OnetData {
  titles: Map<string, string>;
  alternateTitles: Map<string, string[]>;
  reportedTitles: Map<string, string[]>;
  /** Reported titles O*NET shows job seekers in My Next Move: its pick of the names people know a job by. */
  featuredTitles: Map<string, string[]>;
  hotTechnologies: Map<string, string[]>;
  related: Map<string, string[]>;
  jobZones: Map<string, number>;
}

const code = "O*NET-SOC Code";
const featuredColumn = "Shown in My Next Move";

/** The rows of an O*NET table, by code; `optional` columns may be missing (older releases lack them). */
function rowsOf(table: Table, columns: string[], what: string, optional: string[] = []) {
  const header = findHeader(table, [code, ...columns]);
  if (!header)
    throw new ImportError(
      table.where,
      `expected O*NET's ${what} file with the columns ${[code, ...columns].join(", ")}`,
    );
  const headerRow = table.rows[header.at] ?? [];
  for (const c of optional) {
    const i = headerRow.indexOf(c);
    if (i >= 0) header.index.set(c, i);
  }
  const at = (c: string) => header.index.get(c) ?? -1;
  return table.rows
    .slice(header.at + 1)
    .filter((r) => /^\d{2}-\d{4}\.\d{2}$/.test(String(r[at(code)] ?? "")))
    .map((r) => ({ code: String(r[at(code)]), get: (c: string) => String(r[at(c)] ?? "").trim() }));
}

function push(map: Map<string, string[]>, key: string, value: string) {
  if (value === "") return;
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

/** Reads whichever O*NET files were given; Occupation Data is required, the rest add to it. */
export function readOnet(tables: Partial<Record<OnetFile, Table>>): OnetData {
  const data: OnetData = {
    titles: new Map(),
    alternateTitles: new Map(),
    reportedTitles: new Map(),
    featuredTitles: new Map(),
    hotTechnologies: new Map(),
    related: new Map(),
    jobZones: new Map(),
  };
  if (!tables.occupations)
    throw new ImportError(
      `${onetFiles.occupations}.txt`,
      "O*NET's Occupation Data file is needed with the other O*NET files (it names every occupation)",
    );
  for (const r of rowsOf(tables.occupations, ["Title"], "Occupation Data"))
    data.titles.set(r.code, r.get("Title"));
  if (tables.alternateTitles)
    for (const r of rowsOf(tables.alternateTitles, ["Alternate Title"], "Alternate Titles")) {
      push(data.alternateTitles, r.code, r.get("Alternate Title"));
    }
  if (tables.reportedTitles)
    for (const r of rowsOf(tables.reportedTitles, ["Reported Job Title"], "Sample of Reported Titles", [
      featuredColumn,
    ])) {
      push(data.reportedTitles, r.code, r.get("Reported Job Title"));
      // Older releases have no such column: every title is then an ordinary one.
      if (r.get(featuredColumn) === "Y") push(data.featuredTitles, r.code, r.get("Reported Job Title"));
    }
  if (tables.technology)
    for (const r of rowsOf(tables.technology, ["Example", "Hot Technology"], "Technology Skills"))
      if (r.get("Hot Technology") === "Y") push(data.hotTechnologies, r.code, r.get("Example"));
  if (tables.related)
    for (const r of rowsOf(tables.related, ["Related O*NET-SOC Code", "Index"], "Related Occupations"))
      push(data.related, r.code, r.get("Related O*NET-SOC Code"));
  if (tables.jobZones)
    for (const r of rowsOf(tables.jobZones, ["Job Zone"], "Job Zones")) {
      const zone = Number(r.get("Job Zone"));
      if (Number.isInteger(zone) && zone >= 1 && zone <= 5) data.jobZones.set(r.code, zone);
    }
  return data;
}

/** "O*NET 29.3 Database" in O*NET's Read Me → "O*NET 29.3". */
export function onetRelease(readMe: string): string | undefined {
  const m = /O\*NET\s+(\d+\.\d+)\s+Database/i.exec(readMe);
  return m ? `O*NET ${m[1]}` : undefined;
}
