/*
 * "could an hvac guy get into IT", "im a plumbing guy", "hvac guy here": a trade's word before a word for a
 * person, said of the asker (after "a"/"an", or opening the message with "here" after it), is the trade's
 * occupation, as "hvac tech" typed whole is: the one occupation O*NET lists the trade's technician,
 * mechanic, worker or installer under (otherwise: no job read, the way into IT support given with nothing
 * of the move from the trade).
 */
import { roleThatIs } from "../../knowledge/role-that-is.js";
import { type EntityReading, officialOccupation } from "../names/entity-reading.js";
import { heldNowAt } from "../words/entity-words.js";

/** Words for the person who does a trade: "an hvac guy", "a welding gal". */
const personWords: ReadonlySet<string> = new Set("guy gal dude person lady man".split(" "));

/** The heads a trade's worker is titled by, likeliest first: "hvac technician", "hvac mechanic". */
const tradeHeads = ["technician", "tech", "mechanic", "installer", "worker"];

/** Reads "an hvac guy" as the trade's one occupation, where O*NET lists one title of its worker. */
export function tradePersonRead(r: EntityReading): void {
  const { kb, v, official, tokens } = r;
  if (!official || r.occupations.length > 0) return;
  r.open().forEach((word, at) => {
    const article = tokens[at - 1];
    // "hvac guy here, could i move into sysadmin": opening the message with who asks, as "nurse here" does.
    const opensAsHeld = at === 0 && heldNowAt(tokens) === at + 2;
    if (
      !word ||
      !personWords.has(tokens[at + 1] ?? "") ||
      (article !== "a" && article !== "an" && !opensAsHeld)
    )
      return;
    // "a data person", "a people person": a word of the knowledge's or of everyday talk is a kind of
    // person, no trade.
    if (v.knownWord(word) || v.commonWords.has(word)) return;
    if (r.occupations.length > 0) return;
    const socs = tradeHeads
      .map((head) => official.titles.lookup(`${word} ${head}`))
      .find((found) => found.length > 0);
    const [soc, ...others] = socs ?? [];
    // A trade whose worker is a curated role's ("it guy") is read as that role by its own names.
    if (!soc || others.length > 0 || roleThatIs(kb, soc)) return;
    r.addUncovered(
      { occupation: officialOccupation(kb, soc), typed: `${word} ${tokens[at + 1]}`, official: [soc] },
      at,
    );
    r.claim({ start: at, end: at + 2 }, "xrole");
  });
}
