import path from "node:path";
import { knowledgeFolders } from "../knowledge/core/loader.js";
import type { Knowledge } from "../knowledge/core/schema.js";
import { officialSourcePrefix } from "./figures.js";
import { readLayer, readSubset, subsetFile } from "./files.js";
import { layerFile, type OfficialLayer, officialHosts } from "./layer.js";

/** The agencies' sites: a figure cited to one of them is an official figure, whoever typed it. */
const agencySite =
  /^https?:\/\/([a-z]+\.)*(bls\.gov|onetonline\.org|onetcenter\.org|onetcodeconnector\.org)\//;

/**
 * What `knowledge:check` says about official figures, each as `file: path: message`:
 * - a figure in the authored knowledge that cites an agency: it would stand beside the layer's figures of
 *   another release of the same series, so it must come from the layer instead;
 * - the committed subset and an imported layer that disagree on a release or on a figure;
 * - an official source that is not on bls.gov, onetonline.org or onetcenter.org.
 */
export function officialProblems(
  knowledge: Knowledge,
  knowledgeDirs: string,
  officialDir: string | undefined,
): string[] {
  const problems: string[] = [];
  const base = knowledgeFolders(knowledgeDirs)[0] ?? "knowledge";
  const subsetPath = path.join(base, subsetFile);
  const sources = new Map(knowledge.sources.map((s) => [s.id, s]));
  const authored: { file: string; at: string; source: string }[] = [];
  for (const role of knowledge.roles) {
    const file = path.join(base, "roles", `${role.id}.yaml`);
    const s = role.salary;
    const lists = {
      "outlook.figures": role.outlook.figures,
      ...(s
        ? {
            "salary.government": s.government,
            "salary.headline": s.headline,
            "salary.totalComp": s.totalComp,
            "salary.modifiers": s.modifiers,
            "salary.levels": s.levels.flatMap((l) => [l.figure, ...l.extra]),
            "salary.locations": s.locations.flatMap((l) => [l.figure, ...l.extra]),
          }
        : {}),
    };
    for (const [at, figures] of Object.entries(lists))
      figures.forEach((f, i) => {
        authored.push({ file, at: `${at}.${i}`, source: f.source });
      });
  }
  knowledge.market.figures.forEach((f, i) => {
    authored.push({ file: path.join(base, "market.yaml"), at: `figures.${i}`, source: f.source });
  });
  knowledge.occupations.forEach((o, i) => {
    o.figures.forEach((f, j) => {
      authored.push({ file: path.join(base, "occupations.yaml"), at: `${i}.figures.${j}`, source: f.source });
    });
  });
  for (const a of authored) {
    const url = sources.get(a.source)?.url ?? "";
    if (a.source.startsWith(officialSourcePrefix) || agencySite.test(url))
      problems.push(
        `${a.file}: ${a.at}.source: cites an agency figure ("${a.source}"); BLS and O*NET figures come from the official layer (career data import), one release per series: remove it and name the occupation's O*NET code in the role's onet list`,
      );
  }

  let subset: OfficialLayer | undefined;
  let layer: OfficialLayer | undefined;
  try {
    subset = readSubset(base);
  } catch (error) {
    problems.push(`${subsetPath}: (file): ${(error as Error).message}`);
  }
  try {
    layer = officialDir ? readLayer(officialDir) : undefined;
  } catch (error) {
    problems.push(`${path.join(officialDir ?? "", layerFile)}: (file): ${(error as Error).message}`);
  }
  for (const [file, data] of [
    [subsetPath, subset],
    [path.join(officialDir ?? "", layerFile), layer],
  ] as const)
    for (const o of data?.occupations ?? [])
      for (const [series, url] of Object.entries(o.sources))
        if (url && !officialHosts.test(url))
          problems.push(
            `${file}: ${o.soc}.sources.${series}: ${url} is not on bls.gov, onetonline.org or onetcenter.org`,
          );

  const needed = new Set(knowledge.roles.flatMap((r) => r.onet.map((c) => c.slice(0, 7))));
  if (!subset && needed.size > 0)
    problems.push(
      `${subsetPath}: (file): missing: run \`career data import <agency files>\` to write the curated roles' official figures`,
    );
  if (subset)
    for (const soc of needed)
      if (
        !subset.occupations.some((o) => o.soc === soc) &&
        (!layer || layer.occupations.some((o) => o.soc === soc))
      )
        problems.push(
          `${subsetPath}: occupations: lacks ${soc}, which a curated role names: run \`career data import\` again`,
        );
  if (subset && layer) {
    for (const [series, release] of Object.entries(layer.manifest.releases)) {
      const committed = subset.manifest.releases[series as keyof OfficialLayer["manifest"]["releases"]];
      if (committed !== release)
        problems.push(
          `${subsetPath}: manifest.releases.${series}: is ${committed ?? "missing"} while the loaded layer has ${release}: answers would mix two releases; run \`career data import\` again and commit ${subsetFile}`,
        );
    }
    const bySoc = new Map(layer.occupations.map((o) => [o.soc, o]));
    for (const o of subset.occupations) {
      const l = bySoc.get(o.soc);
      if (!l) continue;
      if (
        JSON.stringify({ pay: o.pay, outlook: o.outlook }) !==
        JSON.stringify({ pay: l.pay, outlook: l.outlook })
      )
        problems.push(
          `${subsetPath}: ${o.soc}: its figures differ from the loaded layer's: run \`career data import\` again and commit ${subsetFile}`,
        );
    }
  }
  return problems;
}
