import { describe, expect, it } from "vitest";
import { officialLayerInstalled, saidWithLayer } from "../support/official-layer.js";
import { answerText, lastAnswerText, understand } from "../support/questions.js";

// A review of the session's new rules found each of these read more than its comment said; each was
// narrowed, and these keep them so.
describe("the session's rules, read no wider than they say", () => {
  it("reads no tool or kind of a job heading its pay as an employer", () => {
    for (const q of ["golang developer salary", "dutch software engineer salary", "django developer salary"])
      expect(answerText(q), q).not.toContain("No figures for");
  });

  it("keeps chat's 'da' for 'the' in a data thread", () => {
    expect(lastAnswerText("what does a data scientist make", "whats da best way to get started")).toContain(
      "How to become a Data Scientist",
    );
  });

  it("reads a path or a step as the way in only with 'in'/'into'", () => {
    expect(understand("whats a realistic path to 150k").intent).not.toBe("gettingStarted");
    expect(lastAnswerText("what does a data analyst do", "whats a decent path to senior")).not.toContain(
      "How to become",
    );
  });

  it.skipIf(!officialLayerInstalled)("asks the way there from the job held only for oneself", () => {
    const text = saidWithLayer(
      "im a teacher",
      "what does a data analyst make",
      "how would a new grad get there",
    );
    expect(text).not.toContain("From teacher");
    expect(text).toContain("How to become a Data Analyst");
  });

  it("weighs two skills named beside 'learn first' after IT's roles", () => {
    expect(
      lastAnswerText("what are the top paying it jobs", "what should i learn first, python or sql"),
    ).toContain("No source weighs Python against SQL");
  });

  it.skipIf(!officialLayerInstalled)(
    "keeps a job one does for years, and reads no workplace in a way of working",
    () => {
      expect(
        saidWithLayer("been tutoring my college classmates in math for years, can i become a data scientist"),
      ).toContain("From Tutors to Data Scientist");
      expect(saidWithLayer("how do i go from office to remote work as a data analyst")).not.toContain(
        "Office Clerks",
      );
    },
  );

  it("ranks a field judged whole, not one weighed for someone", () => {
    expect(answerText("is data a good career for women")).toContain("The knowledge holds nothing on gender");
    expect(answerText("is data a good career for women")).not.toContain("Fastest growing roles (data)");
  });
});
