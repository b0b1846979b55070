import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// Past bug: an offer "at a local credit union" was read as no employer, and the answer gave both of the
// thread's roles' pay. A credit union is a kind of employer with no figures of its own: said first, then the
// picked role's general figures.
describe("a credit union as a kind of employer", () => {
  it("says it has no figures for credit unions before the picked role's pay", () => {
    const text = lastAnswerText(
      "whats the diff between a databse admin and a data archetect",
      "which one is it easier to get into",
      "got an offer for the first one at a local credit union, 82k. is that fair?",
    );
    expect(text).toContain("no pay figures for Database Administrator at credit unions");
    expect(text).toContain("$104,620");
    expect(text).not.toContain("Data Architect");
  });
});

describe("a pick with more said after it", () => {
  it("picks the first role where an amount follows ('an offer for the first one, 82k')", () => {
    const text = lastAnswerText(
      "whats the diff between a databse admin and a data archetect",
      "got an offer for the first one, 82k",
    );
    expect(text).toContain("Database Administrator pay:");
    expect(text).not.toContain("Data Architect");
  });
});
