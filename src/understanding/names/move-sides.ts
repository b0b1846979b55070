import type { Role } from "../../knowledge/core/schema.js";
import { stem } from "../../knowledge/core/text.js";
import { saysSideActivity } from "../text/side-activity.js";
import { comparers, comparingWords } from "../words/contrast-words.js";
import {
  articles,
  distanceTo,
  fitFor,
  fromMarkers,
  goesFor,
  headingWords,
  heldAsAtPlace,
  heldAtPay,
  heldByDoing,
  heldNowAt,
  heldOn,
  heldOverSpell,
  leftFor,
  markerAt,
  movedFor,
  moveWords,
  spellUnits,
  stayedIn,
  titleHeads,
  toMarkers,
  towardsBefore,
  wasHeld,
  weighedBeing,
} from "../words/entity-words.js";
import { askedAsJobToGet } from "../words/job-to-get.js";
import { asksPayToOffer, asksScreening } from "../words/question-asks.js";

/** A role a question names, where its name starts and ends (the first time) among the question's words. */
export interface RoleNamedAt {
  role: Role;
  start: number;
  end: number;
}

/**
 * Which of the roles a question names (in the order named) a move starts from and which it leads to, read
 * from the words around them ("from", "to", "into", "out of", "as a …"), and whether two or three roles set
 * against each other are options rather than an end. `occupationsAt`: where occupations the knowledge
 * does not cover stand, for a move from one ("im in accounting, is data analyst a step up"). `fieldWord`:
 * whether a word names a field of several roles ("cloud", "security"), which a move may lead to.
 * `toolWord`: whether a word names a tool or skill, which may say what kind of a role is held.
 */
export function readMove(
  tokens: string[],
  named: readonly RoleNamedAt[],
  occupationsAt: readonly { start: number; end: number }[],
  fieldWord: (word: string) => boolean = () => false,
  toolWord: (word: string) => boolean = () => false,
): { from?: Role; to?: Role } {
  const occupationStarts = occupationsAt.map((o) => o.start);
  const roles = named.map((n) => n.role);
  // "if i go dba first and then data architect later": two roles taken in turn lead from the first to the
  // second, whatever word of going stands before the first (otherwise: "go dba" made DBA where it leads).
  const inTurn = takenInTurn(tokens, named);
  if (inTurn) return inTurn;
  let from: Role | undefined;
  let to: Role | undefined;
  // The last role with a marker of where a move leads is where it leads: in "switch it support to
  // security analyst" the verb before the first role says a move, the "to" before the second says where.
  // So do words of going for it ("go for data architect") and "for" after leaving ("leaving academia for
  // data science").
  // So does a role asked for as a job to take ("what it support specialist job can i get").
  // "going it support to cloud", "switch sysadmin to security": a role with "to" and a field's word right
  // after it is where the move starts, whatever word of going stands before it; the field is where it leads.
  // So is one with "to" and a job's head right after it ("to go dba to architect", "architect" read only
  // later, as one of several): a word of going before the first role says the move, not where it leads.
  const beforeField = (end: number) =>
    leadWords.has(tokens[end] ?? "") &&
    (fieldWord(tokens[end + 1] ?? "") || titleHeads.has(stem(tokens[end + 1] ?? "")));
  const leadsThere = ({ start, end }: RoleNamedAt) =>
    !beforeField(end) &&
    (((sideMarkerBefore(tokens, start, toMarkers) || afterOneOther(tokens, start)) &&
      !moveNamedBefore(tokens, start, end)) ||
      goesFor(tokens, start) ||
      distanceTo(tokens, start) ||
      leftFor(tokens, start) ||
      askedAsJobToGet(tokens, start, end));
  const leadsTo = [...roles.keys()].reverse().find((i) => {
    const at = named[i];
    return at !== undefined && leadsThere(at);
  });
  if (leadsTo !== undefined) to = roles[leadsTo];
  // "data scientist thinking about research scientist": the second of two roles, weighed after the first.
  const weighedNext = roles.length === 2 && towardsBefore(tokens, named[1]?.start ?? 0);
  if (to === undefined && weighedNext) to = roles[1];
  for (const { role, start, end } of named) {
    // "want out of qa": the role left behind.
    const outOf = tokens[start - 1] === "of" && tokens[start - 2] === "out";
    // "as a data analyst, should i aim for…": a role the question opens on being is the one held now.
    const opensAs = tokens[0] === "as" && start <= 2 && roles.length >= 2;
    // "a realistic move for a network admin": who makes the move is where it starts; so is whom another
    // role named is weighed as a fit for ("is data architect a good fit for a dba").
    const mover = movedFor(tokens, start) || (roles.length >= 2 && fitFor(tokens, start));
    // "spent 3 years as a data analyst": so is one said after the spell spent in it, or after the place it
    // was done at ("worked at a bank as a data analyst"), or said to have been ("i was a sysadmin"); "is
    // it worth it vs staying a sysadmin": staying says the job is held, after a word of comparing too.
    // "im a python backend dev": a tool's name said before the role only says what kind of it.
    const kindSaid = toolWord(tokens[start - 1] ?? "") && sideMarkerBefore(tokens, start - 1, fromMarkers);
    const held =
      (sideMarkerBefore(tokens, start, fromMarkers) ||
        kindSaid ||
        heldOverSpell(tokens, start) ||
        heldByDoing(tokens, start) ||
        heldAsAtPlace(tokens, start) ||
        // "im on the help desk": a job one is on, as a desk or a team, now.
        heldOn(tokens, start) ||
        heldAtPay(tokens, start) ||
        wasHeld(tokens, start) ||
        stayedIn(tokens, start)) &&
      !weighedBeing(tokens, start) &&
      !distanceTo(tokens, start);
    const fieldNext = beforeField(end);
    if (
      !from &&
      role !== to &&
      (outOf || opensAs || mover || held || fieldNext || heldInField(tokens, start))
    )
      from = role;
  }
  // "sysadmin here. sre or cloud architect?": the role a question opens on saying someone is it is held now.
  const [first] = named;
  if (!from && first && first.role !== to && first.start <= 2 && heldNowAt(tokens) === first.end)
    from = first.role;
  // "QA analyst, 4 yrs. is IT support a step down from it?": so is the role it opens on with how long it
  // has been held, when one other role is weighed after it (not set against it: "… network admins vs sysadmins").
  // So is it when the others are options set against each other after it ("ios dev, 7 yoe. EM track or
  // product manager?").
  const weighedAfter =
    roles.length >= 2 && !tokens.slice(first?.end, named[1]?.start).some((t) => comparers.has(t));
  if (!from && first && first.role !== to && first.start <= 2 && weighedAfter && heldFor(tokens, first.end))
    from = first.role;
  // "network admin, should i go into network architect or security engineering": options after a move's
  // marker start from the role named before them.
  if (!from && roles.length >= 3 && to === roles[1]) from = roles[0];
  // "qa engr wanting to become a dev, fullstack or backend?", "frontend dev thinking backend or fullstack?",
  // "support tech wanting to go cloud or security": so do roles or fields set against each other after
  // words of heading there, said after the role the question opens on; none of them is the one end.
  if (!from && first && first.start <= 2 && headedToOptions(tokens, named, fieldWord)) {
    from = first.role;
    to = undefined;
  }
  // "im in accounting, is data analyst a step up": a move from an occupation leads to the one role named.
  // So does one from an occupation named first, with a word of going in between: "cashier wanting to get
  // into tech, maybe help desk?".
  const roleAt = named[0]?.start ?? 0;
  // "im a teacher on weekends, whats the pay for a swe": an occupation said to be done beside a living is
  // no job held, and no move's start.
  const sideOnly = (start: number) =>
    saysSideActivity(tokens.slice(start, roleAt > start ? roleAt : undefined).join(" "));
  // So does one from an occupation said after the spell spent in it: "after 8 yrs of nursing, is swe worth it",
  // or after the place it was done at: "spent 12 years in kitchens as a line cook, could i do data analysis",
  // or said to have been: "i was a line cook for 10 years, could i do data analysis".
  const leaving = occupationStarts.some(
    (start) =>
      (sideMarkerBefore(tokens, start, fromMarkers) ||
        heldOverSpell(tokens, start) ||
        heldAsAtPlace(tokens, start) ||
        heldAtPay(tokens, start) ||
        wasHeld(tokens, start)) &&
      !weighedBeing(tokens, start) &&
      !sideOnly(start),
  );
  // So does one weighed after an occupation: "army vet, 12 yrs signals. thinking network administrator".
  const goingIn = occupationStarts.some(
    (start) =>
      start < roleAt &&
      (tokens.slice(start, roleAt).some((t) => t === "into" || moveWords.has(t)) ||
        towardsBefore(tokens, roleAt)),
  );
  // "dental hygienist here, is IT support a good switch?", "barista rn, whats a frontend dev make": an
  // occupation the question opens on saying someone is it ("here", "right now" right after its few words)
  // is held now, as a role so named is.
  const here = heldNowAt(tokens);
  // "recruiter here, what should i screen for in a security engineer" says who asks, not where they stand;
  // so does "HR here, we're benchmarking a data analyst req. what does Walmart pay data analysts?", pay set
  // for a job being hired (otherwise: the move from HR into data analyst, HR's pay beside it).
  const hiring = asksScreening.test(tokens.join(" ")) || asksPayToOffer.test(tokens.join(" "));
  const heldHere =
    !hiring &&
    occupationStarts.some((start) => start <= 2 && start < here && here <= start + 4 && here < roleAt);
  // "line cook 6 yrs burnt out. thinking bootcamp for full stack": so is one it opens on with how long it
  // has been held, as a role so named is ("QA analyst, 4 yrs"); the role named after it is where a move
  // leads (otherwise: the role's pay alone, the job held dropped).
  const heldSince = occupationsAt.some(
    ({ start, end }) => start <= 2 && end < roleAt && heldFor(tokens, end) && !sideOnly(start),
  );
  if ((leaving || goingIn || heldHere || heldSince) && roles.length === 1 && !to && !from) to = roles[0];
  // "should i go into data science or data engineering": two roles set against each other are options,
  // not a start and an end, unless a word marks the start.
  const between = roles.length === 2 ? tokens.slice(named[0]?.start, named[1]?.start) : [];
  const options = between.some((t) => comparers.has(t));
  if (roles.length === 2 && !(options && !from)) {
    const [a, b] = roles as [Role, Role];
    if (from && !to) to = from === a ? b : a;
    else if (to && !from) from = to === a ? b : a;
  }
  // "data engineer to data scientist or mle", "from qa to devops or sre": a move that leads to roles set
  // against each other has options, no one end; the one role before them is where it starts.
  const toAt = to ? roles.indexOf(to) : -1;
  const nextSide = tokens.slice(named[toAt]?.start ?? 0, named[toAt + 1]?.start ?? 0);
  if (roles.length >= 3 && toAt === 1 && nextSide.some((t) => comparers.has(t))) {
    from ??= roles[0];
    to = undefined;
  }
  // "ios dev, 7 yoe: EM track or switching to product manager": the last of the options set against each
  // other after the role held, marked as where a move leads, is one of the options, no one end.
  const sideBefore = toAt >= 2 ? tokens.slice(named[toAt - 1]?.end, named[toAt]?.start) : [];
  // Not one said "from … to" it ("i like that part more than coding now. should i switch from swe to product
  // manager?"): a start named right before it makes it the move's one end, whatever was compared before.
  const toStart = named[toAt]?.start ?? 0;
  const fromAt = tokens.lastIndexOf("from", toStart - 1);
  const saidFromTo = fromAt >= 0 && toStart - fromAt <= 5 && leadWords.has(tokens[toStart - 1] ?? "");
  if (
    from === roles[0] &&
    toAt === roles.length - 1 &&
    sideBefore.some((t) => comparers.has(t)) &&
    !saidFromTo
  )
    to = undefined;
  return { ...(from ? { from } : {}), ...(to ? { to } : {}) };
}

/**
 * "going sysadmin to sysadmin", "qa -> qa": one role typed on both sides of a move's "to", which both sides
 * then read as, so that the answer asks where the move leads rather than answer a move to itself.
 */
export function roleOnBothSides(
  tokens: readonly string[],
  found: readonly (RoleNamedAt & { typed: readonly string[] })[],
): Role | undefined {
  for (const { role, end, typed } of found) {
    if (!leadWords.has(tokens[end] ?? "")) continue;
    const after = tokens.slice(end + 1).filter((t) => !articles.has(t));
    if (typed.some((name) => name.split(" ").every((w, k) => after[k] === w))) return role;
  }
  return undefined;
}

/**
 * Whether one of `markers` before the job at `start` marks a side of a move: not a "to" or "from" right after
 * a word of comparing ("compared to sre", "how is it different from a data scientist", "similar to data
 * engineering"), which names what the job is set against, neither where a move leads nor where it starts.
 */
function sideMarkerBefore(tokens: readonly string[], start: number, markers: ReadonlySet<string>): boolean {
  const at = markerAt(tokens, start, markers);
  return at >= 0 && !comparingWords.has(tokens[at - 1] ?? "");
}

/**
 * "backend -> platform/sre", "swe to platform sre": one word no list reads between "to" and the role, an
 * alternative or a qualifier said beside it, leaves the role where the move leads. Not a word that sets
 * sides against each other ("to python or sre"), joins them ("to qa and sre") or says the role is held.
 */
function afterOneOther(tokens: readonly string[], start: number): boolean {
  const other = tokens[start - 1] ?? "";
  const marker = tokens[start - 2] ?? "";
  return (
    (marker === "to" || marker === "into") &&
    // "compared to platform sre": the other side of a comparison, as in `sideMarkerBefore`.
    !comparingWords.has(tokens[start - 3] ?? "") &&
    !comparers.has(other) &&
    !articles.has(other) &&
    // "→ QA → now QA engineer": a word of holding a job says the role is the one held.
    !fromMarkers.has(other) &&
    !["and", "both", "then"].includes(other)
  );
}

/** Words that name the field one works in: "in IT", "in tech". */
const fieldWords = new Set(["it", "tech"]);

/** Words that may stand between the field and the job held in it: "in IT as a junior …", "in IT, specifically …". */
const inFieldFiller = new Set(
  "as a an specifically mainly mostly primarily currently junior jr senior sr mid".split(" "),
);

/**
 * "im in IT as a junior data analyst", "i'm in IT, specifically network admin": the role said right after
 * being in the field is the job held, the field only where it sits.
 */
function heldInField(tokens: readonly string[], start: number): boolean {
  for (let at = start - 1; at >= Math.max(1, start - 4); at--) {
    const t = tokens[at] ?? "";
    if (fieldWords.has(t)) return tokens[at - 1] === "in" && at < start - 1;
    if (!inFieldFiller.has(t)) return false;
  }
  return false;
}

/**
 * Whether the roles, or fields, after the first role are options set against each other ("fullstack or
 * backend", "cloud or security") that words of heading somewhere lead to from the first ("wanting to
 * become a dev, …"), with nothing that sets the first against them.
 */
function headedToOptions(
  tokens: readonly string[],
  named: readonly RoleNamedAt[],
  fieldWord: (word: string) => boolean,
): boolean {
  const [first, ...others] = named;
  if (!first) return false;
  const inName = (i: number) => named.some((n) => n.start <= i && i < n.end);
  const fields = [...tokens.keys()]
    .filter((i) => i >= first.end && !inName(i) && fieldWord(tokens[i] ?? ""))
    .map((i) => ({ start: i, end: i + 1 }));
  const options = [...others, ...fields].sort((a, b) => a.start - b.start);
  const [next] = options;
  const [beforeLast, last] = options.slice(-2);
  if (!next || !beforeLast || !last) return false;
  const toOptions = tokens.slice(first.end, next.start);
  return (
    toOptions.some((t) => headingWords.has(t)) &&
    // "qa engineer compared to devops or sre": a word of comparing sets the first against them.
    !toOptions.some((t) => comparers.has(t) || comparingWords.has(t)) &&
    tokens.slice(beforeLast.end, last.start).some((t) => comparers.has(t))
  );
}

/** Whether a spell of time ("4 yrs") starts at `at`. */
const spellAt = (tokens: readonly string[], at: number) =>
  /^\d+$/.test(tokens[at] ?? "") && spellUnits.has(tokens[at + 1] ?? "");

/** The most words a place may take between a job and how long it was held: "in raleigh nc", "at a school". */
const placeWords = 3;

/**
 * Whether a spell of time is said right after a role: "QA analyst, 4 yrs"; or after where it was held ("hs
 * math teacher in raleigh nc, 11 yrs"), which no spell follows "in" at once ("nurse in 5 yrs" is to come).
 */
const heldFor = (tokens: readonly string[], end: number) => {
  // "nurse of 5 yrs", "nurse for 8 years": the spell may be joined to the job by "of" or "for".
  if (spellAt(tokens, tokens[end] === "of" || tokens[end] === "for" ? end + 1 : end)) return true;
  if (!["in", "at"].includes(tokens[end] ?? "") || /^\d+$/.test(tokens[end + 1] ?? "")) return false;
  for (let at = end + 2; at <= end + 1 + placeWords; at++) if (spellAt(tokens, at)) return true;
  return false;
};

/** The most words between two roles taken in turn: "dba first and then data architect". */
const inTurnWords = 4;

/**
 * "dba first and then data architect", "first dba, then architect": two roles (and no more) said in the order
 * they are to be held, "first" beside the first and "then" between them, with no word setting them against
 * each other ("dba first or data architect then").
 */
function takenInTurn(
  tokens: readonly string[],
  named: readonly RoleNamedAt[],
): { from: Role; to: Role } | undefined {
  const [a, b] = named;
  if (!a || !b || named.length !== 2) return undefined;
  const between = tokens.slice(a.end, b.start);
  return (between[0] === "first" || tokens[a.start - 1] === "first") &&
    between.includes("then") &&
    between.length <= inTurnWords &&
    !between.some((t) => comparers.has(t))
    ? { from: a.role, to: b.role }
    : undefined;
}

/** Words right after where a move starts that say where it leads: "sysadmin to cloud", "qa 2 security". */
const leadWords = new Set(["to", "into", "2"]);

/** Words that name a move as a thing ("a switch", "the move"): said so, they lead nowhere yet. */
const moveNouns = new Set(["switch", "move", "transition", "pivot"]);

/**
 * "considering a switch: network admin to cloud": a move named as a thing just before a role, which the
 * words after it take from there ("to cloud"); the role is where it starts, not where it leads.
 */
const moveNamedBefore = (tokens: readonly string[], start: number, end: number) =>
  moveNouns.has(tokens[start - 1] ?? "") &&
  articles.has(tokens[start - 2] ?? "") &&
  ["to", "into", "2"].includes(tokens[end] ?? "");

/**
 * Whether a move leads to the occupation named at `start`: a marker of where a move leads before it ("to",
 * "becoming"), "for" after leaving ("leaving IT for nursing"), or, after a role named, a word of weighing it
 * ("qa engineer considering the police academy").
 */
export const occupationLeadsTo = (tokens: string[], start: number, rolesNamed: number): boolean =>
  sideMarkerBefore(tokens, start, toMarkers) ||
  leftFor(tokens, start) ||
  (rolesNamed > 0 && towardsBefore(tokens, start));
