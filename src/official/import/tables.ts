import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import type ExcelJS from "exceljs";

/** A cell as the importers see it: a number, a trimmed text, or nothing. */
export type Cell = number | string | null;
export type Row = Cell[];

/** A table read from one sheet or text file: its rows, each a list of cells from column 1. */
export interface Table {
  /** Where it came from, for messages: "occupation.xlsx, sheet Table 1.2". */
  where: string;
  rows: Row[];
}

function cellOf(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === "number") return value;
  if (typeof value === "string") return value.trim();
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) return value.toISOString();
  if ("richText" in value)
    return value.richText
      .map((r) => r.text)
      .join("")
      .trim();
  if ("text" in value && typeof value.text === "string") return value.text.trim();
  if ("result" in value) return cellOf(value.result as ExcelJS.CellValue);
  return null;
}

/** Every sheet of a workbook as tables, read with exceljs (loaded only when an import runs). */
export async function readWorkbook(file: string, name: string): Promise<Map<string, Table>> {
  const { default: Excel } = await import("exceljs");
  const workbook = new Excel.Workbook();
  await workbook.xlsx.readFile(file);
  const sheets = new Map<string, Table>();
  for (const sheet of workbook.worksheets) {
    const rows: Row[] = [];
    sheet.eachRow({ includeEmpty: true }, (row) => {
      const values = Array.isArray(row.values) ? row.values.slice(1) : [];
      rows.push(values.map((v) => cellOf(v as ExcelJS.CellValue)));
    });
    sheets.set(sheet.name, { where: `${name}, sheet ${sheet.name}`, rows });
  }
  return sheets;
}

/** A delimited text file (OEWS's CSV export, O*NET's tab-separated files) as one table of text cells. */
export function readDelimited(file: string, name: string, delimiter: "," | "\t"): Table {
  const text = readFileSync(file, "utf8").replace(/^\uFEFF/, "");
  const records: string[][] = parse(text, {
    delimiter,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    // O*NET's text files are tab-separated without quoting; a stray quote is part of a title.
    quote: delimiter === "\t" ? false : '"',
  });
  return { where: name, rows: records.map((r) => r.map((c) => c.trim())) };
}

/** Finds the header row (within the first rows) that holds every column named, and their positions. */
export function findHeader(
  table: Table,
  columns: readonly string[],
  match: (cell: string, column: string) => boolean = (c, col) => c === col,
): { at: number; index: Map<string, number> } | undefined {
  for (let at = 0; at < Math.min(table.rows.length, 15); at++) {
    const row = table.rows[at] ?? [];
    const index = new Map<string, number>();
    for (const column of columns) {
      const i = row.findIndex((c) => typeof c === "string" && match(c, column));
      if (i >= 0) index.set(column, i);
    }
    if (index.size === columns.length) return { at, index };
  }
  return undefined;
}

/** A problem with one input file, said so that an operator knows which file and what was expected. */
export class ImportError extends Error {
  constructor(
    readonly file: string,
    readonly expected: string,
  ) {
    super(`${file}: ${expected}`);
    this.name = "ImportError";
  }
}
