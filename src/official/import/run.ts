import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import type { InputFile, OfficialLayer, SeriesId } from "../layer.js";
import { compileLayer } from "./compile.js";
import { type OewsRow, oewsReleaseFromName, readOews } from "./oews.js";
import { type OnetFile, onetFiles, onetRelease, readOnet } from "./onet.js";
import { type ProjectionRow, readProjections } from "./projections.js";
import { ImportError, readDelimited, readWorkbook, type Table } from "./tables.js";

/** What one input file is, told from its name; its content is checked when it is read. */
type Kind =
  | { series: "oews"; format: "xlsx" | "csv"; release: string }
  | { series: "projections" }
  | { series: "onet"; file: OnetFile; format: "xlsx" | "txt" }
  | { series: "onet-readme" };

const expected =
  "expected one of BLS's national_M<year>_dl.xlsx (or .csv), the projections occupation.xlsx, or O*NET's Occupation Data, Alternate Titles, Sample of Reported Titles, Technology Skills, Related Occupations, Job Zones (.txt or .xlsx) and Read Me.txt";

export function kindOf(name: string): Kind | undefined {
  const ext = path.extname(name).toLowerCase();
  const base = path.basename(name, path.extname(name));
  const release = oewsReleaseFromName(name);
  if (release && (ext === ".xlsx" || ext === ".csv"))
    return { series: "oews", format: ext === ".csv" ? "csv" : "xlsx", release };
  if (base.toLowerCase() === "occupation" && ext === ".xlsx") return { series: "projections" };
  if (base.toLowerCase() === "read me" && ext === ".txt") return { series: "onet-readme" };
  const file = (Object.entries(onetFiles) as [OnetFile, string][]).find(
    ([, n]) => n.toLowerCase() === base.toLowerCase(),
  )?.[0];
  if (file && (ext === ".txt" || ext === ".xlsx"))
    return { series: "onet", file, format: ext === ".txt" ? "txt" : "xlsx" };
  return undefined;
}

/** The files the arguments name: files as given, folders by their files (one level of sub-folders too). */
export function collectFiles(args: string[]): { files: string[]; skipped: string[] } {
  const files: string[] = [];
  const skipped: string[] = [];
  const visit = (p: string, depth: number, explicit: boolean) => {
    const stat = statSync(p, { throwIfNoEntry: false });
    if (!stat) throw new ImportError(p, "no such file or folder");
    if (stat.isDirectory()) {
      if (depth > 1) return;
      for (const name of readdirSync(p).sort()) visit(path.join(p, name), depth + 1, false);
      return;
    }
    if (kindOf(p)) files.push(p);
    else if (explicit) throw new ImportError(p, `not a file the importer reads: ${expected}`);
    else skipped.push(p);
  };
  for (const a of args) visit(a, 0, true);
  if (files.length === 0)
    throw new ImportError(args.join(", ") || "(no files)", `no agency files found: ${expected}`);
  return { files, skipped };
}

function describe(file: string, series: SeriesId, release: string): InputFile {
  const bytes = readFileSync(file);
  return {
    name: path.basename(file),
    series,
    release,
    sha256: createHash("sha256").update(bytes).digest("hex"),
    bytes: bytes.length,
  };
}

async function tableOf(
  file: string,
  format: "xlsx" | "csv" | "txt",
  sheet?: (names: string[]) => string | undefined,
): Promise<Table> {
  const name = path.basename(file);
  if (format === "csv") return readDelimited(file, name, ",");
  if (format === "txt") return readDelimited(file, name, "\t");
  let sheets: Map<string, Table>;
  try {
    sheets = await readWorkbook(file, name);
  } catch (error) {
    throw new ImportError(name, `cannot be read as an Excel workbook (${(error as Error).message})`);
  }
  const wanted = sheet ? sheet([...sheets.keys()]) : [...sheets.keys()][0];
  const table = wanted === undefined ? undefined : sheets.get(wanted);
  if (!table)
    throw new ImportError(
      name,
      `has no sheet the importer expects (sheets: ${[...sheets.keys()].join(", ")})`,
    );
  return table;
}

export interface ImportResult {
  layer: OfficialLayer;
  /** Files read but not used: an older OEWS release beside a newer one, files of unknown kinds in a folder. */
  notUsed: string[];
}

/**
 * Reads the agency files the arguments name and compiles the layer. Any file it cannot read throws an
 * ImportError naming the file and what was expected; nothing is written here.
 */
export async function importOfficial(args: string[], now = new Date()): Promise<ImportResult> {
  const { files, skipped } = collectFiles(args);
  const notUsed = skipped.map((f) => `${f} (not an agency file the importer reads)`);
  const inputs: InputFile[] = [];

  const oewsFiles = files
    .map((f) => ({ f, k: kindOf(f) }))
    .filter((x): x is { f: string; k: Extract<Kind, { series: "oews" }> } => x.k?.series === "oews")
    .sort((a, b) => b.k.release.localeCompare(a.k.release));
  const newest = oewsFiles[0];
  if (!newest)
    throw new ImportError(
      args.join(", "),
      "an OEWS national file (national_M<year>_dl.xlsx or .csv) is needed: it holds the pay figures",
    );
  // One release per series: the newest OEWS release is the layer's; an older one is checked, then left out.
  let oews: OewsRow[] = [];
  for (const { f, k } of oewsFiles) {
    const rows = readOews(await tableOf(f, k.format));
    if (f === newest.f) {
      oews = rows;
      inputs.push(describe(f, "oews", `OEWS ${k.release}`));
    } else notUsed.push(`${f} (OEWS ${k.release}: an older release than ${newest.k.release})`);
  }

  let projections: { release: string; rows: ProjectionRow[] } | undefined;
  for (const f of files.filter((x) => kindOf(x)?.series === "projections")) {
    if (projections)
      throw new ImportError(
        f,
        "a second projections workbook: give one release of the Employment Projections",
      );
    projections = readProjections(
      await tableOf(f, "xlsx", (names) => names.find((n) => n.trim() === "Table 1.2")),
    );
    inputs.push(describe(f, "projections", `Projections ${projections.release}`));
  }

  const onetTables: Partial<Record<OnetFile, Table>> = {};
  const onetInputs: string[] = [];
  let onetVersion: string | undefined;
  for (const f of files) {
    const k = kindOf(f);
    if (k?.series === "onet-readme") onetVersion = onetRelease(readFileSync(f, "utf8"));
    if (k?.series !== "onet") continue;
    if (onetTables[k.file]) {
      notUsed.push(`${f} (a second copy of O*NET's ${onetFiles[k.file]})`);
      continue;
    }
    onetTables[k.file] = await tableOf(f, k.format);
    onetInputs.push(f);
  }
  const onet = onetInputs.length > 0 ? readOnet(onetTables) : undefined;
  if (onet && !onetVersion)
    throw new ImportError(
      onetInputs[0] ?? "O*NET",
      'cannot tell the O*NET release: give O*NET\'s Read Me.txt with its files (it names the release, e.g. "O*NET 29.3 Database")',
    );
  for (const f of onetInputs) inputs.push(describe(f, "onet", onetVersion ?? ""));

  const layer = compileLayer(oews, projections?.rows, onet, {
    format: 1,
    importedAt: now.toISOString(),
    releases: {
      oews: `OEWS ${newest.k.release}`,
      ...(projections ? { projections: `Projections ${projections.release}` } : {}),
      ...(onetVersion && onet ? { onet: onetVersion } : {}),
    },
    files: inputs,
  });
  return { layer, notUsed };
}
