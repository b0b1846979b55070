import type { KnowledgeBase } from "../knowledge/base.js";
import type { Role } from "../knowledge/core/schema.js";
import { stem, tokenize } from "../knowledge/core/text.js";
import { Vocabulary } from "../knowledge/core/vocabulary.js";
import { fieldAbbreviations } from "../knowledge/resolve.js";
import { spellShorthand } from "./chat-shorthand.js";
import { type Classification, IntentClassifier } from "./classifier.js";
import type { ConversationContext } from "./conversation-state.js";
import { type Entities, type EntityVocabularies, extractEntities, namedJobs } from "./entities.js";
import { questionWords } from "./entity-words.js";
import { type FiguresAsked, figuresAsked } from "./figure-questions.js";
import { conversational, type Intent, intents, pairIntents, payIntents, roleIntents } from "./intents.js";
import { itEntryAt } from "./it-end.js";
import { asksFieldFuture, itFieldPositions } from "./it-word.js";
import {
  builtInLanguage,
  type Company,
  type Language,
  type Occupation,
  type Place,
  type SkillKind,
  type UnlistedLevel,
} from "./language.js";
import { moveField, moveFields, roleHeldInThread, targetInHeldField } from "./move-target.js";
import { asksHowLong, statesPay } from "./question-asks.js";
import { type RankingMetric, type RankingRequest, readRanking } from "./ranking-request.js";
import { type RoleByWord, type RoleWordReaders, roleWordReaders } from "./role-by-word.js";
import { asksCoding, asksForCodeWork, skillNames, skillsAlone, skillsChecked } from "./skill-names.js";
import { stripSlackMarkup } from "./slack-text.js";
import { resolve } from "./thread-rules/resolve.js";
import { titleForm } from "./title-form.js";
import { asksCertificates, asksLearning, asksRelatedRoles, payAsked, perHourAsked } from "./topic-words.js";
import { confidentAt, isGuess, type Understanding } from "./understanding.js";
import { ranksRolesInWords, unmeasuredAsked } from "./unmeasured.js";

/** Longest question read; a pasted essay is cut here so it cannot slow the bot. */
const maxQuestionLength = 500;

export interface Understander {
  understand(question: string, context?: ConversationContext): Understanding;
  /** The words the examples of an intent use ("pay", "earn" for salary): they say what is asked, not about what. */
  wordsOf(intent: Intent): ReadonlySet<string>;
  /** Whether the examples of any intent use a word: a word the classifier reads a question in. */
  readsWord(word: string): boolean;
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
    skillWords: new Set(
      language.skillKinds
        .flatMap((k) => k.words.flatMap((w) => tokenize(w)))
        .filter((w) => !roleWords.has(w))
        .map(stem),
    ),
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

/** What the pipeline reads a question with, built once for a knowledge base. */
interface PipelineParts {
  kb: KnowledgeBase;
  vocabularies: EntityVocabularies;
  classifier: IntentClassifier;
  /** Words only greetings use ("hi", "thanks", "bye"), not words other examples share ("good", "there"). */
  greetingWords: ReadonlySet<string>;
  /** Words (stems) that only questions about careers use. */
  careerWords: ReadonlySet<string>;
  skills: ReturnType<typeof skillNames>;
  /** The kind of skill "programming" is a word of (the languages), as the language files say. */
  languagesKind: SkillKind | undefined;
  /** Fields named in one word as a side of a move ("into product", "im in analytics"), by the role each stands for. */
  targets: ReturnType<typeof moveFields>;
  rolesByWord: RoleWordReaders;
  isRealWord: (w: string) => boolean;
}

/** Builds the pipeline for one knowledge base: its vocabularies, and the classifier trained on the examples. */
export function createUnderstander(kb: KnowledgeBase, language = builtInLanguage()): Understander {
  const vocabularies = entityVocabularies(kb, language);
  const parts: PipelineParts = {
    kb,
    vocabularies,
    classifier: trainedClassifier(kb, vocabularies, language),
    greetingWords: greetingOnlyWords(language),
    careerWords: careerWordsOf(kb, language),
    skills: skillNames(kb, language),
    languagesKind: vocabularies.skillKinds.lookup("programming")?.entries[0],
    targets: moveFields(kb),
    rolesByWord: roleWordReaders(kb),
    isRealWord: (w) => questionWords.has(w) || kb.index.words.has(w) || kb.index.words.has(stem(w)),
  };
  const intentWords = new Map(
    intents.map((intent) => [intent, new Set(language.utterances[intent].flatMap((u) => tokenize(u)))]),
  );
  return {
    understand: (question, context) => understand(parts, question, context),
    wordsOf: (intent) => intentWords.get(intent) ?? new Set(),
    readsWord: (word) => [...intentWords.values()].some((words) => words.has(word)),
  };
}

/** The intent classifier, trained on the examples with their entities masked. */
function trainedClassifier(kb: KnowledgeBase, vocabularies: EntityVocabularies, language: Language) {
  const examples = intents.flatMap((intent) =>
    language.utterances[intent].map((u) => ({
      // Examples are spelt right, so they are read without typo tolerance (ten times faster).
      tokens: extractEntities(kb, vocabularies, tokenize(u), false).masked,
      intent,
    })),
  );
  return new IntentClassifier(examples);
}

/** Words only greetings use ("hi", "thanks", "bye"), not words other examples share ("good", "there"). */
function greetingOnlyWords(language: Language): Set<string> {
  const otherWords = new Set(
    intents
      .filter((i) => i !== "greeting")
      .flatMap((i) => language.utterances[i].flatMap((u) => tokenize(u))),
  );
  return new Set(language.utterances.greeting.flatMap((u) => tokenize(u)).filter((w) => !otherWords.has(w)));
}

/**
 * Words that only questions about careers use: in the examples of a career intent or in the knowledge,
 * never in an off-topic example ("salary", "kubeflow", "promotion"; not "time", "best" or "make").
 */
function careerWordsOf(kb: KnowledgeBase, language: Language): Set<string> {
  const offTopicWords = new Set(language.utterances.offTopic.flatMap((u) => tokenize(u).map(stem)));
  return new Set(
    intents
      .filter((i) => !conversational.has(i))
      .flatMap((i) => language.utterances[i].flatMap((u) => tokenize(u).map(stem)))
      .concat([...kb.index.words].map(stem))
      .filter((w) => !offTopicWords.has(w) && !questionWords.has(w)),
  );
}

/** Reads one question in its thread: a sequence of steps, each named for what it reads. */
function understand(
  parts: PipelineParts,
  question: string,
  context: ConversationContext | undefined,
): Understanding {
  const text = normalised(question);
  const tokens = tokenize(text);
  const named = entitiesNamed(parts, text, tokens, context);
  const read = classifiedRead(parts, text, tokens, named);
  const entities = employerRead(parts, read.entities, read.classified, tokens, context);
  // "can you help me debug this TypeError": work on code is no career question, whatever its words
  // ("help", "react") lean to, unless it names a job.
  const codeWork = asksForCodeWork(text) && namedJobs(entities) === 0;
  const classification =
    inDomain(parts, entities, read.classified, threadHolds(context)) && !codeWork
      ? read.classified
      : { intent: "offTopic" as const, confidence: 1 };
  const resolved = resolve(parts.kb, text, entities, classification, context);
  // "is that before tax", "source?": about the thread's last answer, its roles and question kept.
  const figures = figuresAsked(text, tokens, entities, context);
  if (figures && context) return onLastAnswer(resolved, figures, context);
  const related = relatedRolesAsked(text, entities, resolved, context);
  if (related) return related;
  const understood = skillsRead(parts, resolved, entities, tokens, text);
  const ranked = rankingAsked(text, entities, understood, context);
  if (ranked) return ranked;
  const { kept, itEntry } = named;
  const keptRole = kept ? { ...understood, keptBy: { word: kept.word, role: kept.role } } : understood;
  const answered = itEntry ? { ...keptRole, itEntry } : keptRole;
  return answered.intent === "roleRanking" ? { ...answered, intent: "market" } : byTheHour(answered);
}

/** The question as read: Slack's markup dropped, chat shorthand spelt out, arrows and "em" read. */
function normalised(question: string): string {
  return (
    spellShorthand(stripSlackMarkup(question.slice(0, maxQuestionLength)))
      // "swe -> mle": an arrow between roles is a move to the second.
      .replace(/\s*(?:-+>|=>|→)\s*/g, " to ")
      // Chat's "em" for "them" after a word that takes an object ("any overlap between em?"): no
      // Engineering Manager.
      .replace(/\b(between|of|with|both|among|compare|pay|paying|ask|tell|all) em\b/gi, "$1 them")
      // "ds&a" is data structures and algorithms, one word as "dsa" is: its "ds" is no data scientist.
      .replace(/\bds\s*&\s*a\b/gi, "dsa")
      // "I.T." with its dots is always the field: written as the capitals that say so.
      .replace(/\bi\.t\.?(?=[\s?!,;:]|$)/gi, "IT")
      .replace(/\s+/g, " ")
      .trim()
  );
}

/** The entities a question names, read from its tokens with a role named by one word spelt out. */
interface EntitiesNamed {
  extracted: Entities;
  /** The tokens as read, with a word that stands for a role spelt out as its name. */
  words: string[];
  /** Where "IT" the field stands among the words. */
  fieldAt: ReadonlySet<number>;
  /** The word of a thread's role the fragment keeps ("android" of Mobile Developer), if any. */
  kept: RoleByWord | undefined;
  /** The role IT stands for where a move from outside the roles leads into IT ("nurse to IT"), if any. */
  itEntry: Role | undefined;
}

/**
 * The entities a question names: a word that stands for a role in a thread ("and mobile", "and then
 * distinguished?"), a move's start named by one word, or a field named as where a move leads, spelt out
 * as the role's name and read again.
 */
function entitiesNamed(
  parts: PipelineParts,
  text: string,
  tokens: string[],
  context: ConversationContext | undefined,
): EntitiesNamed {
  const { kb, vocabularies, rolesByWord } = parts;
  const itField = itFieldPositions(text, tokens, (context?.roles.length ?? 0) > 0);
  let extracted = extractEntities(kb, vocabularies, tokens, true, itField);
  let words = tokens;
  let fieldAt: ReadonlySet<number> = itField;
  const spellRole = (at: number, role: Role) => {
    const name = tokenize(role.name);
    const spelt = [...words.slice(0, at), ...name, ...words.slice(at + 1)];
    const moved = new Set([...fieldAt].map((i) => (i > at ? i + name.length - 1 : i)));
    // The "IT" of a name spelt out ("IT Support Specialist") is the field, never the pronoun.
    name.forEach((w, k) => {
      if (w === "it") moved.add(at + k);
    });
    return { spelt, moved, entities: extractEntities(kb, vocabularies, spelt, true, moved) };
  };
  // "and mobile" in a thread about roles, or about an occupation ("web dev salary", then "and mobile?"):
  // a word that begins one role's name alone is that role.
  const aboutJobs = (context?.roles.length ?? 0) > 0 || context?.occupation !== undefined;
  const begun = aboutJobs ? rolesByWord.nameBegun(tokens, extracted) : undefined;
  const kept =
    aboutJobs && !begun ? rolesByWord.threadRoleWord(tokens, extracted, context?.roles ?? []) : undefined;
  const completed =
    aboutJobs && !begun && !kept
      ? rolesByWord.nameCompleted(tokens, extracted, context?.roles ?? [])
      : undefined;
  // "from support to devops how": a start named by one word of a role's name.
  const started = aboutJobs ? undefined : rolesByWord.startNamedByWord(tokens, extracted);
  const named = begun ?? kept ?? completed ?? started;
  if (named) {
    const again = spellRole(tokens.indexOf(named.word), named.role);
    ({ spelt: words, moved: fieldAt, entities: extracted } = again);
  }
  // "im a data scientist considering going into product", "mobile dev wanting to get into ai": a field
  // named as where a move from a job leads (the question's or the thread's), or where one starts ("im in
  // analytics, ds or de"), is the role it stands for, where its word is not part of a name already read
  // ("into product management").
  // "from it support into security": a field word that, after the held role's first word, names a role.
  const held = extracted.from ?? roleHeldInThread(kb, extracted, tokens, context?.roles ?? []);
  const target =
    !named && (namedJobs(extracted) > 0 || aboutJobs)
      ? (moveField(parts.targets, tokens) ??
        (held && targetInHeldField(rolesByWord.byWholeName, tokens, held)))
      : named === started && held
        ? targetInHeldField(rolesByWord.byWholeName, words, held)
        : undefined;
  if (target) {
    const again = spellRole(target.at, target.role);
    const gained =
      again.entities.roles.length === extracted.roles.length + 1 &&
      !extracted.roles.includes(target.role) &&
      again.entities.roles.includes(target.role);
    if (gained) ({ spelt: words, moved: fieldAt, entities: extracted } = again);
  }
  // "nurse to IT worth it?": IT where a move from outside the roles leads is its usual way in (it-end.ts).
  const itEntry = itEntryAt(kb, words, fieldAt, extracted, context?.roles.length ?? 0);
  if (itEntry) ({ spelt: words, moved: fieldAt, entities: extracted } = spellRole(itEntry.at, itEntry.role));
  return { extracted, words, fieldAt, kept, itEntry: itEntry?.role };
}

/**
 * The question classified: read again with a field's short name spelt out where it stands for the field's
 * role, no greeting without a word of greeting, and an unknown title masked as a role.
 */
function classifiedRead(
  parts: PipelineParts,
  text: string,
  tokens: string[],
  { extracted: found, words, fieldAt }: EntitiesNamed,
): { entities: Entities; classified: Classification } {
  const { kb, vocabularies, classifier, greetingWords, isRealWord } = parts;
  let extracted = found;
  let classified = classifier.classify(extracted.masked, isRealWord);
  // "is ml better paid than backend": a field's short name left on its own in a question about roles
  // or pay is the field's role; read again with the name spelt out. So it is in a question the classifier
  // cannot read as it stands ("whats ml", "ml skills") or in a follow-up ("and ml?"), even before a word
  // that elsewhere makes it a modifier: the field's role is then all the question can be about.
  // A greeting with no word of greeting ("ml roadmap") is no reading either.
  const noGreeting = classified.intent === "greeting" && !extracted.masked.some((w) => greetingWords.has(w));
  const unsure = isGuess(classified) || unsureIntents.has(classified.intent) || noGreeting;
  const spelt =
    roleIntents.has(classified.intent) || namedRoleIntents.has(classified.intent) || unsure
      ? spellOutFields(words, extracted.masked, unsure)
      : undefined;
  if (spelt) {
    extracted = extractEntities(kb, vocabularies, spelt, true, shifted(fieldAt, words));
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
  if (extracted.titleLike && namedJobs(extracted) === 0 && roleIntents.has(classified.intent)) {
    // Read again with the title masked as a role, so its words ("stock" clerk) do not sway the intent.
    const masked = maskTitle(extracted.masked, extracted.titleLike);
    entities = { ...extracted, unknownTitle: extracted.titleLike, masked };
    classified = classifier.classify(masked, isRealWord);
  }
  return { entities, classified };
}

/**
 * "what does netflix pay data scientists": an employer named in a pay question, figures or not. So is one
 * in a short follow-up to a pay question or a comparison ("what about at google?").
 */
function employerRead(
  parts: PipelineParts,
  read: Entities,
  classified: Classification,
  tokens: string[],
  context: ConversationContext | undefined,
): Entities {
  const { vocabularies } = parts;
  let entities = read;
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
  return entities;
}

/** A question that names nothing and uses no career word is off topic, whatever the classifier's best guess. */
// A pronoun with no thread for it to stand for ("is it gonna rain tmrw") brings no career into the question.
const inDomain = (parts: PipelineParts, e: Entities, c: Classification, inThread: boolean) =>
  (conversational.has(c.intent) && c.confidence >= confidentAt) ||
  (e.pronoun && inThread) ||
  namedJobs(e) > 0 ||
  e.level !== undefined ||
  e.place !== undefined ||
  e.company !== undefined ||
  e.skillKind !== undefined ||
  e.masked.some((w) => parts.careerWords.has(stem(w)));

/**
 * "related roles to cloud architect", "similar roles?" after a question about a role: the roles near the
 * one named, or the thread's, not every role there is. So is "and sre?" after such an answer.
 */
function relatedRolesAsked(
  text: string,
  entities: Entities,
  resolved: Understanding,
  context: ConversationContext | undefined,
): Understanding | undefined {
  const relatedBefore = context?.intent === "roleList" && (context.offered?.length ?? 0) > 0;
  const relatedAgain = relatedBefore && resolved.intent === "roleList";
  const related = asksRelatedRoles(text) || relatedAgain;
  const relatedTo =
    entities.roles.length > 0 ? entities.roles : namedJobs(entities) === 0 ? resolved.threadRoles : [];
  if (!(related && relatedTo.length > 0 && entities.uncovered.length === 0)) return undefined;
  const { from: _from, to: _to, ...rest } = resolved;
  return {
    ...rest,
    intent: "roleList",
    confidence: 1,
    roles: relatedTo.slice(0, 3),
    // The question asked again of another role, in no words of its own, inherits it.
    inherited: [
      ...(entities.roles.length > 0 ? [] : ["roles"]),
      ...(asksRelatedRoles(text) ? [] : ["intent"]),
    ],
  };
}

/** "do i need kubernetes for devops": whether the one role needs the skill named, not all it needs. */
function skillsRead(
  parts: PipelineParts,
  resolved: Understanding,
  entities: Entities,
  tokens: string[],
  text: string,
): Understanding {
  const skillsAsked = skillsChecked(parts.skills, parts.kb.roleNames, tokens, text);
  return (
    threadSkillChecked(parts, resolved, skillsAsked, tokens) ??
    (skillsAsked.length > 0 &&
    resolved.roles.length === 1 &&
    // "does it make sense to learn python for IT support": a skill for a role, with no move's start.
    // "is it worth learning sql for data analyst jobs": a skill to learn for a role, however the words
    // weigh it (worth it reads as the role's outlook), unless its pay is asked.
    (checkable.has(resolved.intent) ||
      (resolved.intent === "gap" && !resolved.from) ||
      (asksLearning(entities.masked) && !resolved.from && !payIntents.has(resolved.intent)))
      ? {
          ...resolved,
          // "which languages do mobile devs use, kotlin or swift": a question of tools stays one.
          intent: skillIntents.has(resolved.intent) ? resolved.intent : ("skills" as const),
          confidence: 1,
          skillsAsked,
        }
      : (codingChecked(parts, resolved, skillsAsked) ?? learningChecked(resolved, skillsAsked) ?? resolved))
  );
}

/**
 * "do they need to code", "is coding required" of one role (named, or the thread's): its skills, with the
 * programming languages among them first, or a word that its sources name none.
 */
function codingChecked(
  parts: PipelineParts,
  u: Understanding,
  skillsAsked: string[],
): Understanding | undefined {
  const { languagesKind } = parts;
  const e = u.entities;
  if (!languagesKind || skillsAsked.length > 0 || e.skillKind || !asksCoding(u.text)) return undefined;
  const role =
    namedJobs(e) === 0 ? (u.roles[0] ?? u.threadRoles[0]) : e.roles.length === 1 ? u.roles[0] : undefined;
  if (!role || u.roles.length > 1) return undefined;
  return {
    ...u,
    intent: "skills",
    confidence: 1,
    roles: [role],
    entities: { ...e, skillKind: languagesKind },
  };
}

/**
 * "what backend stuff should i pick up", "best programming language to learn for backend": what to learn
 * for the one role the question names, or a kind of skill of it ("programing language for backend"), not
 * a move to it (no start, no "to become"), read only as a guess otherwise: that role's skills, the kind
 * of skill named first.
 */
function learningChecked(u: Understanding, skillsAsked: string[]): Understanding | undefined {
  const e = u.entities;
  const [role] = e.roles;
  if (!role || namedJobs(e) !== 1 || skillsAsked.length > 0 || e.to || e.from || e.moving) return undefined;
  // A guess of tools is ruled too: unruled, a guess is answered by search ("what should a data analyst
  // learn" got the getting-started tips); a confident one is left as read.
  if (u.confidence >= confidentAt || asksHowLong(u.text)) return undefined;
  // Read in the masked words: a role's name ("machine learning engineer") is no learning.
  if (!asksLearning(e.masked) && !e.skillKind) return undefined;
  const { from: _from, to: _to, ...rest } = u;
  // Tools stay tools where a kind of them is named ("which cloud platforms"); learning alone is skills.
  const intent = u.intent === "tools" && (e.skillKind || /\btools?\b/i.test(u.text)) ? "tools" : "skills";
  return { ...rest, intent, confidence: 1, roles: [role] };
}

/**
 * "k8s required?", "react or vue?", "is comptia a+ enough" in a thread about one role, naming none: whether
 * that role needs the skills named, asked in a word of checking or in their names alone. Not where pay or
 * certifications are asked ("aws certs?"): those have answers of their own.
 */
function threadSkillChecked(
  parts: PipelineParts,
  u: Understanding,
  skillsAsked: string[],
  tokens: string[],
): Understanding | undefined {
  const [role] = u.threadRoles;
  if (!role || u.threadRoles.length !== 1 || namedJobs(u.entities) > 0) return undefined;
  if (payIntents.has(u.intent) || payAsked.test(u.text) || asksCertificates(u.text)) return undefined;
  // A question of one role with a word of checking is read as below, the thread's role filled in already.
  if (skillsAsked.length > 0 && u.roles.length === 1 && checkable.has(u.intent)) return undefined;
  const named = skillsAsked.length > 0 ? skillsAsked : skillsAlone(parts.skills, parts.kb.roleNames, tokens);
  if (named.length === 0) return undefined;
  const { from: _from, to: _to, ...rest } = u;
  return {
    ...rest,
    intent: skillIntents.has(u.intent) ? u.intent : "skills",
    confidence: 1,
    roles: [role],
    // The skills named say what is asked: no question of the thread's asked again.
    inherited: [...new Set([...u.inherited.filter((i) => i !== "intent"), "roles"])],
    skillsAsked: named,
  };
}

/**
 * Roles ranked, where a question names no role of its own: by what its words rank by, by what the IT field
 * is asked about, or by what no source measures; undefined when the question asks no ranking.
 */
function rankingAsked(
  text: string,
  entities: Entities,
  understood: Understanding,
  context: ConversationContext | undefined,
): Understanding | undefined {
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
  // "which of those jobs pays best" after roles were offered weighs those, not every role; so does
  // "which of these jobs grows fastest" after roles set side by side.
  const weighsThread = understood.inherited.includes("offered") || understood.inherited.includes("set");
  // "my gf is in IT and makes 70k, is that normal": one person's pay, which no ranking answers unless its
  // words ask for one ("i make 90k in IT, which jobs pay more").
  const onePersonsPay = statesPay(text);
  const rankable = nothingNamed && !weighsThread;
  const measured = rankable ? readRanking(tokenize(text), asksRanking && !onePersonsPay) : undefined;
  // "which IT role has the best work life balance": roles weighed by what no source measures, never
  // ranked by pay instead.
  // Only where its words rank roles: "work life balance in tech" asks which role, not a ranking.
  const weighedBy = ranksRolesInWords(text) && (context?.roles.length ?? 0) < 2;
  // Beside what the sources do measure ("good work-life balance and pay well"), the ranking says so.
  const unmeasured = rankable && weighedBy ? unmeasuredAsked(text) : undefined;
  // "is IT dying lol", "is IT a good field for new grads or is it saturated": the field's future is its
  // roles' growth, however the words were classed and whoever asks (a level or place does not change
  // where the field is going; a ranking says a place is left out).
  const fieldFuture = nothingNamed && !leansOnThreadRole && entities.itField && asksFieldFuture(text);
  const ranking: RankingRequest | undefined = fieldFuture
    ? { metric: "growth", all: false }
    : (measured ??
      (aboutField && !onePersonsPay && !unmeasured ? { metric: fieldMetric, all: false } : undefined));
  if (!(ranking || unmeasured)) return undefined;
  // "is IT a good career for introverts": what no source measures, said beside whatever ranking is given.
  const notMeasured = unmeasured ?? (ranking ? unmeasuredAsked(text) : undefined);
  return {
    ...understood,
    intent: "roleRanking",
    roles: [],
    inherited: [],
    ...(ranking ? { ranking: entities.itField ? { ...ranking, all: false, itField: true } : ranking } : {}),
    ...(notMeasured ? { unmeasured: notMeasured } : {}),
  };
}

/**
 * A question about the thread's last answer ("is that before tax", "source?"): that answer's roles, its
 * intent, level, place and employer, so that the answer can be worked out again to say what it holds.
 * "Does that include bonus" asks about total pay, whatever pay question came before.
 */
function onLastAnswer(u: Understanding, asked: FiguresAsked, context: ConversationContext): Understanding {
  const intent = asked.about === "extras" ? "totalComp" : (context.intent ?? u.intent);
  // The thread's move keeps where it leads first, where it starts second.
  const [to, from] = context.intent === "gap" && u.threadRoles.length === 2 ? u.threadRoles : [];
  return {
    ...u,
    intent,
    confidence: 1,
    roles: u.threadRoles,
    ...(context.level ? { level: context.level } : {}),
    ...(context.place ? { place: context.place } : {}),
    ...(context.company ? { company: context.company } : {}),
    ...(context.perHour ? { perHour: true } : {}),
    ...(to && from ? { to, from } : {}),
    inherited: ["intent", "roles"],
    figuresAsked: asked,
  };
}

/** "rate" names pay beside the hour ("hourly rate"), though alone it is as often a rate of growth. */
const payOrRate = (text: string) => payAsked.test(text) || /\brates?\b/i.test(text);

/** The words the hour is asked in, and what stands for a job, level, place or employer among masked words. */
const hourWords = new Set("per an a each by the hour hr hourly".split(" "));
const namedThing = /^x(role|level|place|company)$/;

/**
 * Whether a question says nothing but who and by the hour ("electrician hourly", "data scientist per hour",
 * "how much per hour for a nurse"): pay is all it can ask. A word of its own ("tickets per hour") asks
 * something else.
 */
const onlyByTheHour = (masked: readonly string[]) =>
  masked.every((w) => namedThing.test(w) || questionWords.has(w) || hourWords.has(w));

/**
 * Pay asked by the hour: a pay question in words of the hour ("electrician pay per hour"), or words of the
 * hour beside a word of pay ("software engineer hourly rate") or alone beside a job, however the classifier
 * read the rest: the hour says the question is about pay. A question that needs two sides keeps its reading.
 */
function byTheHour(u: Understanding): Understanding {
  if (!perHourAsked.test(u.text)) return u;
  if (payIntents.has(u.intent)) return { ...u, confidence: 1, perHour: true };
  if (pairIntents.has(u.intent) || !(payOrRate(u.text) || onlyByTheHour(u.entities.masked))) return u;
  return { ...u, intent: "salary", confidence: 1, perHour: true };
}

/** Intents whose answer is a role's skills, which answer a question of whether it needs one. */
const skillIntents: ReadonlySet<Intent> = new Set<Intent>(["skills", "tools"]);

/** What a question naming a skill may be read as when it asks whether a role needs it. */
const checkable: ReadonlySet<Intent> = new Set<Intent>([
  "skills",
  "tools",
  "softSkill",
  "education",
  "experience",
  "responsibilities",
  "gettingStarted",
  "definition",
  "followUp",
]);

/** Intents that need no role but answer for one when it is named ("soft skills for ml", "what is ml"). */
const namedRoleIntents: ReadonlySet<Intent> = new Set<Intent>(["softSkill", "definition"]);

/** Readings that say only that the classifier could not place the question on its own words. */
const unsureIntents: ReadonlySet<Intent> = new Set<Intent>(["offTopic", "followUp"]);

/** Words that make a text a question, or a request ("explain the edge one", "describe it"). */
const askingWords = new Set(
  "which what whats how why when where who should any can could do does is are explain describe tell show list give".split(
    " ",
  ),
);

/** Whether the thread has anything a pronoun could stand for: a role, an occupation, a question asked. */
const threadHolds = (context?: ConversationContext) =>
  context !== undefined &&
  (context.roles.length > 0 ||
    context.occupation !== undefined ||
    context.intent !== undefined ||
    (context.offered?.length ?? 0) > 0);

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
