import { asksCertificates, degreeWords, payNouns, wordsGroup } from "./topic-words.js";

/*
 * "does having aws certs raise pay", "is cissp worth it for pay", "does it pay to learn kubernetes": what a
 * certification or a skill adds to pay. No source measures pay by certification, and only a few name what a
 * skill adds; the answer says so first, then what the sources have.
 */

/** Words of pay a credential or a skill might change. */
const pay = wordsGroup(payNouns);

/** A change to pay asked about: "raise pay", "increase my salary", "get me a raise", "worth it for pay". */
const payChange = new RegExp(
  [
    `\\b(?:raises?|increases?|boosts?|bumps?|improves?|affects?|impacts?|helps?)\\s+(?:my |your |the |their |a |an |ur )?(?:\\w+ )?${pay}\\b`,
    `\\b${pay}\\s+(?:raise|rise|increase|bump|boost|jump|hike|premium|difference|diff)\\b`,
    `\\b(?:get|gets|getting|give|gives|land|lands)\\s+(?:me |you |u |them |someone )?(?:a |an )?(?:raise|pay rise|higher ${pay}|more money|more ${pay})\\b`,
    `\\bworth it (?:for|in terms of) (?:the )?(?:${pay}|money)\\b`,
    `\\b(?:${pay}|money)[- ]wise\\b`,
    `\\bdoes it pay to (?:learn|get|have|study|take|know)\\b`,
    `\\b(?:earn|make|paid|pays?)\\s+more\\b`,
    `\\bhigher ${pay}\\b`,
    `\\bmore (?:money|${pay})\\b`,
  ].join("|"),
  "i",
);

/** A degree named: "masters", "a phd", "an mba". */
const degreeGroup = wordsGroup(degreeWords);

/**
 * A degree held, as pay is measured by it: "salary with a masters", "data scientists with a phd", "does a
 * masters increase salary". Not a degree needed ("do i need a masters"): no "need" sits before it.
 */
const degreeHeld = new RegExp(
  `\\b(?:with|having|holding|does|do|will|would|can)\\s+(?:a |an |my |the |ur |your )?${degreeGroup}\\b`,
  "i",
);

/** Words of pay besides the nouns: "earn", "make more". */
const payNamed = new RegExp(`\\b(?:${pay}|earn|earns|earning|earnings)\\b`, "i");

/**
 * What a question asks pay to be measured by: a certification ("is cissp worth it for pay"), a skill
 * ("does it pay to learn kubernetes", the skills read by the pipeline), a degree held ("salary with a
 * masters"), or none. `payAlreadyAsked`: the question is read as one of pay already (in a thread, "with a phd?").
 */
export function payByCredentialAsked(
  question: string,
  skillsNamed: boolean,
  payAlreadyAsked: boolean,
): "certification" | "skill" | "degree" | undefined {
  // "software engineer salary with a masters", "with a phd?" after pay: no source splits pay by degree.
  if (degreeHeld.test(question) && (payAlreadyAsked || payNamed.test(question) || payChange.test(question)))
    return "degree";
  if (!payChange.test(question)) return undefined;
  if (asksCertificates(question)) return "certification";
  return skillsNamed ? "skill" : undefined;
}
