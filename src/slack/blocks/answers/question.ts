import type { KnownBlock } from "@slack/types";
import type { QuestionAnswer } from "../../../advisor/answers.js";
import { esc, sections } from "../kit.js";
import { bullets, sourceLine } from "./parts.js";

/* The answer to a free question, from the knowledge's sections. */

export function questionBlocks(a: QuestionAnswer): KnownBlock[] {
  if (!a.found)
    return sections(
      `I don't have anything on _${esc(a.question)}_ in the knowledge base.\nI can answer questions about tech roles: what they do, pay by level and location, skills, tools, education, career paths, trends, best practices and common challenges.`,
    );
  return [
    ...(a.headline ? sections(`*${esc(a.headline)}*`) : []),
    ...(a.facts.length ? sections(bullets(a.facts)) : []),
    ...a.sections.flatMap((s) => sections(`*${esc(s.title)}*\n${bullets(s.lines)}`)),
    ...sourceLine(a.citations),
  ];
}
