/*
 * The understanding pipeline: its parts built once for a knowledge base, and the sequence of steps that
 * reads one question in its thread. The bigger steps live in files of their own, named for what they read.
 */
import type { KnowledgeBase } from "../knowledge/base.js";
import { isShortForm, stem, tokenize } from "../knowledge/core/text.js";
import { Vocabulary } from "../knowledge/core/vocabulary.js";
import { bracketedRoleSpelt } from "./entities/bracketed-role.js";
import { careerTracksSpelt } from "./entities/career-tracks.js";
import { dataAnalystInitialsSpelt } from "./entities/data-analyst-initials.js";
import { employerPaying, employerSetAgainst } from "./entities/employer-frames.js";
import {
  capitalPayers,
  employersAsTyped,
  employersPlaced,
  type PlacedWords,
  withEmployersPlaced,
} from "./entities/employers-placed.js";
import { type Entities, extractEntities, namedJobs } from "./entities/entities.js";
import { jobsAround } from "./entities/jobs-around.js";
import { listedEmployerVocabularies } from "./entities/listed-employers.js";
import { moveFields } from "./entities/move-target.js";
import { roleWordReaders } from "./entities/role-by-word.js";
import { type Classification, IntentClassifier } from "./intent/classifier.js";
import { conversational, type Intent, intents, pairIntents, payIntents } from "./intent/intents.js";
import {
  builtInLanguage,
  type Language,
  type Occupation,
  type Place,
  type SkillKind,
  type UnlistedLevel,
} from "./intent/language.js";
import { itSupportBesideThreadRole } from "./it/it-beside-role.js";
import { fieldIsSubject, threadWithoutRoles } from "./it/it-subject.js";
import { fieldWrittenIT } from "./it/it-word.js";
import { type EntityVocabularies, initialsOfTitles } from "./names/entity-vocabularies.js";
import { knowledgeWords, wordsIn } from "./names/knowledge-words.js";
import { asksForCodeWork, skillNames } from "./names/skill-names.js";
import { type FiguresAsked, figuresAsked, shareNotTitle } from "./shape/figure-questions.js";
import type { PipelineParts } from "./shape/pipeline-parts.js";
import { confidentAt, type Understanding } from "./shape/understanding.js";
import { byTheHour } from "./steps/by-the-hour.js";
import { certAgainstSkillRead } from "./steps/cert-against-skill.js";
import { checkedAgain } from "./steps/checked-again.js";
import { classifiedRead } from "./steps/classified-read.js";
import { describedOneSpelt } from "./steps/described-one.js";
import { entitiesNamed } from "./steps/entities-named.js";
import { everythingTurnedIntoRead } from "./steps/everything-turned-into.js";
import { exampleOfKindSpelt } from "./steps/example-of-kind.js";
import { fieldPronounRestated } from "./steps/field-after-ranking.js";
import { fieldAgainstRoleRead } from "./steps/field-against-role.js";
import { fieldOptionsFromHeldRead } from "./steps/field-options-from-held.js";
import { fieldOutlookRead } from "./steps/field-outlook.js";
import { fieldRankedAgain } from "./steps/field-ranked-again.js";
import { fieldRoomToGrowRead } from "./steps/field-room-to-grow.js";
import { fieldsSetAgainstRead } from "./steps/fields-set-against.js";
import { fitJudgedRead } from "./steps/fit-judged.js";
import { guessOverForeignWord } from "./steps/foreign-guess.js";
import { headNarrowedSpelt } from "./steps/head-narrowed.js";
import { mathAskedRead } from "./steps/math-asked.js";
import { moveAfterWeighingSpelt } from "./steps/move-after-weighing.js";
import { moveEndNarrowedSpelt } from "./steps/move-end-narrowed.js";
import { needsContrastedRead } from "./steps/needs-contrasted.js";
import { negotiationRead } from "./steps/negotiation-read.js";
import { occupationKindSpelt } from "./steps/occupation-kind.js";
import { ownJobBesideFieldDropped } from "./steps/own-job-beside-field.js";
import { ownPayJudgedRead } from "./steps/own-pay-judged-read.js";
import { payByCredentialRead } from "./steps/pay-by-credential-read.js";
import { payRiseRead } from "./steps/pay-rise-read.js";
import { payStatedRead } from "./steps/pay-stated-read.js";
import { pickReadAsRole } from "./steps/pick-read-as-role.js";
import { unlistedPlaceRead } from "./steps/place-unlisted-read.js";
import { plainOnePicked, plainOneSpelt } from "./steps/plain-one.js";
import { promotionRead } from "./steps/promotion-read.js";
import { rankAfterTitleSpelt } from "./steps/rank-after-title.js";
import { rankingAsked } from "./steps/ranking-read.js";
import { replyToAskBack } from "./steps/reply-to-ask-back.js";
import { roleToldAboutRead } from "./steps/role-told-about.js";
import { schoolingWeighedRead } from "./steps/schooling-weighed.js";
import { serviceLeftForField, serviceLeftForOccupation } from "./steps/service-left-for-field.js";
import { sharedHeadSpelt } from "./steps/shared-head.js";
import { skillsRead } from "./steps/skills-read.js";
import { spellHeldMoveRead } from "./steps/spell-held-move.js";
import { stepBetweenRead } from "./steps/step-between-read.js";
import { techJobAskedRead } from "./steps/tech-job-asked.js";
import { threadEmployerAgain, titleReadAsEmployer } from "./steps/thread-employer-again.js";
import { threadOccupationAgain } from "./steps/thread-occupation-again.js";
import { titleAtWorkplaceSpelt } from "./steps/title-at-workplace.js";
import { wayInRead } from "./steps/way-in-read.js";
import { whatItDoesBesidePay } from "./steps/what-it-does-beside.js";
import { workContrastedRead } from "./steps/work-contrasted.js";
import { spellShorthand } from "./text/chat-shorthand.js";
import { spellCodingLeft } from "./text/coding-left.js";
import { spellDictatedWords } from "./text/dictated-words.js";
import { spellDocumentForSkills } from "./text/document-for-skills.js";
import { spellEarningIdiom } from "./text/earning-idiom.js";
import { employerPayAskedAmongTold } from "./text/employer-pay-asked.js";
import { spellGoLanguage } from "./text/go-language.js";
import { spellHabitualPay } from "./text/habitual-pay.js";
import { spellHedgedTarget } from "./text/hedged-target.js";
import { spellHeldByAnother } from "./text/held-by-another.js";
import { spellHeldByVerb, spellHeldByVerbOfAnother, spellWorkLeftFor } from "./text/held-by-verb.js";
import { spellItRunFor } from "./text/it-run-for.js";
import { spellKindAfterTitle } from "./text/kind-after-title.js";
import { spellLearnerGrammar } from "./text/learner-grammar.js";
import { spellStatsLiked } from "./text/liked-subject.js";
import { lineOfBusinessJoined } from "./text/line-of-business.js";
import { spellLinemanEmployer } from "./text/lineman-employer.js";
import { spellManagementMove } from "./text/management-move.js";
import { contractionsTypedBare, SpellingCorrector, type SpeltText } from "./text/misspellings.js";
import { spellPaidForLearning } from "./text/paid-for-training.js";
import { pairNounDropped } from "./text/pair-noun.js";
import { smallTalkSaid, withoutPleasantries } from "./text/pleasantries.js";
import { spellPostingLine } from "./text/posting-line.js";
import { quoteDropped, saidBackRead } from "./text/quoted-back.js";
import { spellReportedQuestion } from "./text/reported-question.js";
import { spellSelfTaught } from "./text/self-taught.js";
import { spellSkillsChecklist } from "./text/skills-checklist.js";
import { linkLabelsEnded, mentionsDropped, stripSlackMarkup } from "./text/slack-text.js";
import { spellSpeakerLabel } from "./text/speaker-label.js";
import { subjectChangeDropped } from "./text/subject-changed.js";
import { spellSupportTier } from "./text/support-tiers.js";
import { spellTeamJoined } from "./text/team-joined.js";
import { titleForm } from "./text/title-form.js";
import { spellWorkAsJob } from "./text/work-as-job.js";
import { spellWorkplaceJob } from "./text/workplace-job.js";
import type { ConversationContext } from "./thread/conversation-state.js";
import { correctionSpelt, starCorrectionSpelt } from "./thread/correction.js";
import { employerPickedSpelt } from "./thread/employer-picked.js";
import { heldSaidFirst, withHeldOccupation } from "./thread/held-occupation.js";
import { leftOutSpelt } from "./thread/pick-left-out.js";
import { restOfSetRead } from "./thread/rest-of-set.js";
import { twoPicksSpelt } from "./thread/two-picks.js";
import { resolve } from "./thread-rules/resolve.js";
import { certifications } from "./words/certifications.js";
import { goesOnFromEnd, questionWords } from "./words/entity-words.js";
import { asksCarriedOver, asksNegotiation } from "./words/question-asks.js";
import { asksRelatedRoles, credentialWords, payAsked } from "./words/topic-words.js";
import { fromWhereHeld, wayThereAsked } from "./words/way-from-start.js";

/** Longest question read; a pasted essay is cut here so it cannot slow the bot. */
const maxQuestionLength = 500;

export interface Understander {
  understand(question: string, context?: ConversationContext): Understanding;
  /** The words the examples of an intent use ("pay", "earn" for salary): they say what is asked, not about what. */
  wordsOf(intent: Intent): ReadonlySet<string>;
  /** Whether the examples of any intent use a word (or the word a misspelling stands for). */
  readsWord(word: string): boolean;
  /** The question with its misspelt words spelt right, as it is read, and where each place was typed. */
  spelt(question: string): SpeltText;
  /**
   * The question in lower case with each "it" that is the field written "IT" (`fieldWrittenIT`), the jobs
   * around each "it" read as the pipeline reads them: "is it or nursing in IT" sets "it" against a job.
   * `thread`: whether it holds a role, and an occupation.
   */
  fieldWrittenIT(question: string, thread: { hasRole: boolean; occupationHeld: boolean }): string;
}

/** Each intent's examples, each as its words: read once at start by every part built from them. */
type ExampleWords = Record<Intent, string[][]>;

const exampleWordsOf = (language: Language): ExampleWords =>
  Object.fromEntries(
    Object.entries(language.utterances).map(([intent, list]) => [intent, list.map((u) => tokenize(u))]),
  ) as ExampleWords;

function entityVocabularies(
  kb: KnowledgeBase,
  language: Language,
  examples: ExampleWords,
): EntityVocabularies {
  const roleWords = new Set(
    kb.knowledge.roles.flatMap((r) => [r.name, ...r.aliases]).flatMap((name) => tokenize(name)),
  );
  // Words of the examples that are no role's name or a near miss of one ("mles" is one edit from "mle").
  const exampleWords = new Set(Object.values(examples).flat(2));
  // Nor the plural of the word that ends a role's name ("scientists", "analysts"): "dara scientists" is a
  // misspelt role's name as "dara scientist" is. A short form's plural ("devs") stays one: it ends a
  // misspelt name of its own ("fronted devs") only as a word apart.
  const roleHeads = new Set(
    kb.knowledge.roles.flatMap((r) => [r.name, ...r.aliases]).flatMap((name) => tokenize(name).slice(-1)),
  );
  const commonWords = new Set(
    [...exampleWords].filter(
      (w) =>
        !roleWords.has(w) &&
        !(roleHeads.has(titleForm(w)) && !isShortForm(w) && !isShortForm(titleForm(w))) &&
        !kb.roleNames.lookup(w),
    ),
  );
  const knowledgeWords = kb.index.words;
  return {
    knownWord: (w) =>
      knowledgeWords.has(w) ||
      knowledgeWords.has(titleForm(w)) ||
      exampleWords.has(w) ||
      questionWords.has(w),
    englishWord: (w) => language.englishWords.has(w),
    toolWords: toolWordsOf(kb, language),
    // Titles are compared as singulars, not stems: "marketer" stems to "market", and "the ML market" is
    // no question about marketers; its singular stays "marketer", while "nurses" still meets "nurse".
    occupations: new Vocabulary<Occupation>(
      language.occupations.flatMap((o) =>
        [...o.titles, ...(o.fields ?? [])].map((t) => [t, o] as [string, Occupation]),
      ),
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
    occupationInitials: initialsOfTitles(language.occupations),
    ...listedEmployerVocabularies(language.companies),
    sectorWords: new Set(language.sectors),
    unlistedPlaces: new Vocabulary<Place>(
      language.places.flatMap((p) => p.aliases.map((a) => [a, p] as [string, Place])),
      stem,
      false,
    ),
    // Levels are compared as singulars, not stems: "internal" and "international" stem to "intern", and
    // "an internal move" names no intern.
    unlistedLevels: new Vocabulary<UnlistedLevel>(
      language.levels.flatMap((l) => l.aliases.map((a) => [a, l] as [string, UnlistedLevel])),
      titleForm,
    ),
  };
}

/** The words of the skills' other names, of O*NET's hot technologies and of the certifications' short names. */
const toolWordsOf = (kb: KnowledgeBase, language: Language): ReadonlySet<string> =>
  new Set(
    [
      ...Object.entries(language.skillAliases).flat(2),
      ...(kb.official?.occupations ?? []).flatMap((o) => o.onet?.hotTechnologies ?? []),
      ...certifications.flatMap((c) => (c.short ? [c.short] : [])),
    ].flatMap((name) => tokenize(name)),
  );

/** Builds the pipeline for one knowledge base: its vocabularies, and the classifier trained on the examples. */
export function createUnderstander(kb: KnowledgeBase, language = builtInLanguage()): Understander {
  const examples = exampleWordsOf(language);
  const vocabularies = entityVocabularies(kb, language, examples);
  const parts: PipelineParts = {
    kb,
    vocabularies,
    classifier: trainedClassifier(kb, vocabularies, examples),
    greetingWords: greetingOnlyWords(examples),
    careerWords: careerWordsOf(kb, examples),
    skills: skillNames(kb, language),
    languagesKind: vocabularies.skillKinds.lookup("programming")?.entries[0],
    targets: moveFields(kb),
    rolesByWord: roleWordReaders(kb),
    isRealWord: (w) => questionWords.has(w) || kb.index.words.has(w) || kb.index.words.has(stem(w)),
    englishWord: (w) => language.englishWords.has(w),
    spelling: spellingCorrector(kb, language, examples),
  };
  const intentWords = new Map(intents.map((intent) => [intent, new Set(examples[intent].flat())]));
  return {
    // Read last, of the whole reading: a pay question, or "is that good" after one, stating an amount.
    understand: (question, context) =>
      payStatedRead(understandPolitely(parts, question, context), context, question),
    wordsOf: (intent) => intentWords.get(intent) ?? new Set(),
    // A misspelt word is read as the word it stands for: "pay diffrence?" is "pay difference?".
    readsWord: (word) => {
      const spelt = parts.spelling.correctedWord(word) ?? word;
      return [...intentWords.values()].some((words) => words.has(spelt));
    },
    spelt: (question) => parts.spelling.spelt(question),
    fieldWrittenIT: (question, { hasRole, occupationHeld }) =>
      fieldWrittenIT(question, hasRole, jobsAround(kb, vocabularies, occupationHeld)),
  };
}

/** The intent classifier, trained on the examples with their entities masked. */
function trainedClassifier(kb: KnowledgeBase, vocabularies: EntityVocabularies, examples: ExampleWords) {
  return new IntentClassifier(
    intents.flatMap((intent) =>
      examples[intent].map((words) => ({
        // Examples are spelt right, so they are read without typo tolerance (ten times faster).
        tokens: extractEntities(kb, vocabularies, words, false).masked,
        intent,
      })),
    ),
  );
}

/**
 * The corrector of misspelt ordinary words: it knows the words of English's dictionary, every word of the
 * knowledge (roles, skills, tools, employers, places, sources) and of the language files (titles,
 * employers, places, levels), and the examples' words used twice or more; a word the examples use once may
 * be a misspelling they carry on purpose ("how mcuh do swe make"), corrected like any other. It corrects to
 * the examples' words, weighed by how many examples use them, and to the knowledge's.
 */
function spellingCorrector(kb: KnowledgeBase, language: Language, examples: ExampleWords): SpellingCorrector {
  const uses = new Map<string, number>();
  for (const words of Object.values(examples).flat())
    for (const w of new Set(words)) uses.set(w, (uses.get(w) ?? 0) + 1);
  const targets = new Map([...uses].filter(([, n]) => n >= 2));
  const { utterances: _examples, englishWords, ...names } = language;
  const knownWords = new Set([
    ...targets.keys(),
    ...questionWords,
    ...contractionsTypedBare,
    ...knowledgeWords(kb),
    // The language files are small and the same for any knowledge: their words read in one pass.
    ...wordsIn(JSON.stringify(names)),
  ]);
  for (const w of knownWords) if (!targets.has(w) && /^[a-z]+$/.test(w)) targets.set(w, 1);
  return new SpellingCorrector((w) => knownWords.has(w) || englishWords.has(w), targets);
}

/** Words only greetings use ("hi", "thanks", "bye"), not words other examples share ("good", "there"). */
function greetingOnlyWords(examples: ExampleWords): Set<string> {
  const otherWords = new Set(intents.filter((i) => i !== "greeting").flatMap((i) => examples[i].flat()));
  return new Set(examples.greeting.flat().filter((w) => !otherWords.has(w)));
}

/**
 * Words that only questions about careers use: in the examples of a career intent or in the knowledge,
 * never in an off-topic example ("salary", "kubeflow", "promotion"; not "time", "best" or "make").
 */
function careerWordsOf(kb: KnowledgeBase, examples: ExampleWords): Set<string> {
  const offTopicWords = new Set(examples.offTopic.flat().map(stem));
  return new Set(
    intents
      .filter((i) => !conversational.has(i))
      .flatMap((i) => examples[i].flat().map(stem))
      .concat([...kb.index.words].map(stem))
      .filter((w) => !offTopicWords.has(w) && !questionWords.has(w)),
  );
}

/**
 * "hey, engineering manager responsibilities", "what about in denver? thanks!": read without the hello or
 * the thanks around it, which say nothing of what is asked. Where what is left is no career question
 * ("thanks, that helps", "hi, how are you"), the message is read whole, as the small talk it is. Its Slack
 * mentions are dropped first, before any step reads it.
 */
function understandPolitely(
  parts: PipelineParts,
  message: string,
  context: ConversationContext | undefined,
  sentenceAlone = true,
): Understanding {
  const question = mentionsDropped(message);
  // "unrelated but …", "different question, …": asked afresh, with nothing carried from the thread.
  const afresh = subjectChangeDropped(question);
  if (afresh !== undefined) return understandPolitely(parts, afresh, undefined);
  // "i'm a claims adjuster (57k). what does Northbridge Mutual pay data analysts?? don't want to lowball":
  // the one sentence asking what an employer pays a job, the rest only telling, is what is asked.
  const employerPay = sentenceAlone ? employerPayRead(parts, question, context) : undefined;
  if (employerPay) return employerPay;
  const polite = withoutPleasantries(question);
  // "perfect", "got it, thanks", "hi, how are you": small talk, read as the thanks or the hello it is, the
  // message kept as said (the answer to it tells a thanks from an acknowledgement).
  // "ml makes sense now" is said of an answer, before it in the thread or thanked for in the same breath.
  const acknowledges = context?.intent !== undefined || polite?.said === "thanks";
  const smallTalk = smallTalkSaid(polite?.question ?? question, acknowledges);
  if (smallTalk)
    return { ...understand(parts, smallTalk === "thanks" ? "thanks" : "hi", context), text: message };
  const whole = () => understand(parts, question, context);
  if (!polite) return whole();
  const bare = understand(parts, polite.question, context);
  const words = tokenize(polite.question).length;
  // "hey, did the lakers win last night": off topic still, once the hello is set aside.
  const offTopic = bare.intent === "offTopic" && words >= 3;
  // "keep going thanks!", "why tho thanks!": in a thread about roles, words of their own ask the thread more.
  const askedOfThread = (context?.roles.length ?? 0) > 0 && words >= 2;
  const noQuestion =
    !askedOfThread &&
    (bare.intent === "greeting" ||
      (bare.intent === "offTopic" && !offTopic) ||
      (bare.intent === "help" && polite.said === "thanks"));
  return noQuestion ? whole() : bare;
}

/**
 * The sentence of a longer message that asks what an employer pays a job, read alone, where read so it is
 * that employer's pay of the one role it names; else nothing (the message is read whole).
 */
function employerPayRead(
  parts: PipelineParts,
  question: string,
  context: ConversationContext | undefined,
): Understanding | undefined {
  // Spelt right first: "waht does acme pay data analysts" asks it too.
  const sentence = employerPayAskedAmongTold(parts.spelling.corrected(question));
  if (!sentence) return undefined;
  const employerPaid = (u: Understanding) =>
    (u.company !== undefined || u.entities.employers.length > 0) &&
    u.roles.length === 1 &&
    payIntents.has(u.intent) &&
    !u.from &&
    !u.to;
  const read = understandPolitely(parts, sentence, context);
  if (!employerPaid(read)) return undefined;
  // "i live in seattle. what does google pay software engineers?": where the whole message already reads as
  // that employer's pay, it is read whole, which keeps a place or level the other sentences tell.
  const whole = understandPolitely(parts, question, context, false);
  return employerPaid(whole) && whole.company === read.company ? whole : read;
}

/** Reads one question in its thread: a sequence of steps, each named for what it reads. */
function understand(
  parts: PipelineParts,
  question: string,
  threadContext: ConversationContext | undefined,
): Understanding {
  const { kb } = parts;
  const spelt = sharedHeadSpelt(
    parts,
    moveAfterWeighingSpelt(
      kb,
      twoPicksSpelt(
        kb,
        // "and at the first company" after pay at two employers: the one of them named first.
        employerPickedSpelt(
          leftOutSpelt(
            kb,
            // "lead ml vs a regular one": the role without its rung spelt out; "just the regular one" after
            // the ML engineers' pay, the one of the family without a rung; "the one that builds pipelines", the
            // one of the thread's roles that does.
            describedOneSpelt(
              kb,
              plainOnePicked(
                parts,
                plainOneSpelt(
                  parts,
                  bracketedRoleSpelt(
                    kb,
                    correctionSpelt(
                      kb,
                      // "no sorry cloud engineer, the big data one": Big Data Cloud Engineer.
                      headNarrowedSpelt(
                        kb,
                        // "the engineer one" after a move into security: the move to Security Engineer.
                        moveEndNarrowedSpelt(
                          kb,
                          exampleOfKindSpelt(
                            parts,
                            occupationKindSpelt(
                              kb,
                              careerTracksSpelt(
                                kb,
                                titleAtWorkplaceSpelt(
                                  parts,
                                  rankAfterTitleSpelt(
                                    kb,
                                    dataAnalystInitialsSpelt(
                                      kb,
                                      pairNounDropped(
                                        lineOfBusinessJoined(normalised(parts.spelling, question)),
                                      ),
                                      threadContext,
                                    ),
                                  ),
                                ),
                                threadContext,
                              ),
                              threadContext,
                            ),
                            threadContext,
                          ),
                          threadContext,
                        ),
                      ),
                      threadContext,
                    ),
                  ),
                ),
                threadContext,
              ),
              threadContext,
            ),
            threadContext,
          ),
          threadContext,
        ),
        threadContext,
      ),
      threadContext,
    ),
    threadContext,
  );
  // "do the other two need a degree" after a pick narrowed three roles to one: asked of the two left.
  const rest = restOfSetRead(spelt, threadContext);
  const { text, context: restContext } = rest;
  // "what about IT in general, is it growing?": the field made the subject, the thread's roles left behind;
  // so is an occupation the thread held ("is IT stressful in general" after an IT manager's pay).
  const context =
    restContext &&
    (restContext.roles.length > 0 || restContext.occupation !== undefined) &&
    fieldIsSubject(text, jobsAround(kb, parts.vocabularies, restContext.occupation !== undefined))
      ? threadWithoutRoles(restContext)
      : restContext;
  const tokens = tokenize(text);
  const found = entitiesNamed(parts, text, tokens, context);
  // Employers read by their place ("at epic systems?") read as employers to the classifier too; "teaching"
  // said again in a thread on high school teachers is theirs.
  // "what does Comfort Pro pay": a name typed with capitals where the payer stands is no title.
  const payers = capitalPayers(text, placedWords(parts, false)).map((p) => p.name);
  const placed = titleReadAsEmployer(
    threadEmployerAgain(
      employersPlacedRead(parts, text, found.extracted, context?.company !== undefined),
      context,
    ),
    payers,
  );
  const named = { ...found, extracted: threadOccupationAgain(kb, placed, context) };
  // "which has more openings" after "Compare Software Engineer with which IT role?": IT support, the usual
  // IT role, stands for IT, as if picked; the answer says so.
  const itBeside = itSupportBesideThreadRole(kb, context, text, tokens, namedJobs(named.extracted));
  if (itBeside) {
    const read = understand(parts, question, itBeside.context);
    return read.roles.includes(itBeside.role)
      ? { ...read, itFieldRole: { role: itBeside.role, side: "beside" } }
      : read;
  }
  // "im a teacher", then "what about sysadmin?": one role weighed next, naming no other job, is where a move
  // from the occupation held leads, read as the person would say it in one message. A thread already on a
  // move from it ("im a nurse wanting to switch", then "maybe data analyst?") carries the move itself.
  const e = named.extracted;
  // Spelt right, as the rest of the question is read: "waht about sysadmin?" weighs a job next too.
  const saidWhole = withHeldOccupation(
    parts.spelling.corrected(question),
    context?.heldOccupation,
    context?.occupation !== undefined,
  );
  // A move whose start names no one occupation keeps none to carry, so a new role weighed as its end ("and
  // network architect?") is said whole too; not the role it led to, nor one after it ("sysadmin after that").
  const [weighed] = e.roles;
  const newEnd = weighed !== undefined && !context?.roles.includes(weighed.id) && !goesOnFromEnd.test(text);
  const onMove = context?.intent === "gap" && (context.occupation !== undefined || !newEnd);
  // On one role asked of since ("im a teacher", "what does a data analyst make"), "and a data scientist?"
  // asks that again of another; the job held is kept for the way from it (`carriedFromHeld`).
  const onOneAsked = context?.roles.length === 1 && context.intent !== "gap";
  if (saidWhole && !onMove && !onOneAsked && e.roles.length === 1 && e.uncovered.length === 0 && !e.from)
    return understand(parts, saidWhole, context);
  const carried = carriedFromHeld(kb, text, e, context);
  if (carried) return understand(parts, carried, context);
  // "what from my job would even count" with the job held and two roles weighed as options for it: what
  // carries over is of the move to one of them, which is asked back (read without the job held, so once).
  const toWhich = carriedToWhich(kb, text, e, context);
  if (toWhich && context)
    return {
      ...understand(parts, question, { ...context, heldOccupation: undefined }),
      // A move asked, its end left to pick: the reply picking one is the move from the job held to it.
      intent: "gap",
      roles: [],
      carriedToWhich: toWhich,
    };
  const read = classifiedRead(parts, text, tokens, named);
  // "can i become a devops engineer without being a dba first": the way into the one job the question keeps.
  const told = roleToldAboutRead(read.entities, read.classified);
  const paid = asksPay(told, tokens, context);
  const wayIn = wayInRead(
    tokens,
    unlistedPlaceRead(
      parts,
      text,
      tokens,
      employerRead(parts, text, read.entities, paid, tokens, context?.company !== undefined),
      paid,
    ),
    told,
  );
  const { entities } = wayIn;
  // "the second one", "data analyst" after "Which data role do you mean?": what the reply picks among what
  // the last answer asked back or set out, read once; where it is a move from the occupation held ("im a
  // teacher", asked which data role), that move, asked in one message.
  const reply = replyToAskBack(kb, tokens, context, entities);
  if (reply.restated) return understand(parts, reply.restated, context);
  // "is it worth it w/o a degree" after the best paid IT roles: "it" is the field they were ranked in.
  const fieldSaid = reply.pick ? undefined : fieldPronounRestated(kb, text, entities, context);
  if (fieldSaid) return understand(parts, fieldSaid, context);
  const classified = techJobAskedRead(text, entities, wayIn.classified);
  // "can you help me debug this TypeError": work on code is no career question, whatever its words
  // ("help", "react") lean to, unless it names a job.
  const codeWork = asksForCodeWork(text) && namedJobs(entities) === 0;
  const inThread = threadHolds(context);
  // "how do you get into the latter": a pick of one of the thread's roles names that role.
  const picksRole = reply.pick?.role !== undefined;
  const pickRead = pickReadAsRole(parts, entities.masked, classified, picksRole);
  const classification =
    // "should i counter" after a role's pay: answering an offer of that role, in words no list holds.
    (inDomain(parts, entities, pickRead, inThread) || picksRole || (inThread && asksNegotiation(text))) &&
    !codeWork &&
    !(!inThread && guessOverForeignWord(parts, entities, pickRead))
      ? pickRead
      : { intent: "offTopic" as const, confidence: 1 };
  const asked = resolve(parts.kb, text, entities, classification, context, reply.pick);
  // "and the other two?": the rest picked, asked the thread's question anew, as a pick of one is.
  const picked = rest.picked ? { ...asked, inherited: [...asked.inherited, "picked"] } : asked;
  // "do IT people need to code? I'm an office admin": the job told beside the field's question is who asks.
  const resolved = ownJobBesideFieldDropped(picked);
  // "is that before tax", "source?": about the thread's last answer, its roles and question kept.
  const figures = figuresAsked(text, tokens, entities, context);
  if (figures && context)
    return onLastAnswer({ ...resolved, entities: shareNotTitle(text, resolved.entities) }, figures, context);
  const related = relatedRolesAsked(text, entities, resolved, context);
  if (related) return related;
  // Readings that narrow what the question asks, each given the one before it, in this order.
  const narrowings: ((u: Understanding) => Understanding)[] = [
    (u) => payByCredentialRead(parts, u, tokens, text),
    (u) => certAgainstSkillRead(parts, u, tokens, text),
    (u) => fieldAgainstRoleRead(kb, u, tokens),
    (u) => fieldsSetAgainstRead(kb, u, tokens),
    (u) => fieldOptionsFromHeldRead(kb, u, tokens),
    (u) => fieldOutlookRead(kb, u, tokens),
    everythingTurnedIntoRead,
    (u) => promotionRead(parts, u, tokens),
    negotiationRead,
    payRiseRead,
    ownPayJudgedRead,
    mathAskedRead,
    schoolingWeighedRead,
    fitJudgedRead,
    whatItDoesBesidePay,
    workContrastedRead,
    spellHeldMoveRead,
    (u) => checkedAgain(u, context),
    (u) => stepBetweenRead(u, context),
  ];
  const understood = narrowings.reduce(
    (u, narrow) => narrow(u),
    // "what skills does ml need that backend doesnt": a gap, read before "ml" is taken for a skill checked.
    skillsRead(parts, needsContrastedRead(resolved), entities, tokens, text),
  );
  // "what about the network ones" after a ranking: that ranking of the field's roles.
  const ranked =
    fieldRoomToGrowRead(kb, text, entities, understood) ??
    fieldRankedAgain(kb, tokens, entities, understood, context) ??
    rankingAsked(kb, text, entities, understood, context);
  if (ranked) return ranked;
  const { kept, itFieldRole } = named;
  const keptRole = kept ? { ...understood, keptBy: { word: kept.word, role: kept.role } } : understood;
  // "thinking about IT after the army": the service left names no side of a move, IT is what is asked.
  const answered = serviceLeftForOccupation(
    serviceLeftForField(itFieldRole ? { ...keptRole, itFieldRole } : keptRole),
    tokens,
  );
  return answered.intent === "roleRanking" ? { ...answered, intent: "market" } : byTheHour(answered);
}

/**
 * The question as read: the bot's words quoted back dropped or read as what was said, Slack's "*" fix read
 * as "i meant", an idiom for earning ("pull in") read as "make", "usually" before a verb of pay dropped, a link's label ended and its markup dropped, chat shorthand spelt out, a learner's word order set as
 * the pipeline reads it, a job held said by its verb ("i teach" as "i'm a teacher") or of someone the question
 * is asked for ("she's a bank teller, could she…"), arrows and "em" read.
 * Misspelt words are spelt right
 * first, so that every reading after sees the words it knows.
 */
function normalised(spelling: SpellingCorrector, question: string): string {
  // Each reading in the order it applies, each on the text the one before left.
  const readings: ((text: string) => string)[] = [
    spellSpeakerLabel,
    quoteDropped,
    starCorrectionSpelt,
    linkLabelsEnded,
    stripSlackMarkup,
    // Before the speller, which reads no capitals: a posting's place is written "New York, NY".
    spellPostingLine,
    (text) => spelling.corrected(text),
    // After the speller: "soft wear enginer" is spelt "soft wear engineer" first.
    spellDictatedWords,
    saidBackRead,
    spellShorthand,
    spellReportedQuestion,
    spellSupportTier,
    spellGoLanguage,
    spellSelfTaught,
    // Before the adverb of what is usual is dropped: "usually pull in" is "usually make" first.
    spellEarningIdiom,
    spellHabitualPay,
    spellStatsLiked,
    spellDocumentForSkills,
    spellSkillsChecklist,
    spellPaidForLearning,
    spellHedgedTarget,
    spellLearnerGrammar,
    spellItRunFor,
    // Before the job held by its verb: "quit tech and teach" is where a move leads, not the job held.
    spellWorkLeftFor,
    spellCodingLeft,
    spellHeldByVerb,
    spellHeldByVerbOfAnother,
    spellHeldByAnother,
    spellWorkplaceJob,
    spellLinemanEmployer,
    spellManagementMove,
    spellKindAfterTitle,
    spellWorkAsJob,
    spellTeamJoined,
  ];
  return (
    readings
      .reduce((text, read) => read(text), question.slice(0, maxQuestionLength))
      // "the second one's tools": a pick's possessive asks that topic of the one picked, as "the second
      // one, tools" does; the tokens would read "ones", no pick.
      .replace(/\b(the [a-z0-9#]+ one)['’]s\b/gi, "$1")
      // So does "the second ones tools", typed without its apostrophe: a place in a list, then "ones" and a
      // noun, which no plural ("the first ones to learn", "the last ones in seattle") puts there.
      .replace(placedOnesBeforeNoun, "$1")
      // "swe -> mle": an arrow between roles is a move to the second.
      .replace(/\s*(?:-+>|=>|→)\s*/g, " to ")
      // Chat's "em" for "them" after a word that takes an object ("any overlap between em?"): no
      // Engineering Manager.
      .replace(/\b(between|of|with|both|among|compare|pay|paying|ask|tell|all) em\b/gi, "$1 them")
      // "ds&a" is data structures and algorithms, one word as "dsa" is: its "ds" is no data scientist.
      .replace(/\bds\s*&\s*a\b/gi, "dsa")
      // "I.T." with its dots is always the field: written as the capitals that say so.
      .replace(/\bi\.t\.?(?=[\s?!,;:]|$)/gi, "IT")
      // "whats IT's median pay", "IT's a dying field": in capitals, "IT's" is the field's or "IT is", never
      // the pronoun's "its"; read as the field. So is "ITs", typed without the apostrophe.
      .replace(/\bIT['’]?s\b/g, "IT")
      .replace(/\s+/g, " ")
      .trim()
  );
}

/**
 * "the first ones skills": a place in a list, "ones" for "one's", and a word that is no preposition's. Nor a
 * verb's that asks of the ones before it ("what about the other ones do they need a degree").
 */
const placedOnesBeforeNoun =
  /\b(the (?:first|second|third|fourth|fifth|last|middle|other|former|latter|1st|2nd|3rd|4th|5th) one)s(?= (?!(?:to|that|which|who|i|you|we|they|are|were|in|for|on|of|at|with|and|or|from|by|as|do|does|did|can|could|would|will|should|have|has)\b)[a-z])/gi;

/** A pay question, or a short follow-up to one or to a comparison ("what about at google?", "and in denver?"). */
function asksPay(
  classified: Classification,
  tokens: readonly string[],
  context: ConversationContext | undefined,
): boolean {
  const afterPay =
    context?.intent !== undefined &&
    (payIntents.has(context.intent) || pairIntents.has(context.intent)) &&
    tokens.length <= 5;
  return payIntents.has(classified.intent) || afterPay;
}

/** The words an employer's name read by its place is not made of: English's, the knowledge's, a place's. */
const placedWords = (parts: PipelineParts, threadEmployer: boolean): PlacedWords => ({
  ordinary: (w) =>
    parts.englishWord(w) || parts.vocabularies.knownWord(w) || parts.kb.official?.titles.hasWord(w) === true,
  known: (w) => parts.vocabularies.knownWord(w) || parts.kb.official?.titles.hasWord(w) === true,
  place: (words) => parts.vocabularies.unlistedPlaces.lookup(words.join(" "))?.distance === 0,
  anyPlace: (words) =>
    parts.vocabularies.unlistedPlaces.lookup(words.join(" "))?.distance === 0 ||
    parts.kb.places.lookup(words.join(" "))?.distance === 0,
  threadEmployer,
  kindOf: (words) => {
    const hit = parts.vocabularies.companyKinds.lookup(words.join(" "));
    return hit?.distance === 0 && hit.entries.length === 1 ? hit.entries[0] : undefined;
  },
});

/**
 * "at epic systems?", "@ Acme Corp", "dell or indeed": employers no list names, read by where they stand.
 * `threadEmployer`: the thread already asks of an employer's pay, where "what about acme in boise" names
 * another, even typed in lower case.
 */
const employersPlacedRead = (
  parts: PipelineParts,
  text: string,
  e: Entities,
  threadEmployer = false,
): Entities =>
  employersAsTyped(
    withEmployersPlaced(
      e,
      employersPlaced(text, e.masked, placedWords(parts, threadEmployer)),
      placedWords(parts, threadEmployer).kindOf,
    ),
    text,
    (name) =>
      parts.kb.companies.lookup(name)?.distance === 0 ||
      parts.vocabularies.employers.lookup(name)?.distance === 0,
  );

/**
 * "i'm an accountant. what does amazon pay data analysts?": an employer named where a question of pay puts
 * whoever pays ("does … pay") is asked of, whatever the rest leans the question to (a move from the job told,
 * whose answer then said nothing of Amazon and gave the general figures as if they were its).
 */
const payerNamed = (masked: readonly string[]): boolean =>
  masked.some((w, i) => {
    if (w !== "xcompany") return false;
    let end = i + 1;
    while (masked[end] === "") end++;
    return employerPaying(masked, i, end);
  });

/**
 * "what does netflix pay data scientists": an employer named in a pay question, figures or not. So is one
 * in a short follow-up to a pay question or a comparison ("what about at google?").
 */
function employerRead(
  parts: PipelineParts,
  text: string,
  read: Entities,
  paid: boolean,
  tokens: string[],
  threadEmployer: boolean,
): Entities {
  const { vocabularies } = parts;
  // Read again where the classifier's reading read the words anew ("is ml better paid …" spelt out).
  let entities = employersPlacedRead(parts, text, read, threadEmployer);
  const payWithoutEmployer = (paid || payerNamed(entities.masked)) && !entities.company;
  const employer = payWithoutEmployer ? entities.employers[0] : undefined;
  if (employer) entities = { ...entities, company: employer };
  // "cloud architect at aws how much": in a pay question an employer's name ("aws") is the employer,
  // not the kind of skill it also names. Before a word of credentials ("aws certs") it names who certifies.
  const skillNamedEmployers =
    paid && entities.skillKind
      ? vocabularies.employers
          .findAll(tokens, undefined, false)
          .filter(
            (m) =>
              vocabularies.skillKinds.lookup(tokens.slice(m.start, m.end).join(" ")) &&
              !credentialWords.has(tokens[m.end] ?? ""),
          )
      : [];
  const overSkill = payWithoutEmployer && !employer ? skillNamedEmployers[0] : undefined;
  if (overSkill?.entries[0]) {
    const { skillKind: _kind, ...rest } = entities;
    entities = { ...rest, company: overSkill.entries[0] };
  }
  // "does accenture pay cloud architects less than aws does", "accenture vs aws pay": set against an
  // employer already read, across a word that compares (or as the payer of "does aws pay … more than
  // accenture"), it is the other employer compared, not a skill.
  const otherSide =
    entities.company && entities.skillKind
      ? skillNamedEmployers.find((m) => employerSetAgainst(tokens, m.start, m.end))?.entries[0]
      : undefined;
  if (otherSide && !entities.employers.includes(otherSide)) {
    const { skillKind: _kind, ...rest } = entities;
    entities = { ...rest, employers: [...entities.employers, otherSide] };
  }
  return entities;
}

/**
 * "l5 vertebra pain": an employer's name for a level ("l5") is a level only beside an employer or a job, or
 * in a thread about one; alone it brings no career into the question.
 */
const ladderNameAlone = (e: Entities, inThread: boolean) =>
  e.companyLevel !== undefined &&
  e.companyLevel.levelBeside === undefined &&
  e.employers.length === 0 &&
  !inThread;

/** Someone other than the asker, the way in asked for them: "a new grad", "someone with no degree", "my son". */
const anotherAsker =
  /\b(?:someone|somebody|anyone|anybody|people|ppl|a person|new grads?|grads?|students?|he|she|they|my (?:son|daughter|kid|wife|husband|partner|friend|brother|sister))\b/i;

/**
 * "im a tech artist at a game studio thinking about front end", then "which of my skills carry over": what
 * of the job held a move keeps, asked of the move, said whole as one message. A title of several
 * occupations ("artist") is kept only as typed, with no one occupation's figures whose rules read the move
 * (otherwise: the way into the role from nothing, the job held dropped).
 */
function carriedFromHeld(
  kb: KnowledgeBase,
  text: string,
  e: Entities,
  context: ConversationContext | undefined,
): string | undefined {
  const held = context?.heldOccupation;
  const [to] = context?.roles ?? [];
  const role = to === undefined ? undefined : kb.roleById.get(to);
  // On one role, the one weighed since the job held was said: "im a teacher", "what does a data analyst
  // make", then "how would i get there from where i am" is the move from teaching into it too (otherwise:
  // the way in from nothing, the job held dropped).
  const onOne = context?.occupation === undefined && context?.roles.length === 1;
  // Asked for oneself: not "how would a new grad get there", "how would someone with no degree get in".
  const forAnother = anotherAsker.test(text) && !/\b(?:i|im|i'm|me)\b/i.test(text);
  const wayFromHeld =
    (wayThereAsked.test(text) || fromWhereHeld.test(text)) && !payAsked.test(text) && !forAnother;
  return held && role && onOne && namedJobs(e) === 0 && (asksCarriedOver(text) || wayFromHeld)
    ? heldSaidFirst(held, `${text} to ${role.name}`)
    : undefined;
}

/**
 * "i work in a warehouse, want to move into IT", "which is easier, help desk or network admin", then "what
 * from my job would even count": what of the job held a move keeps, with two or more roles in the thread
 * weighed as where it leads. It differs by role, so which is asked back (otherwise: a search's stray hits).
 */
function carriedToWhich(
  kb: KnowledgeBase,
  text: string,
  e: Entities,
  context: ConversationContext | undefined,
): Understanding["carriedToWhich"] {
  const held = context?.heldOccupation;
  const roles = (context?.roles ?? []).flatMap((id) => kb.roleById.get(id) ?? []);
  return held && roles.length >= 2 && namedJobs(e) === 0 && asksCarriedOver(text)
    ? { held, roles }
    : undefined;
}

/** A question that names nothing and uses no career word is off topic, whatever the classifier's best guess. */
// A pronoun with no thread for it to stand for ("is it gonna rain tmrw") brings no career into the question.
const inDomain = (parts: PipelineParts, e: Entities, c: Classification, inThread: boolean) =>
  (conversational.has(c.intent) && c.confidence >= confidentAt) ||
  (e.pronoun && inThread) ||
  namedJobs(e) > 0 ||
  (e.level !== undefined && !ladderNameAlone(e, inThread)) ||
  e.place !== undefined ||
  e.company !== undefined ||
  e.skillKind !== undefined ||
  e.masked.some((w) => parts.careerWords.has(stem(w))) ||
  // "salry?" in a thread: a misspelt word counts as the word the classifier reads it as. Only in a thread,
  // where there is a role to ask it of: alone, chat shorthand ("tmrw") is one edit from too many words.
  (inThread &&
    e.masked.some((w) => parts.careerWords.has(stem(parts.classifier.corrected(w, parts.isRealWord)))));

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

/** Whether the thread has anything a pronoun could stand for: a role, an occupation, a question asked. */
const threadHolds = (context?: ConversationContext) =>
  context !== undefined &&
  (context.roles.length > 0 ||
    context.occupation !== undefined ||
    context.intent !== undefined ||
    (context.offered?.length ?? 0) > 0);

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
