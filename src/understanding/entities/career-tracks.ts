/**
 * The two tracks of an engineer's career, said as tracks ("manager track vs staying IC", "should i stay ic
 * or go into management"). Where a question sets the individual contributor's track against the manager's
 * and names no role of its own, the tracks are the knowledge's engineering ones: the Engineering Manager,
 * its one manager of engineers, and the Software Engineer it manages and comes from (first of its related
 * roles). In a thread about another role ("what does an sre do", then "is it ic or management?"), that
 * role is the individual contributor's side. The words are spelt as those roles, so that the question is
 * read as a move or a comparison between them like any other; the answer's heading names the roles they
 * were read as. So is the individual contributor said beside the Engineering Manager named as a role
 * ("EM comp vs staff IC").
 */
import type { KnowledgeBase } from "../../knowledge/base.js";
import { tokenize } from "../../knowledge/core/text.js";
import type { ConversationContext } from "../thread/conversation-state.js";
import { comparingWords } from "../words/contrast-words.js";

/** The knowledge's manager of engineers, and the engineer it manages and comes from. */
const managerRole = "engineering manager";
const engineerRole = "software engineer";
/** The manager's id, as the names found give it. */
const managerId = "engineering-manager";

/** The individual contributor's track: "ic", "an IC", "the ic track". */
const icTrack = /\bic(?: track| path| route)?\b/gi;
/** The manager's track: "manager", "manager track", "management", "people management", "managing". */
const managerTrack =
  /\b(?:people manag(?:er|ement)|manag(?:er|ement|erial)(?: track| path| route)?|managing)\b/gi;

/**
 * The question with "individual contributor" in its short form, as a move's side reads it ("from em to
 * individual contributor": `move-target.ts`), and with both tracks, set against each other and no role
 * named, spelt as the two roles: the thread's role, where it holds one other than the manager, as the
 * individual contributor.
 */
export function careerTracksSpelt(
  kb: KnowledgeBase,
  typed: string,
  context: ConversationContext | undefined,
): string {
  const text = typed.replace(/\bindividual contributors?\b/gi, "ic");
  icTrack.lastIndex = 0;
  managerTrack.lastIndex = 0;
  if (!icTrack.test(text)) return text;
  const named = kb.roleNames.findAll(tokenize(text), undefined, false);
  // "EM comp vs staff IC", "stay ic or go em": the manager named as the role itself, and the individual
  // contributor set against it is the engineer it manages (otherwise the IC was dropped: the manager's pay
  // alone). Not an IC said of who asks, with nothing weighed ("engineering manager skills for an ic", "is
  // engineering manager a good ic move"): the manager alone is asked.
  const weighed = tokenize(text).some((w) => comparingWords.has(w));
  const managerNamed =
    weighed && named.length > 0 && named.every((m) => m.entries.every((id) => id === managerId));
  if (managerNamed) return text.replace(icTrack, engineerRole);
  if (!managerTrack.test(text)) return text;
  if (named.length > 0) return text;
  const role = context?.roles[0] ? kb.roleById.get(context.roles[0]) : undefined;
  const held = role ? tokenize(role.name).join(" ") : undefined;
  const individual = held && held !== managerRole ? held : engineerRole;
  return text.replace(icTrack, individual).replace(managerTrack, managerRole);
}
