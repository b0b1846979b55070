import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import YAML from "yaml";
import { layerFile, layerSchema, manifestFile, type OfficialLayer } from "./layer.js";

/** A layer file that is there but cannot be used: which file, what is wrong, and how to fix it. */
export class OfficialDataError extends Error {
  constructor(
    readonly file: string,
    readonly problem: string,
  ) {
    super(
      `${file}: ${problem}. Run \`career data import <agency files>\` again (docs/official-data.md), or remove the file to run without it.`,
    );
    this.name = "OfficialDataError";
  }
}

/** Writes a file whole or not at all: a temporary file beside it, then a rename over the old one. */
function writeAtomically(file: string, text: string): void {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, text, { mode: 0o644 });
    renameSync(temporary, file);
  } finally {
    rmSync(temporary, { force: true });
  }
}

/** Replaces the layer in `dir` (OFFICIAL_DATA_DIR); the previous one stays until the new one is complete. */
export function writeLayer(dir: string, layer: OfficialLayer): string {
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, layerFile);
  writeAtomically(file, JSON.stringify(layer));
  // The manifest again on its own, for people and scripts that want to see what was imported.
  writeAtomically(path.join(dir, manifestFile), `${JSON.stringify(layer.manifest, null, 2)}\n`);
  return file;
}

function parse(file: string, text: string, format: "json" | "yaml"): OfficialLayer {
  let data: unknown;
  try {
    data = format === "json" ? JSON.parse(text) : YAML.parse(text);
  } catch (error) {
    throw new OfficialDataError(file, `is not valid ${format.toUpperCase()} (${(error as Error).message})`);
  }
  const result = layerSchema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new OfficialDataError(file, `${issue?.path.join(".") || "(top)"}: ${issue?.message ?? "invalid"}`);
  }
  return result.data;
}

/** The compiled layer in `dir`, or undefined when none was imported there. */
export function readLayer(dir: string): OfficialLayer | undefined {
  const file = path.join(dir, layerFile);
  if (!existsSync(file)) return undefined;
  return parse(file, readFileSync(file, "utf8"), "json");
}

/** The committed figures of the curated roles' occupations (`knowledge/official.yaml`). */
export const subsetFile = "official.yaml";

const subsetHeader = `# Official figures for the occupations the curated roles name, written by \`career data import\` from the
# agencies' own files (see docs/official-data.md). Do not edit by hand: import the newest releases again.
# BLS data is in the public domain. O*NET data: see manifest.releases.onet; CC BY 4.0, credit USDOL/ETA.
`;

/**
 * Writes the committed subset, unless the file there already holds the same figures: importing the same
 * releases again then leaves the committed file as it is, rather than a change of nothing but the date.
 */
export function writeSubset(knowledgeDir: string, subset: OfficialLayer): { file: string; changed: boolean } {
  const file = path.join(knowledgeDir, subsetFile);
  const text = subsetHeader + YAML.stringify(subset, { lineWidth: 0 });
  if (existsSync(file) && withoutImportDate(readFileSync(file, "utf8")) === withoutImportDate(text))
    return { file, changed: false };
  writeAtomically(file, text);
  return { file, changed: true };
}

const withoutImportDate = (text: string) => text.replace(/^(\s*importedAt:).*$/m, "$1");

export function readSubset(knowledgeDir: string): OfficialLayer | undefined {
  const file = path.join(knowledgeDir, subsetFile);
  if (!existsSync(file)) return undefined;
  return parse(file, readFileSync(file, "utf8"), "yaml");
}
