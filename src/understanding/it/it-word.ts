import { editDistance, tokenize } from "../../knowledge/core/text.js";
import { choiceWords, contrastWords, versusWords } from "../words/contrast-words.js";
import { moveWords } from "../words/entity-words.js";
import { jobNouns, oneOrMany } from "../words/job-nouns.js";
import { asksScope } from "../words/question-asks.js";
import { threatAsked } from "../words/timing-words.js";
import { asksCertificates, credentialWords, earnVerbs, payNouns } from "../words/topic-words.js";

/**
 * "IT" the field (information technology) against "it" the pronoun. Lower case loses the difference, so it
 * is read from the case the person typed and from the words around it: "whats IT support pay", "it manager
 * salary" and "best paid jobs in it" name the field; "does it support python?" and "how much does it pay?"
 * lean on the thread.
 */

/**
 * The heads of O*NET's IT titles ("it auditor", "it trainer", "it recruiter", "it intern"), and the words
 * that begin the rest ("it business analyst", "it systems administrator"): no pronoun is followed by a job
 * title, and without them "it auditor" was read as the auditor alone (Accountants and Auditors), "it
 * trainer" as an animal trainer and "it business analyst" as a management analyst. Many are also a line of
 * work or a quality of one ("sales", "business", "systems"), which a pronoun can be asked about ("is it sales
 * or engineering?"), so they make the field only where a pronoun cannot stand (see `compoundContrasted`).
 */
const titleWords = new Set(
  "auditor auditors trainer trainers instructor instructors recruiter recruiters recruiting intern interns internship internships analyst analysts architect architects engineer engineers coordinator coordinators supervisor supervisors officer officers contractor contractors sales infrastructure networking business systems pm pms".split(
    " ",
  ),
);

/** Words that make "it" in front of them the field: "it support", "it director", "it jobs", "it salary", "it certs", and IT's titles. */
const fieldCompounds = new Set([
  ..."support helpdesk help desk director directors manager managers management department dept team teams admin admins administrator administrators specialist specialists technician technicians tech techs job jobs role roles career careers industry sector field professional professionals pro pros staff worker workers consultant consultants consulting security project projects person people ppl folks guy guys lead leads head operations ops services service".split(
    " ",
  ),
  // "salary of it fresher in india", "it grads": those new to the field's jobs.
  ..."fresher freshers grad grads graduate graduates".split(" "),
  ...titleWords,
  ...payNouns,
  ...credentialWords,
]);

/** A word of `words`, or a typo of a longer one: one letter off in five or more ("suport", "secialist"). */
function nearlyIn(words: ReadonlySet<string>, word: string): boolean {
  if (words.has(word)) return true;
  if (word.length < 5) return false;
  for (const w of words) if (w.length >= 5 && editDistance(word, w, 1) <= 1) return true;
  return false;
}

/** A field compound, or a typo of a longer one ("it suport"). */
export const isFieldCompound = (word: string) => nearlyIn(fieldCompounds, word);

/** Words before "it" that make it a pronoun whatever follows: "does it support", "is it manager track". */
const pronounLeads = new Set(
  "is does do did can could will would should was isnt doesnt make makes made get gets got keep keeps call find think".split(
    " ",
  ),
);

/**
 * A verb of earning or doing right after "it <word of the field>" makes "it support" the subject, whatever
 * comes before: "how much does it support make", "what does it support do", against "does it support python".
 * So does a bare "be": "would it support be a good move" asks of IT support, where a pronoun's verb "support"
 * would take an object ("would it support python").
 */
const subjectVerbs = new Set([
  ...earnVerbs,
  "pay",
  "pays",
  "do",
  "need",
  "needs",
  "involve",
  "require",
  "be",
]);

/** Words that end a job title: "would it support specialist be a step up" names the role, not a pronoun. */
const jobHeads = new Set(
  "specialist specialists technician technicians engineer engineers analyst analysts tech techs manager managers director directors administrator administrators".split(
    " ",
  ),
);

/** A word ending a job title, or one letter off one ("secialist"). */
const jobHead = (word: string) => nearlyIn(jobHeads, word);

/** Adverbs that may stand between a subject and its verb: "what does it support actually do". */
const adverbs = new Set(["actually", "really", "usually", "typically", "normally", "even", "generally"]);

/** The word at `at`, or the one after it when `at` holds an adverb. */
const verbAfter = (tokens: string[], at: number) =>
  adverbs.has(tokens[at] ?? "") ? (tokens[at + 1] ?? "") : (tokens[at] ?? "");

/** Verbs of earning that "it" can be the subject of: "whats it pay", "what's it make". */
const earningVerbs = new Set([...earnVerbs, "pay", "pays"]);

/** Question words that ask a figure of a subject: "whats it pay", "how much it make". */
const figureLeads = new Set("whats what wats wat hows how much muchs".split(" "));

/** Words no pronoun follows: "an it systems analyst" is one of IT's. */
const articles = new Set(["a", "an", "the"]);

/**
 * Verbs of being before "it <word of the field> a …": "is it support a good career" asks what "it support"
 * is; a pronoun there would be "is it a support role".
 */
const copulas = new Set(["is", "isnt", "was"]);

/** Nouns of a line of work: "is it a good field", "is it a good career path". */
const fieldNounList = "field career industry sector path".split(" ");
const fieldNouns = new Set(fieldNounList);

/** Words that go on to say what a dummy "it" stands for: "is it a good career to become a dba". */
const dummyTails = new Set("become becoming be being as learn learning".split(" "));

/**
 * Whether the words from `at` judge a field or career ("a good field", "a solid career path", "still a good
 * industry") and do not go on to name what is judged.
 */
function fieldJudged(tokens: string[], at: number): boolean {
  const rest = tokens.slice(at);
  const noun = rest.findIndex((w) => fieldNouns.has(w));
  if (noun < 1 || noun > 4 || !rest.slice(0, noun).some((w) => articles.has(w))) return false;
  return !rest.slice(noun + 1).some((w) => dummyTails.has(w));
}

/** Words that judge a line of work right after its name: "is it support stressful", "in demand", "worth it". */
const judgements = new Set(
  "stressful hard difficult easy boring fun worth worthwhile good bad dying dead safe stable saturated growing paid in".split(
    " ",
  ),
);

/** Words before "in it" / "into it" that make the "it" the field: "jobs in it", "a career in it". */
const fieldHolders = new Set([
  ...oneOrMany(jobNouns),
  ..."work working opening openings people professionals future living".split(" "),
  // "a degree in it", "masters in it": a subject studied is the field.
  ..."degree degrees diploma course courses major masters bachelors".split(" "),
  ...payNouns,
]);

/** Verbs of getting in: "break into it", "get into it", "should i go into it". */
const entryVerbs = new Set(["break", "breaking", "get", "getting", "go", "going"]);

/** Verbs of changing line of work: "switching to it", "moving into it", "switched to it". */
const switchVerbs = new Set([...moveWords, "switched"]);

/** Verbs of studying: "should i study it or computer science". */
const studyVerbs = new Set(["study", "studying", "major", "majoring"]);

/** Words after the start of a move that say where it leads: "from it to devops". */
const leadsOn = new Set(["to", "into", "towards"]);

/** Verbs of counting a thing as something: "considered it", "counts as it", "classed as it". */
const countingVerbs = new Set("considered count counts counted classed classified".split(" "));

/** Whether the "it" at `i` is what a thing is counted as or asked to be part of: "is it part of it". */
function countedAs(tokens: string[], i: number): boolean {
  const before = tokens[i - 1] ?? "";
  const twoBefore = tokens[i - 2] ?? "";
  // "is devops considered it", "is it considered it"; not "i considered it", where "it" is what was weighed.
  if (before === "considered") return tokens.slice(0, i - 1).some((w) => copulas.has(w) || w === "are");
  if (before === "as") return countingVerbs.has(twoBefore);
  // "is it part of it", "are dbas part of it": asked whether a thing is; "the toughest part of it" is the
  // thread's role.
  const asksWhether = copulas.has(tokens[0] ?? "") || tokens[0] === "are";
  return asksWhether && before === "of" && twoBefore === "part";
}

/** Titles that "of it" completes: "director of it", "head of it". */
const ofHolders = new Set(["director", "head", "vp", "manager", "chief"]);

/**
 * "is IT still a good field to get into", "is IT worth going into", "should i go into IT?": whether the field
 * is worth entering, which is its future (its roles' growth), with the usual way in said beside it. Not
 * "should i get into IT with no degree", which asks a way in.
 */
export const asksFieldWorthEntering = (question: string) =>
  // "is comptia a+ still worth it": a certificate's worth, not the field's.
  !asksCertificates(question) &&
  /\b(?:good|worth|worthwhile|smart|wise)\b[^.?!]*\b(?:get|getting|go|going|break|breaking)\s+into\b|\bstill (?:a |an )?(?:good|viable)\b|\bshould (?:i|we|u|you)\s+(?:really\s+|even\s+)?(?:get|go|break|move)\s+into\s+(?:IT|information technology)\b(?!\s+\w)/i.test(
    question,
  );

/**
 * "is IT a good field", "is it a decent career path" (no thread, read as the field): the field judged as a
 * line of work, which is whether it is worth entering.
 */
const fieldJudgedAsWork = new RegExp(
  String.raw`\b(?:is|isnt|isn't)\s+it\s+(?:still\s+)?an?\s+(?:\w+\s+){1,2}(?:${fieldNounList.join("|")})\b`,
  "i",
);

/**
 * "is IT a dying field", "will AI replace IT", "or is it saturated": the field's future, in words of decline;
 * "what is the scope of IT for freshers": its prospects, in Indian English.
 */
export const asksFieldFuture = (question: string) =>
  fieldJudgedAsWork.test(question) ||
  /\b(dying|dead|die|future|replace|replaced|replacing|automated|safe|stable|declining|saturated|oversaturated)\b/i.test(
    question,
  ) ||
  asksScope(question) ||
  asksFieldWorthEntering(question) ||
  // "is IT going away bc of ai": something feared to take the field's work.
  threatAsked(question) !== undefined;

/** "it" as a word of its own, in any case: the n-th one is the n-th token "it" of the question. */
const itWord = /(?<![\p{L}\p{N}'’])it(?![\p{L}\p{N}'’])/giu;

/** Whether the person typed "IT" in capitals in a question that is not all capitals. */
function capitalised(raw: string, occurrence: number): boolean {
  if (!/[a-z]/.test(raw)) return false;
  const found = [...raw.matchAll(itWord)][occurrence];
  return found?.[0] === "IT";
}

/** One "it" of a question, as the rules below read it. */
interface ItAt {
  raw: string;
  tokens: string[];
  /** Its position among the tokens. */
  i: number;
  /** Which "it" of the question it is, the first being 0. */
  occurrence: number;
  before: string;
  after: string;
  /** Whether the thread holds a role, which a pronoun "it" can stand for. */
  threadHasRole: boolean;
  /**
   * Whether a job stands before position `at`, an occupation held in the thread or a job the question names
   * before it, which a pronoun "it" there can stand for as it can for a thread's role.
   */
  jobBefore: (at: number) => boolean;
}

/** A rule on one "it": whether it applies, and what "it" then is. */
type ItRule = [applies: (at: ItAt) => boolean, isField: boolean];

/** "whats IT support pay": what the person typed in capitals is the field. */
const typedInCapitals = ({ raw, occurrence }: ItAt) => capitalised(raw, occurrence);

/**
 * "whats it pay" in a thread about a role: "pay" is the verb and "it" the thread's role, as in "what does it
 * pay"; "whats it pay like" too. "whats it pay for a fresher" still asks of the role.
 */
const earningOfThreadRole = ({ tokens, i, before, after, threadHasRole }: ItAt) =>
  threadHasRole &&
  figureLeads.has(before) &&
  earningVerbs.has(after) &&
  !isFieldCompound(tokens[i + 2] ?? "");

/** "what does an it systems analyst do", "the it department": no pronoun follows an article. */
const afterArticle = ({ before, after }: ItAt) => articles.has(before) && after !== "";

/**
 * "is it help desk a good job", "how much does it help desk make": "help desk" is one noun, which a pronoun's
 * verb "help" never runs into.
 */
const helpDeskAfter = ({ tokens, i, after }: ItAt) => after === "help" && tokens[i + 2] === "desk";

/** "it support salary", "what it jobs pay": a word of the field after "it" where no verb of a pronoun leads. */
const compoundWithoutPronounLead = ({ before, after }: ItAt) =>
  isFieldCompound(after) && !pronounLeads.has(before);

/**
 * "how much do it support people earn", "i do it support": a pronoun "it" takes "does", and "do it" ends
 * where a word of the field follows.
 */
const compoundAfterDo = ({ before, after }: ItAt) => isFieldCompound(after) && before === "do";

/** "how much does it support make", "what does it support actually do": "it support" is the subject. */
const compoundAsSubject = ({ tokens, i, after }: ItAt) =>
  isFieldCompound(after) && subjectVerbs.has(verbAfter(tokens, i + 2));

/** "would it support specialist be a step up": a job title ends the words, which no pronoun runs into. */
const compoundBeforeJobHead = ({ tokens, i, after }: ItAt) =>
  isFieldCompound(after) && jobHead(tokens[i + 2] ?? "");

/**
 * "is it support or help desk better paid": "it support" set against another name. Not an IT title's word
 * after a job, in the thread or the question: "is it sales or engineering?" after a sales engineer asks of
 * that job, and "sales" or "business" set against another word is what a pronoun is asked to be.
 */
const compoundContrasted = ({ tokens, i, after, threadHasRole, jobBefore }: ItAt) =>
  isFieldCompound(after) &&
  contrastWords.has(tokens[i + 2] ?? "") &&
  !(nearlyIn(titleWords, after) && (threadHasRole || jobBefore(i)));

/** "is it support a good career": a pronoun there would be "is it a support role". */
const compoundThenArticle = ({ tokens, i, before, after }: ItAt) =>
  isFieldCompound(after) && copulas.has(before) && articles.has(tokens[i + 2] ?? "");

/**
 * "is it support stressful", "is it security in demand": with no role for a pronoun, in the thread or named
 * before it ("i love security. is it stressful"), "is it" and a word of the field judged asks of the
 * field's job ("is it manager track" keeps the pronoun).
 */
const compoundJudged = ({ tokens, i, before, after, threadHasRole, jobBefore }: ItAt) =>
  isFieldCompound(after) &&
  copulas.has(before) &&
  !threadHasRole &&
  judgements.has(tokens[i + 2] ?? "") &&
  !jobBefore(i);

/** "director of it", "head of it": a title that "of it" completes. */
const titleOfIt = ({ tokens, i, before }: ItAt) => before === "of" && ofHolders.has(tokens[i - 2] ?? "");

/**
 * "is it considered it", "is it part of it", "does that count as it": what a thing is counted as or part of
 * is the field, whatever the thread; the thread's role is what the question asks it of.
 */
const countedAsIt = ({ tokens, i }: ItAt) => countedAs(tokens, i);

/** "jobs in it", "a career in it", "a degree in it": with no thread role for a pronoun, what is held in the field. */
const heldInIt = ({ tokens, i, before, threadHasRole }: ItAt) =>
  !threadHasRole && (before === "in" || before === "into") && fieldHolders.has(tokens[i - 2] ?? "");

/**
 * "what certs should i get for it", "tell me abt it": with no thread role for a pronoun, "it" ending the
 * question is the field.
 */
const endingQuestion = ({ before, after, threadHasRole }: ItAt) =>
  !threadHasRole && (before === "for" || before === "in" || before === "about") && after === "";

/**
 * "is it a good field", "is it a good career path to get into": with no role for a pronoun, in the thread or
 * named before it ("i want to be a nurse. is it a good field?"), a field or career judged is IT's. Not where
 * the sentence goes on to say what "it" stands for ("is it a good career to become a dba").
 */
const fieldOrCareerJudged = ({ tokens, i, before, threadHasRole, jobBefore }: ItAt) =>
  !threadHasRole && copulas.has(before) && fieldJudged(tokens, i + 1) && !jobBefore(i);

/** "how do i break into it with no degree": with no thread role for a pronoun, getting in is into the field. */
const enteredInto = ({ tokens, i, before, threadHasRole }: ItAt) =>
  !threadHasRole && before === "into" && entryVerbs.has(tokens[i - 2] ?? "");

/**
 * "thinking of switching to it, is it worth it", "should i study it or computer science": with no thread
 * role for a pronoun, a line of work changed to, or a subject weighed against another, is the field.
 */
const switchedToOrStudied = ({ tokens, i, before, after, threadHasRole }: ItAt) =>
  !threadHasRole &&
  (((before === "to" || before === "into") && switchVerbs.has(tokens[i - 2] ?? "")) ||
    (studyVerbs.has(before) && choiceWords.has(after)));

/**
 * "it vs software dev", "it or data science?", "from it to devops": with no thread role for a pronoun, "it"
 * opening a comparison or a choice, or starting a move to somewhere named, is one of its sides, the field.
 */
const sideOfChoiceOrMove = ({ before, after, threadHasRole }: ItAt) =>
  !threadHasRole && ((before === "" && choiceWords.has(after)) || (before === "from" && leadsOn.has(after)));

/**
 * Words that may open a message before a pronoun "it" with nothing yet named for it to stand for: who is
 * asking and what they want ("my son wants to study it", "i might be leaving it for nursing").
 */
const openingWords = new Set(
  "i im me my mine we our u you ur he she they his her their son sons daughter daughters kid kids child children cousin brother sister mum mom mother dad father wife husband gf bf partner friend friends nephew niece stepson stepdaughter grandson granddaughter grandkid grandkids s m wants want wanted wanna planning plans plan thinking considering hoping trying going gonna to of about should shall could would can will might may do does did am is are was been be really also just honestly so and but ok okay hey hi".split(
    " ",
  ),
);

/** Whether only words that name nothing stand before position `i`, so a pronoun there would stand for nothing. */
const nothingNamedBefore = (tokens: readonly string[], i: number, alsoOpening?: ReadonlySet<string>) =>
  tokens.slice(0, i).every((w) => openingWords.has(w) || alsoOpening?.has(w));

/** Words that report or ask what is said of it, naming nothing it could be: "everyone says it is dying". */
const sayingWords = new Set(
  "what whats says say said saying heard hear think thinks everyone people someone lol".split(" "),
);

/**
 * "my son wants to study it", "i might be leaving it for nursing": a subject studied or a line of work
 * left, with nothing named before it that a pronoun could stand for, is the field. Not "i like python,
 * should i study it", where it is python.
 */
const studiedOrLeft = ({ tokens, i, before, after, threadHasRole }: ItAt) =>
  !threadHasRole &&
  nothingNamedBefore(tokens, i - 1) &&
  (studyVerbs.has(before) || (leaveVerbs.has(before) && (after === "for" || after === "to")));

/** Verbs of leaving a line of work: "leaving it for nursing". */
const leaveVerbs = new Set("leave leaving left quit quitting".split(" "));

/**
 * Words before "in it" that say someone is or works there: "my gf is in it", "been in it 12 years", "could i
 * hack it in it".
 */
const beingIn = new Set(
  "is am im are was were been be being work works working worked started starting stay stayed staying it".split(
    " ",
  ),
);

/**
 * "my gf is in it and makes 70k", "been in it 12 years, want out", "could i hack it in it without maths":
 * with no role in the thread or named before, someone being or working in it is in the field.
 */
const someoneInIt = ({ tokens, i, before, threadHasRole, jobBefore }: ItAt) =>
  !threadHasRole && before === "in" && beingIn.has(tokens[i - 2] ?? "") && !jobBefore(i);

/** "between", or one letter off it ("betwen"). */
const betweenWord = new Set(["between"]);

/**
 * "what's the difference between it and computer science": with no role in the thread or named before, one
 * side of a difference set between two is the field.
 */
const betweenItAnd = ({ before, after, threadHasRole, jobBefore, i }: ItAt) =>
  !threadHasRole && nearlyIn(betweenWord, before) && after === "and" && !jobBefore(i);

/**
 * "nurse to it worth it?", "from data analyst to it": with no role in the thread, where a move from a job or
 * from somewhere leads is the field. Not "a nurse used to it", where no move is said.
 */
const movedTo = ({ tokens, i, before, threadHasRole, jobBefore }: ItAt) =>
  !threadHasRole &&
  (before === "to" || before === "into") &&
  (tokens.slice(0, i - 1).includes("from") || (jobBefore(i - 1) && !jobBefore(i - 2)));

/**
 * "how hard is it to go from it to this": a move from "it" to the thread's role ("this", "that") starts
 * elsewhere, in the field, whatever the thread.
 */
const fromItToThread = ({ tokens, i, before, after }: ItAt) =>
  before === "from" && leadsOn.has(after) && ["this", "that", "there"].includes(tokens[i + 2] ?? "");

/** "vs it?" after a software engineer's pay: no pronoun is set against its own thread's role. */
const afterVersus = ({ before }: ItAt) => versusWords.has(before);

/**
 * "which is more it", "is either of them it", "it is it?": "it" said as what something is, after "more", of
 * a group, or of "it" itself, ends the question; no pronoun stands there ("is that it?" is left to mean "is
 * that all").
 */
const saidToBeIt = ({ tokens, i, before, after }: ItAt) =>
  after === "" &&
  (["more", "less", "them", "both"].includes(before) ||
    (before === "is" && tokens[i - 2] === "it") ||
    (before === "it" && ["is", "was", "isnt"].includes(tokens[i - 2] ?? "")));

/** Verbs of containing: "does it include database admins?". */
const containVerbs = new Set("include includes cover covers encompass contain contains".split(" "));

/**
 * "does it include database admins?", "what does it even stand for": with no role in the thread or named
 * before, what contains roles, or is short for something, is the field.
 */
const containsOrStandsFor = ({ tokens, i, threadHasRole, jobBefore }: ItAt) => {
  const verb = verbAfter(tokens, i + 1);
  return (
    !threadHasRole &&
    (containVerbs.has(verb) || verb === "stand" || verb === "stands") &&
    !jobBefore(i) &&
    // "what is cloud computing, does it include devops?": it is what was named before it.
    nothingNamedBefore(tokens, i, sayingWords)
  );
};

/** "what is the scope of it in us for freshers": with no thread role, the scope of it is the field's prospects. */
const scopeOfIt = ({ tokens, i, before, threadHasRole }: ItAt) =>
  !threadHasRole && before === "of" && tokens[i - 2] === "scope";

/** Words of a field's decline: "is it dying", "says it is dying". */
const declineWords = new Set("dying dead saturated oversaturated declining doomed".split(" "));

/**
 * "is it dying lol", "<@U123> says it is dying": with no role in the thread or named before, what is said to
 * be dying is the field, the only thing a question to a careers advisor can mean by it.
 */
const saidToDecline = ({ tokens, i, after, threadHasRole, jobBefore }: ItAt) =>
  !threadHasRole &&
  (declineWords.has(after) || ((after === "is" || after === "s") && declineWords.has(tokens[i + 2] ?? ""))) &&
  !jobBefore(i) &&
  // "cobol, is it dead?", "i want to learn kubernetes but is it dying": it is what was named before it.
  nothingNamedBefore(tokens, i, sayingWords);

/** The rules on one "it" in the order they apply: the first that applies says what it is; none, the pronoun. */
const itRules: readonly ItRule[] = [
  [typedInCapitals, true],
  [earningOfThreadRole, false],
  [afterArticle, true],
  [helpDeskAfter, true],
  [compoundWithoutPronounLead, true],
  [compoundAfterDo, true],
  [compoundAsSubject, true],
  [compoundBeforeJobHead, true],
  [compoundContrasted, true],
  [compoundThenArticle, true],
  [compoundJudged, true],
  [titleOfIt, true],
  [countedAsIt, true],
  [heldInIt, true],
  [endingQuestion, true],
  [fieldOrCareerJudged, true],
  [enteredInto, true],
  [switchedToOrStudied, true],
  [sideOfChoiceOrMove, true],
  [studiedOrLeft, true],
  [someoneInIt, true],
  [betweenItAnd, true],
  [movedTo, true],
  [fromItToThread, true],
  [afterVersus, true],
  [saidToBeIt, true],
  [containsOrStandsFor, true],
  [scopeOfIt, true],
  [saidToDecline, true],
];

/**
 * The positions of `tokens` (the question's words as tokenized from `raw`) where "it" is the field.
 * `threadHasRole`: in a thread about a role, a lower-case "in it" at the end is that role, not the field.
 * `jobBefore`: whether a job stands before a position, held in the thread as an occupation or named in the
 * question ("i love data science. is it a good field?"), which a pronoun "it" there can stand for; asked
 * only where that decides.
 */
export function itFieldPositions(
  raw: string,
  tokens: string[],
  threadHasRole: boolean,
  jobBefore: (at: number) => boolean = () => false,
): Set<number> {
  const positions = new Set<number>();
  let occurrence = -1;
  tokens.forEach((token, i) => {
    if (token !== "it") return;
    occurrence++;
    const at: ItAt = {
      raw,
      tokens,
      i,
      occurrence,
      before: tokens[i - 1] ?? "",
      after: tokens[i + 1] ?? "",
      threadHasRole,
      jobBefore,
    };
    if (itRules.find(([applies]) => applies(at))?.[1]) positions.add(i);
  });
  return positions;
}

/**
 * The question in lower case with each "it" that is the field written "IT": "is that an it job" becomes "is
 * that an IT job", "is that it?" stays as it is. A pattern that asks for capital "IT" then finds the field
 * as this file reads it, never the pronoun.
 */
export function fieldWrittenIT(raw: string, threadHasRole: boolean): string {
  const tokens = tokenize(raw);
  const field = itFieldPositions(raw, tokens, threadHasRole);
  const isField = tokens.flatMap((t, i) => (t === "it" ? [field.has(i)] : []));
  let occurrence = -1;
  return raw.toLowerCase().replace(itWord, (it) => {
    occurrence++;
    return isField[occurrence] ? "IT" : it;
  });
}
