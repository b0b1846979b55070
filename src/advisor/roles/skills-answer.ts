/** A role's skills, tools or soft skills as an answer, the kind of skill asked for first. */
import type { KnowledgeBase } from "../../knowledge/base.js";
import { cite } from "../../knowledge/core/figure-text.js";
import type { Role } from "../../knowledge/core/schema.js";
import type { SkillKind } from "../../understanding/intent/language.js";
import type { QuestionAnswer } from "../answers.js";
import { isMlRole, listed, roleCitations, skillId } from "../parts/answer-parts.js";
import { factAnswer, roleFollowups, withArticle } from "../parts/fact-answer.js";

function ofKind(items: string[], kind: SkillKind): string[] {
  const members = new Set(kind.members.map((m) => m.toLowerCase()));
  const words = kind.words.map((w) => w.toLowerCase()).filter((w) => w.length > 3);
  return items.filter((i) => members.has(i.toLowerCase()) || words.some((w) => i.toLowerCase().includes(w)));
}

/**
 * A role's skills, or its tools: with a kind asked for ("which databases…"), the role's items of that kind
 * first, then everything else it lists, so nothing relevant is left out.
 */
export function skillsAnswer(
  kb: KnowledgeBase,
  question: string,
  role: Role,
  focus: "skills" | "tools" | "softSkill",
  kind: SkillKind | undefined,
): QuestionAnswer {
  const s = role.skills;
  const a = withArticle(role.name);
  const groups: [string, string[]][] =
    focus === "tools"
      ? [
          ["Tools and platforms", s.tools],
          ["Frameworks and libraries", s.frameworks],
          ["Technical skills", s.technical],
        ]
      : focus === "softSkill"
        ? [["Soft skills", s.soft]]
        : [
            ["Technical skills", s.technical],
            ["Frameworks and libraries", s.frameworks],
            ["Tools and platforms", s.tools],
            ["Soft skills", s.soft],
          ];
  const facts = groups
    .filter(([, items]) => items.length > 0)
    .map(([label, items]) => `${label}: ${items.join(", ")}`);
  const citations = roleCitations(kb, role);
  const followups = [`skills ${role.aliases[0] ?? role.name}`, ...roleFollowups(role).slice(0, 2)];
  if (kind) {
    const matching = ofKind([...s.technical, ...s.frameworks, ...s.tools], kind);
    const headline = matching.length
      ? `${kind.name} ${a} works with: ${matching.join(", ")}.`
      : `The knowledge base names no ${kind.name.toLowerCase()} for ${role.name}. Everything it lists:`;
    return factAnswer(question, headline, facts, citations, followups);
  }
  if (facts.length === 0)
    facts.push(`The knowledge base lists no ${focus === "tools" ? "tools" : "skills"} for ${role.name}.`);
  // A role whose files name no tools: said so, rather than its skills under a heading of tools.
  const noTools = focus === "tools" && s.tools.length === 0 && s.frameworks.length === 0;
  const headline = noTools
    ? `The knowledge base lists no tools or frameworks for ${role.name}; the skills it lists:`
    : focus === "tools"
      ? `Tools and frameworks ${a} uses:`
      : focus === "softSkill"
        ? `Soft skills for ${a}:`
        : `Skills for ${a}:`;
  if (focus === "softSkill") {
    const general = kb.knowledge.softSkills;
    // The general list is the one its source gives machine learning engineers: for another role, said so.
    if (!isMlRole(role))
      facts.push(`The soft skills the sources give machine learning engineers, not said of ${role.name}:`);
    facts.push(...general.skills.map((x) => `${x.name}: ${x.summary}`));
    citations.push(cite(kb.sources, general.source, general.asOf));
  }
  return factAnswer(question, headline, facts, citations, followups);
}

/**
 * "what skills for ml am i still missing, i know pandas and some sklearn": the role's skills with those the
 * asker says they know left off, said first, with any the sources do not list for the role named as such
 * (so that they are not seen as ignored). Soft skills stay: nobody said they have them.
 */
export function skillsLeftToLearn(
  kb: KnowledgeBase,
  question: string,
  role: Role,
  known: readonly string[],
): QuestionAnswer {
  const ids = new Set(known.map(skillId));
  const s = role.skills;
  const all = [...s.technical, ...s.frameworks, ...s.tools];
  const kept = known.filter((k) => all.some((x) => skillId(x) === skillId(k)));
  const unlisted = known.filter((k) => !kept.includes(k));
  const left = (items: readonly string[]) => items.filter((i) => !ids.has(skillId(i)));
  const groups: [string, string[]][] = [
    ["Technical skills", left(s.technical)],
    ["Frameworks and libraries", left(s.frameworks)],
    ["Tools and platforms", left(s.tools)],
    ["Soft skills", s.soft],
  ];
  const facts = groups
    .filter(([, items]) => items.length > 0)
    .map(([label, items]) => `${label}: ${items.join(", ")}`);
  const said = [
    kept.length > 0
      ? `You said you know ${listed(kept)}: left off what ${role.name} still asks you to learn.`
      : "",
    unlisted.length > 0
      ? `The sources for ${role.name} do not list ${listed(unlisted)}, so nothing is taken off for ${unlisted.length > 1 ? "them" : "it"}.`
      : "",
  ].filter(Boolean);
  const headline = `${said.join(" ")} What ${withArticle(role.name)} needs besides:`;
  const followups = [`skills ${role.aliases[0] ?? role.name}`, ...roleFollowups(role).slice(0, 2)];
  return factAnswer(question, headline, facts, roleCitations(kb, role), followups);
}
