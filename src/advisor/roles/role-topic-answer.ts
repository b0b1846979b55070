/** One part of a role's file (education, path, outlook, …) as an answer, saying so where the file has nothing. */
import type { KnowledgeBase } from "../../knowledge/base.js";
import { cite } from "../../knowledge/core/figure-text.js";
import type { Role } from "../../knowledge/core/schema.js";
import type { QuestionAnswer } from "../answers.js";
import { alias, figureView, relatedRolesOf, roleCitations, rolesNamed } from "../parts/answer-parts.js";
import { factAnswer, factLines, roleFollowups, withArticle } from "../parts/fact-answer.js";

export type RoleTopic =
  | "education"
  | "experience"
  | "industries"
  | "responsibilities"
  | "path"
  | "outlook"
  | "gettingStarted";

/** One part of a role's file as an answer, saying so when the file has nothing on it. */
export function roleTopicAnswer(
  kb: KnowledgeBase,
  question: string,
  role: Role,
  topic: RoleTopic,
): QuestionAnswer {
  const a = withArticle(role.name);
  const nextRoles = topic === "path" && pathless(role) ? relatedRolesOf(kb, role) : [];
  const none = (what: string) => [`The knowledge base lists no ${what} for ${role.name}.`];
  const list = (items: string[], what: string) => (items.length ? items : none(what));
  const content: Record<RoleTopic, [string, string[]]> = {
    education: [`Education for ${a}:`, list(role.education, "education requirements")],
    experience: [`Experience for ${a}:`, list(role.experience, "experience requirements")],
    industries: [`Industries that hire ${role.name}s:`, list(role.industries, "industries")],
    responsibilities: [`What ${a} does:`, [role.summary, ...role.responsibilities]],
    path: [
      `Career path for ${a}:`,
      list(
        [
          ...(role.path.into.length ? [`Into the role from: ${role.path.into.join(", ")}`] : []),
          ...(role.path.ladder.length ? [`Ladder: ${role.path.ladder.join(" → ")}`] : []),
          ...(role.path.beyond.length ? [`After it: ${role.path.beyond.join(", ")}`] : []),
          ...relatedInstead(role, nextRoles),
          ...role.path.advice,
        ],
        "career path",
      ),
    ],
    outlook: [
      `Outlook for ${a}:`,
      list(
        [
          ...role.outlook.notes,
          ...factLines(role.outlook.figures.map((f) => figureView(kb, f))),
          ...governmentOutlook(kb, role),
        ],
        "outlook figures",
      ),
    ],
    gettingStarted: [`Getting started as ${a}:`, list(role.gettingStarted, "getting-started tips")],
  };
  const [headline, facts] = content[topic];
  const citations = [
    ...roleCitations(kb, role),
    ...(topic === "outlook" ? role.outlook.figures.map((f) => cite(kb.sources, f.source, f.asOf)) : []),
  ];
  const answer = factAnswer(question, headline, facts, citations, roleFollowups(role));
  // The roles the path goes on to, where the knowledge has them ("After it: Network Architect"): offered, so
  // "how big is the raise if i get there" weighs their pay against this role's.
  const onward = topic === "path" ? rolesNamed(kb, role.path.beyond) : [];
  if (onward.length > 0 && nextRoles.length === 0) return { ...answer, offered: onward.map((r) => r.id) };
  if (topic !== "path" || nextRoles.length === 0) return answer;
  // The related roles offered as where to go next: the move to each, and a reply can weigh them ("which
  // of those pays best").
  return {
    ...answer,
    followups: nextRoles.slice(0, 3).map((r) => `gap ${alias(role)} to ${alias(r)}`),
    offered: nextRoles.map((r) => r.id),
  };
}

/** Whether a role's file gives no path at all: nothing into it, no ladder, nothing after it. */
const pathless = (role: Role) =>
  role.path.into.length + role.path.ladder.length + role.path.beyond.length === 0;

/**
 * For a role whose file gives no path (`related` empty otherwise): the roles it lists as related, said to be
 * just that, never as steps of a ladder.
 */
function relatedInstead(role: Role, related: Role[]): string[] {
  if (related.length === 0) return [];
  return [
    `The knowledge base gives no ladder or next steps for ${role.name}. Roles it lists as related, to look at as where to go next: ${related.map((r) => r.name).join(", ")}.`,
  ];
}

/** Employment figures of the role's nearest official occupation (jobs, growth, openings), labelled as such. */
function governmentOutlook(kb: KnowledgeBase, role: Role): string[] {
  const mentioned = new Set(role.outlook.figures.map((f) => f.label));
  return role.onet.flatMap((code) => {
    const o = kb.knowledge.occupations.find((x) => x.code === code);
    if (!o) return [];
    return o.figures
      .filter((f) => f.unit !== "usd" && !f.text && !mentioned.has(f.label))
      .map((f) => `${factLines([figureView(kb, f)])[0]} — nearest official occupation: ${o.title}`);
  });
}
