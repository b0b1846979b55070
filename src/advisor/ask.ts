/**
 * Answers a question: understands it in the light of its thread, then `answerUnderstood` tries the rules of
 * src/advisor/ask/ in a fixed order (special cases first, then one rule per intent) and says how it read it.
 */
import type { KnowledgeBase } from "../knowledge/base.js";
import type { Understanding } from "../understanding/shape/understanding.js";
import type { ConversationContext } from "../understanding/thread/conversation-state.js";
import { understanderFor } from "../understanding/understand.js";
import type { Answer, UserContext } from "./answers.js";
import { anonymousUser } from "./answers.js";
import { type Asked, bothAsked } from "./ask/both-asked.js";
import { certificationJobs } from "./ask/certification-jobs.js";
import { companyLevelSaid } from "./ask/company-level-said.js";
import { compareQuestion } from "./ask/compare-questions.js";
import { costOfLivingSaid } from "./ask/cost-of-living-said.js";
import { curatedOccupationDuties } from "./ask/curated-occupation-duties.js";
import { currencyStatedSaid } from "./ask/currency-stated.js";
import { definitionQuestion } from "./ask/definition-questions.js";
import { destinationAfterMove } from "./ask/destination-after-move.js";
import { employerSaid } from "./ask/employer-said.js";
import { easierOfWeighed, easiestInIT, easiestOfOffered, wayIntoTech } from "./ask/entry-questions.js";
import { fieldInsteadOfMove, fieldOnFromMove } from "./ask/field-instead-of-move.js";
import {
  moveFromOccupationIntoField,
  moveFromRoleIntoField,
  moveIntoField,
  moveIntoOccupationOfRoles,
} from "./ask/field-moves.js";
import { hardestOfRole } from "./ask/hardest-part.js";
import { itAcronym, itAgainstComputerScience, itFieldAgainstOccupation } from "./ask/it-questions.js";
import { leftAsideSaid } from "./ask/left-aside.js";
import { moveAnswer, moveFromOccupation } from "./ask/move-questions.js";
import { moveStartOfAKind } from "./ask/move-start-kind.js";
import {
  ambiguousName,
  ambiguousSide,
  mlAgainstAiAsked,
  moveEndUnread,
  oneRoleTwoNames,
  roleLikenedToUnreadName,
} from "./ask/name-questions.js";
import {
  occupationAsked,
  occupationOfferedAgain,
  roleBesideThreadOccupation,
  threadOccupationFollowUp,
} from "./ask/occupation-questions.js";
import { occupationAndRoleWeighed } from "./ask/occupation-role-weighed.js";
import { occupationsWeighed } from "./ask/occupations-weighed.js";
import { codeWorkDeclined, offTopicOrGuess, writingDeclined } from "./ask/off-topic-questions.js";
import { openMoveRanked } from "./ask/open-move.js";
import { optionsFromOccupation } from "./ask/options-from-occupation.js";
import { optionsThenOne } from "./ask/options-then-one.js";
import { marketQuestion, outlookQuestion } from "./ask/outlook-questions.js";
import { payByCredentialAnswer } from "./ask/pay-by-credential.js";
import { payQuestion } from "./ask/pay-questions.js";
import { payStatedAnswer } from "./ask/pay-stated.js";
import { payTermMeaning } from "./ask/pay-term-meaning.js";
import { placeAbroadSaid } from "./ask/place-abroad.js";
import { isGuessing, isUnsure, roleWordOf } from "./ask/question-reading.js";
import { rankingAsked, unmeasuredAsked } from "./ask/ranking-questions.js";
import { roleListAnswer } from "./ask/role-list-questions.js";
import { experienceSaid, fieldRoleSaid, keptRoleSaid, titleReadSaid } from "./ask/said-first.js";
import { skillQuestion, skillWithoutRole } from "./ask/skill-questions.js";
import {
  beyondTheThreadRole,
  moreOfThread,
  unsureThreadFollowUp,
  workPlaceOfRoleNamed,
} from "./ask/thread-followups.js";
import { topicQuestion } from "./ask/topic-questions.js";
import { whichRoleUnanchored } from "./ask/unanchored-questions.js";
import {
  carriedToWhichAsked,
  nothingOffered,
  nothingToRank,
  unresolvedSubject,
} from "./ask/unresolved-subject.js";
import { figuresSources } from "./general/figures-sources.js";
import { fieldAnswer } from "./general/general-answers.js";
import { countsAsItAnswer } from "./it/counts-as-it.js";
import { itFieldRoleSaid } from "./it/it-field.js";
import { withSkillsSaidKnown } from "./moves/skills-said-known.js";
import { greeting, offTopic } from "./occupations/scope.js";
import { roleRef } from "./parts/answer-parts.js";
import { roleFollowups } from "./parts/fact-answer.js";
import { figuresAnswer } from "./pay/figure-answers.js";
import { figuresCovered } from "./pay/figures-covered.js";
import { payGapAnswer } from "./pay/pay-gap.js";
import { roleTopicAnswer } from "./roles/role-topic-answer.js";
import { help } from "./roles/roles.js";
import { whatItDoesSaid } from "./roles/what-it-does-too.js";
import { contextAfter } from "./thread-context.js";

/**
 * Answers what was understood, from structured knowledge where an intent covers it, else from search. The
 * order of the rules matters: each special case is tried before the more general ones it would fall to.
 */
export function answerUnderstood(
  kb: KnowledgeBase,
  u: Understanding,
  user: UserContext = anonymousUser,
): Answer {
  // "got an offer for 82k as a data analyst, is that fair?": the amount set against the figures.
  const weighed = payStatedAnswer(kb, u);
  if (weighed) return costOfLivingSaid(weighed, u);
  // "is that before tax", "source?": the thread's last answer worked out again, and what it holds said.
  if (u.figuresAsked) {
    const { figuresAsked: asked, ...again } = u;
    const last = { ...again, intent: u.threadIntent ?? u.intent, inherited: [] };
    return figuresAnswer(kb, u, asked, answerUnderstood(kb, last, user));
  }
  const specialCase =
    // "the first one" when nothing was offered: said so, never a greeting.
    nothingOffered(kb, u) ??
    // "which one pays the most" after one job alone: which ones, asked back.
    nothingToRank(kb, u) ??
    codeWorkDeclined(u) ??
    writingDeclined(u) ??
    // "keep going", "what else can you tell me" in a thread: what else to ask of its roles.
    moreOfThread(u) ??
    // "is it worth it if i want to end up in cloud eventually" after a move: the way on from its end.
    destinationAfterMove(kb, u) ??
    // "or should i skip that and aim straight for cloud stuff" after a move: which cloud role, from its start.
    fieldInsteadOfMove(kb, u) ??
    // "and after that cloud?" after a move: which cloud role, from where the move led.
    fieldOnFromMove(kb, u) ??
    // "what jobs does comptia lead to": the roles its certifications certify.
    certificationJobs(kb, u) ??
    moveFromOccupation(kb, u, user) ??
    moveFromOccupationIntoField(kb, u) ??
    moveIntoOccupationOfRoles(kb, u) ??
    itFieldAgainstOccupation(kb, u) ??
    curatedOccupationDuties(kb, u) ??
    optionsFromOccupation(kb, u) ??
    occupationAsked(kb, u) ??
    moveFromRoleIntoField(kb, u) ??
    wayIntoTech(kb, u) ??
    easiestInIT(kb, u) ??
    itAcronym(kb, u) ??
    // "what is ctc": what the term means, before any role's figure or a question back about which role.
    payTermMeaning(kb, u) ??
    // "which companies do you have numbers for": the employers (or places) the knowledge holds pay for.
    figuresCovered(kb, u) ??
    // "where do your salary numbers come from": the advisor's sources as a whole.
    figuresSources(kb, u) ??
    // "is that considered IT?" after a sysadmin question: the role against the advisor's own reading of IT.
    countsAsItAnswer(kb, u) ??
    itAgainstComputerScience(kb, u) ??
    rankingAsked(kb, u) ??
    // "what's the best paid role i could move into" from the job held: its next roles ranked.
    openMoveRanked(kb, u) ??
    unmeasuredAsked(kb, u) ??
    // "is cissp worth it for pay": pay by certification or skill, which no source measures, said first.
    payByCredentialAnswer(kb, u) ??
    skillWithoutRole(kb, u) ??
    // "why is frontend so much lower" after a pay comparison: the two figures, and what the sources say of why.
    payGapAnswer(kb, u) ??
    moveIntoField(kb, u, user) ??
    hardestOfRole(kb, u) ??
    beyondTheThreadRole(kb, u) ??
    workPlaceOfRoleNamed(kb, u);
  if (specialCase) return specialCase;
  const { intent } = u;
  // "thanks" after an answer about a role: what else to ask about that role.
  if (intent === "greeting")
    return greeting(u.text, u.threadRoles[0] ? roleFollowups(u.threadRoles[0]) : undefined);
  if (intent === "help") return help();
  if (intent === "roleList") return roleListAnswer(kb, u, user);
  const guessing = isGuessing(u);
  const unsure = isUnsure(u, guessing);
  const namesOrThread =
    oneRoleTwoNames(kb, u) ??
    mlAgainstAiAsked(kb, u) ??
    roleLikenedToUnreadName(kb, u) ??
    moveEndUnread(kb, u) ??
    ambiguousName(u) ??
    ambiguousSide(u) ??
    // "analyst on my team wants to become a data scientist": which analyst the move starts from.
    moveStartOfAKind(kb, u, user) ??
    // "which pays more" after truck drivers were asked back as heavy or light, "which one has more openings"
    // after one occupation then another: the occupations side by side, before asking back which one.
    occupationsWeighed(kb, u) ??
    occupationOfferedAgain(kb, u, unsure) ??
    // "which one has more openings" after a move from nursing into data analyst: both, side by side.
    occupationAndRoleWeighed(kb, u) ??
    threadOccupationFollowUp(kb, u) ??
    roleBesideThreadOccupation(kb, u) ??
    easiestOfOffered(kb, u) ??
    easierOfWeighed(kb, u) ??
    // "what from my job would even count" after roles weighed as options for the job held: which move.
    carriedToWhichAsked(kb, u) ??
    // "are they in demand?" after an occupation not covered, "the top one, outlook?" with no list: asked back.
    (u.ranking ? undefined : unresolvedSubject(kb, u, user)) ??
    whichRoleUnanchored(kb, u, user) ??
    unsureThreadFollowUp(kb, u, unsure);
  if (namesOrThread) return namesOrThread;
  if (intent === "offTopic" || guessing) return offTopicOrGuess(kb, u, guessing);

  switch (intent) {
    case "salary":
    case "totalComp":
    case "payRanking":
    case "payCompare":
      return costOfLivingSaid(payQuestion(kb, u, user, intent), u);
    case "skills":
    case "tools":
    case "softSkill":
      return skillQuestion(kb, u, user, intent);
    case "education":
    case "experience":
    case "industries":
    case "responsibilities":
    case "path":
    case "gettingStarted":
      return topicQuestion(kb, u, user, intent);
    case "outlook":
      return outlookQuestion(kb, u);
    case "gap":
      return withSkillsSaidKnown(moveAnswer(kb, u, user), u.skillsKnown);
    case "compare":
    case "common":
      return compareQuestion(kb, u, user, intent);
    case "market":
    case "roleRanking":
      return marketQuestion(kb, u);
    case "trend":
      return fieldAnswer(kb, u.text, "trend", roleWordOf(u));
    case "bestPractice":
      return fieldAnswer(kb, u.text, "best-practice", roleWordOf(u));
    case "challenge":
      return fieldAnswer(kb, u.text, "challenge", roleWordOf(u));
    case "definition":
      return definitionQuestion(kb, u);
    case "followUp":
      return u.roles[0] ? roleTopicAnswer(kb, u.text, u.roles[0], "responsibilities") : offTopic();
  }
}

/**
 * Understands a message in the light of its conversation, answers it, and says what the conversation is
 * now about: one question, or two of different kinds asked in turn ("how much do they make? and do u need
 * a degree for it"), each answered (ask/both-asked.ts).
 */
export function ask(
  kb: KnowledgeBase,
  question: string,
  options: { context?: ConversationContext; user?: UserContext } = {},
): Asked {
  const whole = askAlone(kb, question, options);
  const alone = (part: string, context: ConversationContext | undefined) =>
    askAlone(kb, part, { ...(context ? { context } : {}), ...(options.user ? { user: options.user } : {}) });
  const spelt = (typed: string) => understanderFor(kb).spelt(typed);
  return (
    optionsThenOne(question, whole, options.context, alone) ??
    bothAsked(question, whole, options.context, alone, spelt) ??
    whole
  );
}

/** Understands one question in the light of its conversation, answers it, and says what the conversation is now about. */
function askAlone(
  kb: KnowledgeBase,
  question: string,
  options: { context?: ConversationContext; user?: UserContext },
): Asked {
  const understanding = understanderFor(kb).understand(question, options.context);
  const answered = leftAsideSaid(
    currencyStatedSaid(
      placeAbroadSaid(
        experienceSaid(
          kb,
          companyLevelSaid(
            kb,
            itFieldRoleSaid(
              keptRoleSaid(
                fieldRoleSaid(
                  kb,
                  whatItDoesSaid(
                    kb,
                    employerSaid(
                      kb,
                      titleReadSaid(kb, answerUnderstood(kb, understanding, options.user), understanding),
                      understanding,
                    ),
                    understanding,
                  ),
                  understanding,
                ),
                understanding,
              ),
              understanding,
            ),
            understanding,
          ),
          understanding,
        ),
        understanding,
      ),
      understanding,
    ),
    understanding.text,
  );
  // An answer that picked one role of those asked about ("which one should i start with") says so itself.
  const answer =
    answered.kind === "answer" && understanding.roles.length > 0 && !answered.about
      ? { ...answered, about: understanding.roles.map(roleRef) }
      : answered;
  const previous = options.context ?? { roles: [] };
  const kept = {
    ...previous,
    // A level named anew replaces the one with no figures along with the nearest one it stood for.
    ...(understanding.level
      ? { level: understanding.level, unlistedLevel: understanding.unlistedLevel }
      : {}),
    ...(understanding.place ? { place: understanding.place } : {}),
    // "and in austin?" after pay in seattle: the place left, for "which one pays more" to weigh the two.
    ...(understanding.place && previous.place && understanding.place !== previous.place
      ? { placeBefore: previous.place }
      : {}),
  };
  return { answer, understanding, context: contextAfter(answer, kept, understanding) };
}

/** Answers one question on its own, with no conversation before it. */
export function answerQuestion(
  kb: KnowledgeBase,
  question: string,
  user: UserContext = anonymousUser,
): Answer {
  return ask(kb, question, { user }).answer;
}
