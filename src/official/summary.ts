import type { OfficialData } from "./data.js";

/** One start-up line: which official releases answer, and for how many occupations. */
export function officialSummary(data: OfficialData | undefined, officialDir: string): string {
  if (!data) return `Official figures: none (no ${officialDir}/layer.json and no knowledge/official.yaml).`;
  const releases = Object.values(data.manifest.releases).join(", ");
  return data.complete
    ? `Official figures: ${data.occupations.length} occupations from ${releases} (${officialDir}).`
    : `Official figures: the curated roles' ${data.occupations.length} occupations from ${releases}; other occupations need \`career data import\` into ${officialDir}.`;
}
