/*
 * A question read as a ranking of roles, where it names no role of its own: by what its words rank by,
 * by what the IT field is asked about, or by what no source measures.
 */
import type { KnowledgeBase } from "../../knowledge/base.js";
import { escapeRegExp, tokenize } from "../../knowledge/core/text.js";
import { rolesByNameWord } from "../../knowledge/role-name-words.js";
import type { Entities } from "../entities/entities.js";
import type { Intent } from "../intent/intents.js";
import {
  asksForBeginners,
  metricNamed,
  type RankingMetric,
  type RankingRequest,
  readRanking,
} from "../intent/ranking-request.js";
import { asksFieldFuture } from "../it/field-asks.js";
import type { Understanding } from "../shape/understanding.js";
import type { ConversationContext } from "../thread/conversation-state.js";
import { saysHeld } from "../thread/held-occupation.js";
import { asksEnteringAtAge } from "../words/age-words.js";
import { moveVerbs } from "../words/entity-words.js";
import { jobNouns, oneOrMany } from "../words/job-nouns.js";
import {
  asksFieldBesidesRole,
  asksJobsListed,
  asksPayFloorOfJobs,
  statesPay,
} from "../words/question-asks.js";
import { namesTechIndustry } from "../words/tech-industry.js";
import { asksLiveMarket, threatAsked } from "../words/timing-words.js";
import { payWords, wordsPattern } from "../words/topic-words.js";
import { asksNonCoderWork, ranksRolesInWords, suitsAsked, unmeasuredAsked } from "../words/unmeasured.js";
import { intoFieldSaid, wayIntoAsked } from "../words/way-from-start.js";
import { fieldJudgedAsCareer, fieldOfPeopleNamed, fieldOfRolesNamed } from "./field-ranked-again.js";
import { jobToldBesideField } from "./own-job-beside-field.js";

/**
 * Whether a job is said to be held by the asker or someone they ask for: "im a unit clerk", "shes a unit
 * clerk", "my wife is a unit clerk", "pastor here" (otherwise: "pastor here, which jobs in IT are ok for a
 * beginner" gave Clergy's figures, not the IT roles to start in).
 */
const heldBySomeone = (text: string, typed: string): boolean =>
  saysHeld(text, typed) ||
  new RegExp(
    String.raw`\b(?:i'?m|i am|she'?s|he'?s|(?:she|he|wife|husband|partner|friend|mom|dad|sister|brother) is)(?: currently| still| now)? an? ${escapeRegExp(typed)}\b`,
    "i",
  ).test(text);

/**
 * Roles ranked, where a question names no role of its own: by what its words rank by, by what the IT field
 * is asked about, or by what no source measures; undefined when the question asks no ranking.
 */
export function rankingAsked(
  kb: KnowledgeBase,
  text: string,
  entities: Entities,
  understood: Understanding,
  context: ConversationContext | undefined,
): Understanding | undefined {
  // Ranking across roles names no role of its own: its words say what it ranks by. A job said to be held
  // beside the IT field or tech ("best paid IT jobs that dont mean coding? … shes a unit clerk", "barista
  // here, which tech jobs are good for beginners") is who asks, not a job asked about.
  // So is one told in a sentence of its own beside the field's ("which IT jobs are growing fastest?
  // currently doing field service for printers").
  const asked = entities.uncovered.filter(
    (o) =>
      !(
        ((entities.itField || entities.masked.includes("tech")) && heldBySomeone(text, o.typed)) ||
        (entities.itField && !entities.moving && jobToldBesideField(text, o.typed))
      ),
  );
  const nothingNamed = entities.roles.length === 0 && asked.length === 0 && entities.ambiguous.length === 0;
  // "what kinds of jobs r there in IT", "list IT jobs": which jobs there are, with no measure named, is the
  // list of roles, not a ranking by pay that nobody asked for.
  // "i'm not a developer, what tech jobs are there" lists them by how much coding they ask, which no source rates.
  const listed = asksJobsListed(text) && !metricNamed(tokenize(text).join(" ")) && !asksNonCoderWork(text);
  if (nothingNamed && listed) return { ...understood, intent: "roleList", roles: [], inherited: [] };
  // "what's in IT for her besides help desk", "what else is there in IT other than support": the field's
  // other roles, the one named only what is left out (before: what that one role does).
  const othersOfField =
    entities.roles.length === 1 && asked.length === 0 && entities.itField && asksFieldBesidesRole(text);
  if (othersOfField) return { ...understood, intent: "roleList", roles: [], inherited: [] };
  // "IT"/"tech" the field with no role ("how much do IT people make", "is IT a good career"): the
  // field is the curated roles, ranked by what was asked, not the ML market or a question back.
  // A place, level or employer asks about one role's pay there: which role, then. Not so the field's jobs
  // or their growth in a US place with figures ("IT jobs in seattle", "are it jobs in demand in chicago"):
  // those rank the field's roles, saying the place is not used, never the ML market.
  // "is it a good job for someone coming from IT" in a thread about QA: "it" is QA, IT the background.
  const leansOnThreadRole = entities.pronoun && (context?.roles.length ?? 0) > 0;
  const rolesOrGrowth = understood.intent === "roleRanking" || fieldMetrics[understood.intent] === "growth";
  // "is IT beginner friendly", "is IT good for beginners": the beginner is who the field is weighed for, the
  // jobs to start in, not one role's pay at a level (otherwise: the ML trends, or IT support's pay).
  // Only the field judged as the subject ("is IT …"): "best it certs for beginners" asks the way in.
  const forBeginners =
    asksForBeginners(text) &&
    fieldJudged.test(text) &&
    !tokenize(text).some((t) => payWords.has(t)) &&
    entities.itField;
  // A place with no figures ("IT jobs in india") is no different: the ranking says it is outside the US.
  const onePlaceOrKind =
    ((understood.place || understood.unlistedPlace) && !rolesOrGrowth) ||
    (understood.level && !forBeginners) ||
    understood.company;
  // "anyone here moved into it in their 40s? is it too late": getting in at an age is the way in, no ranking.
  const fieldNamed =
    nothingNamed &&
    !leansOnThreadRole &&
    !onePlaceOrKind &&
    entities.masked.includes("tech") &&
    !asksEnteringAtAge(text);
  // "any layoffs in IT lately": the field's market this week, which no source counts; the nearest the sources
  // come is the openings BLS projects each year (the answer says so first), never a ranking by pay.
  const fieldMetric = fieldNamed
    ? asksLiveMarket(text)
      ? "openings"
      : fieldMetrics[understood.intent]
    : undefined;
  const aboutField = fieldMetric !== undefined;
  // "is IT a good career for someone with no degree": the field's roles that need none.
  // "self-taught dev here, what pays best": with no role named nor in the thread, what pays best is the roles.
  const paysBestOfNone = nothingNamed && (context?.roles.length ?? 0) === 0 && paysBestAsked.test(text);
  const asksRanking = understood.intent === "roleRanking" || aboutField || fieldNamed || paysBestOfNone;
  // "which of those jobs pays best" after roles were offered weighs those, not every role; so does
  // "which of these jobs grows fastest" after roles set side by side.
  const weighsThread = understood.inherited.includes("offered") || understood.inherited.includes("set");
  // "my gf is in IT and makes 70k, is that normal": one person's pay, which no ranking answers unless its
  // words ask for one ("i make 90k in IT, which jobs pay more").
  // "any IT jobs that pay 90k+ starting" says no one's pay: a floor for the jobs ranked.
  const onePersonsPay = statesPay(text) && !asksPayFloorOfJobs(text);
  // "been doing IT for 6 years, want more money. what should i move into?": a move from the field, whose
  // start (which IT role) is asked back before the moves that pay more; no ranking of every role.
  const moveFromField = entities.itSide === "from" && moveAsked.test(text);
  const rankable = nothingNamed && !weighsThread && !moveFromField;
  const ranked = rankable ? readRanking(tokenize(text), asksRanking && !onePersonsPay) : undefined;
  // "how do i get into IT with no degree": the way in asked in so many words, the degree lacking only how the
  // person starts; the way in answers it (r87, r88: before, the roles that need no degree, ranked by pay).
  // So is how hard getting in is, weighed ("is it hard to get into IT without a degree", "can you break into
  // IT with no degree"), unless which jobs are asked ("which IT jobs can you get into without a degree"); and
  // getting into the field said with no "how" ("is it hard to get into it with no degree"), but not whether
  // to ("should i get into it with no degree"), which weighs the field by its roles that need none.
  const intoFieldNotWeighed = intoFieldSaid.test(text) && !shouldWeighed.test(text);
  const wayIn =
    wayIntoAsked.test(text) ||
    (wayInWeighed.test(text) && !/\b(?:which|what)\b/i.test(text)) ||
    intoFieldNotWeighed;
  const read = ranked?.metric === "noDegree" && wayIn ? undefined : ranked;
  // "is data a growing field": the field judged is what is ranked (before: every role).
  const judged = read && !read.filter ? fieldJudgedAsCareer(kb, tokenize(text)) : undefined;
  const measured = read && judged ? { ...read, filter: judged } : read;
  // "which IT role has the best work life balance": roles weighed by what no source measures, never
  // ranked by pay instead.
  // Only where its words rank roles: "work life balance in tech" asks which role, not a ranking.
  // So does the field judged for someone by such a thing ("is IT ok for someone who hates talking to ppl"):
  // no role to ask back, since no source weighs any of its roles by it (otherwise: asked which IT role).
  const weighedBy =
    (ranksRolesInWords(text) || (fieldNamed && !aboutField && entities.itField && suitsAsked(text))) &&
    (context?.roles.length ?? 0) < 2;
  // Beside what the sources do measure ("good work-life balance and pay well"), the ranking says so.
  const unmeasured = rankable && weighedBy ? unmeasuredAsked(text) : undefined;
  // "is IT dying lol", "is IT a good field for new grads or is it saturated": the field's future is its
  // roles' growth, however the words were classed and whoever asks (a level or place does not change
  // where the field is going; a ranking says a place is left out).
  // So is the tech industry's, where something is feared to take its work ("will ai replace tech workers"),
  // in whichever word for its people ("tech jobs", "tech employees", "people in tech").
  const industryThreat = namesTechIndustry(tokenize(text)) && threatAsked(text) !== undefined;
  const fieldFuture =
    nothingNamed &&
    !leansOnThreadRole &&
    ((entities.itField && asksFieldFuture(text) && !asksEnteringAtAge(text)) ||
      (!entities.itField && industryThreat));
  // "which IT jobs are network ones", "what are the network jobs in IT": the field's roles of that kind.
  const kind = fieldOfRolesNamed(kb, tokenize(text));
  // "what do IT people make": what the field's people make is its roles' pay, however "people" leaned the
  // intent (to soft skills).
  const fieldPay = fieldNamed && !onePersonsPay && !unmeasured && whatTheyMake.test(text);
  // "what do people in data make", "how much do network folks earn": a field's people are its roles, their
  // pay its roles' ranked (before: a best-practice list of data management).
  const peopleOf = nothingNamed && !onePersonsPay ? fieldOfPeopleNamed(kb, tokenize(text)) : undefined;
  const peoplesPay = peopleOf && whatTheyMake.test(text) ? peopleOf : undefined;
  // A field of more roles than a short list ("people in data": eight) is asked back, its roles the buttons,
  // as "how much do data people make" is: which of them pays what differs too much for one answer.
  if (peoplesPay && (rolesByNameWord(kb).any.get(peoplesPay)?.length ?? 0) > fewRolesRanked)
    return { ...understood, intent: "salary", confidence: 1, roles: [], inherited: [] };
  // "my cousin is an electrician… what IT jobs would suit them": the field's jobs weighed for someone coming
  // to it, with no measure named, are those that need least to enter (before: the best paid, unasked).
  const enteringFitted =
    fieldNamed && entities.itField && personFitted.test(text) && !measureWords.test(text);
  const ranking: RankingRequest | undefined = fieldFuture
    ? { metric: "growth", all: false }
    : enteringFitted
      ? { metric: "noDegree", all: false, entryLevel: true }
      : (measured ??
        (aboutField && !onePersonsPay && !unmeasured
          ? { metric: fieldMetric, all: false, ...(kind ? { filter: kind } : {}) }
          : fieldPay
            ? { metric: "pay", all: false }
            : peoplesPay
              ? { metric: "pay", all: false, filter: peoplesPay }
              : undefined));
  if (!(ranking || unmeasured)) return undefined;
  // "is IT a good career for introverts": what no source measures, said beside whatever ranking is given.
  const notMeasured = unmeasured ?? (ranking ? unmeasuredAsked(text) : undefined);
  return {
    ...understood,
    intent: "roleRanking",
    roles: [],
    inherited: [],
    // The job held beside the ranking is not what is ranked, nor an occupation to answer instead.
    ...(asked.length < entities.uncovered.length
      ? { entities: { ...understood.entities, uncovered: asked } }
      : {}),
    ...(ranking ? { ranking: entities.itField ? { ...ranking, all: false, itField: true } : ranking } : {}),
    ...(notMeasured ? { unmeasured: notMeasured } : {}),
  };
}

/** Getting in weighed: "is it hard to get into", "possible to break into", "can you get into". */
const wayInWeighed =
  /\b(?:hard|harder|easy|easier|possible|realistic|doable|can (?:i|you|u|someone|one))\b(?: \w+){0,3} (?:get|break) (?:in|into)\b/i;

/** "should i get into it", "should someone go into IT": whether to, weighed. */
const shouldWeighed = /\bshould (?:i|we|someone|one|you|u)\b/i;

/**
 * The jobs weighed for a person: "would suit them", "good for him", "what could she do". (A ranking word or a
 * measure said beside it, "which pay best for her", keeps its own ranking: `measureWords`.)
 */
const personFitted =
  /\b(?:suit|suits|fit|fits|good for|right for|ok for|okay for|work for|best for)\s+(?:him|her|them|me|someone like)\b|\b(?:could|can|would|might) (?:he|she|they) (?:do|go for|try|get into)\b/i;

/** Words of what a ranking measures: pay, growth, openings, a degree. */
const measureWords =
  /\b(?:pay|pays|paid|paying|salary|salaries|money|earn|earns|make|makes|grow|grows|growing|growth|demand|openings|future|scope|degree|highest|top)\b/i;

/** The most roles of a field whose people's pay is ranked; more are asked back. */
const fewRolesRanked = 4;

/** "what pays best", "which job pays the most": what pays best asked of no one thing ("which place" is a place). */
const paysBestAsked = new RegExp(
  String.raw`\b(?:what|which)\s+(?:${oneOrMany(jobNouns).join("|")}\s+)?(?:pays?|earns?|makes?)\s+(?:the\s+)?(?:best|most|highest)\b`,
  "i",
);

/** The field as the subject judged: "is IT beginner friendly", "would IT be good for beginners". */
const fieldJudged = /\b(?:is|isnt|isn't|was|would|will) (?:it|tech)\b/i;

/** "what do IT people make", "how much do they earn": pay asked of who the question is about. */
const whatTheyMake =
  /\b(?:what|how much) (?:do|does|did|would|will|can) [a-z ]{1,30}?\b(?:make|earn|get paid|take home)\b(?! (?:of|a|an|the|it|them|sure|money|with|for|from)\b)/i;

/** "what should i move into", "switch to": a move asked, where to not yet said. */
const moveAsked = new RegExp(String.raw`${wordsPattern(moveVerbs).source}\s+(?:in)?to\b`, "i");

/** What a question about the IT field as a whole ranks its roles by, for the intents that have one. */
const fieldMetrics: Partial<Record<Intent, RankingMetric>> = {
  salary: "pay",
  totalComp: "pay",
  payRanking: "pay",
  roleRanking: "pay",
  outlook: "growth",
  market: "growth",
};
