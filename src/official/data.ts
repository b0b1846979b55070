import { KnowledgeError, knowledgeFolders } from "../knowledge/core/loader.js";
import type { Role, Source } from "../knowledge/core/schema.js";
import { entryLines, officialSources, outlookFigures, payFigures } from "./figures.js";
import { OfficialDataError, readLayer, readSubset, subsetFile } from "./files.js";
import type { Manifest, OfficialLayer, OfficialOccupation } from "./layer.js";
import { rankedTitles, TitleIndex } from "./titles.js";

/** The official figures the advisor answers from: the whole layer when imported, else the committed subset. */
export interface OfficialData {
  manifest: Manifest;
  /** Every detailed occupation (an import was loaded), or only the curated roles' occupations. */
  complete: boolean;
  occupations: readonly OfficialOccupation[];
  bySoc: ReadonlyMap<string, OfficialOccupation>;
  /**
   * Every title people may type for an occupation: built once, on first use (the app asks for it right
   * after it starts serving, so no question waits), never per question.
   */
  readonly titles: TitleIndex;
}

/** The 6-digit SOC code of an O*NET-SOC code: 15-1252.00 → 15-1252. */
export const socOf = (code: string) => code.slice(0, 7);

function dataOf(layer: OfficialLayer, complete: boolean): OfficialData {
  // Indexing 55,000 titles takes about half a second: off the start-up path, and only once.
  let raw: ReturnType<typeof rankedTitles>[] | undefined = layer.occupations.map(rankedTitles);
  let titles: TitleIndex | undefined;
  // The titles live on in the index only: kept on each occupation too, they would hold 1.3 MB of heap.
  const occupations = layer.occupations.map((o) => {
    if (!o.onet) return o;
    const { featuredTitles: _featured, ...onet } = o.onet;
    return { ...o, onet: { ...onet, titles: "", subTitles: "" } };
  });
  return {
    manifest: layer.manifest,
    complete,
    occupations,
    bySoc: new Map(occupations.map((o) => [o.soc, o])),
    get titles() {
      if (!titles) {
        titles = new TitleIndex(raw ?? []);
        raw = undefined;
      }
      return titles;
    },
  };
}

/**
 * Reads the committed subset from the first knowledge folder and, when `officialDir` holds an imported
 * layer, the layer instead. A damaged file stops the start with its name and the fix, as knowledge does.
 */
export function loadOfficialData(
  knowledgeDirs: string | readonly string[],
  officialDir?: string,
): OfficialData | undefined {
  const base = knowledgeFolders(knowledgeDirs)[0] ?? "knowledge";
  try {
    const layer = officialDir ? readLayer(officialDir) : undefined;
    if (layer) return dataOf(layer, true);
    const subset = readSubset(base);
    return subset ? dataOf(subset, false) : undefined;
  } catch (error) {
    if (error instanceof OfficialDataError)
      throw new KnowledgeError([`${error.file}: (file): ${error.message.slice(error.file.length + 2)}`]);
    throw error;
  }
}

export { subsetFile };

/** The official occupations a curated role names (its O*NET codes), once each. */
export function occupationsOf(role: Role, data: OfficialData | undefined): OfficialOccupation[] {
  if (!data) return [];
  const socs = [...new Set(role.onet.map(socOf))];
  return socs.map((s) => data.bySoc.get(s)).filter((o): o is OfficialOccupation => o !== undefined);
}

/**
 * A curated role with its official figures filled in from the layer: pay (median and percentiles) as its
 * government statistics, employment and projections among its outlook figures, entry education and
 * experience among its lines. Authored figures from the source articles stay as they are.
 */
export function withOfficialFigures(role: Role, data: OfficialData | undefined): Role {
  const occupations = occupationsOf(role, data);
  if (!data || occupations.length === 0) return role;
  const m = data.manifest;
  const pay = occupations.flatMap((o) => payFigures(o, m));
  const outlook = occupations.flatMap((o) => outlookFigures(o, m));
  const lines = occupations.map((o) => entryLines(o, m));
  const salary = role.salary ?? {
    levels: [],
    locations: [],
    totalComp: [],
    companies: [],
    headline: [],
    modifiers: [],
    government: [],
    notes: [],
  };
  return {
    ...role,
    salary: { ...salary, government: [...salary.government, ...pay] },
    outlook: { ...role.outlook, figures: [...role.outlook.figures, ...outlook] },
    education: [...role.education, ...lines.flatMap((l) => l.education)],
    experience: [...role.experience, ...lines.flatMap((l) => l.experience)],
  };
}

/** The sources every official figure cites, for the knowledge base's source map. */
export function sourcesOf(
  data: OfficialData | undefined,
  occupations?: readonly OfficialOccupation[],
): Source[] {
  if (!data) return [];
  return (occupations ?? data.occupations).flatMap((o) => officialSources(o, data.manifest));
}
