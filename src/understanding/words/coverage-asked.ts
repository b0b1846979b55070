/*
 * "which companies do you have numbers for", "what cities do you cover": a question about which employers
 * or places the advisor itself holds pay figures for, not about any role's pay there nor a ranking of them.
 */

/** The kinds of thing whose coverage is asked: employers, or places. */
export type CoverageAsked = "employers" | "places";

const employerNouns = "(?:companies|company|employers|employer|firms|orgs|organi[sz]ations)";
const placeNouns = "(?:cities|city|places|locations|states|metros|areas|regions)";

/**
 * "…do you have numbers for", "…have you got pay for", "…do you cover", "…are covered": asked of the
 * advisor's own figures, the question ending there ("which companies do you know pay most" asks a ranking).
 */
const ofYourFigures =
  "(?:(?:do|did|can|does) (?:you|u|ya|the bot|this bot) (?:have|got|hold|keep|track|cover|know)|(?:have|has) (?:you|u) got|are (?:covered|included)|(?:do|does) (?:your|ur) (?:data|figures|numbers) (?:cover|have|include))";
const figureNouns =
  "(?:(?:any|the) )?(?:(?:pay|salary|salaries|comp|compensation) )?(?:numbers|figures|data|info|information|pay|salary|salaries|stats|comp|compensation)";
const coverage = (nouns: string) =>
  new RegExp(
    String.raw`\b(?:which|what) ${nouns} (?:(?:are|is) there (?:that )?)?${ofYourFigures}(?: ${figureNouns})?(?: (?:for|on|about|of|in))?\s*[?.!]*$`,
    "i",
  );

const employersCovered = coverage(employerNouns);
const placesCovered = coverage(placeNouns);

/** Which kind of thing the question asks the advisor's pay coverage of, if it asks that. */
export function coverageAsked(text: string): CoverageAsked | undefined {
  const t = text.trim();
  return employersCovered.test(t) ? "employers" : placesCovered.test(t) ? "places" : undefined;
}
