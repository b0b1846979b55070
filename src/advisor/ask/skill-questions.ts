/** Skills, tools and soft skills asked for: a role's, several roles', or whether a role needs one named. */
import type { KnowledgeBase } from "../../knowledge/base.js";
import type { Understanding } from "../../understanding/shape/understanding.js";
import type { Answer, UserContext } from "../answers.js";
import { fieldAnswer } from "../general/general-answers.js";
import { noLearningTimeline, noSkillRanking } from "../getting-in/getting-in.js";
import { noFitJudged } from "../roles/fit-judged.js";
import { levelNotSplit } from "../roles/level-unsplit.js";
import { skillAloneAnswer, skillCheckAnswer, skillCheckLines } from "../roles/skill-check.js";
import { skillsAnswer, skillsLeftToLearn } from "../roles/skills-answer.js";
import { whichRole } from "./ask-back.js";
import { commonAnswer } from "./compare-questions.js";
import { roleWordOf } from "./question-reading.js";
import { together } from "./together.js";

/**
 * "which tools do ml people use", "what's the stack for a data engineer": the role's tools asked for as a
 * list, whatever one of them is named beside it.
 */
const toolsListAsked =
  /\b(?:which|what(?:'s|s| is| are)?(?: the)?)\s+(?:tools?|tooling|(?:tech )?stacks?|frameworks?|libraries|software|platforms?)\b/i;

/** A question about skills, tools or soft skills. */
export function skillQuestion(
  kb: KnowledgeBase,
  u: Understanding,
  user: UserContext,
  intent: "skills" | "tools" | "softSkill",
): Answer {
  const e = u.entities;
  const q = u.text;
  const [role, other] = u.roles;
  if (!role)
    return intent === "softSkill"
      ? fieldAnswer(kb, q, "soft-skill", roleWordOf(u))
      : whichRole(kb, intent, user, u);
  const { skillsAsked } = u;
  // "which one uses more statistics" after two roles set side by side: whether each one's sources name it.
  if (skillsAsked && other)
    return together(
      q,
      u.roles.slice(0, 3).map((r) => skillCheckAnswer(kb, q, r, skillsAsked)),
    );
  // "which tools do ml people use day to day, is it all pytorch now?": the role's tools asked for, with the
  // one named only a guess at them; the tools first, then what the sources say of the one named.
  if (skillsAsked && intent === "tools" && toolsListAsked.test(q)) {
    const tools = skillsAnswer(kb, q, role, intent, e.skillKind);
    return { ...tools, facts: [...tools.facts, ...skillCheckLines(kb, role, skillsAsked)] };
  }
  if (skillsAsked) return skillCheckAnswer(kb, q, role, skillsAsked);
  // "what skills for ml am i still missing, i know pandas and some sklearn": the rest of the role's skills.
  if (u.skillsKnown && u.skillsKnown.length > 0 && !other && intent !== "softSkill")
    return skillsLeftToLearn(kb, q, role, u.skillsKnown);
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
  const answer = noFitJudged(
    q,
    role,
    noSkillRanking(q, noLearningTimeline(q, skillsAnswer(kb, q, role, intent, e.skillKind))),
  );
  return intent === "skills" ? levelNotSplit(kb, answer, role, "skills", u.level) : answer;
}

/** "is it hard to pick up kubernetes", with no role: which roles' sources list the skill, difficulty unrated. */
export function skillWithoutRole(kb: KnowledgeBase, u: Understanding): Answer | undefined {
  return u.skillsAsked && u.roles.length === 0
    ? skillAloneAnswer(kb, u.text, u.skillsAsked, u.certificationWeighed)
    : undefined;
}
