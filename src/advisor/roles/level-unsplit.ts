import type { KnowledgeBase } from "../../knowledge/base.js";
import type { Role } from "../../knowledge/core/schema.js";
import { occupationsOf } from "../../official/data.js";
import { entryFigures } from "../../official/figures.js";
import type { Answer } from "../answers.js";
import { figureView, uniqueCitations } from "../parts/answer-parts.js";
import { factLines } from "../parts/fact-answer.js";

/*
 * Skills or outlook asked of one level ("and for seniors?", "outlook for juniors"): no source splits them by
 * level, which is said first, so the role's own are not taken for that level's. For the entry level, what
 * it takes to start (BLS's typical entry education and related experience) is what the sources do have.
 */

const topicWords = { skills: "skills", outlook: "job outlook" } as const;

/** The answer with the note that its topic is not split by level, where the question names a level. */
export function levelNotSplit(
  kb: KnowledgeBase,
  answer: Answer,
  role: Role,
  topic: keyof typeof topicWords,
  level: string | undefined,
): Answer {
  if (!level || answer.kind !== "answer") return answer;
  const levelName = kb.knowledge.levels.find((l) => l.id === level)?.name.toLowerCase() ?? level;
  const note = `The sources do not split ${topicWords[topic]} by level: what follows is ${role.name}'s at every level, ${levelName} included.`;
  const manifest = kb.official?.manifest;
  const [occupation] = occupationsOf(role, kb.official);
  const entry =
    level === "entry" && manifest && occupation
      ? entryFigures(occupation, manifest)
          .filter((f) => !f.label.startsWith("Typical on-the-job"))
          .map((f) => figureView(kb, f))
      : [];
  const start = entry.length
    ? [`What it takes to start, for ${occupation?.title.toLowerCase()} in the US:`, ...factLines(entry)]
    : [];
  return {
    ...answer,
    facts: [note, ...answer.facts, ...start],
    citations: uniqueCitations([...answer.citations, ...entry.map((f) => f.citation)]),
  };
}
