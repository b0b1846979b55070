/** Outlook and the job market: a role's projected growth, which of several grows fastest, the market figures. */
import type { KnowledgeBase } from "../../knowledge/base.js";
import type { Role } from "../../knowledge/core/schema.js";
import type { Understanding } from "../../understanding/shape/understanding.js";
import { titleKindNamed } from "../../understanding/thread-rules/words.js";
import { hypeWorded } from "../../understanding/words/hype-words.js";
import { threatAsked } from "../../understanding/words/timing-words.js";
import { asksHeadcount, asksOpenings } from "../../understanding/words/topic-words.js";
import type { Answer } from "../answers.js";
import { marketAnswer } from "../general/general-answers.js";
import { clarify } from "../occupations/scope.js";
import { openingsVerdict } from "../outlook/openings.js";
import { outlookVerdict } from "../outlook/outlook.js";
import { alias, isMlRole } from "../parts/answer-parts.js";
import { withArticle } from "../parts/fact-answer.js";
import { levelNotSplit } from "../roles/level-unsplit.js";
import { roleTopicAnswer } from "../roles/role-topic-answer.js";
import { rungAnswer } from "../roles/rungs.js";
import { commandFor, rolesOfAWord } from "./ask-back.js";
import { withEntryForFirstJob } from "./first-job.js";
import { together } from "./together.js";

/**
 * Each role's outlook, one after the other; for several ("which one has the better outlook?" after a
 * comparison, "which of them is growing fastest" after roles were offered), first which grows fastest on
 * BLS's projections, or which has the most openings (and people employed) where openings or people are
 * counted ("which has the most openings", "how many people work in both").
 */
function outlookAnswer(kb: KnowledgeBase, q: string, roles: Role[]): Answer {
  const shown = roles.slice(0, 5);
  const counted = asksOpenings(q) || asksHeadcount(q);
  const verdict = (counted ? openingsVerdict(kb, shown) : undefined) ?? outlookVerdict(kb, shown);
  return together(
    q,
    shown.map((r) => roleTopicAnswer(kb, q, r, "outlook")),
    verdict,
  );
}

/**
 * "is it safe from ai", "will cloud kill the role", "is it oversaturated", "is it all hype": no source measures
 * what may take a role's work, how crowded its market is or how much hype there is, said first; the projected growth below is the nearest the sources come.
 */
function threatUnmeasured(q: string, roles: Role[], answer: Answer): Answer {
  const threat = threatAsked(q);
  if (answer.kind !== "answer") return answer;
  const whose = roles.map((r) => `${withArticle(r.name)}'s`).join(" or ");
  // "is ml oversaturated rn": how crowded a market is, which no source measures either.
  const note = threat
    ? `No source measures how much of ${whose} work ${threat} may take over; what the sources project for the role is below.`
    : saturationAsked.test(q)
      ? `No source measures how saturated the job market for ${roles.map((r) => withArticle(r.name)).join(" or ")} is; what the sources project for the role is below.`
      : // "is ml growing or is it all hype": the sources count jobs and openings, not talk.
        hypeWorded(q)
        ? `The sources measure jobs and openings, not hype; what they say and project for ${roles.length > 1 ? "each role" : "the role"} is below.`
        : undefined;
  return note ? { ...answer, headline: `${note} ${answer.headline ?? ""}`.trim() } : answer;
}

/** Words of a crowded job market: "oversaturated", "saturated", "flooded", "too many people". */
const saturationAsked =
  /\b(?:over)?saturat(?:ed|ion)\b|\bflooded\b|\bovercrowded\b|\btoo (?:many|much) (?:people|ppl|applicants|competition)\b/i;

/**
 * "is ml hiring in denver", "are data scientists in demand in seattle": no source projects jobs or openings
 * for one place, and the advisor sees no live postings; said first, so the national outlook below is not
 * taken for the place's. Only for a place the question itself names.
 */
function placeUnmeasured(kb: KnowledgeBase, u: Understanding, answer: Answer): Answer {
  const e = u.entities;
  const name =
    e.unlistedPlace?.name ??
    (e.place ? (u.unlistedPlace ?? kb.knowledge.locations.find((l) => l.id === u.place)?.name) : undefined);
  // A place abroad ("in europe") is answered as abroad elsewhere, with no word of US places.
  if (!name || e.unlistedPlace?.abroad || answer.kind !== "answer") return answer;
  const note = `No figures for ${name}: the projections below are the whole US's, and I see no live job postings for any place.`;
  return { ...answer, headline: `${note} ${answer.headline ?? ""}`.trim() };
}

/** An outlook question: the market's with no role named; a single role's with where people go from it. */
export function outlookQuestion(kb: KnowledgeBase, u: Understanding): Answer {
  return placeUnmeasured(kb, u, outlookOf(kb, u));
}

function outlookOf(kb: KnowledgeBase, u: Understanding): Answer {
  const q = u.text;
  const [role] = u.roles;
  if (!role) return (threatAsked(q) ? threatenedKindAskedBack(kb, q) : undefined) ?? marketAnswer(kb, q);
  // "is IT support a dead end job": its outlook, and where people go from it.
  // "is IT support a good first job": and how easy it is to get in.
  if (u.roles.length === 1)
    return threatUnmeasured(
      q,
      u.roles,
      levelNotSplit(
        kb,
        withEntryForFirstJob(kb, q, role, rungAnswer(kb, q, role, outlookAnswer(kb, q, u.roles))),
        role,
        "outlook",
        u.level,
      ),
    );
  return threatUnmeasured(q, u.roles, outlookAnswer(kb, q, u.roles));
}

/**
 * "will ai replace staff engineers", "how long before senior analysts get replaced by ai": what may take
 * the work of a kind of job several roles' names end in is asked of one of them, which one asked back, with
 * each one's outlook to pick (otherwise: the ML market, or the path of an engineer).
 */
function threatenedKindAskedBack(kb: KnowledgeBase, q: string): Answer | undefined {
  const kind = titleKindNamed(q) ? rolesOfAWord(kb, q) : undefined;
  if (!kind?.last) return undefined;
  const threat = threatAsked(q) ?? "AI";
  return clarify(
    `Which ${kind.word} do you mean? No source measures how much of a role's work ${threat} may take over; each one's projected growth is the nearest the sources come. Pick one, or name it in your question:`,
    kind.roles.slice(0, 5).map((r) => `${commandFor("outlook")} ${alias(r)}`),
    kind.roles.slice(0, 5).map((r) => r.id),
  );
}

/**
 * "whats the job market like for data analysts": the market figures are ML engineers'; another role's
 * market is its own outlook.
 */
export function marketQuestion(kb: KnowledgeBase, u: Understanding): Answer {
  const [role] = u.roles;
  if (role && !u.roles.every(isMlRole)) return outlookAnswer(kb, u.text, u.roles);
  return marketAnswer(kb, u.text);
}
