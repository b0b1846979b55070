import pluralize from "pluralize";
import type { KnowledgeBase } from "../../knowledge/base.js";
import { citationText, cite, formatFigure } from "../../knowledge/core/figure-text.js";
import type { Figure, Role } from "../../knowledge/core/schema.js";
import { editDistance, normalize, tokenize } from "../../knowledge/core/text.js";
import { itRoles } from "../../knowledge/it-roles.js";
import { roleThatIs } from "../../knowledge/role-that-is.js";
import { socOf } from "../../official/data.js";
import { outlookFigures, payFigures } from "../../official/figures.js";
import { singular } from "../../official/titles.js";
import type { Occupation } from "../../understanding/intent/language.js";
import { wayOfWorking } from "../../understanding/words/ways-of-working.js";
import type { Clarification, Notice, OccupationAnswer, OutOfScope, RoleRef } from "../answers.js";
import { projection, projectionIn } from "../outlook/outlook.js";
import { alias, isMedian, notice, orList, possessive, roleRef } from "../parts/answer-parts.js";
import { officialNotLoaded } from "../parts/official-missing.js";
import { serviceName } from "../parts/service-name.js";
import { occupationAnswer } from "./official-occupation.js";

/** How a team adds a role, said in every "not covered" answer. */
export const howToAddRole =
  "A team can add a role by writing one YAML file in the knowledge folder (see knowledge/README.md) and running `npm run knowledge:check`.";

/** What the advisor does, in one line, for questions it is not for. */
export const whatIDo =
  "I answer questions about tech roles: what they do, pay by level and location, skills and tools, education, career paths and skill gaps, trends, best practices and common challenges.";

/**
 * A job title in the plural, whether it came singular (the occupations list's "Product Manager", a title as
 * typed, "dog walker") or plural already (BLS's "Database Administrators", "Chefs and Head Cooks"): its head
 * noun, the last word before any comma ("Computer Occupations, All Other"), made plural only if it is not.
 */
function plural(title: string): string {
  const comma = title.indexOf(",");
  const head = comma < 0 ? title : title.slice(0, comma);
  const words = head.split(" ");
  const last = words.pop() ?? head;
  // pluralize reads "tech" like "bench" ("teches"), typed singular or plural; it is short for technician. A kind of work in "-ing"
  // ("freelancing", "babysitting") has no plural: "I don't cover freelancing yet"; nor has a verb's past.
  const many = /techs?$/i.test(last)
    ? `${last.replace(/s$/i, "")}s`
    : /(?:ing|ed)$/i.test(last)
      ? last
      : pluralize.plural(pluralize.singular(last));
  return [...words, many].join(" ") + (comma < 0 ? "" : title.slice(comma));
}

/** How far a typed title may be from a role's name for that role to count as near (a share of the length). */
const nearEnough = 0.4;

/**
 * The covered roles closest to a title: those the occupation list names, else those whose names look alike
 * ("data enginer" → Software Data Engineer); none for a title that looks like no role ("bookkeeper").
 */
function nearest(kb: KnowledgeBase, typed: string, occupation: Occupation | undefined): RoleRef[] {
  const listed = (occupation?.near ?? [])
    .map((id) => kb.roleById.get(id))
    .filter((r): r is Role => r !== undefined);
  if (listed.length > 0 || occupation) return listed.slice(0, 3).map(roleRef);
  const phrase = normalize(typed);
  const alike = (r: Role) =>
    [r.name, ...r.aliases].some(
      (n) => editDistance(phrase, normalize(n)) <= nearEnough * Math.max(phrase.length, n.length),
    );
  const named = kb.roleNames
    .suggest(typed, 3)
    .map((id) => kb.roleById.get(id))
    .filter((r): r is Role => r !== undefined && alike(r));
  // "IT asset manager", "IT trainer": a job of the IT department is closest to the IT roles, after any role
  // of a like name.
  const field = /^IT\b/.test(typed) ? itRoles(kb).filter((r) => !named.includes(r)) : [];
  return [...named, ...field].slice(0, 3).map(roleRef);
}

/** An occupation the knowledge has no curated role for, as the question named it. */
export interface OccupationAsked {
  /** The words typed ("bookkeeper", "IT director"). */
  typed: string;
  /** The entry of `language/occupations.yaml` the words matched, if any. */
  occupation?: Occupation;
  /** The official occupations (SOC codes) the words name in the official layer's titles, when they do. */
  official?: string[];
  /** What the question weighs it against ("data scientist vs bookkeeper", "nurses or dentists"), each side. */
  comparedWith?: Counterpart[];
  /** A place the question named ("electrician salary texas"): the layer's figures are national. */
  place?: string;
  /** A level the question named ("entry level?"), by its name: BLS does not split pay by level. */
  level?: string;
  /** Employers or kinds of employer named ("IT managers at google"): BLS has no figures by employer. */
  employers?: string[];
  /** Whether the question asked what the work is ("day to day?"): the layer holds no duties, said first. */
  dutiesAsked?: boolean;
  /** Aspects of working life asked ("is it worth the stress"), in words: no source holds them, said first. */
  workLife?: string;
  /** Whether the question asks pay per hour ("electrician pay per hour"): BLS's hourly wages first. */
  perHour?: boolean;
  /** A service left before it ("20 years in the army, … as a nurse"), as typed: it has no figures, said first. */
  serviceLeft?: string;
}

/** The other side of a comparison with an occupation: its name, its official median, where to ask more. */
export interface Counterpart {
  name: string;
  median?: Figure;
  /** Its projected employment change, set beside the occupation's own where both have one. */
  change?: Figure;
  /** Said instead of a median, where the other side stands for no one occupation ("teacher"). */
  note?: string;
  /** The curated role it is, when it is one: the thread keeps it for the next question. */
  roleId?: string;
  /** The official occupation it is (SOC code), when it is one: likewise. */
  soc?: string;
  /** The name the question gave it ("it manager"), when it is an official occupation named by a title. */
  typed?: string;
  /**
   * How a kind of the occupation's job typed ("travel nurses") was read: as the whole occupation, which has
   * no figures of its own for that kind; said before its figures are set beside.
   */
  readAs?: string;
  /** The official occupation (SOC code) whose figures a curated role's are, when it has one. */
  countedAs?: string;
  /**
   * A curated role's figure at the level the question named ("junior swe vs electrician"), or a word that
   * it has none: said beside its median, since the official side has no level to set it against.
   */
  atLevel?: string;
  followups: string[];
}

const medianOf = (figures: readonly Figure[]) => figures.find(isMedian);

/** Which of two projected changes is ahead, in words that say when jobs decline. */
function growthVerdict(
  own: { title: string; change: number },
  other: { name: string; change: number },
): string {
  if (own.change === other.change) return "";
  const [ahead, behind] = own.change > other.change ? [own.title, other.name] : [other.name, own.title];
  const [high, low] = [Math.max(own.change, other.change), Math.min(own.change, other.change)];
  // An occupation's title is plural ("Electricians grow"), a role's name singular ("Data Scientist grows").
  const verb = (name: string, base: string) => (name.endsWith("s") ? base : `${base}s`);
  if (low >= 0) return ` ${ahead} ${verb(ahead, "grow")} faster.`;
  if (high < 0) return ` ${ahead} ${verb(ahead, "decline")} less.`;
  return ` ${ahead} ${verb(ahead, "grow")} and ${behind} ${verb(behind, "decline")}.`;
}

/** Whether a role has no pay figure of any kind (the US statistics have no product manager occupation). */
const hasNoPay = (role: Role) => {
  const s = role.salary;
  return !s || s.government.length + s.levels.length + s.locations.length + s.companies.length === 0;
};

/**
 * A curated role as the other side: its official median; a role with no pay figure at all is said to have
 * none, with the reason its file gives, so that no verdict on which pays more is given or implied.
 */
export function roleCounterpart(role: Role): Counterpart {
  const name = role.aliases[0] ?? role.name.toLowerCase();
  const median = medianOf(role.salary?.government ?? []);
  const change = projection(role);
  const why = role.salary?.notes[0];
  const none = hasNoPay(role)
    ? `${role.name} has no pay figure${why ? ` (${why.charAt(0).toLowerCase()}${why.slice(1).replace(/\.$/, "")})` : ""}, so I cannot say which of the two pays more.`
    : undefined;
  return {
    name: role.name,
    ...(median ? { median } : {}),
    ...(change ? { change } : {}),
    ...(none ? { note: none } : {}),
    roleId: role.id,
    ...(role.onet[0] ? { countedAs: role.onet[0].slice(0, 7) } : {}),
    followups: [`salary ${name}`, `role ${name}`],
  };
}

/**
 * A curated role as the other side, at the level the question named ("junior swe vs electrician pay"): as
 * `roleCounterpart`, with the role's own figure at that level beside its median, or a word that the
 * knowledge has none (never the level dropped).
 */
export function roleCounterpartAt(kb: KnowledgeBase, level: string | undefined): (role: Role) => Counterpart {
  const named = level ? kb.knowledge.levels.find((l) => l.id === level) : undefined;
  return (role) => {
    const counterpart = roleCounterpart(role);
    if (!named || counterpart.note) return counterpart;
    const figure = role.salary?.levels.find((l) => l.level === named.id)?.figure;
    const atLevel = figure
      ? `${role.name} at ${named.name.toLowerCase()}: ${formatFigure(figure)} (${citationText(cite(kb.sources, figure.source, figure.asOf))}).`
      : `The knowledge base has no ${named.name.toLowerCase()} figure for ${role.name}.`;
    return { ...counterpart, atLevel };
  };
}

/** Another official occupation as the other side, when the layer has it. */
export function occupationCounterpart(
  kb: KnowledgeBase,
  soc: string,
  typed?: string,
): Counterpart | undefined {
  const o = kb.official?.bySoc.get(soc);
  if (!o || !kb.official) return undefined;
  const median = medianOf(payFigures(o, kb.official.manifest));
  const change = projectionIn(outlookFigures(o, kb.official.manifest));
  const readAs = typed ? kindReadAs(kb, o, typed) : undefined;
  return {
    name: o.title,
    ...(typed ? { typed } : {}),
    ...(readAs ? { readAs } : {}),
    ...(median ? { median } : {}),
    ...(change ? { change } : {}),
    soc: o.soc,
    followups: [`role ${o.soc}`],
  };
}

/**
 * "travel nurses" beside Nurse Practitioners: a kind of the occupation's job, its head the title's and a word
 * in front the title lacks, is that whole occupation, which the sources do not split by kind; said so, so
 * that the occupation's figures are not taken for the kind's own (and the kind not taken as dropped).
 */
function kindReadAs(kb: KnowledgeBase, o: { title: string; soc: string }, typed: string): string | undefined {
  const words = tokenize(typed).map(singular);
  const titleWords = new Set(tokenize(o.title).map(singular));
  const head = words.at(-1);
  if (words.length < 2 || !head || !titleWords.has(head) || words.every((w) => titleWords.has(w)))
    return undefined;
  return kb.official?.titles.lists(typed, o.soc)
    ? `“${typed}” is one of the job titles O*NET lists under ${o.title}, with no figures of its own: the figures beside are that whole occupation's.`
    : `“${typed}” is read as ${o.title}: no source gives figures for ${typed} apart, so the figures beside are that whole occupation's.`;
}

/**
 * A name the question set beside an occupation that stands for several official occupations ("teacher"),
 * or for none the layer has: said so, never dropped.
 */
export function unresolvedCounterpart(
  kb: KnowledgeBase,
  typed: string,
  socs: readonly string[],
): Counterpart {
  const titles = socs.map((s) => kb.official?.bySoc.get(s)?.title).filter((t) => t !== undefined);
  const shown = titles.slice(0, 3).join("; ");
  const more = titles.length > 3 ? ` and ${titles.length - 3} more` : "";
  return {
    name: typed,
    note:
      titles.length > 1
        ? `“${typed}” is a title O*NET lists under several occupations (${shown}${more}): ask about one of them for its figures beside these.`
        : `No official figures for “${typed}” to set beside these.`,
    followups: socs.slice(0, 2).map((s) => `role ${s}`),
  };
}

/** How an occupation stands beside one thing the question compared it with. */
function besideLine(
  other: Counterpart,
  own: { title: string; soc: string; median?: number; change?: number },
): string {
  if (other.readAs) return `${other.readAs} ${besideLine({ ...other, readAs: undefined }, own)}`;
  const m = other.median;
  if (other.note) return other.note;
  // "IT director vs IT manager": two titles of one occupation have one set of figures, given once.
  if (other.soc === own.soc)
    return `“${other.typed ?? other.name}” is a title of this same occupation, so both names share the figures below: there is no second set to set beside them.`;
  // "IT managers" beside Engineering Manager: a role whose figures are this occupation's has none to set beside.
  if (other.countedAs === own.soc)
    return `${other.name}'s official figures are this same occupation's, so both share the figures below: there is no second set to set beside them.`;
  if (!m?.value) return `${other.name}: ask about it for its own figures.`;
  // Two medians of one survey compare one-to-one: say which is higher.
  const higher =
    own.median === undefined || own.median === m.value
      ? ""
      : ` The higher of the two medians is ${possessive(own.median > m.value ? own.title : other.name)}.`;
  // So do two projections of one release ("which is growing faster" is answered here too).
  const c = other.change;
  const growth =
    own.change !== undefined && c?.value !== undefined
      ? ` Projected employment change, ${c.asOf}: ${own.change}% here, ${c.value}% for ${other.name}.${growthVerdict({ title: own.title, change: own.change }, { name: other.name, change: c.value })}`
      : "";
  const level = other.atLevel ? ` ${other.atLevel}` : "";
  return `Beside ${other.name}: ${m.label.charAt(0).toLowerCase()}${m.label.slice(1)}, $${m.value.toLocaleString("en-US")} (${m.asOf}, the same survey).${level}${higher}${growth}`;
}

/**
 * The occupation's answer, saying how it stands beside each thing the question compared it with: the other
 * side's official median from the same survey, and buttons for the other side's own answer.
 */
function beside(
  answer: OccupationAnswer,
  others: readonly Counterpart[] = [],
  ownMedian?: number,
  ownChange?: number,
): OccupationAnswer {
  if (others.length === 0) return answer;
  const own = {
    title: answer.title,
    soc: answer.soc,
    ...(ownMedian !== undefined ? { median: ownMedian } : {}),
    ...(ownChange !== undefined ? { change: ownChange } : {}),
  };
  const line = others.map((o) => besideLine(o, own)).join(" ");
  const roles = others.flatMap((o) => (o.roleId ? [o.roleId] : []));
  return {
    ...answer,
    ...(roles.length ? { comparedRoles: roles } : {}),
    ...(others[0]?.soc && others[0].soc !== answer.soc ? { comparedOccupation: others[0].soc } : {}),
    // First, beside the note on how the name was read: what the question compared comes before the figures.
    matchNote: answer.matchNote ? `${answer.matchNote} ${line}` : line,
    followups: [
      ...others.flatMap((o) => o.followups.slice(0, 1)),
      ...others.flatMap((o) => o.followups),
      ...answer.followups,
    ]
      .filter((f, i, all) => all.indexOf(f) === i)
      .slice(0, 3),
  };
}

/**
 * The official occupations (SOC codes) an occupation named in a question stands for: those its words were
 * read as, else the hand-kept list's code where it is sure of one, else what the official titles know.
 */
export function occupationSocs(
  kb: KnowledgeBase,
  named: Pick<OccupationAsked, "typed" | "occupation" | "official">,
): string[] {
  if (named.official?.length) return named.official;
  if (named.occupation?.soc) return [socOf(named.occupation.soc)];
  const titles = kb.official?.titles;
  // A tech job the list gives no code is read only where its title may name the occupations: O*NET also
  // lists "developer advocate" under Urban and Regional Planners, another job of the same name.
  const lookup = (title: string) => {
    const socs = titles?.lookup(title) ?? [];
    return !named.occupation?.tech || socs.some((soc) => titles?.readsAs(title, soc)) ? socs : [];
  };
  const byTyped = lookup(named.typed);
  // A field's name ("teaching") is no title of its own: the listed occupation's first title is.
  const first = named.occupation?.titles[0];
  return byTyped.length || !first ? byTyped : lookup(first);
}

/** Said first where a place was asked: the official figures here are the whole country's. */
function inPlace(answer: OccupationAnswer, place: string | undefined): OccupationAnswer {
  if (!place) return answer;
  const line = `No figures for ${place}: the official layer holds national figures only, so these are the whole US's.`;
  return { ...answer, matchNote: answer.matchNote ? `${line} ${answer.matchNote}` : line };
}

/**
 * Said first where an employer was asked ("IT managers at google"): the official figures are the whole
 * occupation's, across employers, as a curated role's answer says of an employer it has no figures for.
 */
function atEmployers(answer: OccupationAnswer, employers: readonly string[] | undefined): OccupationAnswer {
  if (!employers?.length) return answer;
  const line = `No figures for ${orList(employers)}: the official figures are the whole occupation's, across all employers.`;
  return { ...answer, matchNote: answer.matchNote ? `${line} ${answer.matchNote}` : line };
}

/**
 * Said first where the work itself was asked ("day to day?"): the layer has figures, not duties; or where
 * working life was ("is it worth the stress"): nothing holds that.
 */
function withoutDuties(
  answer: OccupationAnswer,
  asked: boolean | undefined,
  workLife: string | undefined,
): OccupationAnswer {
  if (!asked && !workLife) return answer;
  const line = workLife
    ? `The knowledge base has nothing on ${workLife} for ${answer.title}: the official figures give pay, outlook and what it takes to start, below.`
    : `The official figures hold no description of what ${answer.title} do day to day: they give pay, outlook and what it takes to start, below.`;
  return { ...answer, matchNote: answer.matchNote ? `${line} ${answer.matchNote}` : line };
}

/**
 * Said first where a service was left for the occupation ("20 years in army logistics, what would I earn as
 * an IT project manager"): the military has no pay figures of its own to set beside it.
 */
function afterService(answer: OccupationAnswer, service: string | undefined): OccupationAnswer {
  if (!service) return answer;
  const line = `No figures for time in the ${serviceName(service)}: no source I hold has pay figures for the military or says how service counts toward ${answer.title.toLowerCase()}. The occupation's own figures follow.`;
  return { ...answer, matchNote: answer.matchNote ? `${line} ${answer.matchNote}` : line };
}

/** Said first where a level was asked: BLS does not split pay by level; its percentiles show the spread. */
function atLevel(answer: OccupationAnswer, level: string | undefined): OccupationAnswer {
  if (!level) return answer;
  const line = `No ${level.toLowerCase()} figures: BLS does not split pay by level, so these cover all levels; the 10th and 90th percentiles show the spread from the bottom to the top.`;
  return { ...answer, matchNote: answer.matchNote ? `${line} ${answer.matchNote}` : line };
}

/**
 * A title O*NET lists under several occupations ("cloud engineer"): which one, for its official figures.
 * An occupation a curated role is ("IT consultant" is among Computer Systems Analysts) is offered as that
 * role. Where none is and the knowledge has roles close to the title, it says first that it covers none of
 * that name and which roles are closest, each a button too.
 */
function whichOccupationOrRole(
  kb: KnowledgeBase,
  asked: OccupationAsked,
  known: readonly { soc: string; title: string }[],
): Clarification {
  const choices = known.map((o) => ({ ...o, role: roleThatIs(kb, o.soc) }));
  const covered = choices.some((c) => c.role);
  const near = covered ? [] : nearest(kb, asked.typed, asked.occupation);
  // "IT auditor vs security analyst": the role it is set against may be one of the title's own occupations.
  const against = kb.knowledge.roles.filter((r) => asked.comparedWith?.some((c) => c.name === r.name));
  const isAgainst = (role: Role | undefined) => role !== undefined && against.includes(role);
  // "history teacher", O*NET's title at a college only, read as a school's teacher too: no title of them all.
  const listedUnder = kb.official?.titles.lookup(asked.typed) ?? [];
  const titleOfAll = choices.every((c) => listedUnder.includes(c.soc));
  const occupations = `"${asked.typed}" ${titleOfAll ? "is a title O*NET lists under several occupations" : "may be any of several occupations"}: ${choices
    .map(
      (c) =>
        `${c.title} (${c.soc})${c.role ? `, which I cover as ${c.role.name}${isAgainst(c.role) ? ", the role you set it against" : ""}` : ""}`,
    )
    .join("; ")}.`;
  const roles =
    near.length > 0
      ? `I don't cover ${plural(asked.occupation?.name ?? asked.typed)} as a role of their own; the closest roles I know: ${near.map((r) => r.name).join(", ")}. `
      : "";
  // Each other covered occupation set against the role named, as the comparison asked would be.
  const [first] = against;
  const compared = first
    ? choices.flatMap((c) =>
        c.role && !isAgainst(c.role)
          ? [{ command: `compare ${alias(c.role)} ${alias(first)}`, id: c.role.id }]
          : [],
      )
    : [];
  // "is ml better paid than gameplay programming": each closest role set against the role named, as the
  // comparison asked would be, where the title itself has no role of its own.
  const nearCompared = first
    ? near.flatMap((ref) => {
        const role = kb.roleById.get(ref.id);
        return role && role !== first
          ? [{ command: `compare ${alias(first)} ${alias(role)}`, id: role.id }]
          : [];
      })
    : [];
  const options = [
    ...compared,
    ...nearCompared,
    ...near.map((r) => ({ command: `role ${r.name.toLowerCase()}`, id: r.id })),
    ...choices.map((c) =>
      c.role
        ? { command: `role ${c.role.name.toLowerCase()}`, id: c.role.id }
        : { command: `role ${c.soc}`, id: c.soc },
    ),
  ];
  // Five buttons, but every occupation the text names stays offered to pick by words: "high school" after
  // the eleven teachers' occupations is the sixth.
  return {
    ...clarify(
      `${roles}${occupations} Which one?`,
      options.map((o) => o.command),
    ),
    offered: options.map((o) => o.id),
  };
}

/**
 * The one answer for an occupation the knowledge has no curated role for. With official figures for it
 * (the imported layer, or the committed figures of the curated roles' occupations), the occupation's own
 * official answer; for a title O*NET lists under several occupations, a question back; otherwise "I don't
 * cover Product Managers yet", "I don't cover bookkeepers yet": the occupation named, the closest roles the
 * knowledge covers, and how to add one. Never another role's figures.
 */
export function answerOccupation(
  kb: KnowledgeBase,
  asked: OccupationAsked,
): OutOfScope | OccupationAnswer | Clarification {
  const socs = occupationSocs(kb, asked);
  const known = socs.map((s) => kb.official?.bySoc.get(s)).filter((o) => o !== undefined);
  if (known.length > 1) return whichOccupationOrRole(kb, asked, known);
  const [one] = known;
  if (one)
    return afterService(
      withoutDuties(
        atEmployers(
          atLevel(
            inPlace(
              beside(
                occupationAnswer(kb, one, asked.typed, asked.perHour),
                asked.comparedWith,
                kb.official ? medianOf(payFigures(one, kb.official.manifest))?.value : undefined,
                kb.official ? projectionIn(outlookFigures(one, kb.official.manifest))?.value : undefined,
              ),
              asked.place,
            ),
            asked.level,
          ),
          asked.employers,
        ),
        asked.dutiesAsked,
        asked.workLife,
      ),
      asked.serviceLeft,
    );
  const way = wayOfWorking(asked.typed);
  if (way)
    return {
      kind: "out-of-scope",
      reason: "uncovered",
      occupation: asked.typed,
      wayOfWorking: way,
      nearest: [],
      figures: [],
      citations: [],
      followups: ["roles"],
    };
  const near = nearest(kb, asked.typed, asked.occupation);
  return {
    kind: "out-of-scope",
    reason: "uncovered",
    occupation: plural(asked.occupation?.name ?? asked.typed),
    nearest: near,
    figures: [],
    citations: [],
    ...(kb.official?.complete ? {} : { officialNote: officialNotLoaded }),
    followups: [
      ...(asked.comparedWith ?? []).flatMap((c) => c.followups.slice(-1)),
      ...near.map((r) => `role ${r.name.toLowerCase()}`),
      "roles",
    ]
      .filter((f, i, all) => all.indexOf(f) === i)
      .slice(0, 3),
  };
}

export function offTopic(declined?: OutOfScope["declined"]): OutOfScope {
  return {
    kind: "out-of-scope",
    reason: "off-topic",
    ...(declined ? { declined } : {}),
    nearest: [],
    figures: [],
    citations: [],
    followups: ["roles", "compare mle swe", "help"],
  };
}

/** Words that thank, and words that say goodbye: small talk that is no hello. */
const thanking = /\b(thanks?|thank you|thankyou|thx|thnx|ty|tysm|cheers|appreciated?|appreciate it)\b/i;
const leaving = /\b(bye|goodbye|see (you|ya)|good night|talk (soon|later))\b/i;
/** Words that acknowledge an answer ("perfect", "got it", "that helps"): answered as a thanks is. */
const acknowledging =
  /\b(perfect|great|awesome|cool|nice|got it|gotcha|makes sense|helps|helped|helpful|useful|sounds good|good to know|noted|understood|that'?s all)\b/i;

/** What to ask next, offered after small talk with nothing before it. */
const nextAsks = ["roles", "compare mle swe", "salary mle senior seattle"];

/**
 * Small talk answered as what it is: a hello with what the advisor does; a thanks with a short you're
 * welcome and what else can be asked (the person has used it already: `followups` are the thread's own
 * next questions, where it has some), as is an acknowledgement ("got it"); a goodbye with a goodbye.
 */
export function greeting(text = "", followups = nextAsks): Notice {
  const thanked = thanking.test(text);
  if (thanked || acknowledging.test(text))
    return notice(
      thanked ? "You're welcome!" : "Glad that helps!",
      [
        "Anything else? Ask about a role's pay, skills, career path or outlook, or compare two roles, e.g. one of these.",
      ],
      "info",
      followups,
    );
  if (leaving.test(text))
    return notice(
      "Bye for now!",
      ["Ask again any time, in your own words or with one of these."],
      "info",
      nextAsks,
    );
  return notice(
    "Hi! I'm Career Advisor",
    [whatIDo, "Ask in your own words, or try one of these."],
    "info",
    nextAsks,
  );
}

/** A question back, with each option a command the person can click. */
export function clarify(prompt: string, options: string[], offered?: string[]): Clarification {
  return {
    kind: "clarify",
    prompt,
    followups: options.slice(0, 5),
    ...(offered?.length ? { offered: offered.slice(0, 5) } : {}),
  };
}
