/**
 * Occupations the knowledge has no role file for ("nurse", "plumber"): asked about, set against roles or
 * other occupations, followed up in their thread, or asked back among those a question back offered.
 */
import type { KnowledgeBase } from "../../knowledge/base.js";
import type { Role } from "../../knowledge/core/schema.js";
import { roleThatIs } from "../../knowledge/role-that-is.js";
import { namedJobs } from "../../understanding/entities/entities.js";
import {
  type Intent,
  pairIntents,
  payIntents,
  roleIntents,
  skillIntents,
} from "../../understanding/intent/intents.js";
import type { Understanding } from "../../understanding/shape/understanding.js";
import { occupationsOnTopic, toOccupationOnTopic } from "../../understanding/steps/occupation-move.js";
import { secondQuestionStarts } from "../../understanding/text/second-question.js";
import { opensOnJobHeld, saysHeld } from "../../understanding/thread/held-occupation.js";
import { marketGrowthAsked } from "../../understanding/thread-rules/words.js";
import { asksHowLong, asksOpenMove, intoTechWords } from "../../understanding/words/question-asks.js";
import { threatAsked } from "../../understanding/words/timing-words.js";
import { asksOpenings, declineWords, payWords, wordsPattern } from "../../understanding/words/topic-words.js";
import type { Answer, OccupationAnswer } from "../answers.js";
import {
  becomingIntents,
  becomingOccupation,
  pathAsWayIn,
  waysIntoTech,
  waysIntoTechFromTitle,
} from "../getting-in/entry.js";
import {
  answerOccupation,
  type Counterpart,
  clarify,
  occupationCounterpart,
  occupationSocs,
  roleCounterpart,
  roleCounterpartAt,
  unresolvedCounterpart,
} from "../occupations/scope.js";
import { nothingOnWorkLife } from "../occupations/unheld-of-work.js";
import { employmentFirst, outlookFirst } from "../outlook/occupation-outlook.js";
import { alias } from "../parts/answer-parts.js";
import { withArticle } from "../parts/fact-answer.js";
import { payComparison } from "../pay/pay-comparison.js";
import { compareRoles } from "../roles/compare.js";
import { unheldOfWork } from "../roles/work-life.js";
import { whichOccupation, whichOther } from "./ask-back.js";
import { choiceFitsHolder } from "./options-from-occupation.js";
import { contrastAsked, namesNoJob, placeAsked } from "./question-reading.js";
import { saidFirst } from "./said-first.js";

/** The employers and kinds of employer a pay question named, for an occupation's answer to say it has no figures for them. */
const employersOf = (u: Understanding): { employers?: string[] } => {
  const named = [...(u.company ? [u.company] : []), ...(u.otherCompanies ?? []), ...(u.companyKinds ?? [])];
  return named.length ? { employers: named } : {};
};

/**
 * The other sides of a comparison with an occupation: every curated role named ("swe vs mle vs
 * accountant"), then every other occupation named, each with its official median where it stands for one
 * official occupation, else a word on why not ("nurse vs teacher").
 */
function comparedWith(
  kb: KnowledgeBase,
  roles: readonly Role[],
  others: readonly Understanding["entities"]["uncovered"][number][],
  level: string | undefined,
): Counterpart[] {
  return [
    ...roles.map(roleCounterpartAt(kb, level)),
    ...others.map((o) => {
      const socs = occupationSocs(kb, o);
      const one = socs.length === 1 && socs[0] ? occupationCounterpart(kb, socs[0], o.typed) : undefined;
      return one ?? unresolvedCounterpart(kb, o.typed, socs);
    }),
  ];
}

/**
 * A question about an occupation or a title no role holds, with its official figures. A covered role named
 * beside an uncovered one is what the question is about ("how can an ML engineer work with product
 * managers"), unless the question needs both (a comparison) or starts from it: then not this.
 */
export function occupationAsked(kb: KnowledgeBase, u: Understanding): Answer | undefined {
  const e = u.entities;
  const q = u.text;
  const intent = u.intent;
  const uncovered = e.uncovered[0];
  // "software engineer thinking about becoming a teacher, whats the salary hit": a move from the role to
  // the occupation, asked on pay or outlook, is the two set side by side, as a comparison is.
  const moveOnTopic = toOccupationOnTopic(u);
  const aboutCovered = u.roles[0] !== undefined && !pairIntents.has(intent) && !moveOnTopic;
  if (!((uncovered || e.unknownTitle) && !aboutCovered)) return undefined;
  if (uncovered && choiceBetweenRoles(u, uncovered.typed)) return undefined;
  // "data scientist vs bookkeeper", "nurses or dentists": the answer names what it was set against.
  // "vs plumber?" after "electrician salary": set against the occupation the thread is about.
  // So is one compared in words ("how does that compare to what i make as a nurse manager" after an IT
  // director's pay), named as an occupation or as a title read as one.
  const oneNamed = e.uncovered.length === 1 || (e.uncovered.length === 0 && e.unknownTitle !== undefined);
  // Not where the message names its other side itself ("plumber vs data analyst" after hvac techs' pay).
  const againstThread =
    u.threadOccupation &&
    oneNamed &&
    e.roles.length === 0 &&
    (contrastAsked.test(q) || comparingAsked.test(q))
      ? occupationCounterpart(kb, u.threadOccupation)
      : undefined;
  // "vs staying an electrician" after a move from electrician into IT support: staying in the occupation,
  // set against where the thread's move led. So "and compared to what accountants make?" after a move from
  // accountant into data science, and "vs plumbers?" after an SRE's pay: the occupation named beside the
  // thread's roles, as "accountant vs data scientist" sets them in one message.
  // "im a diesel mechanic, how big a jump is that from what i make" after a software engineer's pay: the
  // occupation the asker holds, with how far pay goes from it, is set against the thread's roles too.
  const jumpFromHeld =
    uncovered !== undefined && payRiseAsked.test(q) && saysHeld(q, uncovered.typed) && payIntents.has(intent);
  const againstThreadRoles =
    !againstThread &&
    (contrastAsked.test(q) || comparingAsked.test(q) || jumpFromHeld) &&
    e.roles.length === 0 &&
    e.uncovered.length === 1 &&
    !e.unread &&
    u.threadRoles.length > 0
      ? u.threadRoles.map(roleCounterpart)
      : undefined;
  // A word on the other side of "vs" that names nothing is said to have no figures, never dropped.
  const unread = e.unread ? [unresolvedCounterpart(kb, e.unread, [])] : [];
  const counterpart = againstThread
    ? [againstThread]
    : againstThreadRoles
      ? againstThreadRoles
      : pairIntents.has(intent) || e.unread || moveOnTopic || occupationsWeighed(kb, u)
        ? [
            ...comparedWith(kb, u.roles, e.uncovered.slice(1), payIntents.has(intent) ? e.level : undefined),
            ...unread,
          ]
        : undefined;
  const place = placeAsked(kb, u);
  // "pay for a junior web dev": the level asked has no figures of its own, said first as for a curated role.
  const level =
    e.level && payIntents.has(intent) ? kb.knowledge.levels.find((l) => l.id === e.level)?.name : undefined;
  // "is being a nurse stressful", not "nurse here (burnt out), how big a pay cut": asked of the work,
  // read as its duties or, where the words lean to the job market ("is it operations stressful"), outlook,
  // or as nothing else ("what are the hours like for nurses"). In a message of several questions ("what
  // does a pharmacist earn, is it remote, and how stressful is it") the card answers them all, so what it
  // holds nothing on is said whatever the reading.
  const workAsked = intent === "responsibilities" || intent === "outlook" || intent === "offTopic";
  const severalAsked = secondQuestionStarts(q).some((p) => !p.whichOfChoice);
  const unheldAsked = workAsked || severalAsked ? unheldOfWork(q) : {};
  const answer = answerOccupation(kb, {
    typed: uncovered?.typed ?? e.unknownTitle ?? q,
    ...(uncovered ? { occupation: uncovered.occupation } : {}),
    ...(uncovered?.official ? { official: uncovered.official } : {}),
    ...(counterpart?.length ? { comparedWith: counterpart } : {}),
    ...(place ? { place } : {}),
    ...(level ? { level } : {}),
    ...employersOf(u),
    ...(dutiesAskedOf(u) ? { dutiesAsked: true } : {}),
    ...unheldAsked,
    ...(u.perHour ? { perHour: true } : {}),
    ...(u.serviceLeft ? { serviceLeft: u.serviceLeft } : {}),
  });
  // "devops vs sre vs platform engineer": an occupation with no figures beside two roles leaves the roles
  // compared (or their pay), saying first that it is not covered.
  const rolesCompared =
    u.roles.length < 2
      ? undefined
      : intent === "compare"
        ? compareRoles(kb, u.roles.slice(0, 3))
        : intent === "payCompare"
          ? payComparison(kb, u.roles)
          : undefined;
  if (answer.kind === "out-of-scope" && rolesCompared)
    return saidFirst(
      rolesCompared,
      `I don't cover ${answer.occupation ?? "that"} yet, so they are left out.`,
    );
  // "out of IT into HR", "leaving IT for nursing": IT the field covers several roles, so no one role's pay
  // is set beside the occupation's; said first, with how to name the one held.
  const leavesIt = e.itSide === "from" && e.roles.length === 0 && e.toOccupation === true;
  const itLeft = answer.kind === "occupation" && leavesIt;
  const said = itLeft ? withItLeft(answer) : answer;
  // "i'm a nurse, wanna get into tech": a move from the occupation whose role is not chosen yet.
  // "how to become an IT manager": the way into the occupation, not out of it.
  if (said.kind === "occupation" && e.toOccupation && becomingIntents.has(intent))
    return becomingOccupation(said);
  // "nurse to teacher": a move to another occupation named is no move into tech, whose ways in would lead.
  // "truck driver pay? thinking leave IT": a move out of IT into a title of several occupations is no move
  // into tech either; which occupation is asked back, as the title alone asks.
  // "leaving tech to teach math" leads out of tech in the same way.
  const intoTech = intent === "gap" && !u.to && e.uncovered.length < 2 && !leavesIt && !e.techLeft;
  if (said.kind === "occupation" && intoTech) return waysIntoTech(kb, said);
  // "i'm a teacher, thinking about getting into tech": a title of several occupations, asked back which,
  // holds no figures the move needs; the ways into tech answer it.
  const ofSeveral = said.kind === "clarify" && uncovered !== undefined && e.roles.length === 0;
  const ways = ofSeveral && intoTech ? waysIntoTechFromTitle(kb, uncovered.typed) : undefined;
  if (ways) return ways;
  // "is being a nurse stressful", read as outlook: what no source holds is said first, not the outlook.
  const lifeAsked = unheldAsked.workLife !== undefined;
  const answered = threatUnmeasured(asksPayIn(q) || lifeAsked ? said : ledByTopic(said, intent, q), q);
  return notTheSameJob(answered, u);
}

/**
 * "what do actuaries do", "what does an occupational therapist do": the work of the occupation asked, which
 * the official figures hold nothing on, said first (otherwise: its figures alone, as if they answered it).
 * Not the job's name alone ("plumber?"), read as its duties too, which asks for whatever is held on it.
 */
const dutiesAskedOf = (u: Understanding) =>
  u.intent === "responsibilities" &&
  u.entities.uncovered.length + (u.entities.unknownTitle ? 1 : 0) === 1 &&
  u.entities.masked.some((w) => w !== "" && !/^x[a-z]+$/.test(w));

/**
 * "is that the same thing as", "different from", "the difference between", "what's the difference": two jobs
 * likened (not their pay, which "the pay difference between" or "the difference in pay" asks).
 */
const likened =
  /\bsame (?:thing |job |role )?as\b|\bdifferent (?:from|than|to)\b|(?<!\b(?:pay|salary|wage|income) )\bdifference\b(?! in (?:pay|salary|wages?|income)\b)/i;

/**
 * "my boss says im basically a project management specialist, is that the same thing as a product
 * manager": an official occupation likened to a curated role not filed under it is another job, said first,
 * with what the role does (the official layer holds no duties for the occupation, so its figures follow);
 * otherwise the card read as if it answered only which of the two pays more.
 */
function notTheSameJob(answer: Answer, u: Understanding): Answer {
  const [role, ...more] = u.roles;
  if (answer.kind !== "occupation" || !role || more.length > 0 || !likened.test(u.text)) return answer;
  if (u.entities.uncovered.length !== 1 || role.onet.some((code) => code.startsWith(answer.soc)))
    return answer;
  const said = `Not the same job: ${answer.title} (SOC ${answer.soc}) is an official US occupation, and ${role.name} a role of its own, not counted in it. What ${withArticle(role.name)} does: ${role.summary} The official figures hold no duties for ${answer.title}; what they hold is below.`;
  return { ...answer, matchNote: answer.matchNote ? `${said} ${answer.matchNote}` : said };
}

/**
 * "been driving trucks 11 yrs. network admin or security analyst, which one is easier to get into", "im a
 * pastor, which pays more: data analyst or it support": roles set side by side and one of them asked for,
 * by someone who says the occupation is theirs, ask the roles' comparison; the occupation held is who asks
 * (otherwise: the occupation's card, the roles' medians only beside it). Without a word that picks one
 * ("im a nurse, data analyst or it support?"), or with one asked of what suits the one asking ("which is
 * realistic w/o going back to school"), the options stay weighed from the occupation.
 */
/** "which one is easier to get into", "which pays more": one of the roles asked for by what sets them apart. */
const whichOnMeasure = /\bwhich\b.*\b(?:easier|harder|quicker|faster|simpler|pays?|paid|earns?|makes?)\b/i;

/**
 * "is ml harder to break into than data analyst", "does qa pay more than frontend": one role set above the
 * other by what sets them apart, with "than", as "which is harder" asks. Not where the occupation is the
 * other side ("… pay more than nursing"), which the occupation's card answers.
 */
function measuredAgainst(text: string, typed: string): boolean {
  const than =
    /\b(?:easier|harder|quicker|faster|simpler|better|worse|more|less|higher|lower)\b[^.?!]*?\bthan\b([^.?!]*)/i.exec(
      text,
    );
  return than !== null && !(than[1] ?? "").toLowerCase().includes(typed.toLowerCase());
}

function choiceBetweenRoles(u: Understanding, typed: string): boolean {
  const measured = whichOnMeasure.test(u.text) || measuredAgainst(u.text, typed);
  return (
    u.roles.length >= 2 &&
    pairIntents.has(u.intent) &&
    u.entities.uncovered.length === 1 &&
    ((measured && (saysHeld(u.text, typed) || opensOnJobHeld(u.text, typed))) ||
      choiceFitsHolder(u.text, typed))
  );
}

/**
 * "whats the outlook for accountants, is ai gonna eat it?": no source measures how much of an occupation's
 * work something may take over, said first; BLS's projection in the answer is the nearest the figures come
 * (otherwise read as a move into Machine Learning Engineer), as it is said for a curated role.
 */
function threatUnmeasured(answer: Answer, question: string): Answer {
  const threat = threatAsked(question);
  if (!threat || answer.kind !== "occupation") return answer;
  const line = `No source measures how much of the work of ${answer.title.toLowerCase()} ${threat} may take over; BLS's projected employment change below is the nearest the figures come.`;
  return { ...answer, matchNote: answer.matchNote ? `${line} ${answer.matchNote}` : line };
}

/**
 * "lpn to rn, pay and outlook": two occupations moved between or weighed on pay or outlook, set side by
 * side; not one named twice ("im a nurse, what do rns make"), which has one set of figures.
 */
function occupationsWeighed(kb: KnowledgeBase, u: Understanding): boolean {
  if (!occupationsOnTopic(u)) return false;
  const [first, second] = u.entities.uncovered.map((o) => occupationSocs(kb, o));
  return first !== undefined && second !== undefined && !first.some((soc) => second.includes(soc));
}

/**
 * How far pay goes from what the asker makes: "how big a jump", "how much more", "the pay difference", "a
 * step up from what i make" (not "jump ship", "jump in", nor a difference in the work).
 */
const payRiseAsked =
  /\b(?:how much more|(?:big|bigger|much of|huge|large) (?:a |of a )?(?:jump|bump|step up|raise)|(?:pay|salary|money) (?:jump|bump|raise|difference|gap)|(?:the|a) (?:jump|bump|step up|raise) (?:from|over|compared)|(?:from|than|over|vs) what i(?:'m| am)? (?:make|making|earn|earning|get paid))\b/i;

/** "how does that compare to nurses": a comparison asked with the verb, its other side the thread's. */
const comparingAsked = /\b(?:compare|compares|comparison)\b/i;

/** Whether a question has a word of pay, in any form ("salary", "make", "paid"). */
const asksPayIn = (question: string) =>
  question
    .toLowerCase()
    .split(/\W+/)
    .some((w) => payWords.has(w));

/** The occupation a move out of IT leads to, with the IT side said to need its role named. */
function withItLeft(answer: OccupationAnswer): OccupationAnswer {
  const line =
    "IT covers several roles, so no one IT role's pay is set beside these: name the one you are in (“from it support to …”) to see both side by side.";
  return { ...answer, matchNote: answer.matchNote ? `${line} ${answer.matchNote}` : line };
}

/** "how long to get there" after "truck drivers" was asked back: which of those occupations, again. */
export function occupationOfferedAgain(
  kb: KnowledgeBase,
  u: Understanding,
  unsure: boolean,
): Answer | undefined {
  // "how big a pay cut" after "software engineer to teaching" was asked back: the role the thread set
  // beside it is no answer to which teacher.
  return u.offeredOccupations &&
    (u.roles.length === 0 || u.inherited.includes("roles")) &&
    namesNoJob(u) &&
    (roleIntents.has(u.intent) || unsure)
    ? whichOccupation(kb, u.offeredOccupations)
    : undefined;
}

/**
 * A follow-up about the occupation the thread is on ("is it growing?", "what do they need to start?"):
 * its official answer again, which holds pay, outlook and entry requirements alike.
 * So is one that only changes the place or level ("what about in seattle", "entry level?"): the same
 * national figures, saying first that there are none for that place or level.
 */
export function threadOccupationFollowUp(kb: KnowledgeBase, u: Understanding): Answer | undefined {
  const e = u.entities;
  const intent = u.intent;
  // After "actuary vs data scientist", the role it was set against stays beside it ("which pays more").
  const againstRoles = u.inherited.includes("roles") ? u.roles : [];
  // "what about at google" after "plumber salary": the same figures, saying first there are none by employer.
  const employerOnly =
    payIntents.has(intent) &&
    namesNoJob({ ...u, entities: { ...e, company: undefined, employers: [], companyKinds: [] } });
  // "im a nurse, thinking of data analyst or it support" then "which pays more": the occupation is where
  // the person starts, and the question picks between the roles offered, answered as theirs.
  const choosingBetweenRoles = u.threadRoles.length >= 2;
  // "what skills would i need" after "accountant vs data analyst": the occupation has no skills list, so
  // the skills asked are the role's set beside it, where the move would lead.
  const roleSkillsAsked = skillIntents.has(intent) && againstRoles.length === 1;
  if (
    !(
      u.threadOccupation &&
      !choosingBetweenRoles &&
      !roleSkillsAsked &&
      (namesNoJob(u) || employerOnly) &&
      roleIntents.has(intent) &&
      u.roles.length === againstRoles.length
    )
  )
    return undefined;
  const place = placeAsked(kb, u);
  const level = e.level ? kb.knowledge.levels.find((l) => l.id === e.level)?.name : undefined;
  // After "plumbers" then "vs electricians?", the occupation set beside stays beside it too.
  const besideOne = u.besideOccupation ? occupationCounterpart(kb, u.besideOccupation) : undefined;
  const comparedWith = [...againstRoles.map(roleCounterpart), ...(besideOne ? [besideOne] : [])];
  const answer = answerOccupation(kb, {
    typed: u.threadOccupation,
    official: [u.threadOccupation],
    ...(comparedWith.length ? { comparedWith } : {}),
    ...(place ? { place } : {}),
    ...(level ? { level } : {}),
    ...employersOf(u),
    ...(intent === "responsibilities" ? { dutiesAsked: true } : {}),
    // "is it stressful?", "is it remote? and what are the hours like": what the figures hold nothing on.
    ...(intent === "responsibilities" || secondQuestionStarts(u.text).some((p) => !p.whichOfChoice)
      ? unheldOfWork(u.text)
      : {}),
    ...(u.perHour ? { perHour: true } : {}),
  });
  // "how long would that take" after a move into the occupation: led by BLS's way into it. Not "pay
  // starting out", which asks its pay.
  const asksPay = asksPayIn(u.text);
  // "what can i move into" after "im a nurse": a move out of it, its end open, which the ways into tech
  // answer; after "im a web developer", read as a curated role's occupation, the moves from that role.
  // "she want to go into tech, which of the roles is closest to what she does now": the ways into tech.
  if (answer.kind === "occupation" && intent === "gap" && intoTechWords.test(u.text))
    return waysIntoTech(kb, answer);
  if (answer.kind === "occupation" && intent === "gap" && asksOpenMove(u.text)) {
    const soc = u.threadOccupation;
    const naming = kb.knowledge.roles.filter((r) => r.onet.some((c) => c.startsWith(soc)));
    const role = roleThatIs(kb, soc) ?? (naming.length === 1 ? naming[0] : undefined);
    if (role) return whichOther(kb, "gap", role, undefined, true);
    if (naming.length > 1)
      return clarify(
        "Which of these roles do you hold now? Pick one to see where it leads, or name it in your question:",
        naming.slice(0, 5).map((r) => `path ${alias(r)}`),
        naming.slice(0, 5).map((r) => r.id),
      );
    return waysIntoTech(kb, answer);
  }
  const becoming = (becomingIntents.has(intent) || asksHowLong(u.text)) && !asksPay;
  // "and is it stressful" after its figures: only what they hold nothing on is asked, said so plainly.
  const onlyUnheld = workLifeOnly(
    u,
    answer,
    comparedWith.length > 0 || place !== undefined || level !== undefined,
  );
  if (answer.kind === "occupation" && onlyUnheld && !asksPay && !becoming)
    return nothingOnWorkLife(answer, onlyUnheld, u.text);
  // "how many openings per year for that": its outlook first, whatever "per year" leads the classifier to.
  if (answer.kind === "occupation" && asksOpenings(u.text) && !answer.comparedRoles?.length)
    return outlookFirst(answer);
  if (answer.kind === "occupation" && becoming) return becomingOccupation(answer);
  return asksPay ? answer : ledByTopic(answer, intent, u.text);
}

/**
 * What a follow-up on the thread's occupation asks that its figures hold nothing on ("is it stressful", "how
 * are the hours"), where that is all it asks: no pay, market, employer, place or level, no second question.
 */
function workLifeOnly(u: Understanding, answer: Answer, narrowed: boolean): string | undefined {
  const { workLife } = unheldOfWork(u.text);
  if (!workLife || answer.kind !== "occupation" || narrowed) return undefined;
  const another = secondQuestionStarts(u.text).some((p) => !p.whichOfChoice);
  // "is it worth the stress": the stress weighed against what the job gives, whose figures answer it.
  const weighed = /\bworth\b/i.test(u.text);
  const elseAsked =
    weighed || marketAsked(u.text) || asksOpenings(u.text) || payIntents.has(u.intent) || u.intent === "gap";
  return another || elseAsked || employersOf(u).employers ? undefined : workLife;
}

/** How many hold a job, asked: "how many electricians are there", "number of nurses in the us". */
const headcountAsked =
  /\bhow many\b(?!.*\b(?:years?|yrs?|hours?|hrs?|openings?|jobs? open|certs?|degrees?|days?|weeks?|months?)\b).*\b(?:are there|exist|in the (?:us|u\.s\.|country)|work(?:ing)? as|employed)\b|\bnumber of\b.*\b(?:in the (?:us|country)|employed|working)\b/i;

/** Words of a job market's growth or decline: "growing or shrinking?", "is it in demand", "outlook?". */
const marketAsked = (question: string) =>
  marketGrowthAsked(question) || wordsPattern(declineWords).test(question);

/**
 * An occupation's answer led by the topic asked of it, where pay is not: its outlook where its market is
 * asked ("growing or shrinking?"; not "nurse looking at tech jobs", read as outlook too), unless set beside
 * another whose growth the answer weighs already; or, asked as its path ("what do ppl usually do before
 * becoming one"), the way in BLS gives.
 */
function ledByTopic(answer: Answer, intent: Intent, question: string): Answer {
  if (answer.kind !== "occupation") return answer;
  const beside = answer.comparedRoles !== undefined || answer.comparedOccupation !== undefined;
  // "how many electricians are there (and is it growing)": the count said first, the growth before it if asked.
  const counted = !beside && headcountAsked.test(question) ? employmentFirst(answer) : answer;
  if (intent === "outlook" && !beside && marketAsked(question)) return outlookFirst(counted);
  if (counted !== answer) return counted;
  return intent === "path" ? pathAsWayIn(answer) : answer;
}

/** Staying where one is, set against a move: "or stay put", "vs staying", "or just keep doing this". */
const stayingWeighed =
  /\b(?:or|vs\.?|versus|than)\s+(?:should i\s+|just\s+)?(?:stay(?:ing)?|keep(?:ing)?|remain(?:ing)?|stick(?:ing)?)\b/i;

/** "vs a dba?" after "what do dental hygienists make": the role named set beside the thread's occupation. */
export function roleBesideThreadOccupation(kb: KnowledgeBase, u: Understanding): Answer | undefined {
  const e = u.entities;
  const [role] = u.roles;
  const beside =
    u.threadOccupation && u.threadRoles.length === 0 && e.roles.length === 1 && namedJobs(e) === 1;
  // "how does that compare to an engineering manager": a comparison asked in so many words sets it beside
  // too; a move from the occupation into the role ("could i become a data analyst") is no comparison.
  // "should i switch to data analyst or stay put": a move into the role, weighed against staying, is the
  // move still (its answer sets both sides' pay and outlook side by side), no comparison.
  const intoRoleOrStay = u.intent === "gap" && u.to?.id === role?.id && stayingWeighed.test(u.text);
  const compared =
    !intoRoleOrStay && (contrastAsked.test(u.text) || (pairIntents.has(u.intent) && u.intent !== "gap"));
  // "how do i get there from sysadmin" after "IT director salary": a move from the role named into the
  // thread's occupation, answered as "from sysadmin to it director" is: the way in, the two side by side
  // (otherwise: which role to move to was asked back).
  const intoIt = u.intent === "gap" && role !== undefined && u.from?.id === role.id && !u.to;
  if (!(beside && role && (compared || intoIt))) return undefined;
  const answer = answerOccupation(kb, {
    typed: u.threadOccupation as string,
    official: [u.threadOccupation as string],
    comparedWith: [roleCounterpart(role)],
  });
  return intoIt && answer.kind === "occupation" ? becomingOccupation(answer) : answer;
}
