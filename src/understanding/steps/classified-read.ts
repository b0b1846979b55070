/*
 * The question classified: its intent read from its masked words, read again where a field's short name
 * stands for the field's role ("is ml better paid than backend") or an unknown title for a role.
 */
import type { KnowledgeBase } from "../../knowledge/base.js";
import { stem, tokenize } from "../../knowledge/core/text.js";
import { fieldAbbreviations, topicFirstFields } from "../../knowledge/resolve.js";
import { type Entities, extractEntities, namedJobs } from "../entities/entities.js";
import { kindNamedFirst } from "../intent/asked-kind.js";
import type { Classification } from "../intent/classifier.js";
import { type Intent, payIntents, roleIntents } from "../intent/intents.js";
import type { PipelineParts } from "../shape/pipeline-parts.js";
import { confidentAt, isGuess } from "../shape/understanding.js";
import { sentencesOf, wordsOfQuestions, wordsOnlyTold } from "../text/scene-told.js";
import { comparers } from "../words/contrast-words.js";
import { comparedOn } from "../words/entity-words.js";
import { crowdedAsked, crowdedByOthers, heatAsked, hypeAsked } from "../words/hype-words.js";
import { methodLeads } from "../words/method-leads.js";
import { asksWorthGoingInto } from "../words/question-asks.js";
import { threatWordsAt } from "../words/timing-words.js";
import { declineWords, growthWords, payWords } from "../words/topic-words.js";
import type { EntitiesNamed } from "./entities-named.js";

/**
 * The question classified: read again with a field's short name spelt out where it stands for the field's
 * role, no greeting without a word of greeting, and an unknown title masked as a role.
 */
export function classifiedRead(
  parts: Pick<
    PipelineParts,
    "kb" | "vocabularies" | "classifier" | "greetingWords" | "careerWords" | "isRealWord"
  >,
  text: string,
  tokens: string[],
  { extracted: found, words, fieldAt }: EntitiesNamed,
): { entities: Entities; classified: Classification } {
  const { kb, vocabularies, greetingWords, careerWords, isRealWord } = parts;
  const classifier = { classify: sceneSetAside(parts.classifier, text) };
  let extracted = found;
  let classified = classifier.classify(extracted.masked, isRealWord);
  // "is ml better paid than backend": a field's short name left on its own in a question about roles
  // or pay is the field's role; read again with the name spelt out. So it is in a question the classifier
  // cannot read as it stands ("whats ml", "ml skills") or in a follow-up ("and ml?"), even before a word
  // that elsewhere makes it a modifier: the field's role is then all the question can be about.
  // A greeting with no word of greeting ("ml roadmap") is no reading either.
  const noGreeting = classified.intent === "greeting" && !extracted.masked.some((w) => greetingWords.has(w));
  const unsure = isGuess(classified) || unsureIntents.has(classified.intent) || noGreeting;
  // "entry level ai jobs pay": pay at a level is one role's, so the field's jobs are its role.
  const levelPay = extracted.level !== undefined && tokens.some((t) => payWords.has(t));
  // "is cloud or ml more future proof": a field's short name set across "or"/"vs" from another side is
  // one side of a comparison of roles, whatever the other side leans the classifier to (trends).
  const asSide = extracted.masked.some(
    (w, j) =>
      fieldAbbreviations.has(w) &&
      (comparers.has(extracted.masked[j - 1] ?? "") || comparers.has(extracted.masked[j + 1] ?? "")),
  );
  // "ml jobs vs ai jobs, which pays more": the field's jobs set across "or"/"vs" are a side as its short
  // name is, the word of jobs after it no modifier of anything else (read as a ranking of the ML roles,
  // the AI side was lost).
  const jobsAsSide = extracted.masked.some(
    (w, j) =>
      fieldAbbreviations.has(w) &&
      fieldJobWords.has(extracted.masked[j + 1] ?? "") &&
      (comparers.has(extracted.masked[j - 1] ?? "") || comparers.has(extracted.masked[j + 2] ?? "")),
  );
  // "ai", "AI?" said alone: with nothing else to say what of the field is asked, the word names its role, as a
  // bare "ml" does (Machine Learning Engineer), not a greeting (a misspelt "hi") or a trend.
  const fieldAlone = words.length === 1 && fieldAbbreviations.has(words[0] ?? "");
  // "ml skills list?", "ml skills? coming from backend": the skills of a field said with no job of its own
  // beside them (but where the person comes from) are its role's, whatever the field's word leans the
  // classifier to (the ML market); "do data analysts need ml skills" keeps its job, and "are ml skills in
  // demand" asks of the skills' market, whose figure the knowledge holds.
  const fieldSkills =
    extracted.masked.some(
      (w, j) => fieldAbbreviations.has(w) && skillNouns.has(extracted.masked[j + 1] ?? ""),
    ) &&
    extracted.roles.length + extracted.uncovered.length === (extracted.from ? 1 : 0) &&
    !tokens.some((t) => growthWords.has(t) || declineWords.has(t));
  // "is ml worth it in 2025 or is it oversaturated now": a field judged as worth going into is its role's
  // outlook, as "is swe oversaturated" is, never the field's trends that a year or "now" leans the words to.
  // So is one doubted as hype or a fad ("is ml a bubble", "is ai overhyped"): whether the field's work lasts,
  // asked of "ai" too, which is otherwise mostly said of the field's trends.
  const doubted = hypeAsked(text);
  // "is ml still hot or is hiring cooling off": how hot the field is, asked as its demand, is its role's
  // outlook too, never the field's trends.
  // So is its demand asked of the field's word ("ml in demand rn?", "is ml still in demand"): the role's, not
  // the ML market's ("are ml skills in demand" asks of the skills, the word not right before "in demand").
  const heat = heatAsked(text) || fieldInDemand(extracted.masked);
  const worthJudged = asksWorthGoingInto(text) || doubted || heat;
  const spelt =
    fieldAlone ||
    roleIntents.has(classified.intent) ||
    namedRoleIntents.has(classified.intent) ||
    unsure ||
    levelPay ||
    asSide ||
    jobsAsSide ||
    worthJudged ||
    fieldSkills
      ? spellOutFields(words, extracted.masked, {
          insideName: insideRoleName(kb, words),
          beforeNouns: unsure || levelPay || fieldSkills || jobsAsSide,
          aboutPay: payIntents.has(classified.intent) || levelPay,
          alone: fieldAlone || doubted || heat,
        })
      : undefined;
  if (spelt) {
    extracted = extractEntities(kb, vocabularies, spelt, true, shifted(fieldAt, words));
    classified = classifier.classify(extracted.masked, isRealWord);
  }
  // A greeting says hello or thanks: a question with no such word ("which should i pick", "any
  // certifications?") is no greeting, however the classifier scores it; its next-best reading stands,
  // as the guess it is. A bare "ok cool" still reads as the small talk it is; a bare "future" asks of a topic.
  // So does "overlap" or "similarities" typed without its question mark after a comparison: words that
  // only career questions use, and no others, are no small talk ("the second one" stays a pick).
  const asks =
    text.includes("?") ||
    tokens.some((w) => askingWords.has(w) || comparedOn.has(w)) ||
    (tokens.length > 0 && tokens.every((w) => careerWords.has(stem(w))));
  const greetingWord = extracted.masked.some((w) => greetingWords.has(w));
  if (classified.intent === "greeting" && ((asks && !greetingWord) || !greetsInPlace(tokens, greetingWords)))
    classified = {
      intent: classified.second?.intent ?? "offTopic",
      confidence: Math.min(classified.second?.confidence ?? 0, 0.29),
    };
  // "bookkeeper salary": a question about a role that names none we know, but a word that reads as a job.
  let entities = extracted;
  // "do you have numbers for influencers": figures asked for it, however the classifier scored the words
  // around it (help, off topic), ask its pay as "influencer salary" does.
  const figuresAsked =
    extracted.titleLike !== undefined &&
    !roleIntents.has(classified.intent) &&
    figuresFor.test(text) &&
    namedJobs(extracted) === 0;
  // "what about youtubers", "and zookeepers?" after a job's pay: the job weighed next, asked the thread's
  // question (otherwise: the thread's job again, or "nothing on youtubers" for it).
  const weighedNext =
    extracted.titleLike !== undefined &&
    jobWeighedNext(text, extracted.titleLike) &&
    namedJobs(extracted) === 0;
  if (
    extracted.titleLike &&
    namedJobs(extracted) === 0 &&
    (roleIntents.has(classified.intent) || figuresAsked || weighedNext)
  ) {
    // Read again with the title masked as a role, so its words ("stock" clerk) do not sway the intent.
    const masked = maskTitle(extracted.masked, extracted.titleLike);
    entities = { ...extracted, unknownTitle: extracted.titleLike, masked };
    classified = classifier.classify(masked, isRealWord);
    if (figuresAsked && !roleIntents.has(classified.intent))
      classified = { intent: "salary", confidence: Math.min(classified.confidence, 0.29) };
  }
  // "is that role remote", "are these roles remote friendly": a role pointed at asks something of it, never
  // the list of roles the word "role" leans the classifier to; read again without the pointed noun.
  const pointed = withoutPointedRoleNoun(entities.masked);
  if (classified.intent === "roleList" && pointed) {
    const again = classifier.classify(pointed, isRealWord);
    // "is that hard" alone reads as small talk: then its next reading, as the guess it is.
    const read = again.intent === "greeting" || again.intent === "help" ? again.second : again;
    if (read && read.intent !== "roleList")
      classified = { ...read, confidence: Math.min(read.confidence, again.confidence) };
  }
  // "> network admin is a solid path tbh … ok but what does it actually pay": a clause that asks what the
  // job pays, said after words that only tell of it (a colleague's line quoted, "kinda but not really"), asks
  // its pay, whatever those words lean the classifier to (the work, soft skills, the path).
  // "what skills do ml jobs actually want these days", "whats the pay ladder look like in ml": a question that
  // opens by naming what it asks (skills, pay) asks that, whatever "actually" or "ladder" leans the
  // classifier to (what the job does, its path).
  // Said after a line quoted or told ("> all the ml folks i know … same. what skills do …"): the first
  // sentence that asks.
  const namedFirst = kindNamedFirst(sentencesOf(text).find((s) => s.asks)?.text ?? text);
  const payAsked = namedFirst === "pay" || payClauseAsked.test(entities.masked.join(" "));
  if (workKinds.has(classified.intent) && (payAsked || namedFirst === "skills"))
    classified = {
      intent: payAsked ? "salary" : "skills",
      confidence: Math.min(classified.confidence, 0.29),
    };
  // "whats the median even", "would amazon be above the median tho": the median is a pay figure, whatever the
  // rest leans the classifier to (the path, a definition, the outlook), unless pay is already read.
  if (medianAsked.test(text) && !payIntents.has(classified.intent) && classified.intent !== "compare")
    classified = { intent: "salary", confidence: confidentAt };
  // "is ml still hot or is it oversaturated now that everyone did a coursera cert": how crowded a job is,
  // put down to what everyone else did (a cert, a bootcamp, a degree), asks its outlook; the schooling named
  // is the reason given, not what is asked ("is a cert worth it for ml" still asks the cert).
  if (entryKinds.has(classified.intent) && crowdedByOthers(text))
    classified = { intent: "outlook", confidence: Math.min(classified.confidence, 0.29) };
  // "is ml oversaturated for juniors rn, be honest", "is ml too crowded for beginners now": how crowded a job
  // is for those starting asks its outlook, whatever a level, "right now" or "beginners" leans the classifier
  // to (entry pay, the way in; before: the entry pay band alone). Pay asked beside it keeps its reading.
  const crowdedForStarters =
    crowdedAsked(text) && !tokens.some((t) => payWords.has(t)) && crowdedReadAs.has(classified.intent);
  // Read by its words, not guessed: a guess is answered from whatever section its words find (what the job does).
  if (crowdedForStarters) classified = { intent: "outlook", confidence: confidentAt };
  return { entities, classified };
}

/** Words between a field's short name and "in demand": "ml jobs still in demand". */
const beforeDemand = new Set(
  "jobs job roles role engineers engineering people folks still really even actually".split(" "),
);

/** Whether a field's short name is said in demand: "ml in demand rn?", "are ml jobs still in demand". */
function fieldInDemand(masked: readonly string[]): boolean {
  return masked.some((w, j) => {
    if (!fieldAbbreviations.has(w)) return false;
    let k = j + 1;
    while (k < j + 4 && beforeDemand.has(masked[k] ?? "")) k++;
    return masked[k] === "in" && masked[k + 1] === "demand";
  });
}

/** Readings of schooling or the way in. */
const entryKinds: ReadonlySet<Intent> = new Set(["education", "experience", "gettingStarted"]);

/**
 * Readings a job asked as crowded is leant to by a level or a beginner said beside it (entry pay, the way in),
 * or by "right now" (a follow-up).
 */
const crowdedReadAs: ReadonlySet<Intent> = new Set([
  "salary",
  "gettingStarted",
  "experience",
  "education",
  "followUp",
]);

/** "the median", "above the median": the middle pay asked; not another median ("median age", "median rent"). */
const medianAsked =
  /\b(?:the|a|that|its|their) median\b(?!\s+(?:age|home|house|household|rent|price|tenure|time|growth))/i;

/** Readings of the work or the way through it, which a clause of pay asked overrides. */
const workKinds: ReadonlySet<Intent> = new Set(["responsibilities", "softSkill", "path"]);

/**
 * "what does it actually pay", "what does that pay now", "what would a xrole make", "what do xrole workers
 * even make": a clause asking what one job pays, pointed at or named (its people said after it), not what it
 * does ("what does it do and what does it pay" keeps both, read as pay with what it does beside). So is
 * "who makes more" asked of a job ("what about xrole? … who makes more"): pay weighed, not the work.
 */
const payClauseAsked =
  /\bwhat (?:does|do|would|will|could) (?:it|that|this|they|(?:an? |the )?xroles?(?: workers?| employees?| staff| people| folks)?|(?:that|this|the) (?:job|role|gig|path)) (?:actually |really |even |usually |typically |generally |realistically )?(?:pay|make|earn)\b|\bwho (?:makes|earns|gets paid) (?:more|the most|better)\b/;

/**
 * The classifier reading only what a message asks where it also tells something (`wordsOnlyTold`), if that
 * reading is confident; the whole message otherwise ("im a teacher. thoughts?" asks too little to read alone).
 */
function sceneSetAside(classifier: PipelineParts["classifier"], text: string) {
  const told = wordsOnlyTold(text);
  const questions = wordsOfQuestions(text);
  const typed = new Set(tokenize(text));
  return (masked: string[], isRealWord: (w: string) => boolean): Classification => {
    const whole = classifier.classify(masked, isRealWord);
    const asked =
      told.size === 0
        ? whole
        : classifier.classify(
            masked.filter((w) => !told.has(w)),
            isRealWord,
          );
    if (asked.confidence >= confidentAt) return asked;
    // A long message the classifier reads too little in: its questions alone, with the placeholders of
    // what it names ("…liked the controls/stats stuff. what skills do i need for ml?").
    if (whole.confidence >= confidentAt || questions.size === 0) return whole;
    const inQuestions = classifier.classify(
      masked.filter((w) => questions.has(w) || !typed.has(w)),
      isRealWord,
    );
    return inQuestions.confidence > whole.confidence ? inQuestions : whole;
  };
}

/** "that role", "these jobs": a demonstrative and a noun for a job, which point at the thread's roles. */
const pointers = new Set(["that", "this", "these", "those"]);
const jobNounsPointed = new Set(["role", "roles", "job", "jobs", "position", "positions"]);

/**
 * The masked words without the noun of a role pointed at ("is that role remote" → "is that remote") or
 * said after a role's name ("tell me about the data scientist role": the role itself, not a list of every
 * role), if any.
 */
function withoutPointedRoleNoun(masked: readonly string[]): string[] | undefined {
  const at = masked.findIndex(
    (w, i) => jobNounsPointed.has(w) && (pointers.has(masked[i - 1] ?? "") || masked[i - 1] === "xrole"),
  );
  return at < 0 ? undefined : [...masked.slice(0, at), ...masked.slice(at + 1)];
}

/** Intents that need no role but answer for one when it is named ("soft skills for ml", "what is ml"). */
const namedRoleIntents: ReadonlySet<Intent> = new Set<Intent>(["softSkill", "definition"]);

/** Words that close a message as a greeting does ("great, thank you", "ok thanks bye"). */
const closingWords = new Set(["thanks", "thank", "thx", "ty", "bye", "cheers", "goodbye", "appreciated"]);

/**
 * Whether a greeting's words stand where greetings do: a short message, a greeting opening it, or thanks or
 * goodbye closing it. A greeting's word inside other talk is no greeting ("translate 'good morning' into
 * spanish", "did the lakers win last night").
 */
const greetsInPlace = (tokens: readonly string[], greetingWords: ReadonlySet<string>) =>
  tokens.length <= 3 ||
  tokens.slice(0, 2).some((w) => greetingWords.has(w)) ||
  tokens.slice(-2).some((w) => closingWords.has(w));

/** Readings that say only that the classifier could not place the question on its own words. */
const unsureIntents: ReadonlySet<Intent> = new Set<Intent>(["offTopic", "followUp"]);

/** Words that make a text a question, or a request ("explain the edge one", "describe it"). */
const askingWords = new Set(
  "which what whats how why when where who should any can could do does is are explain describe tell show list give".split(
    " ",
  ),
);

/** Masked tokens with a title's words replaced by the role placeholder. */
function maskTitle(masked: string[], title: string): string[] {
  const words = title.split(" ");
  const start = masked.findIndex((_, i) => words.every((w, j) => masked[i + j] === w));
  if (start < 0) return masked;
  return [...masked.slice(0, start), "xrole", ...masked.slice(start + words.length)];
}

/** Words of a field's jobs, said after its short name: "ml jobs", "ai roles". */
const fieldJobWords = new Set(["job", "jobs", "role", "roles", "career", "careers", "position", "positions"]);

/** Words after a field's short name that make it a modifier ("ml models", "ml job market"), not a role. */
const fieldNouns = new Set(
  "model models system systems project projects team teams market markets trend trends job jobs research pipeline pipelines skill skills practice practices work ops infrastructure platform platforms algorithm algorithms library libraries framework frameworks tool tools field industry space adoption data code application applications product products use hype community paper papers course courses".split(
    " ",
  ),
);

/**
 * The question's tokens with each field abbreviation that stands alone ("ml", not "ml models" and not part
 * of a role name already found) spelt out ("machine learning"); undefined when there is none. A field said
 * mostly as a topic ("ai") is spelt out only in a question of pay or set against a role ("ai or devops").
 * `beforeNouns`: spell it out even before a word that makes it a modifier ("ml models"); `aboutPay`: the
 * question asks about pay; `alone`: the field's word is the whole message.
 */
function spellOutFields(
  tokens: string[],
  masked: string[],
  {
    insideName,
    beforeNouns,
    aboutPay,
    alone,
  }: { insideName: (i: number) => boolean; beforeNouns: boolean; aboutPay: boolean; alone: boolean },
): string[] | undefined {
  const left = new Set(masked);
  // Where the token at `i` stands among the masked words, where a name of several words ("data analyst")
  // is one placeholder: the same occurrence of the same word.
  const maskedAt = (i: number) => {
    const earlier = tokens.slice(0, i).filter((w) => w === tokens[i]).length;
    return masked.findIndex(
      (w, j) => w === tokens[i] && masked.slice(0, j).filter((m) => m === w).length === earlier,
    );
  };
  // Set against a role named on the other side of "or"/"vs"/"than" ("ai or devops", "data analyst or ai").
  const setAgainst = (i: number) => {
    const j = maskedAt(i);
    const before = masked.slice(0, Math.max(0, j - 1)).filter((w) => w !== "");
    return (
      j >= 0 &&
      ((comparers.has(masked[j - 1] ?? "") && before.at(-1) === "xrole") ||
        (comparers.has(masked[j + 1] ?? "") && masked[j + 2] === "xrole"))
    );
  };
  // "is ai gonna eat it": what is feared to take a job's work is no job asked about (otherwise: a CPA asking
  // the accountants' outlook got the move into Machine Learning Engineer).
  const feared = new Set(threatWordsAt(tokens));
  let changed = false;
  const out = tokens.flatMap((t, i) => {
    const full = fieldAbbreviations.get(t);
    if (
      !full ||
      !left.has(t) ||
      insideName(i) ||
      feared.has(i) ||
      (!beforeNouns && fieldNouns.has(tokens[i + 1] ?? ""))
    )
      return [t];
    // "mostly classic ml + xgboost": the kind of method used, no job.
    if (methodLeads.has(tokens[i - 1] ?? "")) return [t];
    if (topicFirstFields.has(t) && !aboutPay && !alone && !setAgainst(i)) return [t];
    changed = true;
    return full.split(" ");
  });
  return changed ? out : undefined;
}

/**
 * Whether the word at a position is part of a role's name of several words as typed: "ml" in "ml vs lead
 * ml" is the field alone once, and a word of Lead Machine Learning Engineer's name the second time (spelt
 * out there too, "lead machine learning" named no role, and the comparison lost its second side).
 */
function insideRoleName(kb: KnowledgeBase, tokens: readonly string[]): (i: number) => boolean {
  const names = kb.roleNames.findAll([...tokens], undefined, false).filter((m) => m.end - m.start > 1);
  return (i) => names.some((m) => m.start <= i && i < m.end);
}

/** Positions of the "IT" field in the spelt-out tokens: each moved by the words added before it. */
function shifted(positions: ReadonlySet<number>, before: string[]): Set<number> {
  if (positions.size === 0) return new Set();
  const added = (i: number) =>
    before.slice(0, i).reduce((n, t) => n + ((fieldAbbreviations.get(t)?.split(" ").length ?? 1) - 1), 0);
  return new Set([...positions].map((i) => i + added(i)));
}

/** The nouns of skills, after a field's short name ("ml skills"). */
const skillNouns: ReadonlySet<string> = new Set(["skill", "skills", "skillset", "skillsets"]);

/** "numbers for", "figures on", "stats for", "data on": figures asked for what follows. */
const figuresFor = /\b(?:numbers|figures|stats|statistics|data|salary data|pay data)\s+(?:for|on|about)\b/i;

/** "what about youtubers", "and zookeepers?", "ok how about tiktokers lol": a follow-up naming only a job. */
function jobWeighedNext(text: string, title: string): boolean {
  const words = text
    .toLowerCase()
    .replace(/[?!.,]/g, " ")
    .trim();
  const opener = /^(?:(?:ok(?:ay)?|so|hmm|but)\s+)?(?:what about|how about|and)\s+/.exec(words);
  const rest = words
    .slice(opener?.[0].length ?? 0)
    .replace(/\s+(?:lol|lmao|haha|then|tho|though|instead)\s*$/, "")
    .trim();
  return opener !== null && rest === title.toLowerCase();
}
