import { describe, expect, it } from "vitest";
import { answerText } from "../support/questions.js";

// Past bug: "ml jobs in seattle pay" ranked the ML roles nationally and said only that Seattle was not used,
// though the knowledge holds Machine Learning Engineer's Seattle average. The ranking stays national; the
// place's own figure for a role ranked is shown beside, with its source.
describe("a pay ranking asked in a place", () => {
  it("shows the place's figure the knowledge holds for a role ranked", () => {
    const text = answerText("ml jobs in seattle pay");
    expect(text).toContain("Seattle, WA is not used");
    expect(text).toContain(
      "Machine Learning Engineer, Average salary, Seattle, WA: $173,517 (AiPathly, 2024)",
    );
  });

  it("adds nothing where no role ranked has a figure there", () => {
    expect(answerText("best paid data jobs in seattle")).not.toContain("what the sources give for Seattle");
  });
});
