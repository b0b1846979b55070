/*
 * An employer's own name for a level ("L5", "E4", "level 63"): read from the question, then put on the
 * ladder of the employer the question or its thread is about, since the same name is a different level at
 * each employer (Google's L5 is its senior level, Amazon's its mid level).
 */
import type { CompanyLevelName, KnowledgeBase } from "../../knowledge/base.js";
import type { Match } from "../../knowledge/core/vocabulary.js";
import type { EntityReading } from "../names/entity-reading.js";
import { employerNamesAmong } from "./listed-employers.js";

/** An employer's level name a question names, with its reading at every employer that uses it. */
export interface CompanyLevelNamed {
  /** How the knowledge writes it ("L5"). */
  name: string;
  readings: CompanyLevelName[];
  /** A level the knowledge's own words name beside it ("new grad" in "google L3 new grad"). */
  levelBeside?: string;
  /** The role read from the name's ladder, the question naming no job ("E5 at meta": Software Engineer). */
  roleOfLadder?: string;
}

/**
 * How an employer's level name was read: on the ladder of `company`, the employer asked about (`level`, and
 * `rank` for one above the knowledge's levels); or, where none asked about uses it, as the level every
 * employer that uses it means by it, if they agree ("E5" is only Meta's, "SDE II" Amazon's and Microsoft's
 * mid level); or as no level, where they do not ("L5" is Google's senior level, Amazon's mid level).
 */
export interface CompanyLevelReading extends CompanyLevelNamed {
  /** The employer asked about whose ladder it was read on. */
  company?: string;
  level?: string;
  rank?: string;
  /** The employer named or carried, when it uses no level of that name ("L5 at Meta"). */
  notAt?: string;
}

/** Words after a bare number that make it an amount or a count, not a level: "63k", "60 people", "64 hours". */
const countedAfter = new Set(
  "k grand years year yrs yr yoe people ppl percent hours hrs hour days months weeks dollars usd engineers devs".split(
    " ",
  ),
);

/** Whether the question names the employer, as the employers are read: any of its names, as typed. */
const employerNamed = (r: EntityReading, company: string) =>
  employerNamesAmong(r).some((m) => m.entries.includes(company));

/**
 * Whether a level name found stands as one. A bare number ("a 63 at microsoft") is a level only beside the
 * employer whose ladder numbers it, and never an amount or count ("63k", "60 people").
 */
function standsAsLevel(r: EntityReading, m: Match<CompanyLevelName>): boolean {
  const typed = r.tokens.slice(m.start, m.end).join(" ");
  if (!/^\d+$/.test(typed)) return true;
  const next = r.tokens[m.end];
  if (next !== undefined && countedAfter.has(next)) return false;
  return m.entries.some((entry) => employerNamed(r, entry.company));
}

/**
 * Takes the employer's level names the question names, as levels, and gives the first: "sde 1 vs sde 2"
 * names two (the knowledge's levels spelt beside them, by the shorthand, set the two side by side), and
 * neither is the role "sde".
 */
export function companyLevelRead(r: EntityReading): CompanyLevelNamed | undefined {
  const found = r.kb.companyLevels.findAll(r.open(), undefined, false).filter((x) => standsAsLevel(r, x));
  for (const m of found) r.claim(m, "xlevel");
  const [m] = found;
  const [first] = m?.entries ?? [];
  return m && first ? { name: first.name, readings: m.entries } : undefined;
}

/**
 * "E5 at meta, what's the comp like": the one role whose ladder a level name is on (Meta's E-levels are its
 * engineers'), where every employer using the name says the same; undefined where it names no one role
 * ("L5", "IC5": every role's levels).
 */
export function roleOfLadder(named: CompanyLevelNamed | undefined): string | undefined {
  const roles = new Set(named?.readings.map((x) => x.role));
  const [role] = roles;
  return roles.size === 1 ? role : undefined;
}

/**
 * The level name put on a ladder: that of the employer named or carried where it uses the name; else the
 * level all employers using it agree on, whoever is named; else none.
 */
export function companyLevelOn(named: CompanyLevelNamed, company: string | undefined): CompanyLevelReading {
  const at = named.readings.find((x) => x.company === company);
  const notAt = company !== undefined && !at ? { notAt: company } : {};
  const [first] = named.readings;
  const agreed =
    first && named.readings.every((x) => x.level === first.level && x.rank === first.rank)
      ? first
      : undefined;
  const reading = at ?? agreed;
  if (!reading) return { ...named, ...notAt };
  return {
    name: reading.name,
    readings: named.readings,
    ...(named.roleOfLadder ? { roleOfLadder: named.roleOfLadder } : {}),
    ...(at ? { company: at.company } : {}),
    level: reading.level,
    ...(reading.rank ? { rank: reading.rank } : {}),
    ...notAt,
  };
}

/** A level name carried in a thread ("L5"), found again to be put on the ladder of the employer asked now. */
export function companyLevelNamed(kb: KnowledgeBase, name: string): CompanyLevelNamed | undefined {
  const hit = kb.companyLevels.lookup(name.toLowerCase());
  const [first] = hit?.entries ?? [];
  return hit?.distance === 0 && first ? { name: first.name, readings: hit.entries } : undefined;
}
