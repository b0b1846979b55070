// The pay charts both bench:knowledge and bench:charts draw: the answers to four questions that come with one.
import { advise } from "../../src/advisor/advise.js";
import type { Answer } from "../../src/advisor/answers.js";
import { anonymousUser } from "../../src/advisor/answers.js";
import type { KnowledgeBase } from "../../src/knowledge/base.js";
import { parseCommand } from "../../src/understanding/command-grammar.js";

export const payChartQuestions = [
  "salary mle",
  "salary mle senior seattle",
  "compare mle swe",
  "compare mle swe dse",
];

/** The answers to `payChartQuestions`, as a user with no preferences gets them. */
export function payChartAnswers(kb: KnowledgeBase): Answer[] {
  return payChartQuestions.flatMap((q) => {
    const command = parseCommand(kb, q);
    return command.kind === "prefs" || command.kind === "digest" ? [] : [advise(kb, command, anonymousUser)];
  });
}
