/*
 * "high school", "the middle school one", "hs" after "“teachers” is a title O*NET lists under several
 * occupations … Which one?": a reply naming a school stage picks the teachers of that stage among the
 * occupations offered, as "high school teacher" typed whole reads (otherwise the same question was asked
 * again).
 */
import type { KnowledgeBase } from "../../knowledge/base.js";
import { singular } from "../../official/titles.js";
import { teachersOfStages } from "../occupations/school-stage.js";
import { stageNamed } from "../text/school-stages.js";
import { framesPick, type ThreadPick } from "../thread/thread-pick.js";

/** Words a reply may put around the stage: "the high school one", "at a middle school", "high school teachers". */
const aroundStage = new Set("a an the at in for of teacher teaching level".split(" "));

/** The one occupation offered that is the teachers' of the stage a reply names, and names alone. */
export function stageNamedBack(
  kb: KnowledgeBase,
  tokens: readonly string[],
  offered: readonly string[],
): ThreadPick | undefined {
  const said = tokens.filter((t) => !framesPick(t) && !aroundStage.has(singular(t)));
  const stage = said.length > 0 ? stageNamed(said.join(" ")) : undefined;
  if (!stage) return undefined;
  const occupations = offered.filter((id) => !kb.roleById.has(id));
  const [one, ...more] = teachersOfStages(kb, occupations, [stage]);
  return one && more.length === 0 ? { occupation: one, namedAlone: true } : undefined;
}
