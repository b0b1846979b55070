import type { KnowledgeBase } from "../knowledge/base.js";
import type { Role } from "../knowledge/core/schema.js";
import {
  editDistance,
  isShortForm,
  slipDistance,
  spellShortForms,
  stem,
  typoAllowance,
} from "../knowledge/core/text.js";
import type { Match, Vocabulary } from "../knowledge/core/vocabulary.js";
import { roleThatIs } from "../knowledge/role-that-is.js";
import { singular } from "../official/titles.js";
import { comparers, contrastWords } from "./contrast-words.js";
import { employersInAddresses, misspeltEmployers } from "./employer-names.js";
import {
  agentNoun,
  betweenCounts,
  comparedBy,
  comparedOn,
  fromMarkers,
  genericTitleWords,
  goesFor,
  isTitleHead,
  jobHeads,
  jobLeads,
  likenedTo,
  likening,
  markerBefore,
  moveWords,
  notASide,
  particles,
  payAfterJob,
  pronounPhrases,
  pronouns,
  questionWords,
  socCodeIn,
  titleEnding,
  titleHeads,
  titleNoise,
  toMarkers,
  wantsOut,
  weighingPhrases,
  weighingWords,
  wholeMoveEnd,
  wholeMoveStart,
  wholeSide,
} from "./entity-words.js";
import { type ItSide, itSideOf } from "./it-side.js";
import type { Occupation, Place, SkillKind, UnlistedLevel } from "./language.js";
import { inJobFrame, inPlaceFrame, isLongMessage } from "./loose-words.js";
import { type RoleNamedAt, readMove } from "./move-sides.js";
import { everydayWordAsPlace } from "./place-words.js";
import { payWords } from "./topic-words.js";
import { inLongerTitle, wholeTitles } from "./whole-titles.js";

/** The vocabularies entity extraction needs beyond the knowledge's own (roles, levels, places, companies). */
export interface EntityVocabularies {
  occupations: Vocabulary<Occupation>;
  skillKinds: Vocabulary<SkillKind>;
  /** Ordinary words of questions ("salary", "learn"): never read as a misspelt role name. */
  commonWords: ReadonlySet<string>;
  /**
   * The stems of the words of the kinds of skill ("programming", "language"), none a word of a role's name:
   * never read as a misspelt role name ("programming" is one letter from the Software Engineer alias
   * "programmer" in stems; "programing" too).
   */
  skillWords: ReadonlySet<string>;
  /** Employers people name, with or without figures in the knowledge ("netflix" → "Netflix"). */
  employers: Vocabulary<string>;
  /** Kinds of employer people name in pay questions ("startups", "faang"), which have no figures of their own. */
  companyKinds: Vocabulary<string>;
  /** Places the knowledge has no pay figures for ("denver" → Denver). */
  unlistedPlaces: Vocabulary<Place>;
  /** Levels the knowledge has no pay figures for ("intern" → interns, nearest entry level). */
  unlistedLevels: Vocabulary<UnlistedLevel>;
  /** Words the knowledge itself uses ("python", "banking"): never an unknown job title. */
  knownWord: (word: string) => boolean;
  /** The occupations list's titles of one word ("nurse", "plumber"), for a misspelt one. */
  oneWordTitles: readonly string[];
}

/** What a question names. */
export interface Entities {
  /** Covered roles, in the order named. */
  roles: Role[];
  /** Names that could mean several roles ("sde"). */
  ambiguous: { typed: string; options: Role[] }[];
  /**
   * Occupations the knowledge does not cover, as typed. `official` lists the official occupations (SOC
   * codes) the words name, when they were read from the official layer's titles: one, or several when
   * O*NET lists the title under each.
   */
  uncovered: { occupation: Occupation; typed: string; official?: string[] }[];
  /** Something shaped like a job title ("salesforce developer") that neither list knows. */
  unknownTitle?: string;
  /**
   * A word no list knows that reads like a job ("bookkeeper", "warehouse worker", "florists"): an unknown
   * title only when the question asks about a role and names none, which the classifier decides.
   */
  titleLike?: string;
  /**
   * Words on one side of "vs"/"or"/"than" that name no role ("swe vs blorpt", "swe vs python", the third
   * side of "devops vs sre vs platform eng"): what could not be read.
   */
  unread?: string;
  level?: string;
  /** A level the knowledge has no pay figures for, as the app writes it; `level` is then the nearest one. */
  unlistedLevel?: string;
  place?: string;
  /** A second place with figures named beside `place` ("moving from nyc to austin"). */
  otherPlace?: string;
  /** A place the knowledge has no pay figures for; `place` is then the location that contains it, if any. */
  unlistedPlace?: Place;
  company?: string;
  /**
   * Every employer named, in the order named ("google vs meta mle pay" → Google, Meta): `company` is read
   * from them only in a pay question, where they are no job title either way.
   */
  employers: string[];
  /** Kinds of employer named ("what do startups pay frontend devs vs big tech"): no figures exist for them. */
  companyKinds: string[];
  skillKind?: SkillKind;
  /** For a move between roles: which named role is the one held now and which the one wanted. */
  from?: Role;
  to?: Role;
  /** "it", "they", "that role": the question leans on what came before. */
  pronoun: boolean;
  /** One role named twice by different names ("it support or help desk"). */
  sameRole?: { role: Role; typed: string[] };
  /** "IT" the field, left on its own ("skills for IT", "careers in IT"), not part of a role's name. */
  itField: boolean;
  /** Where the field stands in a move or comparison ("from IT to devops", "nurse to IT", "IT vs cyber"). */
  itSide?: ItSide;
  /** "how to become an IT manager": the first occupation named is where a move leads, not where it starts. */
  toOccupation?: boolean;
  /** "should I", "worth it", "good idea": the question weighs a decision rather than asks a fact. */
  weighing: boolean;
  /** "switch", "moving", "leave", "transition": the question is about changing roles. */
  moving: boolean;
  /** The tokens with each entity replaced by a placeholder, for the intent classifier. */
  masked: string[];
}

/** How many jobs a question names: covered roles, occupations, and an unknown title. */
export const namedJobs = (e: Entities) => e.roles.length + e.uncovered.length + (e.unknownTitle ? 1 : 0);

/** An official occupation as the understanding names occupations: its title, and the curated roles near it. */
function officialOccupation(kb: KnowledgeBase, soc: string): Occupation {
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
function listedTitle(v: EntityVocabularies, title: string): Occupation | undefined {
  const hit = v.occupations.lookup(title);
  return hit?.distance === 0 ? hit.entries[0] : undefined;
}

/**
 * Where a misspelt word may be a job's name: before a word of pay where a job can stand ("plumbr salary",
 * "how much does a plumbr make"), or on one side of "vs"/"or"/"than" when the other side names a job
 * ("acountant or data analyst"). Anywhere else a word one letter from a job is more often another word
 * ("water", "former", "broken").
 */
function jobSlot(tokens: readonly string[], i: number, namesAJob: boolean): boolean {
  const before = tokens[i - 1] ?? "";
  const after = tokens[i + 1] ?? "";
  if (payAfterJob.has(after) && (i === 0 || jobLeads.has(before) || comparers.has(before))) return true;
  return namesAJob && (comparers.has(before) || comparers.has(after));
}

/**
 * The job title of one word a misspelt word stands for: the closest one-word title of the occupations list
 * or head of official titles ("electrician", "nurse"), one only, not the same word in another form
 * ("compiled" is no misspelt "compiler"), and beginning and ending as the word does.
 */
function correctJobWord(
  v: EntityVocabularies,
  official: KnowledgeBase["official"],
  word: string,
): string | undefined {
  const allowance = Math.min(2, typoAllowance(word.length));
  if (allowance === 0) return undefined;
  const heads = official?.titles;
  const fromOfficial = heads?.correct(
    singular(word),
    (c) => heads.isTitleHead(c) && heads.isKnownName(c) && !genericTitleWords.has(c),
  );
  const distance = (t: string) => slipDistance(word, t, allowance);
  const listed = v.oneWordTitles.filter((t) => distance(t) <= allowance);
  const found = [...new Set([...(fromOfficial ? [fromOfficial] : []), ...listed])].filter(
    (t) => distance(t) <= allowance,
  );
  const best = Math.min(...found.map(distance));
  const closest = found.filter((t) => distance(t) === best);
  const [fixed] = closest;
  if (closest.length !== 1 || !fixed || stem(fixed) === stem(word)) return undefined;
  // A slip of the keys leaves a word's first and last letters; another English word mostly changes one of
  // them ("fixed" salary is no "fixer", "curse" no "nurse", "broken" no "broker").
  return fixed[0] === word[0] && fixed.at(-1) === singular(word).at(-1) ? fixed : undefined;
}

/** Words after a word of rank that make it a level: "principal level", "staff roles". */
const rankNouns = new Set(["level", "levels", "role", "roles", "position", "positions", "title", "titles"]);

/**
 * Whether a word of rank stands as a level: right before a role's name ("principal sre"), a word that ends
 * a job title ("staff engineer") or a word of level ("staff level"), or alone after question words
 * ("principal?", "what about staff"). Elsewhere it is another word: "support staff", "what roles lead into".
 */
function standsAsRank(tokens: readonly string[], m: Match<unknown>, job: readonly boolean[]): boolean {
  const next = tokens[m.end];
  // "principal level", or a rank right after the job it is of ("devops engineer principal level pay").
  if (tokens[m.end - 1] === "level" || job[m.start - 1] === true) return true;
  if (next === undefined) return tokens.slice(0, m.start).every((t) => questionWords.has(t));
  return job[m.end] === true || titleHeads.has(stem(next)) || rankNouns.has(next);
}

/** A role a question names, with each of the names it was typed as ("it support", "help desk"). */
interface FoundRole extends RoleNamedAt {
  typed: string[];
}

/** Verbs that report what someone said: "told me", "says", "recommended". */
const reportingVerbs = new Set(
  "told tells says said suggested suggests recommended recommends thinks reckons mentioned advised claims claimed swears".split(
    " ",
  ),
);

/**
 * Whether a role is named only as who gave advice: one name typed, followed within three words ("at work",
 * "here") by a verb that reports what was said.
 */
function spokeAdvice(tokens: string[], f: FoundRole): boolean {
  if (f.typed.length !== 1) return false;
  const end = f.start + (f.typed[0]?.split(" ").length ?? 1);
  return tokens.slice(end, end + 3).some((t) => reportingVerbs.has(t));
}

/** Words for a person: "our IT guy", "my IT person". */
const personWords = new Set("guy guys person people girl gal lady dude folks".split(" "));

/** Words that weigh one job against another: "does our IT guy make more than a sysadmin" keeps both. */
const weighing = new Set([...contrastWords, ..."more less compare compared comparison".split(" ")]);

/**
 * Whether a role is named only as someone the person works with: "our IT guy is leaving, what should we pay a
 * sysadmin" — one name ending in a word for a person, after "our" or "my", in a question that weighs nothing.
 */
function namedAsPerson(tokens: string[], f: FoundRole): boolean {
  if (f.typed.length !== 1) return false;
  const words = f.typed[0]?.split(" ") ?? [];
  const last = tokens[f.start + words.length - 1] ?? "";
  return (
    personWords.has(last) &&
    ["our", "my"].includes(tokens[f.start - 1] ?? "") &&
    !tokens.some((t) => weighing.has(t))
  );
}

/**
 * Finds what a question names: occupations the knowledge does not cover first (their titles never contain a
 * covered role's name), then covered roles (exactly, then within a typo allowance), then a level, a place, a
 * company and a kind of skill among the words left, and which role a move starts from and which it aims at.
 */
export function extractEntities(
  kb: KnowledgeBase,
  v: EntityVocabularies,
  tokens: string[],
  typos = true,
  itField: ReadonlySet<number> = new Set(),
): Entities {
  const masked = [...tokens];
  const taken = new Array<boolean>(tokens.length).fill(false);
  // "it support" names a role only where "it" is the field, not in "does it support python?".
  const leansOnPronoun = (m: { start: number; end: number }) =>
    tokens.slice(m.start, m.end).some((t, i) => t === "it" && !itField.has(m.start + i));
  // The words a job (a role or an occupation) was read from, for the sides of a comparison.
  const job = new Array<boolean>(tokens.length).fill(false);
  const claim = (m: Match<unknown>, placeholder: string) => {
    for (let i = m.start; i < m.end; i++) {
      taken[i] = true;
      job[i] = placeholder === "xrole";
      masked[i] = i === m.start ? placeholder : "";
    }
  };
  const open = () => tokens.map((t, i) => (taken[i] ? "" : t));
  // In a long message a job of one word, or a place, counts only in its frame: the rest are asides ("mostly
  // printers", "my mate reckons", "the phoenix project"). A title of two letters ("rn") needs it anywhere.
  const long = isLongMessage(tokens);
  const looseJob = (m: { start: number; end: number }) =>
    m.end - m.start === 1 &&
    (long || (tokens[m.start]?.length ?? 0) <= 2) &&
    !inJobFrame(tokens, m.start, m.end);
  const loosePlace = (m: { start: number; end: number }) =>
    (long && !inPlaceFrame(tokens, m.start, m.end)) ||
    everydayWordAsPlace(tokens, m, [kb.places, v.unlistedPlaces]);
  // Chat's "rn" ("right now") is no registered nurse: ending a question ("r they hiring a lot rn"), or after
  // a word that no job title follows ("im a sys admin rn, thinking bout devops").
  // After "in IT", "at work", "here" it is the time too ("i'm in IT rn, want to get into cybersecurity").
  tokens.forEach((t, i) => {
    if (t !== "rn" || i === 0) return;
    const end = i === tokens.length - 1 && tokens.length >= 3;
    const before = tokens[i - 1] ?? "";
    const place = itField.has(i - 1) || ["here", "work", "job", "home"].includes(before);
    if (end || place || (!questionWords.has(before) && !comparers.has(before))) taken[i] = true;
  });
  // Nor is "ds" the data scientist where it is data structures: "ds and algo", "ds algorithms".
  tokens.forEach((t, i) => {
    const next = tokens[i + 1] === "and" ? tokens[i + 2] : tokens[i + 1];
    if (t === "ds" && /^algo/.test(next ?? "")) taken[i] = true;
  });

  // "the latter", "the former" pick one of the thread's roles: no job title of their own ("former" is an
  // O*NET title, "latter" reads like an agent noun), and the pick is read from the thread.
  tokens.forEach((t, i) => {
    if ((t === "latter" || t === "former") && tokens[i - 1] === "the") taken[i] = true;
  });

  // Kinds of employer first: "quant firms" is no quant.
  const kindMatches = v.companyKinds.findAll(tokens, undefined, false).filter((m) => m.entries.length === 1);
  for (const m of kindMatches) claim(m, "xcompany");

  const rolesFound: FoundRole[] = [];
  const addRole = (role: Role, m: Match<unknown>) => {
    const typed = tokens.slice(m.start, m.end).join(" ");
    const known = rolesFound.find((f) => f.role === role);
    if (known) known.typed.push(typed);
    else rolesFound.push({ role, start: m.start, end: m.end, typed: [typed] });
    claim(m, "xrole");
  };
  // Each uncovered occupation with where it starts, for which side of a move it is on.
  const occupations: { entry: Entities["uncovered"][number]; start: number }[] = [];
  const addUncovered = (entry: Entities["uncovered"][number], start: number) => {
    occupations.push({ entry, start });
  };
  // A role's name typed with a short form ("product mgr", "eng mgr") is found spelt out: where the name has
  // several words, or a lone short form is all of one side of a comparison ("qa vs dev vs devops") or all
  // of where a move leads ("qa to dev"). Not in the intent examples (typos off), whose words as typed are
  // what the classifier learnt from.
  const spelt = spellShortForms(tokens);
  const wholeName = (at: number) =>
    wholeSide(tokens, at) || wholeMoveEnd(tokens, at) || wholeMoveStart(tokens, at);
  const shortFormRoles = (typos ? kb.roleNames.findAll(spelt, undefined, false) : []).filter(
    (m) => tokens.slice(m.start, m.end).some(isShortForm) && (m.end - m.start > 1 || wholeName(m.start)),
  );
  const exactRoles = [...kb.roleNames.findAll(tokens, undefined, false), ...shortFormRoles];
  // An occupation's own official title wins over a shorter covered role name or listed occupation inside
  // it ("computer programmer" is BLS's Computer Programmers, not the Software Engineer alias "programmer").
  // The intent examples are read without the official titles (typos off): their words are the
  // classifier's, and training needs no 55,000-title index at start.
  const official = typos ? kb.official : undefined;
  const officialFirst = official?.titles
    .findAll(tokens, () => false)
    .filter((m) => m.own && m.distance === 0 && m.end - m.start > 1);
  for (const m of officialFirst ?? []) {
    if (taken.slice(m.start, m.end).some(Boolean)) continue;
    const overlapping = exactRoles.filter((r) => r.start < m.end && m.start < r.end);
    if (overlapping.some((r) => r.end - r.start >= m.end - m.start)) continue;
    const soc = m.socs[0] ?? "";
    const same = m.socs.length === 1 ? roleThatIs(kb, soc) : undefined;
    if (same) {
      addRole(same, { entries: [], start: m.start, end: m.end, distance: 0 });
      continue;
    }
    addUncovered(
      {
        occupation: officialOccupation(kb, soc),
        typed: tokens.slice(m.start, m.end).join(" "),
        official: m.socs,
      },
      m.start,
    );
    claim({ entries: [], start: m.start, end: m.end, distance: 0 }, "xrole");
  }
  // A covered role's name wins over an occupation title inside it ("big data cloud engineer" is not a
  // "cloud engineer"): an occupation counts only where no exact role name at least as long overlaps it.
  const listedOccupations = [
    ...v.occupations.findAll(tokens, undefined, false),
    ...v.occupations
      .findAll(spelt, undefined, false)
      .filter((m) => tokens.slice(m.start, m.end).some(isShortForm)),
  ];
  const readWhole = wholeTitles(official, tokens).filter((t) => !leansOnPronoun(t));
  for (const m of listedOccupations) {
    if (leansOnPronoun(m) || inLongerTitle(m, readWhole) || looseJob(m)) continue;
    const occupation = m.entries[0];
    if (taken.slice(m.start, m.end).some(Boolean)) continue;
    const inside = exactRoles.some(
      (r) => r.start < m.end && m.start < r.end && r.end - r.start >= m.end - m.start,
    );
    if (!occupation || inside) continue;
    // Two names of one listed occupation are one side ("ex-army (11B infantry)"), read where first named,
    // unless set against each other ("it director vs it manager").
    const sameSide = occupations.some(
      (o) =>
        o.entry.occupation === occupation && !tokens.slice(o.start, m.start).some((t) => comparers.has(t)),
    );
    if (!sameSide) addUncovered({ occupation, typed: tokens.slice(m.start, m.end).join(" ") }, m.start);
    claim(m, "xrole");
  }

  // "it" the field may begin a misspelt role name ("it suport"); "it" the pronoun may not.
  // Nor does a word of moving ("leave mle for pm" is no "lead mle").
  const skip = (w: string, at: number) =>
    w === "" ||
    (questionWords.has(w) && !itField.has(at)) ||
    v.commonWords.has(w) ||
    v.skillWords.has(stem(w)) ||
    moveWords.has(w) ||
    fromMarkers.has(w);
  const ambiguous: Entities["ambiguous"] = [];
  const byShortForm = shortFormRoles.filter((m) => !taken.slice(m.start, m.end).some(Boolean));
  const rest = open().map((t, i) => (byShortForm.some((m) => m.start <= i && i < m.end) ? "" : t));
  const roleMatches = [...byShortForm, ...kb.roleNames.findAll(rest, skip, typos)].sort(
    (a, b) => a.start - b.start,
  );
  for (const m of roleMatches) {
    if (leansOnPronoun(m)) continue;
    const found = m.entries.map((id) => kb.roleById.get(id)).filter((r): r is Role => r !== undefined);
    if (found.length === 1) addRole(found[0] as Role, m);
    if (found.length > 1) ambiguous.push({ typed: tokens.slice(m.start, m.end).join(" "), options: found });
    claim(m, "xrole");
  }

  // Places and levels are short lists: only question words are kept out of their typo matching, so
  // "new yrok city" still finds New York City.
  const pick = <T>(
    vocabulary: Vocabulary<T>,
    placeholder: string,
    fuzzy: boolean,
    fits: (m: Match<T>) => boolean = () => true,
  ): T | undefined => {
    const m = vocabulary
      .findAll(open(), (w) => questionWords.has(w), fuzzy)
      .find((x) => x.entries.length === 1 && fits(x));
    if (!m) return undefined;
    claim(m, placeholder);
    return m.entries[0];
  };
  let level = pick(kb.levels, "xlevel", typos);
  // "ml intern salary": a level with no figures of its own stands for the nearest one, so the answer can say so.
  // A word of rank ("staff", "principal") is a level only where it stands as one (see `standsAsRank`).
  const unlistedLevel = level
    ? undefined
    : pick(v.unlistedLevels, "xlevel", false, (m) => !m.entries[0]?.rank || standsAsRank(tokens, m, job));
  if (unlistedLevel) level = kb.levels.lookup(unlistedLevel.nearest)?.entries[0];
  // A place the knowledge has no figures for is read too, so the answer can say so: where its name is
  // longer than a known one inside it ("washington dc" is not Washington State), it wins.
  const unlisted = v.unlistedPlaces
    .findAll(open(), (w) => questionWords.has(w), false)
    // A place abroad is said to have no figures wherever it stands ("maths teacher (UK, 8 yrs)").
    .find((m) => m.entries.length === 1 && (m.entries[0]?.abroad || !loosePlace(m)));
  const knownPlace = kb.places
    .findAll(open(), (w) => questionWords.has(w), typos)
    .find((x) => x.entries.length === 1 && !loosePlace(x));
  const unlistedWins =
    unlisted !== undefined &&
    (!knownPlace ||
      (unlisted.start <= knownPlace.start &&
        unlisted.end >= knownPlace.end &&
        unlisted.end - unlisted.start > knownPlace.end - knownPlace.start));
  const unlistedPlace = unlistedWins ? unlisted.entries[0] : undefined;
  let place: string | undefined;
  if (unlisted && unlistedPlace) {
    // Taken, so it is no job title, but left as typed for the classifier: a place with no figures must
    // not make "are ml jobs growing in europe" read as a pay question.
    for (let i = unlisted.start; i < unlisted.end; i++) taken[i] = true;
    place = unlistedPlace.within ? kb.places.lookup(unlistedPlace.within)?.entries[0] : undefined;
  } else if (knownPlace) {
    claim(knownPlace, "xplace");
    place = knownPlace.entries[0];
  }
  // "moving from nyc to austin": a second place with figures, for pay set side by side in the two.
  const secondPlace = knownPlace
    ? kb.places
        .findAll(open(), (w) => questionWords.has(w), typos)
        .find((x) => x.entries.length === 1 && !loosePlace(x) && x.entries[0] !== place)
    : undefined;
  if (place && secondPlace) claim(secondPlace, "xplace");
  const otherPlace = place ? secondPlace?.entries[0] : undefined;
  // An employer with figures, within a typo ("meta"); then every other employer and kind of employer named,
  // as typed: none is a job title ("what does spotify pay them"), and each reads as one placeholder.
  const withFigures = kb.companies
    .findAll(open(), (w) => questionWords.has(w), typos)
    .find((m) => m.entries.length === 1);
  if (withFigures) claim(withFigures, "xcompany");
  const company = withFigures?.entries[0];
  // An employer's name that is also a kind of skill ("aws") is the employer only in a pay question, which
  // the understanding decides after the classifier.
  const isSkill = (m: Match<string>) =>
    v.skillKinds.lookup(tokens.slice(m.start, m.end).join(" ")) !== undefined;
  // Right before a word that ends jobs outside tech, it stays a word of the job: "doordash driver" is one.
  const brandOfJob = (m: Match<string>) => jobHeads.has(stem(open()[m.end] ?? ""));
  // As spelt, in a job link's address ("amazon.jobs"), or misspelt where typos are read at all ("amazn").
  const employerMatches = [
    ...v.employers.findAll(open(), undefined, false).filter((m) => m.entries.length === 1 && !isSkill(m)),
    ...employersInAddresses(v.employers, open()),
    ...(typos
      ? misspeltEmployers(
          v.employers,
          open(),
          (w) => v.knownWord(w) || kb.official?.titles.hasWord(w) === true,
        )
      : []),
  ];
  for (const m of employerMatches.filter((m) => !brandOfJob(m))) claim(m, "xcompany");
  const employers = [...(withFigures ? [withFigures] : []), ...employerMatches]
    .sort((a, b) => a.start - b.start)
    .map((m) => m.entries[0] ?? "")
    .filter((name, i, all) => all.indexOf(name) === i);
  const skillKind = pick(v.skillKinds, "xskill", false);

  // Occupations by their official titles (O*NET's alternate and reported titles among them) or SOC code,
  // among the words no covered role, level, place or company claimed.
  if (official) {
    const code = socCodeIn(open());
    if (code && official.bySoc.has(code.soc)) {
      const m = { entries: [], start: code.start, end: code.end, distance: 0 };
      addUncovered(
        { occupation: officialOccupation(kb, code.soc), typed: code.soc, official: [code.soc] },
        code.start,
      );
      claim(m, "xrole");
    }
    const fixable = (w: string) =>
      typos && !questionWords.has(w) && !v.commonWords.has(w) && !kb.index.words.has(w);
    for (const m of official.titles.findAll(open(), fixable)) {
      const words = tokens.slice(m.start, m.end);
      if (words.some((w) => w === "")) continue;
      // A title of several words ends in a word for a person or a job ("stock clerk", "registered nurse"),
      // never in a particle: "pick up" in "which one's easier to pick up" is no job.
      if (words.length > 1 && particles.has(words[words.length - 1] ?? "")) continue;
      // A misspelt title is read as the same title spelt right would be: "project manger" is the listed
      // Project Manager, not the Architectural and Engineering Managers O*NET also lists that title under.
      const listed = m.distance > 0 && words.length > 1 ? listedTitle(v, m.phrase) : undefined;
      if (listed) {
        addUncovered({ occupation: listed, typed: m.phrase }, m.start);
        claim({ entries: [], start: m.start, end: m.end, distance: m.distance }, "xrole");
        continue;
      }
      if (words.length === 1) {
        // A lone word names a job only when spelt right, heading several titles, and no ordinary word
        // of career questions ("models" in "deploying models", "cats" in a haiku).
        const w = words[0] ?? "";
        // Nor a word of two letters, which O*NET's abbreviations make too many of ("co" in "a big co").
        if (
          m.distance > 0 ||
          w.length <= 2 ||
          !official.titles.isTitleHead(w) ||
          genericTitleWords.has(w) ||
          looseJob(m) ||
          questionWords.has(w) ||
          v.commonWords.has(w) ||
          (kb.index.words.has(w) && !titleEnding.test(w))
        )
          continue;
      }
      // A title that plainly names none of the occupations O*NET lists it under is another job of the same
      // name: "growth hacker", listed under Forest and Conservation Workers, is no reading of the tech job.
      if (!m.socs.some((s) => official.titles.readsAs(m.phrase, s))) continue;
      const soc = m.socs[0] ?? "";
      const same = m.socs.length === 1 ? roleThatIs(kb, soc) : undefined;
      if (same) addRole(same, { entries: [], start: m.start, end: m.end, distance: m.distance });
      else {
        addUncovered(
          { occupation: officialOccupation(kb, soc), typed: words.join(" "), official: m.socs },
          m.start,
        );
        claim({ entries: [], start: m.start, end: m.end, distance: m.distance }, "xrole");
      }
    }
  }
  // A listed occupation's title of several words misspelt ("anlytics engineer"), among the words no role
  // claimed: each word within its own allowance, as the roles' names are read.
  if (typos)
    for (const m of v.occupations.findAll(open(), skip, true)) {
      const occupation = m.entries[0];
      if (m.distance === 0 || m.end - m.start < 2 || m.entries.length !== 1 || !occupation) continue;
      if (leansOnPronoun(m) || taken.slice(m.start, m.end).some(Boolean)) continue;
      const typed = tokens.slice(m.start, m.end).join(" ");
      const [title] = [...occupation.titles].sort((a, b) => editDistance(typed, a) - editDistance(typed, b));
      addUncovered({ occupation, typed: title ?? typed }, m.start);
      claim(m, "xrole");
    }
  // "IT guy at work told me to look at SRE", "our IT guy says sysadmins make more": a role named as the
  // person who gave the advice is who spoke, not what the question is about, when it names another job.
  // So is one named as someone the person works with ("our IT guy is leaving, what should we pay a sysadmin").
  for (const speaker of rolesFound.filter((f) => spokeAdvice(tokens, f) || namedAsPerson(tokens, f))) {
    if (rolesFound.length + occupations.length < 2) break;
    rolesFound.splice(rolesFound.indexOf(speaker), 1);
    const end = speaker.start + (speaker.typed[0]?.split(" ").length ?? 1);
    for (let i = speaker.start; i < end; i++) masked[i] = "";
  }
  // In the order named, wherever in the reading each was found.
  rolesFound.sort((a, b) => a.start - b.start);
  const roles = rolesFound.map((f) => f.role);

  // A misspelt job title of one word ("electrcian", "acountant"), where the question has a place for a job.
  if (typos)
    tokens.forEach((w, i) => {
      if (taken[i] || w.length < 5 || questionWords.has(w) || v.commonWords.has(w) || v.knownWord(w)) return;
      if (!jobSlot(tokens, i, roles.length + occupations.length > 0)) return;
      const fixed = correctJobWord(v, official, w);
      if (!fixed) return;
      const listed = listedTitle(v, fixed);
      const socs = listed ? [] : (official?.titles.lookup(fixed) ?? []);
      if (!listed && socs.length === 0) return;
      addUncovered(
        listed
          ? { occupation: listed, typed: fixed }
          : { occupation: officialOccupation(kb, socs[0] ?? ""), typed: fixed, official: socs },
        i,
      );
      claim({ entries: [], start: i, end: i + 1, distance: 1 }, "xrole");
    });

  let unknownTitle: string | undefined;
  if (roles.length === 0 && occupations.length === 0)
    for (let i = 1; i < tokens.length; i++) {
      if (taken[i] || !isTitleHead(tokens[i] ?? "")) continue;
      const plain = (j: number) => {
        const w = tokens[j] ?? "";
        return !taken[j] && !questionWords.has(w) && !titleNoise.has(w) && !v.commonWords.has(w);
      };
      if (!plain(i - 1)) continue;
      // Up to two words in front: "pest control technician", not just "control technician".
      const start = i >= 2 && plain(i - 2) ? i - 2 : i - 1;
      unknownTitle = tokens.slice(start, i + 1).join(" ");
      for (let j = start; j <= i; j++) masked[j] = j === start ? "xrole" : "";
      break;
    }

  const free = (i: number) => {
    const t = tokens[i] ?? "";
    return t !== "" && !taken[i] && !questionWords.has(t) && !titleNoise.has(t) && !v.commonWords.has(t);
  };
  let titleLike: string | undefined;
  if (roles.length === 0 && occupations.length === 0 && !unknownTitle)
    for (let i = 0; i < tokens.length && !titleLike; i++) {
      const t = tokens[i] ?? "";
      const head = jobHeads.has(stem(t)) || isTitleHead(t);
      const unknownAgent = agentNoun.test(t) && free(i) && !v.knownWord(t);
      if (taken[i] || (!head && !unknownAgent) || looseJob({ start: i, end: i + 1 })) continue;
      // A job head takes any plain word in front ("stock clerk", "warehouse worker"); an unknown agent noun
      // only unknown ones ("dog walker"), so "python developer"-like known words stay out of it.
      const extends_ = (j: number) => {
        const w = tokens[j] ?? "";
        if (w === "" || taken[j] || questionWords.has(w) || titleNoise.has(w)) return false;
        // "best paid tech jobs": a word of pay before a head says what the jobs pay, no job of its own.
        if (payWords.has(w)) return false;
        return head || (!v.commonWords.has(w) && !v.knownWord(w));
      };
      let start = i;
      while (start > 0 && i - start < 2 && extends_(start - 1)) start--;
      if (head && start === i) continue;
      titleLike = tokens.slice(start, i + 1).join(" ");
    }
  // An unknown word right before a word of pay is the job asked about ("how much do lifeguards make").
  if (roles.length === 0 && occupations.length === 0 && !unknownTitle && !titleLike)
    tokens.forEach((t, i) => {
      const before = tokens[i - 1] ?? "";
      if (titleLike || !payAfterJob.has(t) || i === 0 || !free(i - 1) || v.knownWord(before)) return;
      const start = i >= 2 && free(i - 2) && !v.knownWord(tokens[i - 2] ?? "") ? i - 2 : i - 1;
      // Only where a job can stand: first, or after "a", "do"… ("how much do lifeguards make"), not
      // "generative ai skills boost pay".
      // A word that leaves the job as it is may stand in front ("professional gamer").
      const lead = tokens[start - 1] ?? "";
      if (start > 0 && !jobLeads.has(lead) && !titleNoise.has(lead)) return;
      titleLike = tokens.slice(start, i).join(" ");
    });

  // With one job named, the side of the first "vs" that names nothing ("swe vs blorpt"); with several, only
  // a side set right against one of them ("devops vs sre vs platform eng"), not a choice among what they are
  // compared by ("swe vs mle, pay or outlook").
  const several = roles.length + occupations.length > 1;
  let unread: string | undefined;
  tokens.forEach((t, i) => {
    if (unread || !comparers.has(t) || betweenCounts(tokens, i)) return;
    // The words right after (or else right before) the comparer, if none is taken or known.
    for (const step of [1, -1]) {
      const words: string[] = [];
      for (let j = i + step; j >= 0 && j < tokens.length && words.length < 3; j += step) {
        const w = tokens[j] ?? "";
        const topic = comparedBy.has(w) || comparedOn.has(w);
        if (w === "" || taken[j] || questionWords.has(w) || titleNoise.has(w) || topic) break;
        // Nor does it run on into the next side, or into a choice that is no job ("or stay in qa").
        if (comparers.has(w) || notASide(w)) break;
        words.push(tokens[j] ?? "");
      }
      const side = step === 1 ? words : words.reverse();
      if (side.length && !unread && (!several || job[i - step])) unread = side.join(" ");
    }
  });

  // "is devsecops the same as a security engineer", "what devsecops is, is it the same as …": with one job
  // named, what it is likened to is the nearest words no list knows around "same as" / "different from".
  // A word of the questions' own ("mlops") counts where the knowledge uses it too.
  const likenable = (i: number) => {
    const t = tokens[i] ?? "";
    return (
      t !== "" &&
      !taken[i] &&
      !questionWords.has(t) &&
      !titleNoise.has(t) &&
      !comparedBy.has(t) &&
      !likening.has(t) &&
      (!v.commonWords.has(t) || kb.index.words.has(t))
    );
  };
  if (!unread && roles.length + occupations.length === 1) unread = likenedTo(tokens, likenable);

  const { from, to } = readMove(
    tokens,
    rolesFound,
    occupations.map((o) => o.start),
  );

  // Two names of one role ("it support or help desk") are said to be one.
  const twice = rolesFound.find((f) => new Set(f.typed).size > 1);
  const sameRole = twice ? { role: twice.role, typed: [...new Set(twice.typed)] } : undefined;
  const text = ` ${tokens.join(" ")} `;
  const pronoun =
    tokens.some((t, i) => pronouns.has(t) && !itField.has(i)) ||
    pronounPhrases.some((p) => text.includes(` ${p} `));
  // The field left on its own ("best paid jobs in IT") reads to the classifier as "tech" does.
  const fieldLeft = [...itField].filter((i) => !taken[i]);
  for (const i of fieldLeft) masked[i] = "tech";
  const itSide = itSideOf(tokens, fieldLeft)?.side;
  const [firstOccupation] = [...occupations].sort((x, y) => x.start - y.start);
  const toOccupation =
    firstOccupation !== undefined && markerBefore(tokens, firstOccupation.start, toMarkers);
  // Two roles read differently from one ("which pays more, X or Y"): say so to the classifier.
  if (roles.length + occupations.length >= 2) masked.push("xroles");
  return {
    roles,
    ambiguous,
    // In the order named: the first is what the question is about ("accountant vs bookkeeper").
    uncovered: occupations.sort((x, y) => x.start - y.start).map((o) => o.entry),
    ...(unknownTitle ? { unknownTitle } : {}),
    ...(titleLike ? { titleLike } : {}),
    ...(unread && roles.length + occupations.length >= 1 ? { unread } : {}),
    ...(level ? { level } : {}),
    ...(unlistedLevel ? { unlistedLevel: unlistedLevel.name } : {}),
    ...(place ? { place } : {}),
    ...(otherPlace ? { otherPlace } : {}),
    ...(unlistedPlace ? { unlistedPlace } : {}),
    ...(company ? { company } : {}),
    employers,
    companyKinds: [...new Set(kindMatches.map((m) => m.entries[0] ?? ""))],
    ...(skillKind ? { skillKind } : {}),
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
    pronoun,
    ...(sameRole ? { sameRole } : {}),
    itField: fieldLeft.length > 0,
    ...(itSide ? { itSide } : {}),
    ...(toOccupation ? { toOccupation } : {}),
    weighing:
      tokens.some((t) => weighingWords.has(t)) || weighingPhrases.some((p) => text.includes(` ${p} `)),
    // "should i go for data architect": going for a role named is a move too.
    moving:
      tokens.some((t) => moveWords.has(t)) ||
      text.includes(" career change ") ||
      text.includes(" out of ") ||
      wantsOut.test(text) ||
      rolesFound.some((f) => goesFor(tokens, f.start)),
    masked: masked.filter((t) => t !== ""),
  };
}
