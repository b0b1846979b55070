import pluralize from "pluralize";
import type { KnowledgeBase } from "../knowledge/base.js";
import type { Role } from "../knowledge/core/schema.js";
import { stem, tokenize } from "../knowledge/core/text.js";
import { Vocabulary } from "../knowledge/core/vocabulary.js";
import { fieldAbbreviations } from "../knowledge/resolve.js";
import { type Classification, IntentClassifier } from "./classifier.js";
import { askedAboutThread, type ConversationContext } from "./conversation-state.js";
import { type Entities, type EntityVocabularies, extractEntities, questionWords } from "./entities.js";
import { type Intent, intents, pairIntents, payIntents, roleIntents } from "./intents.js";
import { itFieldPositions } from "./it-word.js";
import {
  builtInLanguage,
  type Company,
  type Language,
  type Occupation,
  type Place,
  type SkillKind,
  type UnlistedLevel,
} from "./language.js";
import { type RankingMetric, type RankingRequest, readRanking } from "./ranking-request.js";
import { stripSlackMarkup } from "./slack-text.js";
import { pickInThread } from "./thread-pick.js";

/** What a question asks, about what, and what the thread filled in. */
export interface Understanding {
  /** The question as read: Slack markup removed, whitespace folded. */
  text: string;
  intent: Intent;
  confidence: number;
  second?: Classification["second"];
  /** What the question itself names. */
  entities: Entities;
  /** The roles the answer is about: named, or carried over from the thread. */
  roles: Role[];
  level?: string;
  place?: string;
  /** A place named that the knowledge has no pay figures for (`place` is the location containing it, if any). */
  unlistedPlace?: string;
  /** A level named that the knowledge has no pay figures for ("interns"; `level` is the nearest one). */
  unlistedLevel?: string;
  company?: string;
  /** Other employers named beside `company` ("google vs meta mle pay"): each gets its figures, or a word that it has none. */
  otherCompanies?: string[];
  /** Kinds of employer named ("startups", "faang"): there are no figures by kind of employer. */
  companyKinds?: string[];
  from?: Role;
  to?: Role;
  /** What came from the thread rather than the question ("roles", "place", "intent"…), for the log. */
  inherited: string[];
  /** The roles the thread was about before this question, whether or not this question uses them. */
  threadRoles: Role[];
  /** The official occupation (SOC code) the thread was about, when its last answer was one (or the one picked). */
  threadOccupation?: string;
  /** The occupations (SOC codes) the last answer asked to pick from, when this question picked none. */
  offeredOccupations?: string[];
  /** A question that ranks roles or occupations: by what, among which, narrowed to what. */
  ranking?: RankingRequest;
}

/** Below this the classifier's first choice is a guess: a follow-up, a search, or a question back. */
export const confidentAt = 0.5;

/** Whether the classifier's first choice is too weak to act on: low, or hardly ahead of the second. */
export function isGuess(u: Pick<Understanding, "confidence" | "second">): boolean {
  if (u.confidence < 0.3) return true;
  return u.confidence < confidentAt && u.second !== undefined && u.confidence - u.second.confidence < 0.1;
}

/** Longest question read; a pasted essay is cut here so it cannot slow the bot. */
const maxQuestionLength = 500;

export interface Understander {
  understand(question: string, context?: ConversationContext): Understanding;
  /** The words the examples of an intent use ("pay", "earn" for salary): they say what is asked, not about what. */
  wordsOf(intent: Intent): ReadonlySet<string>;
}

function entityVocabularies(kb: KnowledgeBase, language: Language): EntityVocabularies {
  const roleWords = new Set(
    kb.knowledge.roles.flatMap((r) => [r.name, ...r.aliases]).flatMap((name) => tokenize(name)),
  );
  // Words of the examples that are no role's name or a near miss of one ("mles" is one edit from "mle").
  const exampleWords = new Set(
    Object.values(language.utterances).flatMap((list) => list.flatMap((u) => tokenize(u))),
  );
  const commonWords = new Set([...exampleWords].filter((w) => !roleWords.has(w) && !kb.roleNames.lookup(w)));
  const knowledgeWords = kb.index.words;
  return {
    knownWord: (w) =>
      knowledgeWords.has(w) ||
      knowledgeWords.has(titleForm(w)) ||
      exampleWords.has(w) ||
      questionWords.has(w),
    // Titles are compared as singulars, not stems: "marketer" stems to "market", and "the ML market" is
    // no question about marketers; its singular stays "marketer", while "nurses" still meets "nurse".
    occupations: new Vocabulary<Occupation>(
      language.occupations.flatMap((o) => o.titles.map((t) => [t, o] as [string, Occupation])),
      titleForm,
    ),
    skillKinds: new Vocabulary<SkillKind>(
      language.skillKinds.flatMap((k) => k.words.map((w) => [w, k] as [string, SkillKind])),
    ),
    commonWords,
    oneWordTitles: [
      ...new Set(language.occupations.flatMap((o) => o.titles).filter((t) => !/\s/.test(t.trim()))),
    ].filter((t) => t.length >= 5 && !commonWords.has(t)),
    employers: companyNames(language.companies.filter((c) => !c.kind)),
    companyKinds: companyNames(language.companies.filter((c) => c.kind)),
    unlistedPlaces: new Vocabulary<Place>(
      language.places.flatMap((p) => p.aliases.map((a) => [a, p] as [string, Place])),
    ),
    unlistedLevels: new Vocabulary<UnlistedLevel>(
      language.levels.flatMap((l) => l.aliases.map((a) => [a, l] as [string, UnlistedLevel])),
    ),
  };
}

/** Employers (or kinds of employer) by every name people type, each standing for how the app writes it. */
const companyNames = (companies: Company[]) =>
  new Vocabulary<string>(
    companies.flatMap((c) => [c.name, ...c.aliases].map((n) => [n, c.name] as [string, string])),
  );

/**
 * A title word's singular ("nurses" → "nurse", "sres" → "sre", "salespeople" → "salesperson"). pluralize's
 * rules know English plurals without a dictionary; a noun lemmatizer did the same from word lists that held
 * 28 MiB of a running process.
 */
const titleForm = (word: string): string => pluralize.singular(word);

/** Builds the pipeline for one knowledge base: its vocabularies, and the classifier trained on the examples. */
export function createUnderstander(kb: KnowledgeBase, language = builtInLanguage()): Understander {
  const vocabularies = entityVocabularies(kb, language);
  const examples = intents.flatMap((intent) =>
    language.utterances[intent].map((u) => ({
      // Examples are spelt right, so they are read without typo tolerance (ten times faster).
      tokens: extractEntities(kb, vocabularies, tokenize(u), false).masked,
      intent,
    })),
  );
  const classifier = new IntentClassifier(examples);
  // Words only greetings use ("hi", "thanks", "bye"), not words other examples share ("good", "there").
  const otherWords = new Set(
    intents
      .filter((i) => i !== "greeting")
      .flatMap((i) => language.utterances[i].flatMap((u) => tokenize(u))),
  );
  const greetingWords = new Set(
    language.utterances.greeting.flatMap((u) => tokenize(u)).filter((w) => !otherWords.has(w)),
  );
  const intentWords = new Map(
    intents.map((intent) => [intent, new Set(language.utterances[intent].flatMap((u) => tokenize(u)))]),
  );
  // Words that only questions about careers use: in the examples of a career intent or in the knowledge,
  // never in an off-topic example ("salary", "kubeflow", "promotion"; not "time", "best" or "make").
  const offTopicWords = new Set(language.utterances.offTopic.flatMap((u) => tokenize(u).map(stem)));
  const careerWords = new Set(
    intents
      .filter((i) => !conversational.has(i))
      .flatMap((i) => language.utterances[i].flatMap((u) => tokenize(u).map(stem)))
      .concat([...kb.index.words].map(stem))
      .filter((w) => !offTopicWords.has(w) && !questionWords.has(w)),
  );
  /** A question that names nothing and uses no career word is off topic, whatever the classifier's best guess. */
  const inDomain = (e: Entities, c: Classification) =>
    (conversational.has(c.intent) && c.confidence >= confidentAt) ||
    e.pronoun ||
    names(e) > 0 ||
    e.level !== undefined ||
    e.place !== undefined ||
    e.company !== undefined ||
    e.skillKind !== undefined ||
    e.masked.some((w) => careerWords.has(stem(w)));
  const isRealWord = (w: string) =>
    questionWords.has(w) || kb.index.words.has(w) || kb.index.words.has(stem(w));
  return {
    understand(question, context) {
      const text = stripSlackMarkup(question.slice(0, maxQuestionLength))
        // "swe -> mle": an arrow between roles is a move to the second.
        .replace(/\s*(?:-+>|=>|→)\s*/g, " to ")
        // "I.T." with its dots is always the field: written as the capitals that say so.
        .replace(/\bi\.t\.?(?=[\s?!,;:]|$)/gi, "IT")
        .replace(/\s+/g, " ")
        .trim();
      const tokens = tokenize(text);
      const itField = itFieldPositions(text, tokens, (context?.roles.length ?? 0) > 0);
      let extracted = extractEntities(kb, vocabularies, tokens, true, itField);
      let classified = classifier.classify(extracted.masked, isRealWord);
      // "is ml better paid than backend": a field's short name left on its own in a question about roles
      // or pay is the field's role; read again with the name spelt out. So it is in a question the classifier
      // cannot read as it stands ("whats ml", "ml skills") or in a follow-up ("and ml?"), even before a word
      // that elsewhere makes it a modifier: the field's role is then all the question can be about.
      // A greeting with no word of greeting ("ml roadmap") is no reading either.
      const noGreeting =
        classified.intent === "greeting" && !extracted.masked.some((w) => greetingWords.has(w));
      const unsure = isGuess(classified) || unsureIntents.has(classified.intent) || noGreeting;
      const spelt =
        roleIntents.has(classified.intent) || namedRoleIntents.has(classified.intent) || unsure
          ? spellOutFields(tokens, extracted.masked, unsure)
          : undefined;
      if (spelt) {
        extracted = extractEntities(kb, vocabularies, spelt, true, shifted(itField, tokens));
        classified = classifier.classify(extracted.masked, isRealWord);
      }
      // A greeting says hello or thanks: a question with no such word ("which should i pick", "any
      // certifications?") is no greeting, however the classifier scores it; its next-best reading stands,
      // as the guess it is. A bare "ok cool" still reads as the small talk it is.
      const asks = text.includes("?") || tokens.some((w) => askingWords.has(w));
      if (classified.intent === "greeting" && asks && !extracted.masked.some((w) => greetingWords.has(w)))
        classified = {
          intent: classified.second?.intent ?? "offTopic",
          confidence: Math.min(classified.second?.confidence ?? 0, 0.29),
        };
      // "bookkeeper salary": a question about a role that names none we know, but a word that reads as a job.
      let entities = extracted;
      if (extracted.titleLike && names(extracted) === 0 && roleIntents.has(classified.intent)) {
        // Read again with the title masked as a role, so its words ("stock" clerk) do not sway the intent.
        const masked = maskTitle(extracted.masked, extracted.titleLike);
        entities = { ...extracted, unknownTitle: extracted.titleLike, masked };
        classified = classifier.classify(masked, isRealWord);
      }
      // "what does netflix pay data scientists": an employer named in a pay question, figures or not.
      // So is one in a short follow-up to a pay question or a comparison ("what about at google?").
      const afterPay =
        context?.intent !== undefined &&
        (payIntents.has(context.intent) || pairIntents.has(context.intent)) &&
        tokens.length <= 5;
      const asksPay = (payIntents.has(classified.intent) || afterPay) && !entities.company;
      const employer = asksPay ? entities.employers[0] : undefined;
      if (employer) entities = { ...entities, company: employer };
      // "cloud architect at aws how much": in a pay question an employer's name ("aws") is the employer,
      // not the kind of skill it also names.
      const overSkill =
        asksPay && !employer && entities.skillKind
          ? vocabularies.employers
              .findAll(tokens, undefined, false)
              .find((m) => vocabularies.skillKinds.lookup(tokens.slice(m.start, m.end).join(" ")))
          : undefined;
      if (overSkill?.entries[0]) {
        const { skillKind: _kind, ...rest } = entities;
        entities = { ...rest, company: overSkill.entries[0] };
      }
      const classification = inDomain(entities, classified)
        ? classified
        : { intent: "offTopic" as const, confidence: 1 };
      const understood = resolve(kb, text, entities, classification, context);
      // Ranking across roles names no role of its own: its words say what it ranks by.
      const nothingNamed =
        entities.roles.length === 0 && entities.uncovered.length === 0 && entities.ambiguous.length === 0;
      // "IT"/"tech" the field with no role ("how much do IT people make", "is IT a good career"): the
      // field is the curated roles, ranked by what was asked, not the ML market or a question back.
      // A place, level or employer asks about one role's pay there: which role, then.
      // "is it a good job for someone coming from IT" in a thread about QA: "it" is QA, IT the background.
      const leansOnThreadRole = entities.pronoun && (context?.roles.length ?? 0) > 0;
      const fieldNamed =
        nothingNamed &&
        !leansOnThreadRole &&
        !understood.place &&
        !understood.unlistedPlace &&
        !understood.level &&
        !understood.company &&
        entities.masked.includes("tech");
      const fieldMetric = fieldNamed ? fieldMetrics[understood.intent] : undefined;
      const aboutField = fieldMetric !== undefined;
      // "is IT a good career for someone with no degree": the field's roles that need none.
      const asksRanking = understood.intent === "roleRanking" || aboutField || fieldNamed;
      const ranking = nothingNamed
        ? (readRanking(tokenize(text), asksRanking) ??
          (aboutField ? { metric: fieldMetric, all: false } : undefined))
        : undefined;
      if (ranking) return { ...understood, intent: "roleRanking", roles: [], inherited: [], ranking };
      return understood.intent === "roleRanking" ? { ...understood, intent: "market" } : understood;
    },
    wordsOf: (intent) => intentWords.get(intent) ?? new Set(),
  };
}

/** Intents that need no role but answer for one when it is named ("soft skills for ml", "what is ml"). */
const namedRoleIntents: ReadonlySet<Intent> = new Set<Intent>(["softSkill", "definition"]);

/** Readings that say only that the classifier could not place the question on its own words. */
const unsureIntents: ReadonlySet<Intent> = new Set<Intent>(["offTopic", "followUp"]);

/** Words that make a text a question. */
const askingWords = new Set(
  "which what whats how why when where who should any can could do does is are".split(" "),
);

/** What a question about the IT field as a whole ranks its roles by, for the intents that have one. */
const fieldMetrics: Partial<Record<Intent, RankingMetric>> = {
  salary: "pay",
  totalComp: "pay",
  payRanking: "pay",
  roleRanking: "pay",
  outlook: "growth",
  market: "growth",
};

/** Masked tokens with a title's words replaced by the role placeholder. */
function maskTitle(masked: string[], title: string): string[] {
  const words = title.split(" ");
  const start = masked.findIndex((_, i) => words.every((w, j) => masked[i + j] === w));
  if (start < 0) return masked;
  return [...masked.slice(0, start), "xrole", ...masked.slice(start + words.length)];
}

/** Words after a field's short name that make it a modifier ("ml models", "ml job market"), not a role. */
const fieldNouns = new Set(
  "model models system systems project projects team teams market markets trend trends job jobs research pipeline pipelines skill skills practice practices work ops infrastructure platform platforms algorithm algorithms library libraries framework frameworks tool tools field industry space adoption data code application applications product products use hype community paper papers course courses".split(
    " ",
  ),
);

/**
 * The question's tokens with each field abbreviation that stands alone ("ml", not "ml models" and not part
 * of a role name already found) spelt out ("machine learning"); undefined when there is none.
 */
function spellOutFields(tokens: string[], masked: string[], beforeNouns = false): string[] | undefined {
  const left = new Set(masked);
  let changed = false;
  const out = tokens.flatMap((t, i) => {
    const full = fieldAbbreviations.get(t);
    if (!full || !left.has(t) || (!beforeNouns && fieldNouns.has(tokens[i + 1] ?? ""))) return [t];
    changed = true;
    return full.split(" ");
  });
  return changed ? out : undefined;
}

/** Positions of the "IT" field in the spelt-out tokens: each moved by the words added before it. */
function shifted(positions: ReadonlySet<number>, before: string[]): Set<number> {
  if (positions.size === 0) return new Set();
  const added = (i: number) =>
    before.slice(0, i).reduce((n, t) => n + ((fieldAbbreviations.get(t)?.split(" ").length ?? 1) - 1), 0);
  return new Set([...positions].map((i) => i + added(i)));
}

const understanders = new WeakMap<KnowledgeBase, Understander>();

/** After a reload swapped new knowledge into a knowledge base: its pipeline, built for the new knowledge. */
export function replaceUnderstander(kb: KnowledgeBase, understander: Understander): void {
  understanders.set(kb, understander);
}

/** The pipeline for a knowledge base, built on first use and kept as long as the knowledge base is. */
export function understanderFor(kb: KnowledgeBase): Understander {
  let u = understanders.get(kb);
  if (!u) {
    u = createUnderstander(kb);
    understanders.set(kb, u);
  }
  return u;
}

/** Intents of conversation rather than careers: greetings, help, the list of roles, off-topic. */
const conversational: ReadonlySet<Intent> = new Set<Intent>([
  "greeting",
  "help",
  "roleList",
  "offTopic",
  "followUp",
]);

const names = (e: Entities) => e.roles.length + e.uncovered.length + (e.unknownTitle ? 1 : 0);

/** Words that set one named role against another. */
const setAgainst = new Set(["or", "vs", "versus", "than", "between", "compared", "against"]);

/** The words of "what is a …" around a role named alone. */
const whatIsWords = new Set(["what", "whats", "is", "a", "an", "the", "exactly", "s"]);

/** Words that make a question about skills one about soft skills. */
const softWords =
  /\b(soft|people|interpersonal|communication|communicate|non-?technical|leadership|behavioral|behavioural|human)\b/i;

/** "how much more would i make": pay asked in words the classifier may not weigh alone. */
const payAsked =
  /\b(make|makes|earn|earns|earning|earnings|pay|pays|paid|paying|salary|salaries|money|comp|compensation|compensated|wage|wages|income|tc)\b/i;

/** "how long would it take", "how hard is it": the time or effort something takes. */
const timeAsked = /\b(how long|how hard|how difficult|how much time|timeline|realistic|doable)\b/i;

/** "how long would it take", "how hard is it": the time or effort something (a move) takes. */
export const asksHowLong = (question: string) => timeAsked.test(question);

/** Words of a job market's growth. */
const growthAsked =
  /\b(grow|grows|growing|growth|demand|outlook|hiring|openings|employment|more jobs|fewer jobs|jobs available)\b/i;

/** Phrases of the daily work of a role, whatever other words the question uses. */
const dailyWork = /\b(day to day|day in the life|typical day|daily work|daily tasks)\b/i;

/** Words that ask for roles to be compared rather than moved between. */
const comparing = new Set([
  ...setAgainst,
  "compare",
  "comparison",
  "difference",
  "differences",
  "diff",
  "differ",
  "different",
  // "is data science similar to data engineering": likeness is a comparison, not a move.
  "similar",
  "same",
  "close",
  "closer",
  "equivalent",
  "related",
  "alike",
  "overlap",
]);

/** What a question asks to learn or have for a role: "what skills to switch to data science" stays that. */
const learningAbout: ReadonlySet<Intent> = new Set<Intent>([
  "skills",
  "tools",
  "softSkill",
  "education",
  "experience",
]);

/** What someone asks about a move they were just shown: what to learn, how to get there. */
const learning: ReadonlySet<Intent> = new Set<Intent>(["skills", "gettingStarted", "gap"]);

/** Intents a question weighing a move between two named roles may be read as; all mean the move. */
const moveIntents: ReadonlySet<Intent> = new Set<Intent>(["gap", "compare", "path", "payCompare", "outlook"]);

/** Combines what the question says with what the thread already established. */
function resolve(
  kb: KnowledgeBase,
  text: string,
  e: Entities,
  c: Classification,
  context: ConversationContext | undefined,
): Understanding {
  const inherited: string[] = [];
  // "the first one", "the heavy one": one of the roles or occupations the thread offered, picked.
  const pick = pickInThread(kb, tokenize(text), context);
  const thread = pick?.role
    ? [pick.role]
    : (context?.roles.map((id) => kb.roleById.get(id)).filter((r): r is Role => r !== undefined) ?? []);
  // A pick that asks nothing else ("the second one") asks the thread's last question again, of the one picked:
  // after pay, its pay.
  const asksNothing =
    pick !== undefined && (conversational.has(c.intent) || isGuess(c) || e.masked.length <= 5);
  // After pay, or a ranking of roles (by pay, mostly), the one picked's pay.
  const pickedPay =
    asksNothing &&
    pick?.role !== undefined &&
    context?.intent !== undefined &&
    (payIntents.has(context.intent) || context.intent === "roleRanking");
  let intent = pickedPay ? "salary" : asksNothing ? "followUp" : c.intent;
  // A level, a place (with figures or not) or an employer: what changes the pay asked about.
  const payDetail = Boolean(
    e.level || e.unlistedLevel || e.place || e.unlistedPlace || e.company || e.companyKinds.length,
  );
  const namesSomething = names(e) > 0 || payDetail;
  // A fragment that only changes an entity ("what about Seattle?", "senior?") repeats the last question.
  // So is "in london?" in a thread, which alone reads as off topic: a place, level or employer is all it names.
  const threadSubject = (context?.roles.length ?? 0) > 0 || context?.occupation !== undefined;
  const fragment =
    intent === "followUp" ||
    (c.confidence < confidentAt && namesSomething && e.masked.length <= 4) ||
    (threadSubject && payDetail && names(e) === 0 && e.masked.length <= 4);
  if (fragment && context?.intent && context.intent !== "followUp") {
    intent = context.intent;
    inherited.push("intent");
    // "and in Austin?" after a comparison or a question about what a role does: a level, place or company
    // only changes pay, so it asks for the pay there (of both roles, after a comparison).
    if (!payIntents.has(intent) && payDetail)
      intent = thread.length > 1 && names(e) === 0 ? "payCompare" : "salary";
  } else if (intent === "followUp") intent = payDetail ? "salary" : "responsibilities";
  // An intent one of the rules below sets is no guess, whatever the classifier's confidence.
  let ruled = false;
  const rule = (to: Intent) => {
    intent = to;
    ruled = true;
  };
  if (pickedPay) rule("salary");
  // "salary", "the path" in reply to "About Network Architect? Pick what you want to know": the topic picked,
  // of the role asked about, however few words it has to go on.
  const answersAskBack = askedAboutThread(context) && names(e) === 0 && !payDetail && intent === c.intent;
  if (answersAskBack && roleIntents.has(intent) && c.confidence >= 0.3) rule(intent);
  // "skills for both?", "what technical skills…": skills named with no word of the soft kind are the
  // role's skills, whatever the classifier leans to.
  if (intent === "softSkill" && /\bskills?\b/.test(text) && !softWords.test(text)) rule("skills");
  // "what certs help", "any certifications?": credentials are a question of education, not of help.
  if (/\b(certs?|certifications?|certificates?)\b/i.test(text) && !payAsked.test(text) && intent !== "gap")
    rule("education");
  // "whats an sre", "what is a data architect": a role named alone is a question of what it does.
  const bare = e.masked.filter((w) => !whatIsWords.has(w));
  if (e.roles.length === 1 && bare.length === 1 && bare[0] === "xrole") rule("responsibilities");
  // "whats the day to day in ml", "a day in the life of an sre": what the work of the one role named is.
  if (e.roles.length === 1 && dailyWork.test(text) && !pairIntents.has(intent) && !payIntents.has(intent))
    rule("responsibilities");
  // "what does meta pay swes" (salary or pay ranking?), "data scientist comp" (few words to go on): a role's
  // pay asked in a word of pay is a pay question, whichever kind of pay question the classifier leans to.
  if (
    intent === c.intent &&
    payIntents.has(intent) &&
    isGuess(c) &&
    (e.roles.length > 0 || (e.pronoun && thread.length > 0)) &&
    payAsked.test(text)
  )
    rule(intent);
  const againstWord = e.masked.some((w) => setAgainst.has(w));
  // "vs devops?" after "sre pay": the thread's role set against the one named, pay if pay was asked.
  // So is "is it better than IT support?" in a thread about devops: the pronoun is the thread's role.
  const setAgainstThread = (fragment || e.pronoun) && againstWord;
  if (setAgainstThread && e.roles.length === 1 && thread[0] && thread[0] !== e.roles[0])
    rule(context?.intent && payIntents.has(context.intent) ? "payCompare" : "compare");
  // "frontend or backend dev, whats better": roles set against each other are compared, whatever the
  // words around them, when the question reads as nothing about roles or only as a guess.
  if (e.roles.length >= 2 && (!roleIntents.has(intent) || isGuess(c)) && againstWord) rule("compare");
  // "how long does it take to become a data scientist": how people get in, not what the role does.
  if (e.roles.length === 1 && timeAsked.test(text) && /\b(become|becoming|get into|break into)\b/i.test(text))
    rule("gettingStarted");
  // "more detail pls" in a thread: the thread's role, described.
  if (names(e) === 0 && thread.length > 0 && /\bmore (detail|details|info)\b/i.test(text))
    rule("responsibilities");
  // "which one would you pick" after a comparison: the roles again, not every role there is.
  if (intent === "roleList" && thread.length >= 2 && /\bwhich\b/i.test(text) && names(e) === 0)
    rule("compare");
  // "which one is growing more": growth asked in words of more and less is the outlook, not pay. (A
  // comparison keeps its whole answer, which says which grows faster under its outlook.)
  if (payIntents.has(intent) && !payAsked.test(text) && growthAsked.test(text)) rule("outlook");
  // Getting into one role from another ("how do I get into ml from swe") is the gap between them; so is
  // weighing a move between two roles ("should I move from swe into mle?", "swe to mle, worth it?").
  const move = e.from !== undefined && e.to !== undefined && e.from !== e.to;
  // "considering leaving network admin for sre, thoughts?", "whats the path to ml from swe": a move between
  // two named roles that is weighed, or asked the way there, is the move whatever else the words suggest.
  if (move && (intent === "gettingStarted" || intent === "path" || e.weighing || e.moving)) rule("gap");
  // "swe to mle", "leave pm for em?": two roles joined by where a move leads, with no word of comparing.
  if (move && intent === "compare" && !e.masked.some((w) => comparing.has(w))) rule("gap");
  // "nurse to data analyst", "i'm an auto mechanic, want to become a network admin": a move from an
  // occupation into the one role named, unless a word asks to compare them.
  const comparingWord = e.masked.some((w) => comparing.has(w));
  if (e.to && e.roles.length === 1 && e.uncovered.length === 1 && !comparingWord && !payIntents.has(intent))
    rule("gap");
  // "i'm a nurse" then "could i move into data analyst from that": the thread's occupation is the start.
  const fromThreadOccupation = context?.occupation !== undefined && thread.length === 0;
  if (fromThreadOccupation && e.to && e.roles.length === 1 && names(e) === 1 && (e.moving || e.weighing))
    rule("gap");
  // "i'm a sysadmin" then "is sre a good move from here": the thread's role is the start.
  const fromHere = /\bfrom (here|there|that|this)\b/i.test(text) && (e.moving || e.weighing);
  if (fromHere && e.roles.length === 1 && !e.from && thread[0] && thread[0] !== e.roles[0]) rule("gap");
  // "how do i get out of it" in a thread about IT support: leaving the thread's role, where to is asked back.
  const leavingThread =
    e.moving && names(e) === 0 && thread.length === 1 && /\b(out of|leave|leaving|quit)\b/i.test(text);
  if (leavingThread) rule("gap");
  // "should i leave devops?", "im a network admin looking to make a move": where to is asked back.
  // Not a pay question: "which city should I move to" as an ML engineer ranks places.
  const startOnly = e.moving && e.roles.length === 1 && e.from && !e.to && !payIntents.has(intent);
  if (startOnly && (!thread[0] || thread[0] === e.from)) rule("gap");
  // After a move's answer, a question about it that names nothing is about that move: "what should i learn
  // first", "is it worth it" (the move again), "how much more would i make" (both roles' pay).
  const afterMove = context?.intent === "gap" && thread.length === 2 && names(e) === 0 && !payDetail;
  const vague = intent === "offTopic" || isGuess(c);
  if (afterMove && (e.weighing || learning.has(intent) || timeAsked.test(text) || vague)) rule("gap");
  if (afterMove && (payIntents.has(intent) || payAsked.test(text))) rule("payCompare");
  // "are they in demand?", "whats the growth like" in a thread about a role: that role's outlook, not the
  // market's, when the question names nothing else and is short enough to lean on the thread.
  const leansOnThread = e.pronoun || e.masked.length <= 5;
  // So is "the growth tho?": a word of growth, and no word of pay, however unsure the classifier.
  const growthOnly = growthAsked.test(text) && !payAsked.test(text) && (intent === "outlook" || isGuess(c));
  if (
    (intent === "market" || intent === "trend" || growthOnly) &&
    names(e) === 0 &&
    leansOnThread &&
    threadSubject
  )
    rule("outlook");
  // "would it be a good move from sysadmin?" in a thread about a role: the move from there to it.
  if (e.weighing && e.roles.length === 1 && e.from && !e.to && thread[0] && thread[0] !== e.from) rule("gap");
  // "should I switch to product management?": the move into it, from the thread's role when there is one.
  // "what about moving to data scientist": a move into the one role named, whatever else the words suggest.
  // ("what about switching to data engineer" after "swe salary" is the move, not that role's pay.)
  const notPay = !payIntents.has(intent) || (e.moving && !payAsked.test(text));
  if (e.roles.length === 1 && e.to && !e.from && notPay && !learningAbout.has(intent)) {
    if (e.moving || (e.weighing && (moveIntents.has(intent) || isGuess(c)))) rule("gap");
  }
  let roles = e.roles;
  let from = e.from;
  let to = e.to;
  // A question about a role we do not cover, or a name that could be several, never borrows the thread's roles.
  const covered = e.uncovered.length === 0 && !e.unknownTitle && e.ambiguous.length === 0;
  if (covered && roleIntents.has(intent) && thread.length > 0) {
    if (roles.length === 0) {
      // After a move's answer, a question about one role ("what comes after", "what tools do they use")
      // is about where the move leads; the move itself, or a comparison, keeps both.
      const leadsTo =
        context?.intent === "gap" && !pairIntents.has(intent) && thread[0] ? [thread[0]] : thread;
      roles = leadsTo;
      inherited.push("roles");
      // The thread's move: its context keeps where it leads first, where it starts second.
      if (afterMove && intent === "gap") [to, from] = thread;
      if (leavingThread) from = thread[0];
    } else if (pairIntents.has(intent) && roles.length === 1 && thread[0] && thread[0].id !== roles[0]?.id) {
      // "compare it with swe", "how do I get there from swe": the thread's role is the other one.
      const named = roles[0] as Role;
      roles = [thread[0], named];
      inherited.push("roles");
      if (intent === "gap") {
        // After a move's answer ("swe -> mle?" then "what about devops instead"), the start stays.
        const start = context?.intent === "gap" && thread[1] ? thread[1] : thread[0];
        if (e.from === named) to = thread[0];
        else {
          from = start;
          to = named;
          roles = [start, named];
        }
      }
    }
  }
  const carry = (key: "level" | "place" | "company") => {
    const named = e[key];
    if (named) return named;
    // "what about Denver?" names a place, figures or not: the thread's place is not carried past it.
    if (key === "place" && e.unlistedPlace) return undefined;
    if (!payIntents.has(intent) || !context?.[key] || !covered) return undefined;
    inherited.push(key);
    return context[key];
  };
  const level = carry("level");
  const place = carry("place");
  const company = carry("company");
  const otherCompanies = company ? e.employers.filter((c) => c !== company) : [];
  const threadOccupation = pick?.occupation ?? context?.occupation;
  const offeredOccupations = (context?.offered ?? []).filter((id) => !kb.roleById.has(id));
  return {
    text,
    intent,
    confidence: ruled ? 1 : c.confidence,
    ...(c.second && !ruled ? { second: c.second } : {}),
    entities: e,
    roles,
    ...(level ? { level } : {}),
    ...(place ? { place } : {}),
    ...(e.unlistedPlace ? { unlistedPlace: e.unlistedPlace.name } : {}),
    ...(e.unlistedLevel ? { unlistedLevel: e.unlistedLevel } : {}),
    ...(company ? { company } : {}),
    ...(otherCompanies.length ? { otherCompanies } : {}),
    ...(e.companyKinds.length ? { companyKinds: e.companyKinds } : {}),
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
    inherited,
    threadRoles: thread,
    ...(threadOccupation ? { threadOccupation } : {}),
    ...(offeredOccupations.length && !pick?.occupation ? { offeredOccupations } : {}),
  };
}
