import type { KnowledgeBase } from "../knowledge/base.js";
import type { Role } from "../knowledge/core/schema.js";
import { resolveRole } from "../knowledge/resolve.js";
import type { Command } from "../understanding/command-grammar.js";
import { twoRolesNeeded, usages } from "../understanding/command-grammar.js";
import type { Answer, UserContext } from "./answers.js";
import { moveToItself } from "./ask/ask-back.js";
import { answerQuestion } from "./ask.js";
import { trends } from "./general/trends.js";
import { salaryFor } from "./pay/salary.js";
import { compareRoles } from "./roles/compare.js";
import { help, listRoles, missingRole, roleCard, roleProblem, withRole } from "./roles/roles.js";
import { careerPath, checklist, skillGap } from "./roles/skills.js";

export type AdvisorCommand = Exclude<Command, { kind: "prefs" } | { kind: "digest" }>;

/** Every answer that needs only the knowledge and what the user has saved: pure, no I/O. */
export function advise(kb: KnowledgeBase, command: AdvisorCommand, user: UserContext): Answer {
  const saved = user.role ? kb.roleById.get(user.role) : undefined;
  const savedNote = saved ? [`your saved target role (${saved.name})`] : [];
  switch (command.kind) {
    case "help":
      return help();
    case "roles":
      return listRoles(kb);
    case "trends":
      return trends(kb);
    case "role":
      return withRole(kb, command.role, (r) => roleCard(kb, r));
    case "path":
      return withRole(kb, command.role, (r) => careerPath(kb, r));
    case "skills":
      if (command.role) return withRole(kb, command.role, (r) => checklist(r, user));
      return saved ? checklist(saved, user, savedNote) : missingRole("skills");
    case "salary": {
      const request = { level: command.level, location: command.location };
      if (command.role) return withRole(kb, command.role, (r) => salaryFor(kb, r, request, user));
      if (!saved) return missingRole("salary");
      const answer = salaryFor(kb, saved, request, user);
      return { ...answer, usedPreferences: [...savedNote, ...answer.usedPreferences] };
    }
    case "compare": {
      // One role, with no thread to give the other (`withThreadRole` adds it where there is one).
      if (command.roles.length < 2) return usageAnswer("compare", twoRolesNeeded);
      const resolved: Role[] = [];
      for (const typed of command.roles) {
        const r = resolveRole(kb, typed);
        if (r.kind !== "found") return roleProblem(r);
        if (!resolved.includes(r.role)) resolved.push(r.role);
      }
      if (resolved.length < 2)
        return usageAnswer("compare", `those all name ${resolved[0]?.name}; name two different roles`, []);
      return compareRoles(kb, resolved);
    }
    case "gap":
      return withRole(kb, command.from, (from) =>
        withRole(kb, command.to, (to) =>
          to === from ? moveToItself(kb, from) : skillGap(kb, from, to, user),
        ),
      );
    case "ask":
      return answerQuestion(kb, command.question, user);
    case "usage":
      return usageAnswer(command.command, command.problem);
  }
}

/** What was wrong with a command, with its usage line. */
function usageAnswer(command: string, problem: string, followups = ["help"]): Answer {
  return { kind: "usage", command, problem, usage: usages[command]?.usage ?? "help", followups };
}
