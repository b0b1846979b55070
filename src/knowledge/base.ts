import { loadOfficialData, type OfficialData, sourcesOf, withOfficialFigures } from "../official/data.js";
import { singular } from "../official/titles.js";
import { loadKnowledge } from "./core/loader.js";
import type { Knowledge, Role, Source } from "./core/schema.js";
import { spellShortForms, stem, tokenize } from "./core/text.js";
import { Vocabulary } from "./core/vocabulary.js";
import { SectionIndex } from "./search.js";
import { buildSections, type Section } from "./sections.js";

/** An employer's own name for one of its levels, with the employer and the level it is read as. */
export interface CompanyLevelName {
  company: string;
  name: string;
  level: string;
  rank?: string;
  /** The one role whose ladder the name is on ("E5": Meta's engineers'), if only one's. */
  role?: string;
}

/** The knowledge with everything derived from it once at start: lookups, vocabularies, the search index. */
export interface KnowledgeBase {
  knowledge: Knowledge;
  roleById: ReadonlyMap<string, Role>;
  sources: ReadonlyMap<string, Source>;
  roleNames: Vocabulary<string>;
  levels: Vocabulary<string>;
  /** Employers' own names for their levels ("l5"), each standing for that level at every employer using it. */
  companyLevels: Vocabulary<CompanyLevelName>;
  places: Vocabulary<string>;
  companies: Vocabulary<string>;
  sections: Section[];
  index: SectionIndex;
  /** Official figures (BLS, O*NET): every occupation when a layer was imported, else the curated roles'. */
  official?: OfficialData;
}

export function buildKnowledgeBase(authored: Knowledge, official?: OfficialData): KnowledgeBase {
  // Curated roles take their official figures from the layer, so each series has one release everywhere.
  const knowledge = { ...authored, roles: authored.roles.map((r) => withOfficialFigures(r, official)) };
  const sources = new Map([...knowledge.sources, ...sourcesOf(official)].map((s) => [s.id, s]));
  // Each name also spelt out where it has a short form ("sys admin" as "sys administrator"), so that a name
  // typed with short forms another way ("eng mgr" for "eng manager") is found spelt out alike.
  const roleNames = new Vocabulary<string>(
    knowledge.roles.flatMap((r) =>
      [r.name, r.id.replaceAll("-", " "), ...r.aliases]
        .flatMap((p) => [p, spellShortForms(tokenize(p)).join(" ")])
        .map((p) => [p, r.id] as [string, string]),
    ),
  );
  // Levels are compared as singulars, not stems: "graduated" stems as "graduate" does, and "i graduated 10
  // years ago" names no entry level.
  const levels = new Vocabulary<string>(
    knowledge.levels.flatMap((l) => [l.name, ...l.aliases].map((a) => [a, l.id] as [string, string])),
    singular,
  );
  // Compared as typed: "l5" is no typo of "l4", and a name is never a plural.
  const companyLevels = new Vocabulary<CompanyLevelName>(
    knowledge.companyLevels.flatMap((c) =>
      c.levels.flatMap((rung) => {
        const entry: CompanyLevelName = {
          company: c.company,
          name: rung.name,
          level: rung.level,
          ...(rung.rank ? { rank: rung.rank } : {}),
          ...(rung.role ? { role: rung.role } : {}),
        };
        return [rung.name, ...rung.aliases].map((a) => [a, entry] as [string, CompanyLevelName]);
      }),
    ),
    (w) => w,
    false,
  );
  const places = new Vocabulary<string>(
    knowledge.locations.flatMap((l) => [l.name, ...l.aliases].map((a) => [a, l.id] as [string, string])),
    stem,
    false,
  );
  const companyNames = knowledge.roles.flatMap((r) => r.salary?.companies.map((c) => c.company) ?? []);
  const companies = new Vocabulary<string>(companyNames.map((c) => [c, c] as [string, string]));
  const sections = buildSections(knowledge, sources);
  return {
    knowledge,
    roleById: new Map(knowledge.roles.map((r) => [r.id, r])),
    sources,
    roleNames,
    levels,
    companyLevels,
    places,
    companies,
    sections,
    index: new SectionIndex(sections),
    ...(official ? { official } : {}),
  };
}

/**
 * The knowledge in `dirs`, with official figures: the layer in `officialDir` (OFFICIAL_DATA_DIR) when one
 * was imported there, else the curated roles' figures committed in the first folder's official.yaml.
 */
export function loadKnowledgeBase(dirs: string, options: { officialDir?: string } = {}): KnowledgeBase {
  const knowledge = loadKnowledge(dirs);
  return buildKnowledgeBase(knowledge, loadOfficialData(dirs, options.officialDir));
}
