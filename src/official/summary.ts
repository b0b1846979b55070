import type { OfficialData } from "./data.js";
import { hasHourlyWages } from "./figures.js";

/** One start-up line: which official releases answer, and for how many occupations. */
export function officialSummary(data: OfficialData | undefined, officialDir: string): string {
  if (!data) return `Official figures: none (no ${officialDir}/layer.json and no knowledge/official.yaml).`;
  const releases = Object.values(data.manifest.releases).join(", ");
  // A layer imported before hourly wages were kept still answers; it says so, and how to add them.
  const paid = data.occupations.filter((o) => o.pay);
  const noHourly =
    paid.length > 0 && !paid.some(hasHourlyWages)
      ? ` Its OEWS wages are annual only (imported before hourly wages were kept): run \`career data import\` again for BLS's hourly wages.`
      : "";
  return data.complete
    ? `Official figures: ${data.occupations.length} occupations from ${releases} (${officialDir}).${noHourly}`
    : `Official figures: the curated roles' ${data.occupations.length} occupations from ${releases}; other occupations need \`career data import\` into ${officialDir}.${noHourly}`;
}
