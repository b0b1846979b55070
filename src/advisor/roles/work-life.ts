import type { KnowledgeBase } from "../../knowledge/base.js";
import { cite } from "../../knowledge/core/figure-text.js";
import type { Role } from "../../knowledge/core/schema.js";
import { drawbacksAsked } from "../../understanding/words/drawbacks-asked.js";
import { asksRemote, opinionAsked } from "../../understanding/words/question-asks.js";
import { workLifeAsked } from "../../understanding/words/work-life.js";
import type { Answer } from "../answers.js";
import { isMlRole, listed, uniqueCitations } from "../parts/answer-parts.js";
import { withArticle } from "../parts/fact-answer.js";

/**
 * What roles do, asked about working life ("how many hours a week do they work", "is it lonely", "work life
 * balance for sre"): the knowledge has nothing on that, said first, then what it has on the work: what each
 * role does and, for machine learning roles, the challenges of the work its sources list. Any other answer
 * is left as it is.
 */
export function workLifeAnswer(kb: KnowledgeBase, question: string, roles: Role[], answer: Answer): Answer {
  const asked = workLifeAsked(question);
  const opinion = opinionAsked(question) !== undefined;
  // "whats the catch" after what an SRE does: no source lists a role's drawbacks, said first.
  const drawbacks = drawbacksAsked(question);
  if ((asked.length === 0 && !opinion && !drawbacks) || answer.kind !== "answer") return answer;
  const who = roles.map((r) => withArticle(r.name)).join(" or ");
  const nothing = asked.length
    ? `The knowledge base has nothing on ${listed(asked)} for ${who}; what it has on the work is below.`
    : drawbacks
      ? `No source lists the drawbacks of working as ${who}; what it has on the work is below.`
      : "";
  // The field-wide challenges are machine learning engineers' (knowledge/challenges.yaml): only theirs.
  const c = kb.knowledge.challenges;
  const ml = roles.some(isMlRole)
    ? `Challenges of machine learning work the sources list: ${c.challenges.map((x) => x.name).join(", ")}.`
    : undefined;
  const [first, ...rest] = answer.facts;
  const unheld = asked.length ? listed(asked) : drawbacks ? "drawbacks" : answer.unheld;
  return {
    ...answer,
    headline: `${nothing} ${answer.headline ?? ""}`.trim(),
    ...(unheld ? { unheld } : {}),
    facts: ml && first !== undefined ? [first, ml, ...rest] : answer.facts,
    citations: ml
      ? uniqueCitations([...answer.citations, cite(kb.sources, c.source, c.asOf)])
      : answer.citations,
  };
}

/**
 * "work life balance in tech", "is it lonely", "is security stressful" with no role to answer for: which
 * role, asked back (`askBack`, which may offer a field's roles; else `plainAskBack`, the usual question back,
 * with no search of the knowledge's words), saying first that the knowledge has nothing on that, only what
 * each role does. Undefined for a question of no aspect of working life nor opinion of the work.
 */
export function workLifeWhichRole(
  question: string,
  askBack: () => Answer,
  plainAskBack: () => Answer = askBack,
): Answer | undefined {
  const aspects = workLifeAsked(question);
  // "is security stressful", "i love security. is it boring?": an opinion of the work, which no source
  // gives, said first as working life is (otherwise: the question back alone).
  const opinion = opinionAsked(question);
  if (aspects.length === 0 && !opinion) return undefined;
  // The question back read from the question (which of a field's roles: "is security stressful"), else the
  // plain one (which role), never an answer the question's other words found ("work life balance in tech").
  const read = askBack();
  const asked = read.kind === "clarify" ? read : plainAskBack();
  if (asked.kind !== "clarify") return undefined;
  const nothing =
    aspects.length > 0
      ? `The knowledge base has nothing on ${listed(aspects)}; it has what each role does.`
      : `The sources give no opinion on whether the work is ${opinion}; they have what each role does.`;
  return { ...asked, prompt: `${nothing} ${asked.prompt}` };
}

/**
 * What an occupation's answer holds nothing on, asked in a question: working life ("is it worth the
 * stress"), remote work ("is it remote friendly"), an opinion of the work ("how stressful is it"), in
 * words; the official figures hold none of them.
 */
export function unheldOfWork(question: string): { workLife?: string } {
  const life = workLifeAsked(question);
  // "stressful, burnout?": the stress is said once, as the aspect of working life it is.
  const opinion = opinionAsked(question);
  const said = opinion === "stressful" && life.includes("stress and burnout") ? undefined : opinion;
  const aspects = [
    ...(asksRemote(question) ? ["remote work"] : []),
    ...life,
    ...(said ? [`whether the work is ${said}`] : []),
  ];
  return aspects.length ? { workLife: listed(aspects) } : {};
}

/** The aspects of working life a question asks ("is it worth the stress"), in words, for an occupation's answer. */
export function workLifeOf(question: string): { workLife?: string } {
  const asked = workLifeAsked(question);
  return asked.length ? { workLife: listed(asked) } : {};
}
