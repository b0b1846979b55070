import type { Answer, SkillGap } from "../answers.js";
import { listed, skillId } from "../parts/answer-parts.js";

/*
 * "what would i need to learn, i know python and sql already" after a move: the skills the asker says they
 * have are left off what is left to learn, and the answer says so, naming any the sources do not list for
 * where the move leads (so that it is not seen as ignored).
 */

/** The move's gap with the skills said known taken off what to learn, and a line saying which. */
export function withSkillsSaidKnown(answer: Answer, known: readonly string[] | undefined): Answer {
  if (answer.kind !== "gap" || !known || known.length === 0) return answer;
  const ids = new Set(known.map(skillId));
  const onList = (s: string) => ids.has(skillId(s));
  const target = [
    ...answer.toLearn.flatMap((g) => g.items.map((i) => i.text)),
    ...answer.alreadyHave,
    ...answer.ticked,
  ];
  const kept = known.filter((k) => target.some((s) => skillId(s) === skillId(k)));
  const unlisted = known.filter((k) => !kept.includes(k));
  const toLearn: SkillGap["toLearn"] = answer.toLearn
    .map((g) => ({ ...g, items: g.items.filter((i) => !onList(i.text)) }))
    .filter((g) => g.items.length > 0);
  const said = [
    kept.length > 0
      ? `You said you know ${listed(kept)}: left off what ${answer.to.name} still asks you to learn.`
      : "",
    unlisted.length > 0 ? `The sources for ${answer.to.name} do not list ${listed(unlisted)}.` : "",
  ]
    .filter(Boolean)
    .join(" ");
  return { ...answer, toLearn, note: answer.note ? `${said} ${answer.note}` : said };
}
