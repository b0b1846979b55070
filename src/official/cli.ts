import path from "node:path";
import { knowledgeFolders, loadKnowledge } from "../knowledge/core/loader.js";
import { writeLayer, writeSubset } from "./files.js";
import { importOfficial } from "./import/run.js";
import { ImportError } from "./import/tables.js";
import type { OfficialLayer } from "./layer.js";
import { rankedTitles, TitleIndex } from "./titles.js";

export const defaultOfficialDir = "data/official";

const usage = `Usage: career data import <file or folder…>
  Reads BLS OEWS (national_M<year>_dl.xlsx or .csv), the Employment Projections occupation.xlsx and the
  O*NET database files, and writes the official layer to OFFICIAL_DATA_DIR (default ${defaultOfficialDir}).
  Example: career data import ~/Downloads/oesm25nat ~/Downloads/occupation.xlsx ~/Downloads/db_29_3_text`;

const count = (lines: string | undefined) => (lines ? lines.split("\n").length : 0);

/**
 * The layer cut down to the occupations the curated roles name: committed, so a fresh clone has them. A
 * title stays only where the whole layer gives it to that occupation alone: without the other
 * occupations loaded, "UX designer" (O*NET lists it under testers and web designers alike) would otherwise
 * read as the one occupation that happens to be there.
 */
export function curatedSubset(layer: OfficialLayer, socCodes: ReadonlySet<string>): OfficialLayer {
  const lines = (text: string | undefined) => (text ? text.split("\n") : []);
  const index = new TitleIndex(layer.occupations.map(rankedTitles));
  const own = (soc: string) => (title: string) => {
    const socs = index.lookup(title);
    return socs.length === 1 && socs[0] === soc;
  };
  const occupations = layer.occupations
    .filter((o) => socCodes.has(o.soc))
    .map((o) =>
      o.onet
        ? {
            ...o,
            onet: {
              ...o.onet,
              ...(o.onet.featuredTitles
                ? { featuredTitles: lines(o.onet.featuredTitles).filter(own(o.soc)).join("\n") }
                : {}),
              titles: lines(o.onet.titles).filter(own(o.soc)).join("\n"),
              subTitles: lines(o.onet.subTitles).filter(own(o.soc)).join("\n"),
            },
          }
        : o,
    );
  return {
    manifest: {
      ...layer.manifest,
      occupations: occupations.length,
      titles: occupations.reduce(
        (n, o) => n + count(o.onet?.featuredTitles) + count(o.onet?.titles) + count(o.onet?.subTitles),
        0,
      ),
    },
    occupations,
  };
}

/** `career data import …`: compiles the agencies' files into the layer and the committed subset. */
export async function runDataCommand(
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ code: number; out: string }> {
  if (args[0] !== "import" || args.length < 2) return { code: 2, out: usage };
  const outDir = env.OFFICIAL_DATA_DIR?.trim() || defaultOfficialDir;
  const knowledgeDir = knowledgeFolders(env.KNOWLEDGE_DIR?.trim() || "knowledge")[0] ?? "knowledge";
  try {
    const started = Date.now();
    const { layer, notUsed } = await importOfficial(args.slice(1));
    const roles = loadKnowledge(knowledgeDir).roles;
    const socs = new Set(roles.flatMap((r) => r.onet.map((c) => c.slice(0, 7))));
    const layerPath = writeLayer(outDir, layer);
    const subset = writeSubset(knowledgeDir, curatedSubset(layer, socs));
    const m = layer.manifest;
    const lines = [
      `Imported ${m.occupations} occupations and ${m.titles.toLocaleString("en-US")} O*NET titles in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
      `Releases: ${Object.values(m.releases).join(", ")}.`,
      ...m.files.map((f) => `  read ${f.name} (${f.release}, sha256 ${f.sha256.slice(0, 12)}…)`),
      ...notUsed.map((f) => `  not used: ${f}`),
      `Wrote ${layerPath} (the app loads it at start and on knowledge reload)`,
      subset.changed
        ? `and ${subset.file} (the curated roles' ${socs.size} occupations; commit it).`
        : `${subset.file} is unchanged: it already holds these releases' figures for the curated roles' ${socs.size} occupations.`,
    ];
    return { code: 0, out: lines.join("\n") };
  } catch (error) {
    if (error instanceof ImportError)
      return {
        code: 1,
        out: `Import stopped; the previous layer in ${path.resolve(outDir)} is unchanged.\n${error.message}`,
      };
    throw error;
  }
}
