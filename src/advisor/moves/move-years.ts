/**
 * "senior dev, 8 yrs in, thinking about going EM": years a move's question says of the career so far are set
 * beside the experience the knowledge gives for where the move leads, said first.
 */
import type { Role } from "../../knowledge/core/schema.js";
import type { SkillGap } from "../answers.js";

/** A count of years said ("8 yrs in", "10 years of experience", "5 yoe"). */
const yearsSaid = /\b\d{1,2}\+?\s*(?:years?|yrs?|yoe)\b/i;

/** The move's answer with the target role's experience lines said first, where the question says years. */
export function withYearsBesideExperience(move: SkillGap, question: string, to: Role): SkillGap {
  const said = yearsSaid.exec(question)?.[0];
  if (!said || to.experience.length === 0) return move;
  const line = `You said “${said}”; for ${to.name}, by the sources: ${to.experience.join(" ")}`;
  return { ...move, note: move.note ? `${line} ${move.note}` : line };
}
