/*
 * "tell me about the data scientist role", "tell me more about the devops engineer job": a role asked to be
 * told about, with nothing else asked, is asked what the role is, as "tell me about data scientists" is.
 * The job noun after the role leaned the classifier to trends or outlook (otherwise a question whose
 * answer is the role's duties was read as one of trends).
 */
import type { Entities } from "../entities/entities.js";
import type { Classification } from "../intent/classifier.js";
import { confidentAt } from "../shape/understanding.js";
import { jobNounWords } from "../words/job-nouns.js";
import { doneAtEmployer } from "../words/question-asks.js";

/** "tell me (more) about (the|a|an) xrole (role|job)": the masked question, the role its only subject. */
const toldAbout = new RegExp(
  `^(?:can you |could you |please )?(?:tell me|talk|explain)(?: a bit| more)? about (?:the |a |an )?xrole(?: (?:${[...jobNounWords].join("|")}))?$`,
);

/**
 * The question read as one of what the one role named is, when it only asks to be told about it, or what
 * it does at an employer.
 */
export function roleToldAboutRead(entities: Entities, classified: Classification): Classification {
  if (classified.intent === "responsibilities") return classified;
  const masked = entities.masked.join(" ");
  if (entities.roles.length !== 1 || !(toldAbout.test(masked) || doneAtEmployer(masked))) return classified;
  // The question's shape, not the classifier's lean, reads the intent.
  return {
    ...classified,
    intent: "responsibilities",
    confidence: Math.max(classified.confidence, confidentAt),
  };
}
