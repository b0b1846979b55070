import type { KnowledgeBase } from "../../knowledge/base.js";
import type { Role } from "../../knowledge/core/schema.js";
import { type RoleResolution, resolveRole } from "../../knowledge/resolve.js";
import { usages } from "../../understanding/command-grammar.js";
import { understanderFor } from "../../understanding/understand.js";
import type { HelpAnswer, RoleCard, RoleProblem, RolesAnswer } from "../answers.js";
import { answerOccupation } from "../occupations/scope.js";
import {
  noPayFigure,
  onetLinks,
  payHeadline,
  relatedRoles,
  roleCitations,
  roleRef,
  skillLists,
} from "../parts/answer-parts.js";

/**
 * Resolves a typed role name, or answers with what went wrong: an occupation the knowledge does not cover
 * ("skills nurse") is said to be not covered; any other name gets the closest roles.
 */
export function withRole<A>(
  kb: KnowledgeBase,
  typed: string,
  answer: (role: Role) => A,
): A | RoleProblem | ReturnType<typeof answerOccupation> {
  const r = resolveRole(kb, typed);
  if (r.kind === "found") return answer(r.role);
  const uncovered =
    r.kind === "unknown" ? understanderFor(kb).understand(typed).entities.uncovered[0] : undefined;
  return uncovered
    ? answerOccupation(kb, {
        typed: uncovered.typed,
        occupation: uncovered.occupation,
        ...(uncovered.official ? { official: uncovered.official } : {}),
      })
    : roleProblem(r);
}

/** The answer for a name that is unknown or names several roles: what was typed, and the closest roles. */
export function roleProblem(r: Exclude<RoleResolution, { kind: "found" }>): RoleProblem {
  const { typed } = r;
  const options = (r.kind === "ambiguous" ? r.options : r.suggestions).map(roleRef);
  return {
    kind: "role-problem",
    typed,
    problem: r.kind,
    options,
    followups: options.map((o) => `role ${o.name.toLowerCase()}`),
  };
}

export function missingRole(command: string): RoleProblem {
  return {
    kind: "role-problem",
    typed: "",
    problem: "missing",
    options: [],
    followups: [`${command} mle`, "prefs set role mle"],
  };
}

export function help(): HelpAnswer {
  return {
    kind: "help",
    commands: Object.values(usages),
    examples: [
      "compare mle swe",
      "salary mle senior seattle",
      "skills data science engineer",
      "what does an ML engineer earn in Seattle?",
    ],
    followups: ["roles", "compare mle swe", "trends"],
  };
}

export function listRoles(kb: KnowledgeBase): RolesAnswer {
  return {
    kind: "roles",
    roles: kb.knowledge.roles.map((r) => ({
      ...roleRef(r),
      aliases: r.aliases.slice(0, 4),
      summary: r.summary,
    })),
    followups: ["role mle", "compare mle swe"],
  };
}

export function roleCard(kb: KnowledgeBase, role: Role): RoleCard {
  const pay = payHeadline(kb, role);
  return {
    kind: "role",
    role: roleRef(role),
    summary: role.summary,
    responsibilities: role.responsibilities,
    skills: skillLists(role),
    education: role.education,
    experience: role.experience,
    pay,
    ...(pay.length === 0 ? { payMissing: noPayFigure(role) } : {}),
    related: relatedRoles(kb, role),
    learnMore: onetLinks(kb, role),
    citations: roleCitations(kb, role),
    followups: [`skills ${role.aliases[0]}`, `salary ${role.aliases[0]}`, `path ${role.aliases[0]}`],
  };
}
