/** Where each series' figures for one occupation can be checked, on the agencies' own sites. */

/** "May 2025" → the OEWS occupation profile of that release: bls.gov/oes/2025/may/oes151252.htm. */
export function oewsUrl(release: string, soc: string): string {
  const year = /(\d{4})/.exec(release)?.[1] ?? "current";
  return `https://www.bls.gov/oes/${year}/may/oes${soc.replace("-", "")}.htm`;
}

/** Employment Projections Table 1.2, the table every outlook figure is read from. */
export const projectionsUrl =
  "https://www.bls.gov/emp/tables/occupational-projections-and-characteristics.htm";

/** The O*NET OnLine summary of an O*NET occupation (15-1252.00). */
export function onetUrl(onetCode: string): string {
  return `https://www.onetonline.org/link/summary/${onetCode}`;
}

/** O*NET's licence asks for this credit wherever its data is shown. */
export function onetAttribution(release: string): string {
  return `${release} Database by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA), used under the CC BY 4.0 license`;
}
