/**
 * "what does an IT director do": a duties question about a title whose official occupation is one curated
 * role's own (Computer and Information Systems Managers is Engineering Manager's) is answered with that
 * role's duties, saying how the title was read; the occupation's card holds figures, not the work.
 */
import type { KnowledgeBase } from "../../knowledge/base.js";
import { socOf } from "../../official/data.js";
import type { Understanding } from "../../understanding/shape/understanding.js";
import type { Answer } from "../answers.js";
import { curatedRolesFor } from "../occupations/official-occupation.js";
import { occupationSocs } from "../occupations/scope.js";
import { roleTopicAnswer } from "../roles/role-topic-answer.js";
import { workLifeOf } from "../roles/work-life.js";

/** The duties of the one curated role whose first occupation the title asked about is in; else undefined. */
export function curatedOccupationDuties(kb: KnowledgeBase, u: Understanding): Answer | undefined {
  const e = u.entities;
  const [asked, ...more] = e.uncovered;
  // "is being an IT director stressful" asks about the working life, which the occupation's answer says.
  if (u.intent !== "responsibilities" || !asked || more.length > 0 || u.roles.length > 0) return undefined;
  if (workLifeOf(u.text).workLife) return undefined;
  const [soc, ...otherSocs] = occupationSocs(kb, asked);
  if (!soc || otherSocs.length > 0) return undefined;
  // Only a role the occupation is the first of, and the only such role: its work is the occupation's.
  const [role, ...others] = curatedRolesFor(kb, soc).filter((r) => socOf(r.onet[0] ?? "") === soc);
  if (!role || others.length > 0) return undefined;
  const answer = roleTopicAnswer(kb, u.text, role, "responsibilities");
  const title = kb.official?.bySoc.get(soc)?.title ?? soc;
  const said = `Read “${asked.typed}” as ${title} (SOC ${soc}), the occupation of the curated ${role.name} role, so this is that role's work.`;
  // The thread goes on with the occupation, as it would after "IT manager salary": "how much do they make".
  return { ...answer, headline: `${said} ${answer.headline ?? ""}`.trim(), occupation: soc };
}
