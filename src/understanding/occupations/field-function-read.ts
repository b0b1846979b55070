/*
 * "IT operations salary", "is it ops stressful": IT the field and a function of its work with no job's head
 * after it. Where O*NET's titles that go on from those words ("IT Operations Analyst") are all of one
 * occupation, the words name that occupation (Computer Network Support Specialists), read as its title would
 * be (the curated role that is that occupation, if one is, else the occupation's official figures), not a
 * ranking of the field. Before a word for a group of people ("the IT ops team") the words name the group.
 */
import { roleThatIs } from "../../knowledge/role-that-is.js";
import { type EntityReading, officialOccupation } from "../names/entity-reading.js";
import { questionWords } from "../words/entity-words.js";

/** Functions people clip in talk of IT work: "IT ops" is IT operations. */
const clipped: ReadonlyMap<string, string> = new Map([["ops", "operations"]]);

/** Words for a group of people at work: "the IT ops team" is the people, not a job. */
const groupNouns: ReadonlySet<string> = new Set(
  "team teams department departments dept org organisation organization group unit side staff".split(" "),
);

export function fieldFunctionRead(r: EntityReading): void {
  const { kb, tokens, taken } = r;
  const official = r.official?.titles;
  if (!official || r.rolesFound.length + r.occupations.length > 0) return;
  for (const at of r.itField) {
    const word = tokens[at + 1] ?? "";
    if (taken[at] || taken[at + 1] || word === "" || questionWords.has(word)) continue;
    const spelt = clipped.get(word) ?? word;
    // "IT manager", "IT ops engineer": a title of its own, which the steps for titles read.
    const next = tokens[at + 2] ?? "";
    if (official.isTitleHead(spelt) || official.isTitleHead(next) || groupNouns.has(next)) continue;
    const [soc, ...others] = official.socsBeginning(`it ${spelt}`);
    if (!soc || others.length > 0) continue;
    const span = { start: at, end: at + 2 };
    const role = roleThatIs(kb, soc);
    if (role) r.addRole(role, span);
    else
      r.addUncovered({ occupation: officialOccupation(kb, soc), typed: `IT ${word}`, official: [soc] }, at);
    r.claim(span, "xrole");
    return;
  }
}
