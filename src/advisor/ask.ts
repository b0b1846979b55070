import type { KnowledgeBase } from "../knowledge/base.js";
import { citationText, cite } from "../knowledge/core/figure-text.js";
import type { Role } from "../knowledge/core/schema.js";
import { stem, tokenize } from "../knowledge/core/text.js";
import { itRoles } from "../knowledge/it-roles.js";
import { namedCertification } from "../understanding/certifications.js";
import type { ConversationContext } from "../understanding/conversation-state.js";
import { namedJobs } from "../understanding/entities.js";
import { pronouns, questionWords } from "../understanding/entity-words.js";
import { type Intent, pairIntents, payIntents, roleIntents } from "../understanding/intents.js";
import { asksForCodeWork } from "../understanding/skill-names.js";
import {
  asksHowLong,
  asksWhatItTakes,
  asksWorkPlace,
  workShareAsked,
} from "../understanding/thread-rules.js";
import {
  asksCertificates,
  asksRelatedRoles,
  asksWithoutDegree,
  learnAsked,
} from "../understanding/topic-words.js";
import { understanderFor } from "../understanding/understand.js";
import { confidentAt, isGuess, type Understanding } from "../understanding/understanding.js";
import { alias, isMlRole, payHeadline, roleCitations, roleRef } from "./answer-parts.js";
import type { Answer, QuestionAnswer, UserContext } from "./answers.js";
import { anonymousUser } from "./answers.js";
import {
  aboutThreadMove,
  aboutThreadRole,
  commandFor,
  fieldAfterRole,
  rolesOfAWord,
  towardsField,
  whichItRoleBeside,
  whichOccupation,
  whichOther,
  whichRole,
} from "./ask-back.js";
import { compareRoles } from "./compare.js";
import {
  asksEasiestEntry,
  asksWayIntoTech,
  becomingIntents,
  becomingOccupation,
  easierToEnter,
  easiestEntry,
  wayIntoTechAnswer,
  waysIntoTech,
} from "./entry.js";
import { figuresAnswer } from "./figure-answers.js";
import { beyondRole, fieldAnswer, marketAnswer, mentionsOf, searchAnswer } from "./general-answers.js";
import {
  asksDegree,
  becoming,
  certificationsAnswer,
  degreeAnswer,
  noLearningTimeline,
  noMoveTimeline,
  noOpinion,
  noTimeline,
} from "./getting-in.js";
import { hourlyPayAnswer, withHourlyMedians } from "./hourly.js";
import {
  asksItVersusComputerScience,
  itEntrySaid,
  itFieldAnswer,
  itSideForNewcomer,
  itSideSaid,
  itVersusComputerScience,
} from "./it-field.js";
import { moveStart, occupationMovePay, threadMoveStart, weighMove, weighMoveFromOccupation } from "./move.js";
import { outlookVerdict } from "./outlook.js";
import { rankingAnswer } from "./ranking.js";
import { relatedRolesAnswer } from "./related-roles.js";
import {
  factAnswer,
  factLines,
  payAnswer,
  payComparison,
  roleFollowups,
  roleTopicAnswer,
  skillsAnswer,
  withArticle,
} from "./role-answers.js";
import { help, listRoles } from "./roles.js";
import { rungAnswer } from "./rungs.js";
import {
  answerOccupation,
  type Counterpart,
  clarify,
  greeting,
  occupationCounterpart,
  occupationSocs,
  offTopic,
  roleCounterpart,
  unresolvedCounterpart,
} from "./scope.js";
import { skillCheckAnswer } from "./skill-check.js";
import { skillGap } from "./skills.js";
import { contextAfter } from "./thread-context.js";
import { unmeasuredAnswer, unmeasuredNoted } from "./unmeasured.js";
import { withoutDegreeAnswer } from "./without-degree.js";
import { workLifeAnswer, workLifeWhichRole } from "./work-life.js";

export interface Asked {
  answer: Answer;
  understanding: Understanding;
  /** The conversation's context after this question, to keep for the next one in the thread. */
  context: ConversationContext;
}

/** Words that make a ranking one of roles ("best paid jobs in IT"), not of places or companies for a role. */
const roleNouns = new Set([
  "job",
  "jobs",
  "role",
  "roles",
  "career",
  "careers",
  "position",
  "positions",
  "occupations",
]);
const ranksRoles = (question: string) => tokenize(question).some((w) => roleNouns.has(w));

/** Words that name no topic of their own ("anything else?", "lots of meetings?"). */
const vagueWords = new Set(
  "anything something everything nothing else stuff thing things lot lots mostly mainly really very kind sort".split(
    " ",
  ),
);

/** A text that asks something: a question mark, or a first word that starts a question. */
const asksSomething =
  /\?|^(is|are|do|does|did|will|would|can|could|should|how|what|whats|which|who|where|when|why)\b/i;

/**
 * "is it mostly meetings", "do they work long hours" in a thread about roles, which nothing else could place:
 * the words the question is about that no example reads a question in, where the roles' own sections say
 * nothing of them, said to be missing, with what the knowledge has on the roles' work. Undefined where
 * there are no such words or the roles' sections hold one of them (a question back then says what can be
 * asked).
 */
function nothingOnIt(kb: KnowledgeBase, u: Understanding): Answer | undefined {
  const roles = u.threadRoles.slice(0, 3);
  if (!asksSomething.test(u.text)) return undefined;
  const understander = understanderFor(kb);
  const roleWords = new Set(roles.flatMap((r) => [r.name, ...r.aliases]).flatMap((n) => tokenize(n)));
  const topical = (w: string) =>
    w.length >= 4 &&
    !questionWords.has(w) &&
    !pronouns.has(w) &&
    !vagueWords.has(w) &&
    !roleWords.has(w) &&
    !understander.readsWord(w);
  const asked = tokenize(u.text).filter(topical);
  const said = new Set(
    kb.sections
      .filter((s) => s.roleIds.some((id) => roles.some((r) => r.id === id)))
      .flatMap((s) => tokenize(`${s.title} ${s.lines.join(" ")}`).map(stem)),
  );
  const missing = asked.filter((w) => !said.has(stem(w)));
  if (missing.length === 0) return undefined;
  const names = roles.map((r) => r.name).join(" or ");
  const work = together(
    u.text,
    roles.map((r) => roleTopicAnswer(kb, u.text, r, "responsibilities")),
  );
  if (work.kind !== "answer") return undefined;
  const nothing = `The knowledge base has nothing on “${missing.join(" ")}” for ${names}.`;
  return { ...work, headline: `${nothing} ${work.headline ?? "What each does:"}` };
}

/** What to learn for a move, asked as learning or as what the move needs ("what do i need to know first"). */
const asksWhatToLearn = (question: string) =>
  learnAsked.test(question) || /\b(skills?|know|need|first)\b/i.test(question);

/**
 * Whether a question about a move asks only what to learn, not whether to make it: a move weighed in words
 * stronger than "should" ("worth it", "good idea") is weighed either way. Read without the roles' names:
 * "machine learning engineer" asks nothing about learning.
 */
const learnsOnly = (asked: string) =>
  asksWhatToLearn(asked) && !/\b(worth|idea|smart|wise|sense|pros|cons|decide|thoughts)\b/i.test(asked);

/** Longest question that, read as off topic in a thread, is taken for a follow-up ("tell me more"). */
const shortFollowUp = 4;

/** Whether a question names no job nor anything about one: no role, occupation, company or kind of skill. */
const namesNoJob = (u: Understanding) =>
  u.entities.roles.length === 0 &&
  u.entities.uncovered.length === 0 &&
  !u.entities.unknownTitle &&
  !u.entities.company &&
  u.entities.companyKinds.length === 0 &&
  !u.entities.skillKind;

/** The employers and kinds of employer a pay question named, for an occupation's answer to say it has no figures for them. */
const employersOf = (u: Understanding): { employers?: string[] } => {
  const named = [...(u.company ? [u.company] : []), ...(u.otherCompanies ?? []), ...(u.companyKinds ?? [])];
  return named.length ? { employers: named } : {};
};

/** Whether a question names anything of its own: a job, a level, a place. */
const namesNothing = (u: Understanding) =>
  namesNoJob(u) &&
  !u.entities.level &&
  !u.entities.unlistedLevel &&
  !u.entities.place &&
  !u.entities.unlistedPlace;

/** The place a question named, by its name, whether the knowledge has figures for it or not. */
const placeAsked = (kb: KnowledgeBase, u: Understanding) =>
  u.unlistedPlace ??
  (u.entities.place ? kb.knowledge.locations.find((l) => l.id === u.entities.place)?.name : undefined);

/** What two or three roles share: skills and industries, computed from their files. */
function commonAnswer(
  kb: KnowledgeBase,
  question: string,
  roles: Role[],
  heading = `What ${roles.map((r) => r.name).join(" and ")} have in common:`,
): Answer {
  const c = compareRoles(kb, roles);
  const shared = (lists: string[][]) => (lists[0] ?? []).filter((x) => lists.every((l) => l.includes(x)));
  const industries = shared(roles.map((r) => r.industries));
  return factAnswer(
    question,
    heading,
    [
      `Shared skills: ${c.sharedSkills.join(", ") || "none in the knowledge base"}`,
      ...(industries.length ? [`Industries that hire both: ${industries.join(", ")}`] : []),
      ...c.partlyShared.map((p) => `Both ${p.roles.map((r) => r.name).join(" and ")}: ${p.items.join(", ")}`),
      ...c.distinctSkills.map((d) => `Only ${d.role.name}: ${d.items.join(", ") || "—"}`),
    ],
    roles.flatMap((r) => roleCitations(kb, r)),
    [`compare ${roles.map(alias).join(" ")}`, `gap ${roles.map(alias).join(" to ")}`],
  );
}

/** Answers about several roles as one: each role's headline and facts in turn. */
function together(question: string, answers: QuestionAnswer[], headline?: string): Answer {
  if (answers.length === 1) return answers[0] as Answer;
  return factAnswer(
    question,
    headline,
    answers.flatMap((a) => [...(a.headline ? [a.headline] : []), ...a.facts]),
    answers.flatMap((a) => a.citations),
    answers[0]?.followups ?? [],
  );
}

/**
 * The other sides of a comparison with an occupation: every curated role named ("swe vs mle vs
 * accountant"), then every other occupation named, each with its official median where it stands for one
 * official occupation, else a word on why not ("nurse vs teacher").
 */
function comparedWith(
  kb: KnowledgeBase,
  roles: readonly Role[],
  others: readonly Understanding["entities"]["uncovered"][number][],
): Counterpart[] {
  return [
    ...roles.map(roleCounterpart),
    ...others.map((o) => {
      const socs = occupationSocs(kb, o);
      const one = socs.length === 1 && socs[0] ? occupationCounterpart(kb, socs[0], o.typed) : undefined;
      return one ?? unresolvedCounterpart(kb, o.typed, socs);
    }),
  ];
}

/**
 * Each role's outlook, one after the other; for several ("which one has the better outlook?" after a
 * comparison, "which of them is growing fastest" after roles were offered), first which grows fastest on
 * BLS's projections.
 */
function outlookAnswer(kb: KnowledgeBase, q: string, roles: Role[]): Answer {
  const shown = roles.slice(0, 5);
  return together(
    q,
    shown.map((r) => roleTopicAnswer(kb, q, r, "outlook")),
    outlookVerdict(kb, shown),
  );
}

/**
 * A question in a thread about a role whose own words (not the roles' names, not the words that say what
 * its reading asks) find something only in the knowledge's field-wide sections.
 */
function beyondThreadRole(kb: KnowledgeBase, u: Understanding, role: Role): Answer | undefined {
  const roleWords = new Set([role.name, ...role.aliases].flatMap((n) => tokenize(n)));
  const intentWords = understanderFor(kb).wordsOf(u.intent);
  return beyondRole(kb, u.text, role, (w) => roleWords.has(w) || intentWords.has(w) || pronouns.has(w));
}

/** Answers what was understood, from structured knowledge where an intent covers it, else from search. */
export function answerUnderstood(
  kb: KnowledgeBase,
  u: Understanding,
  user: UserContext = anonymousUser,
): Answer {
  // "is that before tax", "source?": the thread's last answer worked out again, and what it holds said.
  if (u.figuresAsked) {
    const { figuresAsked: asked, ...again } = u;
    const last = { ...again, intent: u.threadIntent ?? u.intent, inherited: [] };
    return figuresAnswer(kb, u, asked, answerUnderstood(kb, last, user));
  }
  const e = u.entities;
  const q = u.text;
  const intent = u.intent;
  // "can you help me debug this TypeError": declined, saying what it is that is not done.
  if (intent === "offTopic" && asksForCodeWork(q) && namedJobs(e) === 0) return offTopic("code");
  const [role, other] = u.roles;
  const uncovered = e.uncovered[0];
  // A covered role named beside an uncovered one is what the question is about ("how can an ML engineer
  // work with product managers"), unless the question needs both (a comparison) or starts from it.
  const aboutCovered = role !== undefined && !pairIntents.has(intent);
  // "should I go from nursing into data analytics": the occupation's figures beside the role's, then its needs.
  if ((uncovered || e.unknownTitle) && intent === "gap" && u.to) {
    const start = moveStart(kb, uncovered ?? { typed: e.unknownTitle ?? "" }, u.to);
    return withNoTimeline(q, weighMoveFromOccupation(kb, start, u.to, user));
  }
  // "is IT or nursing better paid", "IT vs nursing": IT the field is several roles, so which one, with the
  // occupation kept as the other side; never the occupation's figures alone, nor a comparison with one
  // IT role picked unasked.
  const fieldAgainstOccupation =
    uncovered &&
    e.itField &&
    e.roles.length === 0 &&
    e.uncovered.length === 1 &&
    !e.moving &&
    intent !== "gap" &&
    /\b(vs|versus|or|than|compared|against)\b/i.test(q);
  if (fieldAgainstOccupation)
    return whichItRoleBeside(kb, intent, uncovered.typed, occupationSocs(kb, uncovered));
  if ((uncovered || e.unknownTitle) && !aboutCovered) {
    // "data scientist vs bookkeeper", "nurses or dentists": the answer names what it was set against.
    // "vs plumber?" after "electrician salary": set against the occupation the thread is about.
    const againstThread =
      u.threadOccupation && e.uncovered.length === 1 && /\b(vs|versus|or|than|compared|against)\b/i.test(q)
        ? occupationCounterpart(kb, u.threadOccupation)
        : undefined;
    // A word on the other side of "vs" that names nothing is said to have no figures, never dropped.
    const unread = e.unread ? [unresolvedCounterpart(kb, e.unread, [])] : [];
    const counterpart = againstThread
      ? [againstThread]
      : pairIntents.has(intent) || e.unread
        ? [...comparedWith(kb, u.roles, e.uncovered.slice(1)), ...unread]
        : undefined;
    const place = placeAsked(kb, u);
    const answer = answerOccupation(kb, {
      typed: uncovered?.typed ?? e.unknownTitle ?? q,
      ...(uncovered ? { occupation: uncovered.occupation } : {}),
      ...(uncovered?.official ? { official: uncovered.official } : {}),
      ...(counterpart?.length ? { comparedWith: counterpart } : {}),
      ...(place ? { place } : {}),
      ...employersOf(u),
      ...(u.perHour ? { perHour: true } : {}),
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
    // "i'm a nurse, wanna get into tech": a move from the occupation whose role is not chosen yet.
    // "how to become an IT manager": the way into the occupation, not out of it.
    if (answer.kind === "occupation" && e.toOccupation && becomingIntents.has(intent))
      return becomingOccupation(answer);
    return answer.kind === "occupation" && intent === "gap" && !u.to ? waysIntoTech(kb, answer) : answer;
  }
  // "sysadmin for 8 years, want to move to cloud", "network admin thinking about security": a move from the
  // role held into a field several roles share a word of; which of them, with the move to each as buttons.
  // (In a thread, "coming from software engineering" is a move into the thread's role: not this.)
  const [held] = e.roles;
  const fieldTarget =
    held && e.roles.length === 1 && !e.to && u.threadRoles.length === 0
      ? fieldAfterRole(kb, q, held)
      : undefined;
  if (held && fieldTarget && (e.moving || e.weighing || intent === "gap" || towardsField.test(q)))
    return clarify(
      `Which ${fieldTarget.word} role do you want to move to from ${held.name}? Pick one:`,
      fieldTarget.roles.slice(0, 5).map((r) => `gap ${alias(held)} to ${alias(r)}`),
      fieldTarget.roles.slice(0, 5).map((r) => r.id),
    );
  // "good first job in tech for a bootcamp grad?": the ways in, by what the roles need to enter.
  const noSubject =
    u.roles.length === 0 && namedJobs(e) === 0 && u.threadRoles.length === 0 && !u.threadOccupation;
  const wayIn =
    noSubject && !e.itField && !e.pronoun && asksWayIntoTech(q) ? wayIntoTechAnswer(kb, q) : undefined;
  if (wayIn) return wayIn;
  // "what does IT stand for in IT support": the acronym, whatever role its words also name.
  if (/\bIT\b.*\bstands? for\b/.test(q)) {
    const meaning = itFieldAnswer(kb, "definition", u, itRoles(kb));
    if (meaning) return meaning;
  }
  // "what's the difference between IT and computer science": the field against the subject of study.
  if (e.itField && namedJobs(e) === 0 && asksItVersusComputerScience(q))
    return itVersusComputerScience(kb, q, itRoles(kb));
  if (u.ranking) {
    // Rankings are of national figures only; a place asked for is said to be left out, not silently dropped.
    // The IT field's future is its own roles': data and ML roles growing fast say nothing of IT support's.
    const itGrowth = u.ranking.itField && u.ranking.metric === "growth";
    const ranked = rankingAnswer(kb, u.ranking, itGrowth ? { field: "IT", roles: itRoles(kb) } : undefined);
    const place = placeAsked(kb, u);
    const noted = unmeasuredNoted(ranked, u.unmeasured);
    return place
      ? {
          ...noted,
          notes: [`National figures: rankings are not by place, so ${place} is not used.`, ...noted.notes],
        }
      : noted;
  }
  if (u.unmeasured) return unmeasuredAnswer(kb, u, u.unmeasured);
  // "i want to move to cloud", "thinking of moving into security": a move into a field several roles share
  // a word of; which of them, with how to get into each as buttons.
  const fieldMove = e.moving && u.roles.length === 0 && namedJobs(e) === 0 && !u.threadOccupation;
  // "want to move to industry as an applied scientist": a name that could be several roles asks which of
  // those, not which role its last word ("scientist") names.
  const [unsureTarget] = e.ambiguous;
  if (fieldMove && unsureTarget)
    return clarify(
      `"${unsureTarget.typed}" could mean more than one role: ${unsureTarget.options.map((r) => r.name).join(" or ")}. Which one?`,
      unsureTarget.options.map((r) => `${commandFor("gettingStarted")} ${alias(r)}`),
      unsureTarget.options.map((r) => r.id),
    );
  if (fieldMove && rolesOfAWord(kb, q)) return whichRole(kb, "gettingStarted", user, u);
  // "what about remote?", "can it be done remote" in a thread about a role, read only as a guess: what the
  // knowledge has on it, saying first that it has nothing on it for the role.
  const [threadRole] = u.threadRoles;
  const weak = u.confidence < confidentAt || u.inherited.includes("intent");
  const beyond = threadRole && weak && namesNothing(u) ? beyondThreadRole(kb, u, threadRole) : undefined;
  if (beyond) return beyond;
  // "is IT support remote friendly" opening a thread, read only as a guess: where the work is done, which
  // no source says for the one role named: said first, as a follow-up in its thread would be.
  const [namedRole] = u.roles;
  const whereWorked = !threadRole && namedRole && u.roles.length === 1 && weak && asksWorkPlace(q);
  const placeOfWork = whereWorked
    ? (beyondThreadRole(kb, u, namedRole) ?? nothingOnIt(kb, { ...u, threadRoles: [namedRole] }))
    : undefined;
  if (placeOfWork) return placeOfWork;
  // "thanks" after an answer about a role: what else to ask about that role.
  if (intent === "greeting")
    return greeting(q, u.threadRoles[0] ? roleFollowups(u.threadRoles[0]) : undefined);
  if (intent === "help") return help();
  // "my son wants to study IT, what jobs can he get": the field's roles, the usual way in first.
  if (intent === "roleList" && e.itField && namesNothing(u) && u.threadRoles.length === 0)
    return whichRole(kb, "responsibilities", user, u);
  // "related roles to cloud architect", "similar roles?" after a question about a role: the roles near it.
  if (intent === "roleList" && role && (asksRelatedRoles(q) || u.inherited.includes("intent")))
    return together(
      q,
      u.roles.map((r) => relatedRolesAnswer(kb, q, r)),
    );
  if (intent === "roleList") return listRoles(kb);
  // "is it support or help desk better paid": two names of one role are said to be one, with its pay.
  const setAgainstWord = /\b(vs|versus|or|than)\b/i.test(q);
  if (e.sameRole && e.roles.length === 1 && (pairIntents.has(intent) || setAgainstWord)) {
    const one = e.sameRole.role;
    const pay = payHeadline(kb, one);
    return factAnswer(
      q,
      `${e.sameRole.typed.map((t) => `“${t}”`).join(" and ")} name one role here: ${one.name}.`,
      [one.summary, ...factLines(pay)],
      [...roleCitations(kb, one), ...pay.map((f) => f.citation)],
      roleFollowups(one, "pay"),
    );
  }
  // "is devsecops the same as a security engineer": what the role does, saying first that the other name is
  // no role it knows, and where the knowledge names it.
  if (e.unread && role && !other && likens.test(q)) return likenedToRole(kb, q, role, e.unread);
  const [unsureName] = e.ambiguous;
  if (unsureName && u.roles.length === 0) {
    const options = unsureName.options;
    return clarify(
      `"${unsureName.typed}" could mean more than one role: ${options.map((r) => r.name).join(" or ")}. Which one?`,
      options.map((r) => `${commandFor(intent)} ${r.name.toLowerCase()}`),
      options.map((r) => r.id),
    );
  }
  // "should i move from data architect to sde": one side of a move or comparison could be several roles.
  if (
    unsureName &&
    role &&
    e.roles.length === 1 &&
    (pairIntents.has(intent) || e.moving || e.to || setAgainstWord)
  ) {
    const options = unsureName.options.filter((o) => o !== role);
    const pair = (o: Role) =>
      intent === "compare" || intent === "common" || (setAgainstWord && intent !== "gap")
        ? `compare ${alias(role)} ${alias(o)}`
        : u.to === role
          ? `gap ${alias(o)} to ${alias(role)}`
          : `gap ${alias(role)} to ${alias(o)}`;
    return clarify(
      `"${unsureName.typed}" could mean more than one role: ${options.map((r) => r.name).join(" or ")}. Which one?`,
      options.map(pair),
    );
  }
  const roleWords = new Set(u.roles.flatMap((r) => [r.name, ...r.aliases]).flatMap((n) => tokenize(n)));
  const isRoleWord = (w: string) => roleWords.has(w);
  // Two roles named for an intent that wants two ("devops eng vs sre whats the diff") is no guess.
  const pairNamed = pairIntents.has(intent) && e.roles.length >= 2;
  const guessing = isGuess(u) && !u.inherited.includes("intent") && !pairNamed;
  // The thread's question again with nothing new, or a guess at one with nothing of its own: ask back.
  // A pick among what a question back offered ("the first one") asks that question of the one picked.
  const repeats =
    u.inherited.includes("intent") &&
    u.inherited.includes("roles") &&
    !u.inherited.includes("picked") &&
    namesNothing(u);
  const unsure =
    repeats ||
    (guessing && intent !== "offTopic") ||
    (intent === "offTopic" && tokenize(q).length <= shortFollowUp);
  // "how long to get there" after "truck drivers" was asked back: which of those occupations, again.
  if (u.offeredOccupations && u.roles.length === 0 && namesNoJob(u) && (roleIntents.has(intent) || unsure))
    return whichOccupation(kb, u.offeredOccupations);
  // A follow-up about the occupation the thread is on ("is it growing?", "what do they need to start?"):
  // its official answer again, which holds pay, outlook and entry requirements alike.
  // So is one that only changes the place or level ("what about in seattle", "entry level?"): the same
  // national figures, saying first that there are none for that place or level.
  // After "actuary vs data scientist", the role it was set against stays beside it ("which pays more").
  const againstRoles = u.inherited.includes("roles") ? u.roles : [];
  // "what about at google" after "plumber salary": the same figures, saying first there are none by employer.
  const employerOnly =
    payIntents.has(intent) && namesNoJob({ ...u, entities: { ...e, company: undefined, companyKinds: [] } });
  if (
    u.threadOccupation &&
    (namesNoJob(u) || employerOnly) &&
    roleIntents.has(intent) &&
    u.roles.length === againstRoles.length
  ) {
    const place = placeAsked(kb, u);
    const level = e.level ? kb.knowledge.levels.find((l) => l.id === e.level)?.name : undefined;
    // After "plumbers" then "vs electricians?", the occupation set beside stays beside it too.
    const besideOne = u.besideOccupation ? occupationCounterpart(kb, u.besideOccupation) : undefined;
    const comparedWith = [...againstRoles.map(roleCounterpart), ...(besideOne ? [besideOne] : [])];
    return answerOccupation(kb, {
      typed: u.threadOccupation,
      official: [u.threadOccupation],
      ...(comparedWith.length ? { comparedWith } : {}),
      ...(place ? { place } : {}),
      ...(level ? { level } : {}),
      ...employersOf(u),
      ...(intent === "responsibilities" ? { dutiesAsked: true } : {}),
      ...(u.perHour ? { perHour: true } : {}),
    });
  }
  // "vs a dba?" after "what do dental hygienists make": the role named set beside the thread's occupation.
  const beside =
    u.threadOccupation && u.threadRoles.length === 0 && e.roles.length === 1 && namedJobs(e) === 1;
  if (beside && role && /\b(vs|versus|or|than|compared|against)\b/i.test(q))
    return answerOccupation(kb, {
      typed: u.threadOccupation as string,
      official: [u.threadOccupation as string],
      comparedWith: [roleCounterpart(role)],
    });
  // "which one is easiest to get into" after a list of roles: the one that needs the least education.
  const listed = u.offeredRoles ?? [];
  const easiest =
    listed.length >= 2 && namesNoJob(u) && asksEasiestEntry(q) ? easiestEntry(kb, q, listed) : undefined;
  if (easiest) return easiest;
  // "which is easier to get hired as" after two roles were compared (or with two named): what each asks to
  // enter and its openings, not their getting-started tips.
  const weighed = e.roles.length >= 2 ? u.roles : namesNoJob(u) ? u.threadRoles : [];
  const easier =
    weighed.length >= 2 && asksEasiestEntry(q) ? easierToEnter(kb, q, weighed.slice(0, 3)) : undefined;
  if (easier) return easier;
  // "is it hard to get into", "skills for both?", "which has better outlook" with nothing before them to
  // lean on: only the person can say which role.
  const leansOnNothing =
    u.threadRoles.length === 0 && !u.threadOccupation && u.roles.length === 0 && namesNothing(u);
  if (leansOnNothing && roleIntents.has(intent) && (e.pronoun || /^which\b/i.test(q)) && !u.ranking)
    return workLifeWhichRole(q, () => whichRole(kb, intent, user)) ?? whichRole(kb, intent, user, u);
  // "careers in IT", "is IT a good career": the field's roles to pick from, whatever the intent's guess.
  if (leansOnNothing && e.itField && !u.ranking)
    return whichRole(kb, roleIntents.has(intent) ? intent : "responsibilities", user, u);
  if (u.threadRoles.length > 0 && namesNothing(u) && unsure)
    return nothingOnIt(kb, u) ?? aboutThread(u, intent);
  if (intent === "offTopic" && !guessing && !role) return offTopic();
  if (intent === "offTopic" || guessing) {
    const found = searchAnswer(
      kb,
      q,
      u.roles.map((r) => r.id),
      !role,
      isRoleWord,
    );
    if (found) return found;
    if (role) return roleTopicAnswer(kb, q, role, "responsibilities");
    if (guessing && u.second && intent !== "offTopic" && u.second.intent !== "offTopic")
      return clarify("I'm not sure what you mean. Did you mean one of these?", ["roles", "trends", "help"]);
    return offTopic();
  }

  switch (intent) {
    case "salary":
    case "totalComp":
    case "payRanking":
    case "payCompare": {
      if (!role)
        // "Which role pays best": the roles ranked by their official median wage.
        return intent === "payRanking" && ranksRoles(q)
          ? rankingAnswer(kb, { metric: "pay", all: false })
          : whichRole(kb, intent, user, u);
      // "mle at meta or google which pays more": employers compared, not roles.
      const employersNamed = Boolean(u.company || u.companyKinds);
      // "does it pay more" after a move from an occupation: the occupation's pay beside the role's.
      if (intent === "payCompare" && !other && u.fromOccupation)
        return occupationMovePay(kb, threadMoveStart(kb, u.fromOccupation, role), role);
      const entryBesidePay = !other && e.itField ? itSideForNewcomer(q, itRoles(kb), role) : undefined;
      if (intent === "payCompare" && entryBesidePay && !employersNamed)
        return saidFirst(payComparison(kb, [entryBesidePay, role]), itSideSaid(entryBesidePay));
      if (intent === "payCompare" && !other && !employersNamed)
        return whichOther(kb, intent, role, e.unread, false, e.itField);
      if (other && !u.level && !u.place && !u.unlistedPlace && !employersNamed) {
        const compared = payComparison(kb, u.roles);
        const pay = u.perHour ? withHourlyMedians(kb, compared, u.roles) : compared;
        return withUnreadSide(options(kb, u) ?? pay, e.unread);
      }
      const focus = intent === "totalComp" ? "totalComp" : intent === "payRanking" ? "ranking" : "salary";
      // "electrician pay per hour": a level, place or employer narrows the annual figures, not BLS's hourly ones.
      const narrowed = Boolean(u.level || u.place || u.unlistedPlace || u.company || u.companyKinds);
      const answers = u.roles.map((r) => {
        const pay = payAnswer(kb, q, r, {
          ...(u.level ? { level: u.level } : {}),
          ...(u.place ? { place: u.place } : {}),
          ...(u.unlistedPlace ? { unlistedPlace: u.unlistedPlace } : {}),
          ...(u.unlistedLevel ? { unlistedLevel: u.unlistedLevel } : {}),
          ...(u.company ? { company: u.company } : {}),
          ...(u.otherCompanies ? { otherCompanies: u.otherCompanies } : {}),
          ...(u.companyKinds ? { companyKinds: u.companyKinds } : {}),
          focus,
        });
        return u.perHour ? hourlyPayAnswer(kb, r, pay, narrowed) : pay;
      });
      return together(q, answers);
    }
    case "skills":
    case "tools":
    case "softSkill":
      if (!role)
        return intent === "softSkill"
          ? fieldAnswer(kb, q, "soft-skill", isRoleWord)
          : whichRole(kb, intent, user, u);
      if (u.skillsAsked) return skillCheckAnswer(kb, q, role, u.skillsAsked);
      // "what about skills?" after a comparison, "skills for swe and mle": each role's, shared ones first.
      if (intent === "skills" && other && !e.skillKind) {
        const roles = u.roles.slice(0, 3);
        return commonAnswer(kb, q, roles, `Skills for ${roles.map((r) => r.name).join(" and ")}:`);
      }
      // "what tools do they use" after a comparison: each role's, one after the other.
      if (other && u.inherited.includes("roles"))
        return together(
          q,
          u.roles.slice(0, 3).map((r) => skillsAnswer(kb, q, r, intent, e.skillKind)),
        );
      return noLearningTimeline(q, skillsAnswer(kb, q, role, intent, e.skillKind));
    case "education":
    case "experience":
    case "industries":
    case "responsibilities":
    case "path":
    case "gettingStarted":
      if (!role)
        return workLifeWhichRole(q, () => whichRole(kb, intent, user)) ?? whichRole(kb, intent, user, u);
      // "which needs more education?" after a comparison: each role's, one after the other.
      if (other && u.inherited.includes("roles")) {
        const roles = u.roles.slice(0, 3);
        const each = together(
          q,
          roles.map((r) => roleTopicAnswer(kb, q, r, intent)),
        );
        return intent === "responsibilities" ? workLifeAnswer(kb, q, roles, noOpinion(q, roles, each)) : each;
      }
      // A role with no getting-started tips of its own is still one people get into: how, from its path and skills.
      // So is one asked what it takes ("what does it take to get there"): the tips and all it needs.
      if (intent === "gettingStarted" && (role.gettingStarted.length === 0 || asksWhatItTakes(q)))
        return noTimeline(q, role, becoming(kb, q, role));
      if (intent === "gettingStarted") return noTimeline(q, role, roleTopicAnswer(kb, q, role, intent));
      // "without a degree?": the role's education, saying first what it holds on getting in with none.
      if (intent === "education" && asksWithoutDegree(q))
        return withoutDegreeAnswer(kb, role, degreeAnswer(kb, q, role));
      if (intent === "education" && asksCertificates(q))
        return certificationsAnswer(kb, q, role, namedCertification(q)?.name);
      if (intent === "education" && asksDegree(q)) return degreeAnswer(kb, q, role);
      if (intent === "responsibilities") {
        // "is it mostly meetings": a thing the role's sections never name is said to be missing from them.
        const unnamed = workShareAsked(q) ? nothingOnIt(kb, { ...u, threadRoles: [role] }) : undefined;
        return (
          unnamed ?? workLifeAnswer(kb, q, [role], noOpinion(q, [role], roleTopicAnswer(kb, q, role, intent)))
        );
      }
      if (intent === "path") return rungAnswer(kb, q, role, roleTopicAnswer(kb, q, role, intent));
      return roleTopicAnswer(kb, q, role, intent);
    case "outlook":
      if (!role) return marketAnswer(kb, q);
      // "is IT support a dead end job": its outlook, and where people go from it.
      if (u.roles.length === 1) return rungAnswer(kb, q, role, outlookAnswer(kb, q, u.roles));
      return outlookAnswer(kb, q, u.roles);
    case "gap": {
      // "is switching from qa to dev a good idea": the role named is where the move starts; ask where to.
      // "from data analyst to IT": which IT role it leads to.
      if (role && u.from === role && !u.to && !other)
        return whichOther(kb, intent, role, e.unread, true, e.itSide === "to");
      // "im a dba, should i move into data architect or data engineering": the options from the role held,
      // side by side, none of them dropped.
      const choice = /\b(or|vs|versus)\b/i.test(q) ? options(kb, u) : undefined;
      if (choice) return choice;
      const to = u.to ?? other ?? role ?? (user.role ? kb.roleById.get(user.role) : undefined);
      const from = u.from ?? (other ? role : undefined);
      if (!to) return whichRole(kb, intent, user, u);
      // "i'm a nurse" then "could i move into data analyst from that": from the thread's occupation.
      // "is it worth it" after a move from an occupation: that move again.
      const startSoc = u.fromOccupation ?? (u.threadRoles.length === 0 ? u.threadOccupation : undefined);
      if (!from && startSoc) {
        const move = weighMoveFromOccupation(kb, threadMoveStart(kb, startSoc, to), to, user);
        // "what should i learn first" after that move's answer: what to learn alone, as after a move between roles.
        const { weighing: _shown, ...toLearn } = move;
        // "how long would it take" after it: what it takes, no timeline, as after a move between roles.
        if (u.fromOccupation && asksHowLong(q)) return withNoTimeline(q, toLearn);
        return u.fromOccupation && learnsOnly(e.masked.join(" ")) ? toLearn : move;
      }
      // "how do i transition from IT to data analytics": which IT role the move starts from.
      // So is "how hard is it to go from IT to this" in a thread about a role.
      if (!from && e.itField && (u.threadRoles.length === 0 || e.itSide === "from"))
        return whichOther(kb, intent, to, undefined, false, true);
      if (!from || from === to) return noTimeline(q, to, becoming(kb, q, to, e.weighing));
      // "how long would it take": no source gives a timeline; what the move takes is what there is.
      // After the move's answer, what it takes; asked first, the move weighed as well.
      if (asksHowLong(q)) {
        const gap = u.inherited.includes("roles")
          ? skillGap(kb, from, to, user)
          : weighMove(kb, from, to, user);
        return { ...gap, note: noMoveTimeline };
      }
      // A move asked about is weighed (pay and outlook first); one asked for what to learn gets the gap alone.
      const move = learnsOnly(e.masked.join(" "))
        ? skillGap(kb, from, to, user)
        : weighMove(kb, from, to, user);
      // "from swe in austin to mle in sf": the figures of a move are national; said, never silently.
      const place = placeAsked(kb, u);
      return place && move.weighing
        ? { ...move, note: `No figures for a move in ${place}: the pay and outlook below are national.` }
        : move;
    }
    case "compare":
    case "common":
      if (!role) return whichRole(kb, intent, user, u);
      // "IT or cybersecurity for a career changer?": IT support, the usual way in, beside the role.
      if (!other && e.itField) {
        const entry = itSideForNewcomer(q, itRoles(kb), role);
        if (entry && intent === "compare")
          return saidFirst(compareRoles(kb, [entry, role]), itSideSaid(entry));
      }
      if (!other) return whichOther(kb, intent, role, e.unread, false, e.itField);
      if (intent === "common") return commonAnswer(kb, q, u.roles);
      return withUnreadSide(options(kb, u) ?? compareRoles(kb, u.roles.slice(0, 3)), e.unread);
    case "market":
    case "roleRanking":
      // "whats the job market like for data analysts": the market figures are ML engineers'; another
      // role's market is its own outlook.
      if (role && !u.roles.every(isMlRole)) return outlookAnswer(kb, q, u.roles);
      return marketAnswer(kb, q);
    case "trend":
      return fieldAnswer(kb, q, "trend", isRoleWord);
    case "bestPractice":
      return fieldAnswer(kb, q, "best-practice", isRoleWord);
    case "challenge":
      return fieldAnswer(kb, q, "challenge", isRoleWord);
    case "definition": {
      const found = searchAnswer(
        kb,
        q,
        u.roles.map((r) => r.id),
        true,
      );
      // "what is ml engineering", "whats an mle": with nothing else to define, what the role is.
      return found ?? (role ? roleTopicAnswer(kb, q, role, "responsibilities") : offTopic());
    }
    case "followUp":
      return role ? roleTopicAnswer(kb, q, role, "responsibilities") : offTopic();
  }
}

/**
 * What else can be asked in a thread, for a follow-up that asks nothing placeable: of the move the thread is
 * on (where it starts second), or of its roles.
 */
function aboutThread(u: Understanding, intent: Intent): Answer {
  const [to, from] = u.threadRoles;
  return u.threadIntent === "gap" && to && from
    ? aboutThreadMove(from, to)
    : aboutThreadRole(u.threadRoles, intent);
}

/**
 * A move from an occupation asked how long it takes ("accountant to data analyst in 6 months possible?"):
 * no source gives a timeline, said before how the start was read.
 */
function withNoTimeline<T extends { note?: string }>(q: string, move: T): T {
  return asksHowLong(q) ? { ...move, note: [noMoveTimeline, move.note].filter(Boolean).join(" ") } : move;
}

/** Words that liken one thing to another: "the same as", "same thing as", "different from". */
const likens = /\bsame (thing )?as\b|\bdifferent (from|than|to)\b/i;

/**
 * A role likened to a name that is no role ("is devsecops the same as a security engineer"): said first,
 * with the lines of the knowledge that name it (a DevOps Engineer's career path names DevSecOps), then
 * what the role does.
 */
function likenedToRole(kb: KnowledgeBase, q: string, role: Role, name: string): Answer {
  const described = roleTopicAnswer(kb, q, role, "responsibilities");
  const mentions = mentionsOf(kb, name);
  const said = mentions.lines.length
    ? [`The knowledge names “${name}” only here:`, ...mentions.lines]
    : [`The knowledge says nothing of “${name}”.`];
  return factAnswer(
    q,
    `I could not read “${name}” as a role I know, so I cannot say whether it is ${withArticle(role.name)}. ${described.headline ?? ""}`.trim(),
    [...described.facts, ...said],
    [...described.citations, ...mentions.citations],
    described.followups,
  );
}

/** A comparison that left out a side it could not read ("devops vs sre vs blorpt"): said first, never dropped. */
function withUnreadSide(answer: Answer, unread: string | undefined): Answer {
  return unread
    ? saidFirst(answer, `I could not read “${unread}” as a role I know, so it is left out.`)
    : answer;
}

/** A comparison (of the roles, or of their pay) with a word on how the question was read before its own note. */
function saidFirst(answer: Answer, said: string): Answer {
  if (answer.kind !== "compare" && answer.kind !== "pay-compare") return answer;
  return { ...answer, note: answer.note ? `${said} ${answer.note}` : said };
}

/**
 * "sre, devops or cloud architect from sysadmin": the roles a move could lead to, compared, with the move
 * to each from where it starts as buttons; undefined when the question names no start beside two options.
 */
function options(kb: KnowledgeBase, u: Understanding): Answer | undefined {
  // "i work as a qa analyst" then "thinking devops or sre next": the thread's role is where they start.
  const [held] = u.threadRoles;
  const fromThread =
    held && u.threadRoles.length === 1 && !u.entities.roles.includes(held) && movingOn.test(u.text)
      ? held
      : undefined;
  const from = u.from && u.roles.includes(u.from) ? u.from : fromThread;
  const targets = u.entities.roles.filter((r) => r !== from).slice(0, 3);
  if (!from || targets.length < 2) return undefined;
  const compared = compareRoles(kb, targets);
  return {
    ...compared,
    note: `Options from ${from.name}, side by side. For what each move takes, pick its skill gap below.`,
    followups: targets.map((t) => `gap ${alias(from)} to ${alias(t)}`),
  };
}

/** Words of weighing where to go next: "thinking devops or sre next", "should i aim for…". */
const movingOn = /\b(next|thinking|aim|aiming|go for|going for|pick|choose|switch|move|moving|should i)\b/i;

/**
 * "and android?" after iOS developers' pay: the answer is the thread's role again, so it says first why,
 * with the name of the role that holds the word, lest it read as a repeat that ignored the question.
 */
function keptRoleSaid(answer: Answer, u: Understanding): Answer {
  const kept = u.keptBy;
  if (!kept || answer.kind !== "answer" || !u.roles.includes(kept.role)) return answer;
  const name = kept.role.aliases.find((a) => tokenize(a)[0] === kept.word);
  const said = `The knowledge has no role of its own for “${kept.word}”: it is part of ${kept.role.name}${name ? ` (“${name}” is one of its names)` : ""}.`;
  return { ...answer, headline: `${said} ${answer.headline ?? ""}`.trim() };
}

/**
 * "data scientist salary w/ 5 yrs exp": how the years of experience were read, said first: as the level the
 * knowledge's levels give for them, or, where none does, left aside (never a question back).
 */
function experienceSaid(kb: KnowledgeBase, answer: Answer, u: Understanding): Answer {
  const asked = u.experience;
  if (!asked || (answer.kind !== "answer" && answer.kind !== "pay-compare")) return answer;
  const level = asked.level ? kb.knowledge.levels.find((l) => l.id === asked.level) : undefined;
  if (level && u.entities.level) return answer;
  const span = level?.years
    ? level.years.max === undefined
      ? `${level.years.min} years or more`
      : `${level.years.min}–${level.years.max} years`
    : "";
  const said = level
    ? `“${asked.typed}” is read as ${level.name}, which the knowledge's levels give for ${span} of experience (${citationText(cite(kb.sources, level.years?.source ?? "", level.years?.asOf ?? ""))}).`
    : `The knowledge has no pay figures by years of experience, and its levels give no years, so “${asked.typed}” is left aside.`;
  if (answer.kind === "pay-compare")
    return { ...answer, note: answer.note ? `${said} ${answer.note}` : said };
  return { ...answer, headline: `${said} ${answer.headline ?? ""}`.trim() };
}

/** Understands a question in the light of its conversation, answers it, and says what the conversation is now about. */
export function ask(
  kb: KnowledgeBase,
  question: string,
  options: { context?: ConversationContext; user?: UserContext } = {},
): Asked {
  const understanding = understanderFor(kb).understand(question, options.context);
  const answered = experienceSaid(
    kb,
    itEntrySaid(
      keptRoleSaid(answerUnderstood(kb, understanding, options.user), understanding),
      understanding,
    ),
    understanding,
  );
  const answer =
    answered.kind === "answer" && understanding.roles.length > 0
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

export { roleFollowups, roleRef };
