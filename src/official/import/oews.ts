import type { Published } from "../layer.js";
import { type Cell, findHeader, ImportError, type Table } from "./tables.js";

/** One detailed occupation's national OEWS estimates: annual wages, and the hourly median and middle half. */
export interface OewsRow {
  soc: string;
  title: string;
  employment?: Published;
  mean?: Published;
  p10?: Published;
  p25?: Published;
  median?: Published;
  p75?: Published;
  p90?: Published;
  hourlyP25?: Published;
  hourlyMedian?: Published;
  hourlyP75?: Published;
}

const columns = [
  "OCC_CODE",
  "OCC_TITLE",
  "O_GROUP",
  "TOT_EMP",
  "A_MEAN",
  "A_PCT10",
  "A_PCT25",
  "A_MEDIAN",
  "A_PCT75",
  "A_PCT90",
  "H_PCT25",
  "H_MEDIAN",
  "H_PCT75",
] as const;

/** A cell as published: a number (CSV exports may write "1,687,890"), a BLS mark, or nothing. */
export function publishedValue(cell: Cell): Published | undefined {
  if (typeof cell === "number") return cell;
  if (cell === null || cell === "") return undefined;
  if (cell === "#" || cell === "*" || cell === "**") return cell;
  const n = Number(cell.replaceAll(",", ""));
  return Number.isFinite(n) ? n : undefined;
}

/** "national_M2025_dl.xlsx" → "May 2025", or undefined when the name carries no release. */
export function oewsReleaseFromName(name: string): string | undefined {
  const m = /national_M(\d{4})_dl/i.exec(name);
  return m ? `May ${m[1]}` : undefined;
}

/**
 * The detailed occupations of an OEWS national table. OCC_CODE is not unique (a few codes are both a broad
 * and a detailed occupation), so rows are taken by code and O_GROUP; only `detailed` rows are kept.
 */
export function readOews(table: Table): OewsRow[] {
  const header = findHeader(table, columns);
  if (!header)
    throw new ImportError(
      table.where,
      `expected an OEWS national table with the columns ${columns.join(", ")} (BLS's national_M<year>_dl file)`,
    );
  const col = (row: Cell[], name: (typeof columns)[number]) => row[header.index.get(name) ?? -1] ?? null;
  const area = findHeader(table, ["AREA_TITLE"])?.index.get("AREA_TITLE");
  const out: OewsRow[] = [];
  const seen = new Set<string>();
  for (const row of table.rows.slice(header.at + 1)) {
    const soc = String(col(row, "OCC_CODE") ?? "");
    if (!/^\d{2}-\d{4}$/.test(soc) || String(col(row, "O_GROUP")).toLowerCase() !== "detailed") continue;
    if (area !== undefined && row[area] !== "U.S.")
      throw new ImportError(
        table.where,
        `expected national estimates (AREA_TITLE "U.S."), found "${row[area]}": use BLS's national file`,
      );
    if (seen.has(soc))
      throw new ImportError(table.where, `occupation ${soc} appears twice as a detailed occupation`);
    seen.add(soc);
    const value = (name: (typeof columns)[number]) => publishedValue(col(row, name));
    const record: OewsRow = { soc, title: String(col(row, "OCC_TITLE") ?? soc) };
    for (const [key, name] of [
      ["employment", "TOT_EMP"],
      ["mean", "A_MEAN"],
      ["p10", "A_PCT10"],
      ["p25", "A_PCT25"],
      ["median", "A_MEDIAN"],
      ["p75", "A_PCT75"],
      ["p90", "A_PCT90"],
      // BLS prints "*" here for occupations it publishes annual wages only for (teachers, pilots): kept as
      // the mark, so an answer can say there is no hourly figure rather than that none was imported.
      ["hourlyP25", "H_PCT25"],
      ["hourlyMedian", "H_MEDIAN"],
      ["hourlyP75", "H_PCT75"],
    ] as const) {
      const v = value(name);
      if (v !== undefined) record[key] = v;
    }
    out.push(record);
  }
  if (out.length === 0)
    throw new ImportError(
      table.where,
      'expected rows of detailed occupations (O_GROUP "detailed"); found none',
    );
  return out;
}
