import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// Past bug: "highest paying role you cover" listed every role's name, and "whats the top paying role here"
// answered one role's pay moves: a superlative of a measure before one job asks the ranking the plural
// does. "which of your roles pays the most" ranked with "(your)" as if it narrowed the list.
const cases: [string, string][] = [
  ["highest paying role you cover", "Best paid roles"],
  ["highest paying job you know", "Best paid roles"],
  ["whats the top paying role here", "Best paid roles"],
  ["fastest growing job you cover", "Fastest growing roles"],
];

describe("a superlative over one job asks a ranking", () => {
  it.each(cases)("%s", (asked, said) => {
    const text = lastAnswerText(asked);
    expect(text).toContain(said);
    expect(text).not.toContain("Roles I know");
  });

  it("'your roles' ranks them all, narrowed by nothing", () => {
    const text = lastAnswerText("which of your roles pays the most");
    expect(text).toContain("Best paid roles");
    expect(text).not.toContain("(your)");
  });

  it("the list of roles is still what 'what roles do you cover' asks", () => {
    expect(lastAnswerText("what roles do you cover")).toContain("Roles I know");
  });
});

// Past bug: "self-taught dev here, what pays best" got "I'm not sure what you mean", "what pays best" the
// ML market: what pays best, asked of no role and no thread, ranks the roles.
describe("what pays best, of no role", () => {
  it.each(["self-taught dev here, what pays best", "what pays best", "what job pays the most"])(
    "%s",
    (asked) => {
      expect(lastAnswerText(asked)).toContain("Best paid roles");
    },
  );

  it("after two roles it still weighs those two", () => {
    expect(lastAnswerText("swe vs sre", "which pays best")).toContain(
      "Pay: Software Engineer vs Site Reliability Engineer",
    );
  });
});
