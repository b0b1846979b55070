import type { Manifest, OfficialLayer, OfficialOccupation } from "../layer.js";
import { oewsUrl, onetUrl, projectionsUrl } from "../sources.js";
import type { OewsRow } from "./oews.js";
import type { OnetData } from "./onet.js";
import type { ProjectionRow } from "./projections.js";

/** At most this many hot technologies and related occupations are kept per occupation. */
const maxTechnologies = 25;
const maxRelated = 10;

const socOf = (onetCode: string) => onetCode.slice(0, 7);

/** Titles once each, compared without case ("Data Scientist" and "data scientist" are one title). */
function distinct(titles: Iterable<string>): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const t of titles) {
    const key = t.toLowerCase();
    if (t === "" || seen.has(key)) continue;
    seen.add(key);
    out.push(t);
  }
  return out;
}

/**
 * Joins the three series on the 6-digit SOC code. Every detailed occupation of OEWS or of the projections
 * is one record; O*NET's occupations (15-1299.08 and the like) fold into their SOC code, their titles
 * becoming that occupation's alternate titles.
 */
export function compileLayer(
  oews: OewsRow[],
  projections: ProjectionRow[] | undefined,
  onet: OnetData | undefined,
  manifest: Omit<Manifest, "occupations" | "titles">,
): OfficialLayer {
  const outlookBySoc = new Map((projections ?? []).map((p) => [p.soc, p]));
  const onetBySoc = new Map<string, string[]>();
  for (const code of onet?.titles.keys() ?? []) {
    const list = onetBySoc.get(socOf(code)) ?? [];
    list.push(code);
    onetBySoc.set(socOf(code), list);
  }
  const titles = new Map<string, string>(oews.map((o) => [o.soc, o.title]));
  for (const p of projections ?? []) if (!titles.has(p.soc)) titles.set(p.soc, p.title);
  const occupations: OfficialOccupation[] = [];
  let titleCount = 0;
  for (const [soc, title] of [...titles].sort(([a], [b]) => a.localeCompare(b))) {
    const pay = oews.find((o) => o.soc === soc);
    const outlook = outlookBySoc.get(soc);
    const codes = (onetBySoc.get(soc) ?? []).sort();
    const main = codes.find((c) => c.endsWith(".00")) ?? codes[0];
    const record: OfficialOccupation = {
      soc,
      title,
      sources: {
        ...(pay ? { oews: oewsUrl(manifest.releases.oews, soc) } : {}),
        ...(outlook ? { projections: projectionsUrl } : {}),
        ...(onet && main ? { onet: onetUrl(main) } : {}),
      },
    };
    if (pay) {
      const { soc: _s, title: _t, ...figures } = pay;
      record.pay = figures;
    }
    if (outlook) {
      const { soc: _s, title: _t, ...rest } = outlook;
      record.outlook = rest;
    }
    if (onet && codes.length > 0) {
      const namesOf = (list: string[]) =>
        distinct(
          list.flatMap((c) => [
            onet.titles.get(c) ?? "",
            ...(onet.alternateTitles.get(c) ?? []),
            ...(onet.reportedTitles.get(c) ?? []),
          ]),
        ).filter((t) => t.toLowerCase() !== title.toLowerCase());
      const mainCodes = codes.filter((c) => c.endsWith(".00"));
      const featured = distinct(mainCodes.flatMap((c) => onet.featuredTitles.get(c) ?? [])).filter(
        (t) => t.toLowerCase() !== title.toLowerCase(),
      );
      const isFeatured = new Set(featured.map((n) => n.toLowerCase()));
      const names = namesOf(mainCodes).filter((n) => !isFeatured.has(n.toLowerCase()));
      const own = new Set([...names, ...featured].map((n) => n.toLowerCase()));
      const subNames = namesOf(codes.filter((c) => !c.endsWith(".00"))).filter(
        (n) => !own.has(n.toLowerCase()),
      );
      titleCount += featured.length + names.length + subNames.length;
      const related = distinct(codes.flatMap((c) => (onet.related.get(c) ?? []).map(socOf))).filter(
        (s) => s !== soc && titles.has(s),
      );
      const zone = main ? onet.jobZones.get(main) : undefined;
      record.onet = {
        codes,
        ...(zone ? { jobZone: zone } : {}),
        hotTechnologies: distinct(codes.flatMap((c) => onet.hotTechnologies.get(c) ?? [])).slice(
          0,
          maxTechnologies,
        ),
        related: related.slice(0, maxRelated),
        ...(featured.length ? { featuredTitles: featured.join("\n") } : {}),
        titles: names.join("\n"),
        subTitles: subNames.join("\n"),
      };
    }
    occupations.push(record);
  }
  return { manifest: { ...manifest, occupations: occupations.length, titles: titleCount }, occupations };
}
