import type { KnowledgeBase } from "../../knowledge/base.js";
import type { Entities } from "../entities/entities.js";
import type { Classification } from "../intent/classifier.js";
import type { Understanding } from "../shape/understanding.js";
import type { ConversationContext } from "../thread/conversation-state.js";
import type { ThreadPick } from "../thread/thread-pick.js";
import * as afterMove from "./after-move.js";
import * as careerPath from "./career-path.js";
import { understandingOf } from "./carried.js";
import * as comparisons from "./comparisons.js";
import { applyRuling, firstDecision, type ThreadRule } from "./decision.js";
import * as employers from "./employers.js";
import { everydaySubject, homeOrGearSubject } from "./everyday.js";
import { frameDropped } from "./frame-dropped.js";
import * as itField from "./it-field.js";
import * as learning from "./learning.js";
import * as moves from "./moves.js";
import { movesWeighed } from "./moves-weighed.js";
import * as outlook from "./outlook.js";
import * as pay from "./pay.js";
import * as picks from "./picks.js";
import { readThread } from "./reading.js";
import { sidesOf } from "./roles.js";
import * as timeAndEffort from "./time-and-effort.js";
import { wayFromStartIntoThreadRole } from "./way-from-start.js";
import * as work from "./work.js";

/*
 * The thread rules in the order they apply: each reads the intent so far and may set another, so a later
 * rule overrides an earlier one (the rules for moves come after those for pay: "makes 70k, should i move to
 * sre" is the move). Each rule lives in the file of its kind, beside the words it reads.
 */
const rules: readonly ThreadRule[] = [
  picks.pickAfterPay,
  picks.topicAfterPick,
  picks.sideOfComparisonPicked,
  picks.topicOfPickAfterBoth,
  picks.movePickedFromStart,
  picks.sidePickedForComparison,
  pay.payRange,
  pay.rangeOfRoleNamed,
  pay.payOfRoleJobs,
  pay.payWordAlone,
  pay.payCeiling,
  pay.topEndOfRolePay,
  pay.payStated,
  pay.payNationwide,
  pay.shownPayInPlace,
  pay.payRemote,
  pay.placeAgainstUs,
  pay.oneRolePaidMoreInPlace,
  pay.payAgainstExpected,
  pay.oneComparedRoleNarrowed,
  pay.roleAtEmployer,
  pay.roleAtEmployersSetAgainst,
  pay.figuresAtEmployer,
  pay.roughFigureOfRole,
  employers.payAtEmployersOfThread,
  employers.payAskedAtEmployer,
  picks.topicPickedForAskBack,
  learning.skillsNotSoft,
  learning.skillsInRoleHeld,
  learning.certificatesAsked,
  work.roleNamedAlone,
  work.whatItIsAsked,
  work.roleAsBothTogether,
  pay.onlyPayOfOneRole,
  work.dayToDay,
  work.workOfOneRole,
  work.dutyOfThreadRole,
  work.workLifeOfNoRole,
  work.workLifeOfOccupation,
  work.opinionOfThreadRoles,
  picks.offeredWeighed,
  pay.nextStepsPaidAgainstHeld,
  picks.setWeighed,
  careerPath.nextStepAsked,
  careerPath.waysIntoThreadRole,
  careerPath.wayInJudgedOfThreadRole,
  pay.payGuessed,
  pay.paysEnoughOfOne,
  pay.payAgainstMarket,
  picks.payOfPickAlone,
  pay.earningAsked,
  pay.moreAfterPay,
  pay.levelAfterPay,
  pay.employerLevelAfterPay,
  pay.levelAgainstThreadLevel,
  employers.threadEmployersWeighed,
  pay.threadPlacesWeighed,
  pay.payGapOfThreadRoles,
  pay.payGapAgainWithDetail,
  pay.payGapAfterPay,
  pay.payGapBesideOccupation,
  pay.budgetForRole,
  pay.costMoreThanOther,
  pay.payOfferedToRole,
  pay.startingPay,
  pay.payInPhrase,
  pay.officialFiguresOfJobs,
  pay.payByCostOfLiving,
  comparisons.whichOfBothJudged,
  comparisons.schoolingOfBoth,
  itField.fieldOrRole,
  itField.rolePayAgainstField,
  itField.fieldStudiedAsked,
  comparisons.setAgainstThreadRole,
  comparisons.fitsAmongThreadRoles,
  comparisons.rolesSetAgainst,
  comparisons.dutiesSetAgainst,
  comparisons.noPayInComparison,
  pay.rolesSetAgainstByPay,
  pay.payOfRolesSetAgainst,
  pay.sameRoleElsewhere,
  pay.sameRoleSaidElsewhere,
  pay.threadRoleElsewhere,
  pay.namedRoleThere,
  comparisons.payAndGrowthSetAgainst,
  comparisons.apartAndPaySetAgainst,
  comparisons.jobsOfRolesSetAgainst,
  comparisons.pickSetAgainstThreadRole,
  // After the rules that compare roles set against each other: weighed by an opinion of the work, each one's work.
  work.opinionOfRolesNamed,
  timeAndEffort.effortOfBecoming,
  timeAndEffort.wayInBesideWork,
  timeAndEffort.makingItAsked,
  timeAndEffort.timeIntoThreadRole,
  timeAndEffort.entryEffortOfThreadRole,
  timeAndEffort.newcomerIntoOneRole,
  timeAndEffort.needsOfBecoming,
  timeAndEffort.roadmapOfRole,
  timeAndEffort.becomingThreadRole,
  timeAndEffort.wayIntoOneRole,
  picks.listedItemAsked,
  work.moreDetail,
  comparisons.sharedOrApart,
  comparisons.measureOfBoth,
  comparisons.whichOfCompared,
  comparisons.choiceBetweenThreadRoles,
  pay.yearsIntoPay,
  outlook.growthNotPay,
  outlook.growthAskedAsTerm,
  outlook.prospectsAsScope,
  outlook.worthOfOneRole,
  outlook.worthOfNamedRole,
  outlook.worthOfThreadRole,
  outlook.careerJudgedOfJobHeld,
  moves.moveWeighed,
  moves.moveIntoThreadRole,
  moves.moveNotCompared,
  moves.moveNotListed,
  moves.moveBecomingOrSuiting,
  moves.moveOffered,
  moves.moveEndOffered,
  moves.moveEndWeighed,
  moves.movePayChange,
  moves.movePayWithMore,
  moves.learnForMove,
  moves.moveNotFieldTopic,
  moves.occupationIntoRole,
  itField.occupationIntoTech,
  moves.moveFromThreadOccupation,
  moves.moveStartOffered,
  itField.moveFromField,
  itField.moveWithFieldSide,
  moves.moveFromThreadRole,
  picks.movePickedFromThreadRole,
  picks.namedRoleIntoPick,
  moves.payChangeFromThreadRole,
  moves.leavingThreadRole,
  moves.moveStartOnly,
  moves.moveTargetStillAsked,
  moves.moveTargetNamed,
  moves.otherEndOfMove,
  moves.moveOnFromEnd,
  moves.stepTowardMoveEnd,
  moves.stepBesideOccupationMoveEnd,
  learning.learnNextInThread,
  afterMove.moveAskedAbout,
  afterMove.pathOnFromMoveEnd,
  afterMove.gapOfMoveThere,
  afterMove.kindToLearnAfterOccupationMove,
  afterMove.learnForThreadMoveEnd,
  afterMove.lackForPickedMoveEnd,
  afterMove.carriedOverAfterMove,
  afterMove.drawbacksOfMove,
  afterMove.sizeOfMove,
  afterMove.workAfterMove,
  comparisons.payBesideThreadRole,
  comparisons.payRiseBesideThreadRole,
  comparisons.ownPayBesideThreadRole,
  afterMove.moveReversed,
  afterMove.payAfterMove,
  afterMove.ownPayAgainstMoveEnd,
  afterMove.startPayAgainstMove,
  afterMove.startSetAgainstMove,
  afterMove.moveStartSaid,
  afterMove.moveStartCorrected,
  afterMove.payThereAfterMove,
  afterMove.employerPayAfterMove,
  afterMove.intoOneAskedAbout,
  afterMove.intoOnePay,
  afterMove.credentialsForMove,
  moves.moveToOptions,
  moves.openMoveWithoutRole,
  afterMove.startingPayAfterMove,
  afterMove.firstYearAfterMove,
  outlook.growthOfThreadRole,
  outlook.hiredAtAll,
  outlook.hardToHireOfRole,
  outlook.openingsCountedOfThreadRole,
  moves.moveFromNamedToThread,
  moves.namedSwitchingToThreadRole,
  moves.stayingAgainstThreadRole,
  moves.occupationLeftForThreadRole,
  moves.moveIntoOneRole,
  outlook.goodTimeForRole,
  outlook.longTermOfRole,
  outlook.longTermOfRolesSetAgainst,
  outlook.hypeOfOneRole,
  outlook.layoffsOfOneRole,
  outlook.howItGoesForRole,
  outlook.demandOfOneRole,
  outlook.marketOfThreadSubject,
  outlook.threatToRole,
  outlook.horizonOfThreadOutlook,
  outlook.whyOfThreadOutlook,
  careerPath.topOfThreadLadder,
  learning.schoolingOfThreadRole,
  // After schooling asked of the thread's role: experience asked beside the degree is the way in.
  timeAndEffort.experienceAndDegree,
  // After the degree weighed for a role: "with a masters?" after its pay is that pay, not its schooling.
  pay.degreeIntoPay,
  pay.payAskedAfterSchoolingSaid,
  learning.listedSkillsRanked,
  learning.listedSkillsHeldByRole,
  careerPath.rungOfRole,
  careerPath.stepSkipped,
  careerPath.stepBeforeRole,
  careerPath.deadEndOfRole,
  moves.moveIntoAmbiguous,
  comparisons.sameJobOrNot,
  comparisons.optionsSetApart,
  comparisons.fallbackWeighed,
  comparisons.optionsBetterToGo,
  comparisons.betterAimThanThreadRole,
  comparisons.paidMoreThanThreadRole,
  movesWeighed,
  careerPath.nextFromJobsHeld,
  learning.skillsScreenedFor,
  learning.skillsWanted,
  learning.skillsToLearnFirst,
  learning.learnFirstAmongThreadRoles,
  timeAndEffort.becomingEachOfThreadRoles,
  // After the way into each of two roles: words of moving between them are the move from one to the other.
  moves.moveBetweenThreadRoles,
  // After every reading of the way into a role: asked by someone who holds another job, the move from it.
  wayFromStartIntoThreadRole,
  moves.intoTechFromThreadOccupation,
  frameDropped,
  moves.moveToItself,
  // "whats the step in between" after a move asks of that move, however its words lean.
  moves.stepBetweenOfThreadMove,
  // Last: a meal, the weather or a film asked about with no job named is off topic, whatever was guessed;
  // where to live or what gear to buy is off topic however surely it was read.
  everydaySubject,
  homeOrGearSubject,
];

/**
 * Combines what the question says with what the thread already established: reads the question in its
 * thread, applies the rules in order, then takes the roles and what pay is asked of from the thread.
 * `pick`: what the question, as a reply, picks among what the thread offered (`reply-to-ask-back.ts`).
 */
export function resolve(
  kb: KnowledgeBase,
  text: string,
  e: Entities,
  c: Classification,
  context: ConversationContext | undefined,
  pick: ThreadPick | undefined,
): Understanding {
  const reading = readThread(kb, text, e, c, context, pick);
  const decision = firstDecision(reading);
  for (const rule of rules) {
    const ruling = rule(reading, decision);
    if (ruling) applyRuling(reading, decision, rule, ruling);
  }
  return understandingOf(reading, decision, sidesOf(reading, decision));
}
