/*
 * What reading one question's entities keeps as it goes: which words are taken and the placeholder each
 * leaves for the classifier, and the jobs found so far. Each step of `extractEntities` reads the words the
 * steps before it left open, so the order of the steps is the order in which names win.
 */
import pluralize from "pluralize";
import type { KnowledgeBase } from "../../knowledge/base.js";
import type { Role } from "../../knowledge/core/schema.js";
import type { Match, Vocabulary } from "../../knowledge/core/vocabulary.js";
import type { Occupation } from "../intent/language.js";
import { questionWords } from "../words/entity-words.js";
import { inJobFrame, inPlaceFrame, isLongMessage } from "../words/loose-words.js";
import { everydayWordAsPlace } from "../words/place-words.js";
import { saidAsVerb } from "../words/title-as-verb.js";
import type { EntityVocabularies } from "./entity-vocabularies.js";
import type { RoleNamedAt } from "./move-sides.js";

/**
 * An occupation the knowledge does not cover, as typed. `official` lists the official occupations (SOC
 * codes) the words name, when they were read from the official layer's titles: one, or several when O*NET
 * lists the title under each.
 */
export interface UncoveredOccupation {
  occupation: Occupation;
  typed: string;
  official?: string[];
  /**
   * A line of business where a move starts ("from healthcare to data analyst"): its people do many jobs,
   * so it stands for no one occupation, and the answer says so (`occupation` is only its name).
   */
  lineOfBusiness?: true;
}

/** A name that could mean several roles ("sde"), with the roles it could mean. */
export interface AmbiguousName {
  typed: string;
  options: Role[];
}

/** A role a question names, with each of the names it was typed as ("it support", "help desk"). */
export interface FoundRole extends RoleNamedAt {
  typed: string[];
}

/** A role read from an O*NET title of its occupation: the title as typed, and the occupation's SOC code. */
export interface RoleByTitle {
  role: Role;
  typed: string;
  soc: string;
}

/** Where a stretch of the question's words starts and ends. */
type Span = { start: number; end: number };

export interface EntityReading {
  kb: KnowledgeBase;
  v: EntityVocabularies;
  tokens: string[];
  /** Whether misspelt names are read; off for the intent examples, whose words are the classifier's. */
  typos: boolean;
  /** Where "it" is the field, not the pronoun. */
  itField: ReadonlySet<number>;
  /**
   * The official layer's titles, read only with typos on: the intent examples' words are the classifier's,
   * and training needs no 55,000-title index at start.
   */
  official: KnowledgeBase["official"];
  /** The tokens with each entity replaced by a placeholder ("" for the rest of its words). */
  masked: string[];
  /** The words something was read from. */
  taken: boolean[];
  /** The words a job (a role or an occupation) was read from, for the sides of a comparison. */
  job: boolean[];
  rolesFound: FoundRole[];
  /**
   * Roles read from another of their occupation's O*NET titles, none of the role's own names ("pacs admin",
   * an O*NET title of Database Administrators): the answer says how the title was read.
   */
  titledRoles: RoleByTitle[];
  /**
   * The role a move told as made reached ("went from help desk to sysadmin, whats next"): the job held now,
   * where the asker stands, no end of a move asked about.
   */
  reachedByMove?: Role;
  /** Each uncovered occupation with where it starts, for which side of a move it is on. */
  occupations: { entry: UncoveredOccupation; start: number }[];
  /** Takes the words of a match, leaving its placeholder where it starts. */
  claim(m: Span, placeholder: string): void;
  /** The words no step has taken yet ("" for those taken). */
  open(): string[];
  /** "it support" names a role only where "it" is the field, not in "does it support python?". */
  leansOnPronoun(m: Span): boolean;
  /** A job of one word outside its frame in a long message, or a title of two letters outside it anywhere. */
  looseJob(m: Span): boolean;
  /** A place outside its frame in a long message. */
  loosePlace(m: Span): boolean;
  addRole(role: Role, m: Span): void;
  addUncovered(entry: UncoveredOccupation, start: number): void;
}

/** The reading of a question before any step has read it: nothing taken, nothing found. */
export function startReading(
  kb: KnowledgeBase,
  v: EntityVocabularies,
  tokens: string[],
  typos: boolean,
  itField: ReadonlySet<number>,
): EntityReading {
  const masked = [...tokens];
  const taken = new Array<boolean>(tokens.length).fill(false);
  const job = new Array<boolean>(tokens.length).fill(false);
  const claim = (m: Span, placeholder: string) => {
    for (let i = m.start; i < m.end; i++) {
      taken[i] = true;
      job[i] = placeholder === "xrole";
      masked[i] = i === m.start ? placeholder : "";
    }
  };
  // In a long message a job of one word, or a place, counts only in its frame: the rest are asides ("mostly
  // printers", "my mate reckons", "the phoenix project"). A title of two letters ("rn") needs it anywhere.
  const long = isLongMessage(tokens);
  const rolesFound: FoundRole[] = [];
  const occupations: EntityReading["occupations"] = [];
  return {
    kb,
    v,
    tokens,
    typos,
    itField,
    official: typos ? kb.official : undefined,
    masked,
    taken,
    job,
    rolesFound,
    titledRoles: [],
    occupations,
    claim,
    open: () => tokens.map((t, i) => (taken[i] ? "" : t)),
    leansOnPronoun: (m) =>
      tokens.slice(m.start, m.end).some((t, i) => t === "it" && !itField.has(m.start + i)),
    looseJob: (m) =>
      m.end - m.start === 1 &&
      (((long || (tokens[m.start]?.length ?? 0) <= 2) && !inJobFrame(tokens, m.start, m.end)) ||
        saidAsVerb(tokens, m.start)),
    loosePlace: (m) =>
      (long && !inPlaceFrame(tokens, m.start, m.end)) ||
      everydayWordAsPlace(tokens, m, [kb.places, v.unlistedPlaces]),
    addRole: (role, m) => {
      const typed = tokens.slice(m.start, m.end).join(" ");
      const known = rolesFound.find((f) => f.role === role);
      if (known) known.typed.push(typed);
      else rolesFound.push({ role, start: m.start, end: m.end, typed: [typed] });
      claim(m, "xrole");
    },
    addUncovered: (entry, start) => {
      // "my gf is a nurse … what do nurses make": one job named again, in the plural or not, is one side,
      // never two to set against each other.
      const again = occupations.some(
        (o) =>
          o.entry.occupation.name === entry.occupation.name &&
          pluralize.singular(o.entry.typed) === pluralize.singular(entry.typed),
      );
      if (!again) occupations.push({ entry, start });
    },
  };
}

/** Whether any of a match's words was taken already. */
export const anyTaken = (r: EntityReading, m: Span) => r.taken.slice(m.start, m.end).some(Boolean);

/**
 * The one entry of a short list (levels, places, kinds of skill) named among the open words, taken with its
 * placeholder. Places and levels are short lists: only question words are kept out of their typo matching,
 * so "new yrok city" still finds New York City.
 */
export function pickOne<T>(
  r: EntityReading,
  vocabulary: Vocabulary<T>,
  placeholder: string,
  fuzzy: boolean,
  fits: (m: Match<T>) => boolean = () => true,
): T | undefined {
  const m = vocabulary
    .findAll(r.open(), (w) => questionWords.has(w), fuzzy)
    .find((x) => x.entries.length === 1 && fits(x));
  if (!m) return undefined;
  r.claim(m, placeholder);
  return m.entries[0];
}

/** An official occupation as the understanding names occupations: its title, and the curated roles near it. */
export function officialOccupation(kb: KnowledgeBase, soc: string): Occupation {
  const o = kb.official?.bySoc.get(soc);
  const group = soc.slice(0, 5);
  const near = kb.knowledge.roles
    .filter((r) => r.onet.some((c) => c.startsWith(soc)))
    .concat(kb.knowledge.roles.filter((r) => r.onet.some((c) => c.startsWith(group))))
    .map((r) => r.id);
  return {
    name: o?.title ?? soc,
    soc,
    tech: soc.startsWith("15-"),
    near: [...new Set(near)].slice(0, 3),
    titles: [],
  };
}

/** The listed occupation a title names exactly ("project manager"), if the occupations list has it. */
export function listedTitle(v: EntityVocabularies, title: string): Occupation | undefined {
  const hit = v.occupations.lookup(title);
  return hit?.distance === 0 ? hit.entries[0] : undefined;
}
