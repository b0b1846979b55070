import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// Past bug: "i love security. is it stressful?" asked which security role and said nothing of stress;
// "is security stressful" gave the ML market's figures. An opinion of the work asked of a field, no role
// named, is asked back which of its roles, saying first that no source gives an opinion.
const cases: [string, string][] = [
  ["i love security. is it stressful?", "Which security role do you mean?"],
  ["is security stressful", "career role security analyst"],
  ["is cloud work stressful?", "Which cloud role do you mean?"],
];

describe("an opinion of a field's work, no role named", () => {
  it.each(cases)("%s", (asked, said) => {
    const text = lastAnswerText(asked);
    expect(text).toContain("The sources give no opinion on whether the work is stressful");
    expect(text).toContain(said);
    expect(text).not.toContain("ML engineer");
  });
});
