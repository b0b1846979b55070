/**
 * "L5 swe pay at google": how an employer's own name for a level was read, said before the answer, since
 * the same name is a different level at each employer (Google's L5 is its senior level, Amazon's its mid
 * level); and, where no employer using it was asked about, that no level was read from it. A role read from
 * the name's ladder ("E5 at meta": Meta's engineers') is said first.
 */
import type { KnowledgeBase } from "../../knowledge/base.js";
import type { CompanyLevelReading } from "../../understanding/entities/company-level-read.js";
import type { Understanding } from "../../understanding/shape/understanding.js";
import type { Answer } from "../answers.js";
import { orList } from "../parts/answer-parts.js";

/** A level of the knowledge by its name ("Senior level"), or a rank above them ("the staff level"). */
function levelSaid(kb: KnowledgeBase, level: string, rank: string | undefined): string {
  if (rank) return `the ${rank} level`;
  return kb.knowledge.levels.find((l) => l.id === level)?.name ?? level;
}

/** Each employer's reading of the name: "Google's L5 is Senior level, Amazon's is Mid level". */
function readingsSaid(kb: KnowledgeBase, named: CompanyLevelReading): string {
  const each = named.readings.map(
    (x, i) => `${x.company}'s${i === 0 ? ` ${x.name}` : ""} is ${levelSaid(kb, x.level, x.rank)}`,
  );
  return each.join(", ");
}

/** The sentence on how the name was read, capitalised as a sentence ("Level 63 at Microsoft …"). */
export function companyLevelSentence(kb: KnowledgeBase, named: CompanyLevelReading): string {
  const { name, company, level, rank, notAt } = named;
  const employers = orList([...new Set(named.readings.map((x) => x.company))]);
  const whose = `${employers.replace(/ or /, " and ")}'s name for a level`;
  const said = level
    ? company
      ? `${name} at ${company} is read as ${levelSaid(kb, level, rank)}.`
      : `${notAt ? `${notAt} has no level named ${name}; ` : ""}${name}, ${whose}, is read as ${levelSaid(kb, level, rank)}.`
    : notAt
      ? `${notAt} has no level named ${name} (${readingsSaid(kb, named)}), so it is read as no level. The figures below are for all levels.`
      : `${name} is a different level at each employer (${readingsSaid(kb, named)}), so it is read as no level: name the employer (${employers}) to have it read as that employer's level. The figures below are for all levels.`;
  // "E5 at meta": the role read from the name's ladder, the question naming none, said to be read so.
  const role = named.roleOfLadder ? kb.roleById.get(named.roleOfLadder) : undefined;
  const ladder = role
    ? `${name} is on ${orList([...new Set(named.readings.map((x) => x.company))])}'s ${role.name} ladder, so the role is read as ${role.name}. `
    : "";
  return `${ladder}${said.charAt(0).toUpperCase()}${said.slice(1)}`;
}

/** The answer with the word on how the level name was read first; a pay answer or comparison only. */
export function companyLevelSaid(kb: KnowledgeBase, answer: Answer, u: Understanding): Answer {
  const named = u.companyLevel;
  // "sde 1 vs sde 2 pay": two levels set side by side are each named by the level read, in the answer itself.
  if (!named || u.entities.otherLevel) return answer;
  const said = companyLevelSentence(kb, named);
  if (answer.kind === "pay-compare" || answer.kind === "compare")
    return { ...answer, note: answer.note ? `${said} ${answer.note}` : said };
  if (answer.kind !== "answer") return answer;
  return { ...answer, headline: `${said} ${answer.headline ?? ""}`.trim() };
}
