/*
 * "can i become a devops engineer without being a dba first", "do i need to be a sysadmin before devops":
 * a job named as a step one may skip (set aside in `words-set-aside.ts`) makes the question one of the way
 * into the other job, whatever the words around the step ("without", "first") lean the classifier to
 * (education, what the job does). So does the way in asked by how soon it goes ("what's the quickest way in"),
 * which leaned to the role's path on and answered "nothing on quickest" with its duties.
 */
import { type Entities, namedJobs } from "../entities/entities.js";
import { skippedStepWords } from "../entities/step-skipped.js";
import type { Classification } from "../intent/classifier.js";
import type { Intent } from "../intent/intents.js";
import { confidentAt } from "../shape/understanding.js";
import { quickWayInAsked } from "../words/way-from-start.js";

/** Readings a skippable step leans the classifier to, which ask of the way in once it is set aside. */
const leanedTo: ReadonlySet<Intent> = new Set<Intent>(["education", "responsibilities", "gap", "path"]);

/**
 * The question read as one of the way into the job named, where a step on the way is asked as skippable:
 * the job is where the person means to go, as in "how do i become a devops engineer".
 */
export function wayInRead(
  tokens: readonly string[],
  entities: Entities,
  classified: Classification,
): { entities: Entities; classified: Classification } {
  const [role] = entities.roles;
  const stepSkipped = skippedStepWords(tokens).length > 0 && namedJobs(entities) === 1;
  const quickWayIn = quickWayInAsked.test(tokens.join(" ")) && namedJobs(entities) <= 1;
  const asked = (stepSkipped || quickWayIn) && leanedTo.has(classified.intent);
  if (!asked) return { entities, classified };
  return {
    entities: role && !entities.from ? { ...entities, to: role } : entities,
    // The rule, not the classifier's lean, reads the intent: as sure as a confident reading.
    classified: { intent: "gettingStarted", confidence: Math.max(classified.confidence, confidentAt) },
  };
}
