/**
 * One part of a role's file asked about: education (a degree, certificates, none), experience, industries,
 * the work itself, the path up and how to get in.
 */
import type { KnowledgeBase } from "../../knowledge/base.js";
import type { Understanding } from "../../understanding/shape/understanding.js";
import { shownAtMost } from "../../understanding/thread/conversation-state.js";
import { namedCertification } from "../../understanding/words/certifications.js";
import { setAgainstWords } from "../../understanding/words/contrast-words.js";
import {
  asksWhatItTakes,
  asksWhatTheyDo,
  comparesTwo,
  opinionAsked,
  workShareAsked,
} from "../../understanding/words/question-asks.js";
import { asksCertificates, asksWithoutDegree } from "../../understanding/words/topic-words.js";
import { workLifeAsked } from "../../understanding/words/work-life.js";
import type { Answer, UserContext } from "../answers.js";
import { degreeWeighed, schoolingWeighed } from "../getting-in/degree-weighed.js";
import { ladderByEntry } from "../getting-in/entry.js";
import {
  asksDegree,
  becoming,
  certificationsAnswer,
  certificationsCompared,
  degreeAnswer,
  noOpinion,
  noTimeline,
} from "../getting-in/getting-in.js";
import { withoutDegreeAnswer } from "../getting-in/without-degree.js";
import { pathFromJobsHeld } from "../roles/path-from-held.js";
import { type RoleTopic, roleTopicAnswer } from "../roles/role-topic-answer.js";
import { rungAnswer } from "../roles/rungs.js";
import { workLifeAnswer, workLifeWhichRole } from "../roles/work-life.js";
import { whichRole } from "./ask-back.js";
import { withMathSaid } from "./math-said.js";
import { nothingOnIt } from "./nothing-on-it.js";
import { withRoleInGeneral } from "./role-in-general.js";
import { withThingInDuties } from "./thing-in-duties.js";
import { together } from "./together.js";
import { withUnratedSchooling } from "./unrated-schooling.js";

/**
 * "which is more stressful, sre or swe", "sre vs swe, which has better work life balance": two roles named,
 * set against each other and weighed by what no source rates. Not a role held beside one asked about ("im a
 * sysadmin. what does a data analyst do"), which asks of the one.
 */
const opinionOfBothNamed = (u: Understanding) =>
  u.entities.roles.length >= 2 &&
  u.entities.masked.some((w) => setAgainstWords.has(w)) &&
  (opinionAsked(u.text) !== undefined || workLifeAsked(u.text).length > 0);

/** "which needs fewest certs", "the least certifications": a count weighed, which `comparesTwo` leaves out. */
const fewestAsked = /\b(?:fewest|fewer|least)\b/i;

/**
 * A question about one part of a role's file other than its outlook; one asking whether the role needs math
 * ("without a math background") is its education with what the sources say of math first.
 */
export function topicQuestion(
  kb: KnowledgeBase,
  u: Understanding,
  user: UserContext,
  intent: Exclude<RoleTopic, "outlook">,
): Answer {
  const answer = topicAnswer(kb, u, user, intent);
  const [role] = u.roles;
  return u.mathAsked && role && intent === "education"
    ? withMathSaid(role, u.entities.skillKind, answer)
    : answer;
}

function topicAnswer(
  kb: KnowledgeBase,
  u: Understanding,
  user: UserContext,
  intent: Exclude<RoleTopic, "outlook">,
): Answer {
  const q = u.text;
  const [role, other] = u.roles;
  if (!role)
    return (
      workLifeWhichRole(
        q,
        () => whichRole(kb, intent, user, u),
        () => whichRole(kb, intent, user),
      ) ?? whichRole(kb, intent, user, u)
    );
  // "how do i get into it with no degree", "without a degree?": each role's education, said first what it
  // holds on getting in with none (BLS's typical entry education), whether asked as education or as the way in.
  const noDegree = (intent === "education" || intent === "gettingStarted") && asksWithoutDegree(q);
  // "is there a cert for either": each role's certifications, said for each where its sources name none.
  const certificates = intent === "education" && asksCertificates(q);
  // A role with no getting-started tips of its own is still one people get into: how, from its path and skills.
  // So is one asked what it takes ("what does it take to get there"): the tips and all it needs.
  const wayIn = (r: typeof role) =>
    noTimeline(
      q,
      r,
      r.gettingStarted.length === 0 || asksWhatItTakes(q)
        ? becoming(kb, q, r)
        : roleTopicAnswer(kb, q, r, intent),
    );
  const answerFor = (r: typeof role) =>
    noDegree
      ? withoutDegreeAnswer(kb, r, degreeAnswer(kb, q, r))
      : certificates
        ? certificationsAnswer(kb, q, r, namedCertification(q)?.name)
        : // "how do i get into either" after a comparison: each role's way in, as for one.
          intent === "gettingStarted"
          ? wayIn(r)
          : // "which needs a phd": each role's education with what the rest of its file says of degrees.
            intent === "education" && asksDegree(q)
            ? degreeAnswer(kb, q, r)
            : roleTopicAnswer(kb, q, r, intent);
  // "been doing helpdesk and sysadmin stuff, where do ppl go next": the path on from all the jobs held.
  const held = u.entities.heldTogether ?? [];
  if (intent === "path" && held.length >= 2) return pathFromJobsHeld(kb, q, held);
  // "secuirty analyst vs sec eng vs it support, whats the ladder look like?": the path through the roles set
  // right against each other, ordered by what each asks to enter, never the first one's path alone. ("go
  // straight to architect … or do ppl do admin first": an "or" between clauses, the path of the one asked.)
  const m = u.entities.masked;
  const setRightAgainst = m.some(
    (w, i) => setAgainstWords.has(w) && m[i - 1] === "xrole" && m[i + 1] === "xrole",
  );
  const ladder =
    intent === "path" && other && setRightAgainst ? ladderByEntry(kb, q, u.roles.slice(0, 3)) : undefined;
  if (ladder) return ladder;
  // "which needs more education?" after a comparison: each role's, one after the other. So with both named
  // and weighed by an opinion of the work ("which is more stressful, sre or swe"), never the first alone.
  if (other && (u.inherited.includes("roles") || opinionOfBothNamed(u))) {
    // "which of those needs the fewest certs" after a ranking: every role it listed, not its first three
    // (otherwise: three of five weighed).
    const roles = u.roles.slice(0, u.inherited.includes("offered") ? shownAtMost : 3);
    // No source counts a role's certifications: said first where the roles are weighed by them.
    const uncounted =
      certificates && (comparesTwo(q) || fewestAsked.test(q))
        ? "No source counts how many certifications a role needs, so I cannot rank these by it. What each one's sources say of certifications:"
        : undefined;
    // "which needs a phd": which of them BLS gives that degree as entry education, said first; "which needs
    // less schooling": which asks the least.
    const degree =
      intent === "education" && !noDegree
        ? (degreeWeighed(kb, q, roles) ?? schoolingWeighed(kb, q, roles))
        : undefined;
    const each = together(q, roles.map(answerFor), uncounted ?? degree);
    return intent === "responsibilities" ? workLifeAnswer(kb, q, roles, noOpinion(q, roles, each)) : each;
  }
  if (noDegree) return answerFor(role);
  if (intent === "gettingStarted") return wayIn(role);
  // "security analyst certs, cissp or security+?": the certifications the role's work is certified by, set
  // side by side, as with no role named.
  const compared = certificates ? certificationsCompared(kb, q) : undefined;
  if (compared && !other && compared.about?.some((r) => r.id === role.id)) return compared;
  if (certificates) return answerFor(role);
  // "heard product manager is chill, does it need a cs degree": the degree asked, the opinion said unmeasured.
  if (intent === "education" && asksDegree(q))
    return noOpinion(q, [role], withUnratedSchooling(q, degreeAnswer(kb, q, role)));
  if (intent === "responsibilities") {
    // "is it mostly meetings", "do they travel": a thing the role's sections never name is said to be
    // missing from them. (Working life, "do they work long hours", the working-life answer names as such.)
    const unnamed =
      workShareAsked(q) || (asksWhatTheyDo(q) && workLifeAsked(q).length === 0)
        ? nothingOnIt(kb, { ...u, threadRoles: [role] })
        : undefined;
    return (
      unnamed ??
      workLifeAnswer(
        kb,
        q,
        [role],
        noOpinion(
          q,
          [role],
          withRoleInGeneral(u, role, withThingInDuties(q, role, roleTopicAnswer(kb, q, role, intent))),
        ),
      )
    );
  }
  if (intent === "path") return rungAnswer(kb, q, role, roleTopicAnswer(kb, q, role, intent));
  const answer = roleTopicAnswer(kb, q, role, intent);
  return intent === "education" ? withUnratedSchooling(q, answer) : answer;
}
