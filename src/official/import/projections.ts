import { type Cell, findHeader, ImportError, type Table } from "./tables.js";

/** One occupation's row of Employment Projections Table 1.2. */
export interface ProjectionRow {
  soc: string;
  title: string;
  employmentStart: number;
  employmentEnd: number;
  changePercent: number;
  openingsThousands: number;
  education?: string;
  experience?: string;
  training?: string;
}

/** Header cells of Table 1.2, matched by how they start (the years in them change each release). */
const columns = {
  title: "National Employment Matrix title",
  code: "National Employment Matrix code",
  type: "Occupation type",
  start: "Employment, 20",
  changePercent: "Employment change, percent",
  openings: "Occupational openings",
  education: "Typical education needed for entry",
  experience: "Work experience in a related occupation",
  training: "Typical on-the-job training",
} as const;

/** The release a Table 1.2 title names: "Occupational projections, 2024–34, …" → "2024–34". */
export function projectionsRelease(title: string): string | undefined {
  const m = /projections,\s*(\d{4})\s*[–-]\s*(\d{2,4})/i.exec(title);
  if (!m) return undefined;
  return `${m[1]}–${(m[2] ?? "").slice(-2)}`;
}

const text = (c: Cell) => (typeof c === "string" && c !== "" && c !== "—" ? c : undefined);
const number = (c: Cell) =>
  typeof c === "number"
    ? c
    : typeof c === "string" && c.trim() !== "" && Number.isFinite(Number(c.replaceAll(",", "")))
      ? Number(c.replaceAll(",", ""))
      : undefined;

/** Reads Table 1.2 ("Occupational projections … and worker characteristics"): its line items only. */
export function readProjections(table: Table): { release: string; rows: ProjectionRow[] } {
  const title = String(
    table.rows.find((r) => typeof r[0] === "string" && /Table 1\.2/.test(r[0] as string))?.[0] ?? "",
  );
  const release = projectionsRelease(title);
  const header = findHeader(table, Object.values(columns), (cell, col) => cell.includes(col));
  if (!header || !release)
    throw new ImportError(
      table.where,
      'expected BLS Employment Projections Table 1.2 ("Occupational projections, <years>, and worker characteristics") with the matrix code, employment, percent change, openings and education columns',
    );
  const at = (name: keyof typeof columns) => header.index.get(columns[name]) ?? -1;
  const headerRow = table.rows[header.at] ?? [];
  const endAt = headerRow.findIndex(
    (c, i) => i > at("start") && typeof c === "string" && c.startsWith("Employment, 20"),
  );
  const rows: ProjectionRow[] = [];
  for (const row of table.rows.slice(header.at + 1)) {
    const soc = String(row[at("code")] ?? "");
    if (!/^\d{2}-\d{4}$/.test(soc) || String(row[at("type")]) !== "Line item") continue;
    const employmentStart = number(row[at("start")] ?? null);
    const employmentEnd = number(row[endAt] ?? null);
    const changePercent = number(row[at("changePercent")] ?? null);
    const openingsThousands = number(row[at("openings")] ?? null);
    if (
      employmentStart === undefined ||
      employmentEnd === undefined ||
      changePercent === undefined ||
      openingsThousands === undefined
    )
      throw new ImportError(
        table.where,
        `row for ${soc} lacks a number in the employment, change or openings columns`,
      );
    const education = text(row[at("education")] ?? null);
    const experience = text(row[at("experience")] ?? null);
    const training = text(row[at("training")] ?? null);
    rows.push({
      soc,
      title: String(row[at("title")] ?? soc).trim(),
      employmentStart,
      employmentEnd,
      changePercent,
      openingsThousands,
      ...(education ? { education } : {}),
      ...(experience ? { experience } : {}),
      ...(training ? { training } : {}),
    });
  }
  if (rows.length === 0) throw new ImportError(table.where, "expected occupation line items; found none");
  return { release, rows };
}
