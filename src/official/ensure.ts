import { existsSync } from "node:fs";
import path from "node:path";
import { writeLayer } from "./files.js";
import { importOfficial } from "./import/run.js";
import { layerFile } from "./layer.js";

/**
 * For the question corpus and the benchmarks: imports the agencies' files in `from` into `officialDir`
 * when no layer is there yet, so a fresh checkout beside the data measures what users get. Returns
 * whether a layer is there afterwards.
 */
export async function ensureOfficialLayer(officialDir: string, from: string): Promise<boolean> {
  if (existsSync(path.join(officialDir, layerFile))) return true;
  if (!existsSync(from)) return false;
  console.error(`Importing the official layer from ${from} into ${officialDir} (once)…`);
  const { layer } = await importOfficial([from]);
  writeLayer(officialDir, layer);
  return true;
}
