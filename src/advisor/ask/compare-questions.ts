/** Roles compared side by side, or what they have in common. */
import type { KnowledgeBase } from "../../knowledge/base.js";
import type { Role } from "../../knowledge/core/schema.js";
import { itRoles } from "../../knowledge/it-roles.js";
import type { Understanding } from "../../understanding/shape/understanding.js";
import { choiceAsked, unratedQualityCompared } from "../../understanding/words/question-asks.js";
import type { Answer, UserContext } from "../answers.js";
import { itSideForNewcomer, itSideSaid } from "../it/it-field.js";
import { alias, orList, roleCitations } from "../parts/answer-parts.js";
import { factAnswer } from "../parts/fact-answer.js";
import { compareRoles } from "../roles/compare.js";
import { whichOther, whichRole } from "./ask-back.js";
import { moveOptions } from "./move-options.js";
import { payComparedInPlace } from "./pay-questions.js";
import { saidFirst, withUnreadSide } from "./said-first.js";

/** What two or three roles share: skills and industries, computed from their files. */
export function commonAnswer(
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

/** A comparison ("compare") or what roles share ("common"): with one role named, which other. */
export function compareQuestion(
  kb: KnowledgeBase,
  u: Understanding,
  user: UserContext,
  intent: "compare" | "common",
): Answer {
  const e = u.entities;
  const [role, other] = u.roles;
  if (!role) return whichRole(kb, intent, user, u);
  // "IT or cybersecurity for a career changer?": IT support, the usual way in, beside the role.
  if (!other && e.itField) {
    const entry = itSideForNewcomer(u.text, itRoles(kb), role);
    if (entry && intent === "compare") return saidFirst(compareRoles(kb, [entry, role]), itSideSaid(entry));
  }
  if (!other) return whichOther(kb, intent, role, e.unread, false, e.itField);
  if (intent === "common") return commonAnswer(kb, u.text, u.roles);
  const compared = moveOptions(kb, u) ?? compareRoles(kb, u.roles.slice(0, 3));
  const placed = withPayInPlace(kb, u, compared);
  return withUnratedQuality(u.text, withUnreadSide(withLevelUnsplit(kb, u, placed), e.unread));
}

/**
 * "senior sre vs senior devops in austin", "swe vs mle in seattle": a place asked of a comparison narrows
 * its pay as a pay comparison there does (the place's figures first where a role has them, its lack said
 * first where one has none), lest national pay read as the place's.
 */
function withPayInPlace(kb: KnowledgeBase, u: Understanding, answer: Answer): Answer {
  if (answer.kind !== "compare") return answer;
  const there = payComparedInPlace(kb, u);
  const sameRoles = there?.roles.every((row, i) => row.role.id === answer.roles[i]?.id);
  if (!there || !sameRoles || there.roles.length !== answer.roles.length) return answer;
  const narrowed = { ...answer, pay: there.roles, payNote: there.verdict };
  return there.note ? saidFirst(narrowed, there.note) : narrowed;
}

/**
 * "cloud architect vs network architect at senior level": a level asked that none of the roles compared has
 * pay figures for is said first, lest the pay below (for all levels) read as that level's.
 */
function withLevelUnsplit(kb: KnowledgeBase, u: Understanding, answer: Answer): Answer {
  const roles = u.roles.slice(0, 3);
  const level = kb.knowledge.levels.find((l) => l.id === u.level);
  const name = u.unlistedLevel ?? level?.name.toLowerCase();
  if (!name || answer.kind !== "compare") return answer;
  if (level && !u.unlistedLevel && roles.some((r) => r.salary?.levels.some((l) => l.level === level.id)))
    return answer;
  const names = roles.map((r) => r.name);
  return saidFirst(answer, `No ${name} figures for ${orList(names)}: the pay below is for all levels.`);
}

/**
 * "which is more creative", "which has more meetings" after a comparison: no source rates it, said first;
 * what the comparison shows of each role's work is the nearest answer. So with the choice itself asked of the
 * advisor ("which would u pick if u were me"), which is the asker's to make.
 */
function withUnratedQuality(question: string, answer: Answer): Answer {
  const quality = unratedQualityCompared(question);
  // "which would u pick if u were me": the choice is the asker's; what the sources say of each is below.
  if (!quality && choiceAsked(question))
    return saidFirst(
      answer,
      "No source can make this choice for you: it turns on what you want from the work. What the sources say of each is below; ask about pay, growth or skills to weigh one thing.",
    );
  if (!quality) return answer;
  const said =
    quality === "meetings"
      ? "No source says which has more meetings; what each role does is below."
      : `No source rates which is more ${quality}; what each role does is below.`;
  return saidFirst(answer, said);
}
