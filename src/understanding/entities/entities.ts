import type { KnowledgeBase } from "../../knowledge/base.js";
import type { Role } from "../../knowledge/core/schema.js";
import { isFieldWord } from "../../knowledge/role-name-words.js";
import { isToolWord } from "../../knowledge/tool-words.js";
import type { Place, SkillKind } from "../intent/language.js";
import { type ItSide, itSideOf } from "../it/it-side.js";
import { coveredRolesRead, roleNamesOf } from "../names/covered-roles-read.js";
import {
  type AmbiguousName,
  pickOne,
  type RoleByTitle,
  startReading,
  type UncoveredOccupation,
} from "../names/entity-reading.js";
import type { EntityVocabularies } from "../names/entity-vocabularies.js";
import { occupationLeadsTo, readMove, roleOnBothSides } from "../names/move-sides.js";
import { coordinatedTitlesRead } from "../occupations/coordinated-titles-read.js";
import { fieldFunctionRead } from "../occupations/field-function-read.js";
import { functionNamedRead } from "../occupations/function-named.js";
import { jobActivityRead } from "../occupations/job-activity.js";
import { listedOccupationsRead, misspeltListedTitlesRead } from "../occupations/listed-occupations-read.js";
import { misspeltJobWordsRead } from "../occupations/occupation-typos.js";
import { officialTitlesRead, ownOfficialTitlesRead } from "../occupations/official-titles-read.js";
import { schoolStageRead } from "../occupations/school-stage.js";
import { subjectTeacherRead } from "../occupations/subject-teachers.js";
import { tradePersonRead } from "../occupations/trade-person.js";
import { titleLikeRead, unknownTitleRead } from "../occupations/unknown-titles.js";
import { inLongerTitle, wholeTitles } from "../occupations/whole-titles.js";
import { workplaceSideRead } from "../occupations/workplace-side.js";
import {
  occupationBesideRoleMoveDropped,
  occupationsAskedFirst,
  serviceInBackgroundDropped,
} from "./background-occupations.js";
import { pastJobsDropped, pastOccupationsDropped } from "./career-history.js";
import { type StageByTime, stagesByTimeRead } from "./career-stages.js";
import { type CompanyLevelNamed, companyLevelRead, roleOfLadder } from "./company-level-read.js";
import { companyKindsRead, employersRead } from "./employers-read.js";
import { jobsHeldTogether, moveFromJobsHeld } from "./jobs-held-together.js";
import { levelRead } from "./level-read.js";
import { looseTitlesNarrowed, narrowedOccupationsDropped } from "./occupation-narrowed.js";
import { type PlaceAgainst, placesRead } from "./places-read.js";
import { leaningsOf } from "./question-leanings.js";
import { rolesAsPeopleDropped } from "./roles-as-people.js";
import { rolesAsStudiesDropped } from "./roles-as-studies.js";
import { moveEndUnread, unreadRead } from "./unread-side.js";
import { setAsideNoJobWords } from "./words-set-aside.js";

/** What a question names. */
export interface Entities {
  /** Covered roles, in the order named. */
  roles: Role[];
  /** Names that could mean several roles ("sde"). */
  ambiguous: AmbiguousName[];
  /** Occupations the knowledge does not cover, as typed, in the order named. */
  uncovered: UncoveredOccupation[];
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
  /** Words where a move from the one role named ends that name no job ("EM back to IC"): what could not be read. */
  unreadEnd?: string;
  level?: string;
  /** A second level with figures named beside `level` ("junior vs senior"). */
  otherLevel?: string;
  /**
   * Stages of a career said as years and set beside another ("starting out vs after 10 years"), each with
   * the level it was read as (`level` and `otherLevel`), for the answer to say how.
   */
  stagesByTime?: StageByTime[];
  /** A level the knowledge has no pay figures for, as the app writes it; `level` is then the nearest one. */
  unlistedLevel?: string;
  /**
   * An employer's own name for a level ("L5", "E4"), read on the ladder of the employer the question or its
   * thread is about (`understandingOf`), never here: the same name is a different level at each employer.
   */
  companyLevel?: CompanyLevelNamed;
  place?: string;
  /** A second place with figures named beside `place` ("moving from nyc to austin"). */
  otherPlace?: string;
  /** A place the knowledge has no pay figures for; `place` is then the location that contains it, if any. */
  unlistedPlace?: Place;
  /** A place without figures set against `place` ("sf vs denver"), for the two side by side. */
  unlistedAgainst?: PlaceAgainst;
  company?: string;
  /**
   * Every employer named, in the order named ("google vs meta mle pay" → Google, Meta): `company` is read
   * from them only in a pay question, where they are no job title either way.
   */
  employers: string[];
  /** Kinds of employer named ("what do startups pay frontend devs vs big tech"): no figures exist for them. */
  companyKinds: string[];
  skillKind?: SkillKind;
  /** Jobs said to be held at once ("doing helpdesk and sysadmin stuff"), in the order named: none is where a move leads. */
  heldTogether?: Role[];
  /** The job a move told as made reached ("went from help desk to sysadmin, whats next"): held now. */
  reachedByMove?: Role;
  /** For a move between roles: which named role is the one held now and which the one wanted. */
  from?: Role;
  to?: Role;
  /** "it", "they", "that role": the question leans on what came before. */
  pronoun: boolean;
  /** Roles read from another O*NET title of their occupation ("pacs admin": Database Administrator). */
  titledRoles?: RoleByTitle[];
  /** One role named twice by different names ("it support or help desk"). */
  sameRole?: { role: Role; typed: string[] };
  /** "IT" the field, left on its own ("skills for IT", "careers in IT"), not part of a role's name. */
  itField: boolean;
  /** Where the field stands in a move or comparison ("from IT to devops", "nurse to IT", "IT vs cyber"). */
  itSide?: ItSide;
  /** "how to become an IT manager": the first occupation named is where a move leads, not where it starts. */
  toOccupation?: boolean;
  /** "leaving tech to become a math teacher": the occupation named is where a move out of tech leads. */
  techLeft?: true;
  /**
   * "business analyst vs systems analyst": an occupation named before any covered role, so that the sides
   * of a comparison are in the order typed ("just the first then" picks the occupation).
   */
  occupationFirst?: true;
  /** "should I", "worth it", "good idea": the question weighs a decision rather than asks a fact. */
  weighing: boolean;
  /** "switch", "moving", "leave", "transition": the question is about changing roles. */
  moving: boolean;
  /** The tokens with each entity replaced by a placeholder, for the intent classifier. */
  masked: string[];
}

/** Where the words claimed from `start` end: a claim leaves its placeholder first and blanks after it. */
function claimEnd(masked: readonly string[], start: number): number {
  let end = start + 1;
  while (masked[end] === "") end++;
  return end;
}

/**
 * "electrician pay? thinking leave tech", "quitting tech, plumber?": tech as the field left, as IT is; the
 * occupation named is where the move leads, not a start from which to get into tech.
 */
const techLeft = (tokens: readonly string[]) =>
  /\b(?:leave|leaving|left|quit|quitting|exit|exiting|escape|escaping|out of)(?: of)? (?:the )?tech\b(?! (?:to|into|for)\b)/.test(
    tokens.join(" "),
  );

/**
 * "leaving tech to become a teacher", "quit software for nursing": tech (or software, or coding) left, by
 * whatever words follow; with an occupation where the move leads, no move into tech.
 */
const techLeftFor = (tokens: readonly string[]) =>
  /\b(?:leave|leaving|left|quit|quitting|exit|exiting|escape|escaping|out of)(?: of)? (?:the )?(?:tech|software|coding|programming)\b(?! support\b)/.test(
    tokens.join(" "),
  );

/** How many jobs a question names: covered roles, occupations, and an unknown title. */
export const namedJobs = (e: Entities) => e.roles.length + e.uncovered.length + (e.unknownTitle ? 1 : 0);

/**
 * Finds what a question names: occupations the knowledge does not cover first (their titles never contain a
 * covered role's name), then covered roles (exactly, then within a typo allowance), then a level, a place, a
 * company and a kind of skill among the words left, and which role a move starts from and which it aims at.
 * Each step reads the words the steps before it left open (see `EntityReading`).
 */
export function extractEntities(
  kb: KnowledgeBase,
  v: EntityVocabularies,
  tokens: string[],
  typos = true,
  itField: ReadonlySet<number> = new Set(),
): Entities {
  const r = startReading(kb, v, tokens, typos, itField);
  setAsideNoJobWords(r);
  // An employer's name for a level first: "sde ii" is Amazon's mid level, not the role "sde" (as the
  // shorthand spells "sde 2" out).
  const companyLevel = companyLevelRead(r);
  const kindMatches = companyKindsRead(r);
  const names = roleNamesOf(r);
  ownOfficialTitlesRead(r, names);
  listedOccupationsRead(r, names);
  const ambiguous = coveredRolesRead(r, names);
  const levelsNamed = levelRead(r);
  // "starting out vs after 10 years": two stages said as time are two levels, as "entry vs senior" are.
  const staged = stagesByTimeRead(r, levelsNamed);
  const { unlistedLevel } = levelsNamed;
  const { level, otherLevel } = staged ?? levelsNamed;
  const { place, otherPlace, unlistedPlace, unlistedAgainst } = placesRead(r);
  const { company, employers } = employersRead(r);
  // "hs math teacher": a kind of skill inside a job title spelt whole is part of the title, which the
  // official titles read below (otherwise: "math" taken as a skill, the teacher lost).
  // The titles are looked up only where a kind of skill is named, which few questions do.
  const skillKind = pickOne(
    r,
    v.skillKinds,
    "xskill",
    false,
    (m) => !inLongerTitle(m, wholeTitles(r.official, r.open())),
  );
  officialTitlesRead(r);
  coordinatedTitlesRead(r);
  misspeltListedTitlesRead(r);
  fieldFunctionRead(r);
  jobActivityRead(r);
  workplaceSideRead(r);
  tradePersonRead(r);
  rolesAsPeopleDropped(r);
  rolesAsStudiesDropped(r);
  pastJobsDropped(r);
  pastOccupationsDropped(r);
  serviceInBackgroundDropped(r);
  occupationBesideRoleMoveDropped(r);
  // In the order named, wherever in the reading each was found.
  r.rolesFound.sort((a, b) => a.start - b.start);
  narrowedOccupationsDropped(r);
  looseTitlesNarrowed(r);
  misspeltJobWordsRead(r);
  schoolStageRead(r);
  subjectTeacherRead(r);
  const unknownTitle = unknownTitleRead(r);
  const likeTitle = unknownTitle ? undefined : titleLikeRead(r);
  // "loss prevention pay": words that begin the titles of a few occupations stand for them.
  const titleLike = functionNamedRead(r, likeTitle) ? undefined : likeTitle;
  const unread = unreadRead(r);
  const unreadEnd = unread ? undefined : moveEndUnread(r);
  const { rolesFound, occupations, masked } = r;
  // Only those still read as roles: one dropped as who gave advice is no subject.
  const titledRoles = r.titledRoles.filter((t) => rolesFound.some((f) => f.role === t.role));
  // "been doing helpdesk and sysadmin stuff": jobs held at once, none of them where a move leads.
  const heldTogether = jobsHeldTogether(tokens, rolesFound);
  // "going sysadmin to sysadmin": one role on both sides, read so, for the answer to ask where it leads.
  const itself = roleOnBothSides(tokens, rolesFound);
  const move = itself
    ? { from: itself, to: itself }
    : moveFromJobsHeld(
        readMove(
          tokens,
          rolesFound,
          occupations.map((o) => ({ start: o.start, end: claimEnd(masked, o.start) })),
          (word) => isFieldWord(kb, word),
          (word) => isToolWord(kb, word),
        ),
        heldTogether,
      );
  // "been in IT 6 yrs (help desk → sysadmin). what's next?": the move told is made; none is asked.
  const { from, to } = r.reachedByMove && move.to === r.reachedByMove ? {} : move;
  // Two names of one role ("it support or help desk") are said to be one.
  const twice = rolesFound.find((f) => new Set(f.typed).size > 1);
  const sameRole = twice ? { role: twice.role, typed: [...new Set(twice.typed)] } : undefined;
  const leanings = leaningsOf(r);
  // "are it helpdesk techs in demand", "IT network admin salary": the field in front of a role's name only
  // says the role is IT's; it is part of that name, not the field asked about beside the role.
  for (const found of rolesFound) {
    const before = found.start - 1;
    if (itField.has(before) && !r.taken[before]) r.claim({ start: before, end: found.end }, "xrole");
  }
  // The field left on its own ("best paid jobs in IT") reads to the classifier as "tech" does.
  const fieldLeft = [...itField].filter((i) => !r.taken[i]);
  for (const i of fieldLeft) masked[i] = "tech";
  const itSide = itSideOf(tokens, fieldLeft)?.side;
  const [firstOccupation] = [...occupations].sort((x, y) => x.start - y.start);
  // "thinking about becoming a teacher", "considering the police academy", "leaving IT for nursing": where
  // a move leads, read as it is for a role. "been in IT 12 years, want out. electrician apprenticeship?": a
  // move out of the field leads to the occupation named.
  const toOccupation =
    firstOccupation !== undefined &&
    (occupationLeadsTo(tokens, firstOccupation.start, rolesFound.length) ||
      ((itSide === "from" || techLeft(tokens)) && leanings.moving));
  const occupationFirst =
    firstOccupation !== undefined && firstOccupation.start < (rolesFound[0]?.start ?? tokens.length);
  // Two roles read differently from one ("which pays more, X or Y"): say so to the classifier.
  if (rolesFound.length + occupations.length >= 2) masked.push("xroles");
  // "E5 at meta, what's the comp like": with no job named, a level name on one role's ladder, beside the
  // employer whose ladder it is, names that role (otherwise: which role at Meta, asked back, of a level only
  // its engineers have). Alone ("e5") it brings no career into the question.
  const namedNoJob = rolesFound.length === 0 && occupations.length === 0 && !unknownTitle && !titleLike;
  const ladderOwnerNamed = companyLevel?.readings.some((x) => employers.includes(x.company)) === true;
  const ladderId = namedNoJob && ladderOwnerNamed ? roleOfLadder(companyLevel) : undefined;
  const ladderRole = ladderId ? kb.roleById.get(ladderId) : undefined;
  const levelNamed =
    companyLevel && ladderRole ? { ...companyLevel, roleOfLadder: ladderRole.id } : companyLevel;
  return {
    roles: ladderRole ? [ladderRole] : rolesFound.map((f) => f.role),
    ambiguous,
    // In the order named: the first is what the question is about ("accountant vs bookkeeper").
    uncovered: occupationsAskedFirst(tokens, occupations).map((o) => o.entry),
    ...(unknownTitle ? { unknownTitle } : {}),
    ...(titleLike ? { titleLike } : {}),
    ...(unread ? { unread } : {}),
    ...(unreadEnd ? { unreadEnd } : {}),
    // An employer's name for a level is a level named, on whichever ladder: the rules reading the question
    // in its thread see one, and `understandingOf` puts it on the ladder of the employer asked about.
    ...(level ? { level } : companyLevel?.readings[0] ? { level: companyLevel.readings[0].level } : {}),
    ...(otherLevel ? { otherLevel } : {}),
    ...(staged?.stagesByTime.length ? { stagesByTime: staged.stagesByTime } : {}),
    ...(unlistedLevel ? { unlistedLevel: unlistedLevel.name } : {}),
    ...(levelNamed ? { companyLevel: level ? { ...levelNamed, levelBeside: level } : levelNamed } : {}),
    ...(place ? { place } : {}),
    ...(otherPlace ? { otherPlace } : {}),
    ...(unlistedPlace ? { unlistedPlace } : {}),
    ...(unlistedAgainst ? { unlistedAgainst } : {}),
    ...(company ? { company } : {}),
    employers,
    companyKinds: [...new Set(kindMatches.map((m) => m.entries[0] ?? ""))],
    ...(skillKind ? { skillKind } : {}),
    ...(heldTogether.length > 0 ? { heldTogether } : {}),
    ...(r.reachedByMove ? { reachedByMove: r.reachedByMove } : {}),
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
    pronoun: leanings.pronoun,
    ...(sameRole ? { sameRole } : {}),
    ...(titledRoles.length > 0 ? { titledRoles } : {}),
    itField: fieldLeft.length > 0,
    ...(itSide ? { itSide } : {}),
    ...(toOccupation ? { toOccupation } : {}),
    ...(toOccupation && techLeftFor(tokens) ? { techLeft: true as const } : {}),
    ...(occupationFirst ? { occupationFirst } : {}),
    weighing: leanings.weighing,
    moving: leanings.moving,
    masked: masked.filter((t) => t !== ""),
  };
}
