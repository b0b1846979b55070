/*
 * "i run the AV and classroom tech for a university": two words sharing one title's last word, joined by
 * "and". Neither "av and classroom tech" nor "classroom tech" is a title, and the job held was lost; the
 * first word with the shared last one ("av tech") is the title said, read as the official titles are.
 */
import { roleThatIs } from "../../knowledge/role-that-is.js";
import { type EntityReading, officialOccupation } from "../names/entity-reading.js";

/** The words that join two words sharing a title's last word. */
const joining: ReadonlySet<string> = new Set(["and", "n", "&"]);

/**
 * Words that open a new person or thing after "and", never a title's first word: "grad student and my
 * advisor says" names the asker and their advisor, not a "student advisor".
 */
const openingWords: ReadonlySet<string> = new Set("my our his her their your the a an this that".split(" "));

/** A title of two words, its first word coordinated with another ("av and classroom tech"), read whole. */
export function coordinatedTitlesRead(r: EntityReading): void {
  const { kb, official } = r;
  if (!official) return;
  const open = r.open();
  for (let i = 0; i + 3 < open.length; i++) {
    const [first, join, other, last] = open.slice(i, i + 4);
    if (!first || !other || !last || !joining.has(join ?? "") || openingWords.has(other)) continue;
    const m = official.titles
      .findAll([first, last], () => false)
      .find((x) => x.start === 0 && x.end === 2 && x.distance === 0);
    if (!m?.socs.some((s) => official.titles.readsAs(m.phrase, s))) continue;
    const span = { start: i, end: i + 4 };
    const soc = m.socs[0] ?? "";
    const same = m.socs.length === 1 ? roleThatIs(kb, soc) : undefined;
    if (same) r.addRole(same, span);
    else {
      r.addUncovered({ occupation: officialOccupation(kb, soc), typed: m.phrase, official: m.socs }, i);
      r.claim(span, "xrole");
    }
    return;
  }
}
