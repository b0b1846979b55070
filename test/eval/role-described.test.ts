import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// Past bug: "the one that builds pipelines" after the data roles set out gave the tools of ML
// pipelines, or asked what to know of all three. A role described by its work, not named, is the one whose
// sources' summary and duties the description clearly fits; where it fits several alike, which is asked.
describe("a field's roles listed", () => {
  it.each([
    ["what are the data roles", "The 7 data roles I know"],
    ["what data roles are there", "The 7 data roles I know"],
    ["which security roles are there", "The 2 security roles I know"],
  ])("%s lists that field's roles", (question, said) => {
    const text = lastAnswerText(question);
    expect(text).toContain(said);
    expect(text).not.toContain("Roles I know");
  });
});

describe("a role described by its work", () => {
  const three = "data engineer vs data scientist vs data analyst";

  it.each([
    [three, "the one that builds pipelines", "What a Software Data Engineer does"],
    [three, "the one who makes dashboards", "What a Data Analyst does"],
    [
      "data engineer vs data scientist",
      "ok the one building pipelines",
      "What a Software Data Engineer does",
    ],
    ["what are the data roles", "the one that makes dashboards", "What a Data Analyst does"],
  ])("picks the one it clearly fits: %s, %s", (first, reply, said) => {
    expect(lastAnswerText(first, reply).split("\n")[0]).toContain(said);
  });

  it("asks which where several fit alike, the thread's roles to pick from", () => {
    const text = lastAnswerText(three, "the one that trains models");
    expect(text).toContain("“trains models” fits Data Scientist and Data Analyst alike");
    expect(text).toContain("career role software data engineer");
    expect(lastAnswerText(three, "the one that trains models", "the second one")).toContain(
      "What a Data Analyst does",
    );
  });

  it("asks which among a field's roles where the description fits several", () => {
    const text = lastAnswerText("what are the data roles", "the one that builds pipelines");
    expect(text).toContain(
      "fits Data Science Engineer, Big Data Cloud Engineer and Software Data Engineer alike",
    );
  });

  it("leaves a pick by pay to the pay comparison", () => {
    expect(lastAnswerText("data scientist vs data analyst", "the one that makes more money")).toContain(
      "Pay: Data Scientist vs Data Analyst",
    );
  });
});
