import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// Past bug: "I'm a QA tester looking to pivot to SDET or dev" weighed the move to Software Engineer
// alone, SDET silently dropped. SDET is one of QA Engineer's names, the role held: that is said first, so the
// option is not seen as lost, with the move to the other option weighed below.
describe("an option that names the role held", () => {
  it.each([
    [
      "I'm a QA tester looking to pivot to SDET or dev",
      "“sdet” is one of QA Engineer's names here",
      "Software Engineer",
    ],
    [
      "im a qa tester, should i go sdet or developer",
      "“sdet” is one of QA Engineer's names here",
      "Software Engineer",
    ],
    [
      "as a software engineer should i go swe or mle",
      "“swe” is one of Software Engineer's names here",
      "Machine Learning Engineer",
    ],
  ])("%s", (asked, said, to) => {
    const text = lastAnswerText(asked);
    expect(text).toContain(said);
    expect(text).toContain(`only ${to} is a move`);
  });
});
