import { contrastWords } from "../words/contrast-words.js";
import { earnVerbs } from "../words/topic-words.js";
import { isFieldCompound, nearlyIn, titleWords } from "./field-compounds.js";
import { articles, copulas, type ItAt } from "./it-at.js";

/*
 * Rules on "it" followed by a word of the field ("it support", "it jobs"), against a pronoun's verb ("does it
 * support python"): who leads, what follows, and whether a pronoun could stand there.
 */

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
export const verbAfter = (tokens: string[], at: number) =>
  adverbs.has(tokens[at] ?? "") ? (tokens[at + 1] ?? "") : (tokens[at] ?? "");

/** Verbs of earning that "it" can be the subject of: "whats it pay", "what's it make". */
const earningVerbs = new Set([...earnVerbs, "pay", "pays"]);

/** Question words that ask a figure of a subject: "whats it pay", "how much it make". */
const figureLeads = new Set("whats what wats wat hows how much muchs".split(" "));

/** Words that judge a line of work right after its name: "is it support stressful", "in demand", "worth it". */
const judgements = new Set(
  "stressful hard difficult easy boring fun worth worthwhile good bad dying dead safe stable saturated growing paid in".split(
    " ",
  ),
);

/**
 * "whats it pay" in a thread about a role: "pay" is the verb and "it" the thread's role, as in "what does it
 * pay"; "whats it pay like" too. "whats it pay for a fresher" still asks of the role.
 */
export const earningOfThreadRole = ({ tokens, i, before, after, threadHasRole }: ItAt) =>
  threadHasRole &&
  figureLeads.has(before) &&
  earningVerbs.has(after) &&
  !isFieldCompound(tokens[i + 2] ?? "");

/** "what does an it systems analyst do", "the it department": no pronoun follows an article. */
export const afterArticle = ({ before, after }: ItAt) => articles.has(before) && after !== "";

/**
 * "get into the hospital's it side", "the building's facilities it side": "side" after "it" with an
 * article up to three words before (the workplace named between, its "'s" gone with the tokens) is the
 * field's side of that workplace; a pronoun's "side" is a verb or "side by side"
 * ("put it side by side"), which neither leads.
 */
export const sideOfWorkplace = ({ tokens, i, after }: ItAt) =>
  after === "side" &&
  tokens[i + 2] !== "by" &&
  tokens.slice(Math.max(0, i - 3), i).some((w) => articles.has(w));

/**
 * "is it help desk a good job", "how much does it help desk make": "help desk" is one noun, which a pronoun's
 * verb "help" never runs into.
 */
export const helpDeskAfter = ({ tokens, i, after }: ItAt) => after === "help" && tokens[i + 2] === "desk";

/** "it support salary", "what it jobs pay": a word of the field after "it" where no verb of a pronoun leads. */
export const compoundWithoutPronounLead = ({ before, after }: ItAt) =>
  isFieldCompound(after) && !pronounLeads.has(before);

/**
 * "how much do it support people earn", "i do it support": a pronoun "it" takes "does", and "do it" ends
 * where a word of the field follows.
 */
export const compoundAfterDo = ({ before, after }: ItAt) => isFieldCompound(after) && before === "do";

/** Who does a job: said before "does" ("he does it support"), a pronoun "it" after it asks a question. */
const doers = new Set(["i", "he", "she", "they", "we", "who", "hes", "shes"]);
/** Words after a job done that say where or how long ("does it support at a hospital", "for a school"). */
const doneWhere = new Set(["at", "for", "since", "full", "part"]);

/**
 * "my nephew does it support at a hospital", "she did it support for 3 years": "it support" done by
 * someone, as a job. "does it support python?" asks of a pronoun: no one before "does", nothing of where
 * after it.
 */
export const compoundDoneByPerson = ({ tokens, i, before, after }: ItAt) =>
  isFieldCompound(after) &&
  (before === "does" || before === "did" || before === "doing") &&
  (doers.has(tokens[i - 2] ?? "") || doneWhere.has(tokens[i + 2] ?? ""));

/** "how much does it support make", "what does it support actually do": "it support" is the subject. */
export const compoundAsSubject = ({ tokens, i, after }: ItAt) =>
  isFieldCompound(after) && subjectVerbs.has(verbAfter(tokens, i + 2));

/** "would it support specialist be a step up": a job title ends the words, which no pronoun runs into. */
export const compoundBeforeJobHead = ({ tokens, i, after }: ItAt) =>
  isFieldCompound(after) && jobHead(tokens[i + 2] ?? "");

/**
 * "is it support or help desk better paid": "it support" set against another name. Not an IT title's word
 * after a job, in the thread or the question: "is it sales or engineering?" after a sales engineer asks of
 * that job, and "sales" or "business" set against another word is what a pronoun is asked to be.
 */
export const compoundContrasted = ({ tokens, i, after, threadHasRole, jobBefore }: ItAt) =>
  isFieldCompound(after) &&
  contrastWords.has(tokens[i + 2] ?? "") &&
  !(nearlyIn(titleWords, after) && (threadHasRole || jobBefore(i)));

/** "is it support a good career": a pronoun there would be "is it a support role". */
export const compoundThenArticle = ({ tokens, i, before, after }: ItAt) =>
  isFieldCompound(after) && copulas.has(before) && articles.has(tokens[i + 2] ?? "");

/**
 * "is it support stressful", "is it security in demand": with no role for a pronoun, in the thread or named
 * before it ("i love security. is it stressful"), "is it" and a word of the field judged asks of the
 * field's job ("is it manager track" keeps the pronoun).
 */
export const compoundJudged = ({ tokens, i, before, after, threadHasRole, jobBefore }: ItAt) =>
  isFieldCompound(after) &&
  copulas.has(before) &&
  !threadHasRole &&
  judgements.has(tokens[i + 2] ?? "") &&
  !jobBefore(i);
