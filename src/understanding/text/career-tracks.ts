/**
 * The two tracks of an engineer's career, said as tracks ("manager track vs staying IC", "should i stay ic
 * or go into management"). Where a question sets the individual contributor's track against the manager's
 * and names no role of its own, the tracks are the knowledge's engineering ones: the Engineering Manager,
 * its one manager of engineers, and the Software Engineer it manages and comes from (first of its related
 * roles). The words are spelt as those roles, so that the question is read as a move or a comparison
 * between them like any other; the answer's heading names the roles they were read as.
 */
import type { KnowledgeBase } from "../../knowledge/base.js";
import { tokenize } from "../../knowledge/core/text.js";

/** The individual contributor's track: "ic", "an IC", "the ic track". */
const icTrack = /\bic(?: track| path| route)?\b/gi;
/** The manager's track: "manager", "manager track", "management", "people management", "managing". */
const managerTrack =
  /\b(?:people manag(?:er|ement)|manag(?:er|ement|erial)(?: track| path| route)?|managing)\b/gi;

/**
 * The question with "individual contributor" in its short form, as a move's side reads it ("from em to
 * individual contributor": `move-target.ts`), and with both tracks, set against each other and no role
 * named, spelt as the two roles.
 */
export function careerTracksSpelt(kb: KnowledgeBase, typed: string): string {
  const text = typed.replace(/\bindividual contributors?\b/gi, "ic");
  icTrack.lastIndex = 0;
  managerTrack.lastIndex = 0;
  if (!icTrack.test(text) || !managerTrack.test(text)) return text;
  if (kb.roleNames.findAll(tokenize(text), undefined, false).length > 0) return text;
  return text.replace(icTrack, "software engineer").replace(managerTrack, "engineering manager");
}
