import { describe, expect, it } from "vitest";
import { answerText, understand } from "../support/questions.js";

// Past bug: "my company will pay for a cloud cert, should i take it or just learn python instead" asked
// which cloud role for pay. A certification weighed against a skill is what no source ranks; the answer
// says so, with the roles the certification's field names and those whose sources list the skill.
describe("a certification weighed against a skill", () => {
  it("says no source weighs the two, with the roles of each", () => {
    const q = "my company will pay for a cloud cert, should i take it or just learn python instead";
    expect(understand(q).intent).toBe("skills");
    const text = answerText(q);
    expect(text).toContain(
      "No source weighs a cloud certification against Python, so I cannot pick one for you",
    );
    expect(text).toContain("Cloud Architect");
    expect(text).toContain("Roles whose sources list Python");
    expect(text).not.toContain("Which cloud role do you mean?");
  });

  it("keeps a certification named by its own name on the role whose work it certifies", () => {
    expect(answerText("should i learn python or get aws certified")).toContain(
      "whose work AWS certification certifies",
    );
  });
});
