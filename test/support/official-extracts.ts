import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";

/**
 * Small extracts of the agencies' files, written in their published formats (sheet names, header rows,
 * title and footnote rows, BLS's marks), so the importer is tested as it meets the real ones.
 */

const oewsHeader = [
  "AREA",
  "AREA_TITLE",
  "AREA_TYPE",
  "PRIM_STATE",
  "NAICS",
  "NAICS_TITLE",
  "I_GROUP",
  "OWN_CODE",
  "OCC_CODE",
  "OCC_TITLE",
  "O_GROUP",
  "TOT_EMP",
  "EMP_PRSE",
  "JOBS_1000",
  "LOC_QUOTIENT",
  "PCT_TOTAL",
  "PCT_RPT",
  "H_MEAN",
  "A_MEAN",
  "MEAN_PRSE",
  "H_PCT10",
  "H_PCT25",
  "H_MEDIAN",
  "H_PCT75",
  "H_PCT90",
  "A_PCT10",
  "A_PCT25",
  "A_MEDIAN",
  "A_PCT75",
  "A_PCT90",
  "ANNUAL",
  "HOURLY",
];

type Wage = number | string;
/** Placeholder hourly wages for the rows whose hourly figures no test reads (the total, a broad row). */
const someHourly: Wage[] = [50, 20, 30, 40, 60, 80];
/**
 * One row: annual and hourly wages each as mean, 10th, 25th, median, 75th, 90th percentile. `only` is
 * BLS's flag for an occupation it publishes annual wages only for (ANNUAL) or hourly ones only (HOURLY).
 */
const oewsRow = (
  code: string,
  title: string,
  group: string,
  emp: Wage,
  annual: Wage[],
  hourly: Wage[] = someHourly,
  only?: "annual" | "hourly",
) => [
  "99",
  "U.S.",
  1,
  "US",
  "000000",
  "Cross-industry",
  "cross-industry",
  1235,
  code,
  title,
  group,
  emp,
  0.5,
  "",
  "",
  "",
  "",
  hourly[0],
  annual[0],
  0.4,
  ...hourly.slice(1),
  ...annual.slice(1),
  only === "annual" ? "TRUE" : "",
  only === "hourly" ? "TRUE" : "",
];

/**
 * OEWS national rows: a total, a broad and a detailed row sharing a code, BLS's marks, an occupation with
 * annual wages only (its hourly ones "*") and one with hourly wages only. Software developers', nurses',
 * teachers' and actors' wages are BLS's May 2025 figures.
 */
export const oewsRows = (median: number) => [
  oewsRow("00-0000", "All Occupations", "total", 150000000, [69000, 30000, 37000, 50000, 80000, 128000]),
  oewsRow(
    "15-1252",
    "Software Developers",
    "detailed",
    1687890,
    [148100, 82460, 105210, median, 171980, 214670],
    [71.2, 39.64, 50.58, 65.38, 82.68, 103.21],
  ),
  // A code BLS prints twice, as a broad and a detailed occupation: only the detailed row is an occupation.
  oewsRow("13-1020", "Buyers and Purchasing Agents", "broad", 999999, [1, 1, 1, 1, 1, 1], [1, 1, 1, 1, 1, 1]),
  oewsRow(
    "13-1020",
    "Buyers and Purchasing Agents",
    "detailed",
    480000,
    [78000, 45000, 56000, 71000, 92000, 118000],
    [37.5, 21.63, 26.92, 34.13, 44.23, 56.73],
  ),
  // "#": at or above the top wage BLS publishes; "*": not released; "**": employment not released.
  oewsRow(
    "29-1218",
    "Obstetricians and Gynecologists",
    "detailed",
    20000,
    [340000, 120000, 230000, "#", "#", "#"],
    [163.46, 57.69, 110.58, "#", "#", "#"],
  ),
  oewsRow(
    "29-1141",
    "Registered Nurses",
    "detailed",
    3379720,
    [101420, 68940, 80330, 97550, 112350, 137470],
    [48.76, 33.14, 38.62, 46.9, 54.02, 66.09],
  ),
  oewsRow(
    "25-2021",
    "Elementary School Teachers, Except Special Education",
    "detailed",
    1388390,
    [72650, 47960, 57710, 63970, 81450, 104340],
    ["*", "*", "*", "*", "*", "*"],
    "annual",
  ),
  oewsRow(
    "27-2011",
    "Actors",
    "detailed",
    "**",
    ["*", "*", "*", "*", "*", "*"],
    [58.29, 16.5, 20.34, 29.05, 97.95, 143.68],
    "hourly",
  ),
];

export async function writeOewsXlsx(file: string, median = 135980): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet(path.basename(file, ".xlsx"));
  sheet.addRow(oewsHeader);
  for (const r of oewsRows(median)) sheet.addRow(r);
  wb.addWorksheet("Field Descriptions").addRow(["May 2025 OEWS Estimates"]);
  await wb.xlsx.writeFile(file);
}

/** The CSV export of the same table, numbers written with thousands separators as spreadsheets do. */
export function writeOewsCsv(file: string, median = 135980): void {
  const quote = (v: unknown) => {
    const text = typeof v === "number" ? v.toLocaleString("en-US") : String(v);
    return /[",]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  const lines = [oewsHeader, ...oewsRows(median)].map((r) => r.map(quote).join(","));
  writeFileSync(file, `${lines.join("\n")}\n`);
}

const projectionsHeader = [
  "2024 National Employment Matrix title",
  "2024 National Employment Matrix code",
  "Occupation type",
  "Employment, 2024",
  "Employment, 2034",
  "Employment distribution, percent, 2024",
  "Employment distribution, percent, 2034",
  "Employment change, numeric, 2024–34",
  "Employment change, percent, 2024–34",
  "Percent self employed, 2024",
  "Occupational openings, 2024–34 annual average",
  "Median annual wage, dollars, 2024[1]",
  "Typical education needed for entry",
  "Work experience in a related occupation",
  "Typical on-the-job training needed to attain competency in the occupation",
  "Related Occupational Outlook Handbook (OOH) content xlsx",
];

/** Employment Projections occupation.xlsx with an index, Table 1.2 (title, header, summary rows, footnotes). */
export async function writeProjections(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Index").addRow(["Occupation.xlsx contents"]);
  const t = wb.addWorksheet("Table 1.2");
  t.addRow([
    "Table 1.2 Occupational projections, 2024–34, and worker characteristics, 2024 (Employment in thousands)",
  ]);
  t.addRow(projectionsHeader);
  t.addRow([
    "Total, all occupations",
    "00-0000",
    "Summary",
    169956.1,
    175167.9,
    100,
    100,
    5211.8,
    3.1,
    5.8,
    18863.3,
    49500,
    "—",
    "—",
    "—",
    "—",
  ]);
  t.addRow([
    "    Software developers",
    "15-1252",
    "Line item",
    1693.8,
    1961.4,
    1,
    1.1,
    267.7,
    15.8,
    1.6,
    115.2,
    133080,
    "Bachelor's degree",
    "None",
    "None",
    "OOH Content",
  ]);
  t.addRow([
    "    Buyers and purchasing agents",
    "13-1020",
    "Line item",
    500,
    490,
    0.3,
    0.3,
    -10,
    -2,
    1,
    40,
    70000,
    "High school diploma or equivalent",
    "None",
    "Long-term on-the-job training",
    "OOH Content",
  ]);
  t.addRow([]);
  t.addRow(["Footnotes:"]);
  t.addRow([
    "[1] Data are from the Occupational Employment and Wage Statistics program, U.S. Bureau of Labor Statistics.",
  ]);
  t.addRow(['Note: Data is unavailable for values denoted with a "—".']);
  await wb.xlsx.writeFile(file);
}

const tsv = (rows: string[][]) => `${rows.map((r) => r.join("\t")).join("\n")}\n`;

/** O*NET text files (and Alternate Titles as Excel, as O*NET ships it), with the release in Read Me.txt. */
export async function writeOnet(dir: string): Promise<void> {
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "Read Me.txt"), "O*NET 29.3 Database\nMay 2025 Release\n");
  writeFileSync(
    path.join(dir, "Occupation Data.txt"),
    tsv([
      ["O*NET-SOC Code", "Title", "Description"],
      ["15-1252.00", "Software Developers", "Research, design, and develop computer and network software."],
      ["13-1020.00", "Buyers and Purchasing Agents", "Buy merchandise."],
      ["13-1020.01", "Procurement Clerks", "Compile requests for materials."],
    ]),
  );
  writeFileSync(
    path.join(dir, "Sample of Reported Titles.txt"),
    tsv([
      ["O*NET-SOC Code", "Title", "Reported Job Title", "Shown in My Next Move"],
      ["15-1252.00", "Software Developers", "Application Integration Engineer", "Y"],
      ["15-1252.00", "Software Developers", "Release Engineer", "N"],
      ["13-1020.00", "Buyers and Purchasing Agents", "Software Buyer", "Y"],
    ]),
  );
  writeFileSync(
    path.join(dir, "Technology Skills.txt"),
    tsv([
      [
        "O*NET-SOC Code",
        "Title",
        "Example",
        "Commodity Code",
        "Commodity Title",
        "Hot Technology",
        "In Demand",
      ],
      ["15-1252.00", "Software Developers", "Git", "43232402", "Program testing software", "Y", "Y"],
      ["15-1252.00", "Software Developers", "Obscure Tool", "43232402", "Program testing software", "N", "N"],
    ]),
  );
  writeFileSync(
    path.join(dir, "Related Occupations.txt"),
    tsv([
      ["O*NET-SOC Code", "Title", "Related O*NET-SOC Code", "Related Title", "Relatedness Tier", "Index"],
      [
        "15-1252.00",
        "Software Developers",
        "13-1020.00",
        "Buyers and Purchasing Agents",
        "Primary-Short",
        "1",
      ],
    ]),
  );
  writeFileSync(
    path.join(dir, "Job Zones.txt"),
    tsv([
      ["O*NET-SOC Code", "Title", "Job Zone", "Date", "Domain Source"],
      ["15-1252.00", "Software Developers", "4", "08/2023", "Analyst"],
    ]),
  );
  const wb = new ExcelJS.Workbook();
  const alt = wb.addWorksheet("Alternate Titles");
  alt.addRow(["O*NET-SOC Code", "Title", "Alternate Title", "Short Title", "Source(s)"]);
  alt.addRow(["15-1252.00", "Software Developers", "Widget Platform Engineer (WPE)", null, "08"]);
  alt.addRow(["13-1020.01", "Procurement Clerks", "Purchasing Clerk", null, "08"]);
  // O*NET lists it under both; it shows job seekers the buyers' one (Shown in My Next Move).
  alt.addRow(["15-1252.00", "Software Developers", "Software Buyer", null, "10"]);
  await wb.xlsx.writeFile(path.join(dir, "Alternate Titles.xlsx"));
}

/** Every extract in one folder, as an operator's downloads folder would hold them. */
export async function writeAgencyFolder(dir: string): Promise<void> {
  mkdirSync(dir, { recursive: true });
  await writeOewsXlsx(path.join(dir, "national_M2025_dl.xlsx"));
  await writeProjections(path.join(dir, "occupation.xlsx"));
  await writeOnet(path.join(dir, "db_29_3_text"));
}
