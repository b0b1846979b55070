import { describe, expect, it } from "vitest";
import { officialLayerInstalled, saidWithLayer } from "../support/official-layer.js";
import { answerText, lastAnswerText } from "../support/questions.js";

// left6 #9: "and computer vision?" after "ml or nlp engineer which pays more" (or a role's pay) was asked
// back what to know, or answered with the occupation again and no word of the specialty: a skill or
// specialty named where a place or level would be asks the role's pay by it, which no source measures.
describe("a specialty named after pay", () => {
  it.each([
    [["ml engineer salary", "and nlp?"], "NLP adds to Machine Learning Engineer pay"],
    [
      ["mle salary", "what about for computer vision"],
      "Computer vision adds to Machine Learning Engineer pay",
    ],
    [["data scientist salary", "and nlp?"], "NLP adds to Data Scientist pay"],
  ])("%j", (messages, said) => {
    const text = lastAnswerText(...messages);
    expect(text).toContain(`No source measures what ${said}`);
  });

  it.skipIf(!officialLayerInstalled)("after a role set against an occupation of the same figures", () => {
    expect(saidWithLayer("ml or nlp engineer which pays more", "and computer vision?")).toContain(
      "No source measures what Computer vision adds to Machine Learning Engineer pay",
    );
  });

  it("with the role named", () => {
    expect(answerText("ml engineer salary with computer vision")).toContain(
      "No source measures what Computer vision adds to Machine Learning Engineer pay",
    );
  });

  it("leaves a level, a place or a role named after pay as before", () => {
    expect(lastAnswerText("swe salary", "and senior?")).toContain(
      "no senior level figure for Software Engineer",
    );
    expect(lastAnswerText("swe salary", "and devops?")).toContain("DevOps Engineer pay");
    expect(lastAnswerText("ml engineer salary", "and in seattle?")).toContain("Seattle, WA: $173,517");
  });
});
