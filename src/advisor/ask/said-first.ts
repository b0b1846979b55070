/**
 * A word on how the question was read, said before the answer: a side left out, a role kept for a word,
 * years of experience read as a level.
 */
import type { KnowledgeBase } from "../../knowledge/base.js";
import { citationText, cite } from "../../knowledge/core/figure-text.js";
import { tokenize } from "../../knowledge/core/text.js";
import { resolveRole, topicFirstFields } from "../../knowledge/resolve.js";
import type { Understanding } from "../../understanding/shape/understanding.js";
import type { Answer } from "../answers.js";

/** A comparison (of the roles, or of their pay) with a word on how the question was read before its own note. */
export function saidFirst(answer: Answer, said: string): Answer {
  if (answer.kind !== "compare" && answer.kind !== "pay-compare") return answer;
  return { ...answer, note: answer.note ? `${said} ${answer.note}` : said };
}

/** A comparison that left out a side it could not read ("devops vs sre vs blorpt"): said first, never dropped. */
export function withUnreadSide(answer: Answer, unread: string | undefined): Answer {
  return unread
    ? saidFirst(answer, `I could not read “${unread}” as a role I know, so it is left out.`)
    : answer;
}

/**
 * "and android?" after iOS developers' pay: the answer is the thread's role again, so it says first why,
 * with the name of the role that holds the word, lest it read as a repeat that ignored the question.
 */
export function keptRoleSaid(answer: Answer, u: Understanding): Answer {
  const kept = u.keptBy;
  if (!kept || answer.kind !== "answer" || !u.roles.includes(kept.role)) return answer;
  const name = kept.role.aliases.find((a) => tokenize(a)[0] === kept.word);
  const said = `The knowledge has no role of its own for “${kept.word}”: it is part of ${kept.role.name}${name ? ` (“${name}” is one of its names)` : ""}.`;
  return { ...answer, headline: `${said} ${answer.headline ?? ""}`.trim() };
}

/**
 * "im a radiology PACS admin, whats my next step": a role read from another of its occupation's O*NET
 * titles, none of the role's own names, says so first, with the occupation, so that a reading the person
 * did not mean (a PACS administrator runs imaging systems; O*NET files the title under Database
 * Administrators) is seen and can be put right, never passed off as the role they named.
 */
export function titleReadSaid(kb: KnowledgeBase, answer: Answer, u: Understanding): Answer {
  const read = (u.entities.titledRoles ?? []).filter(
    (t) => u.roles.includes(t.role) || u.from === t.role || u.to === t.role,
  );
  if (read.length === 0) return answer;
  const said = read
    .map((t) => {
      const occupation = kb.official?.bySoc.get(t.soc)?.title ?? t.role.name;
      return `Read “${t.typed}” as ${t.role.name}: O*NET lists it among the titles of ${occupation} (SOC ${t.soc}).`;
    })
    .join(" ");
  if (answer.kind === "answer") return { ...answer, headline: `${said} ${answer.headline ?? ""}`.trim() };
  if (answer.kind === "gap") return { ...answer, note: answer.note ? `${said} ${answer.note}` : said };
  return saidFirst(answer, said);
}

/**
 * "how much does ai pay", "ai or devops", "ai engineer pay": AI answered for the one role that stands for it
 * (Machine Learning Engineer), said first, lest the figures read as those of every job in AI.
 */
export function fieldRoleSaid(kb: KnowledgeBase, answer: Answer, u: Understanding): Answer {
  const words = tokenize(u.text);
  const field = words.find((w) => topicFirstFields.has(w));
  const found = field ? resolveRole(kb, field) : undefined;
  if (!field || found?.kind !== "found" || !u.roles.includes(found.role)) return answer;
  const matches = kb.roleNames.findAll(words, undefined, false);
  // Named by a name of its own too ("ai vs ml"), the role needs no word on the field.
  const named = matches.some((m) => m.entries.includes(found.role.id));
  if (named && !words.some((w, i) => w === field && words[i + 1] === "engineer")) return answer;
  // "vs ai research?": the word is part of another role's name each time, and says nothing of the field's role.
  const inOtherName = (i: number) =>
    matches.some((m) => m.start <= i && i < m.end && !m.entries.includes(found.role.id));
  if (words.every((w, i) => w !== field || inOtherName(i))) return answer;
  const said = `“${field.toUpperCase()}” is answered for ${found.role.name}, the role here whose work is AI.`;
  if (answer.kind === "answer") return { ...answer, headline: `${said} ${answer.headline ?? ""}`.trim() };
  if (answer.kind === "gap") return { ...answer, note: answer.note ? `${said} ${answer.note}` : said };
  return saidFirst(answer, said);
}

/**
 * "what does a swe make starting out vs after 10 years": how each stage said as years was read as a level,
 * said before the two levels' pay; where no source gives the levels' years, it says so.
 */
function stagesSaid(kb: KnowledgeBase, answer: Answer, u: Understanding): Answer | undefined {
  const stages = u.entities.stagesByTime;
  if (!stages?.length || answer.kind !== "pay-compare") return undefined;
  const levelName = (id: string) => kb.knowledge.levels.find((l) => l.id === id)?.name ?? id;
  const read = stages.map((s) => `“${s.typed}” is read as ${levelName(s.level)}`).join("; ");
  const said = stages.every((s) => s.sourced)
    ? `${read}, as the knowledge's levels give it.`
    : `${read}: no source here gives its levels in years, so that is the usual reading, not a sourced one.`;
  return { ...answer, note: answer.note ? `${said} ${answer.note}` : said };
}

/**
 * "data scientist salary w/ 5 yrs exp": how the years of experience were read, said first: as the level the
 * knowledge's levels give for them, or, where none does, left aside (never a question back).
 */
export function experienceSaid(kb: KnowledgeBase, answer: Answer, u: Understanding): Answer {
  const staged = stagesSaid(kb, answer, u);
  if (staged) return staged;
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
