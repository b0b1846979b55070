import { beforeAll, describe, expect, it } from "vitest";
import { knowledgeWithLayer, officialLayerInstalled, saidWithLayer } from "../support/official-layer.js";
import { answerText, lastAnswerText } from "../support/questions.js";

beforeAll(() => {
  if (officialLayerInstalled) knowledgeWithLayer();
}, 120_000);

// "how long to become a senior swe", "how fast will i grow to senior" after "im a swe": the time to a level
// above within the role is its career path, with no source's timeline (before: how to become one at all).
describe("the time to reach a level", () => {
  it("answers with the role's path and says no source times it", () => {
    const text = answerText("how long to become a senior swe");
    expect(text).toContain("Career path for a Software Engineer");
    expect(text).toContain("No source gives how long it takes to reach senior level as a Software Engineer");
    expect(answerText("how long does it take to get to staff as an sre")).toContain(
      "reach staff level as a Site Reliability Engineer",
    );
    expect(answerText("how many years from junior to senior data engineer")).toContain("Career path for");
  });

  it("reads the thread's role for a person growing", () => {
    expect(lastAnswerText("im a swe", "how fast will i grow to senior")).toContain(
      "Career path for a Software Engineer",
    );
    expect(lastAnswerText("im a data analyst", "how long until i'm senior")).toContain(
      "reach senior level as a Data Analyst",
    );
  });

  it("keeps the way into a role and the market's growth", () => {
    expect(answerText("how long to become a lead mle")).toContain(
      "Getting started as a Lead Machine Learning Engineer",
    );
    expect(answerText("how long to become a data scientist")).toContain("How to become a Data Scientist");
    expect(answerText("how fast will jobs grow for data scientists")).toContain(
      "Outlook for a Data Scientist",
    );
  });
});

// "is freelance a good career": a way of working, not a job (before: "I don't cover freelances yet", or the ML
// market's demand for "is gig work a good job").
describe("a way of working judged as a job", () => {
  it("says it is a way of working and asks for the work", () => {
    for (const q of [
      "is freelance a good career",
      "is contracting a good career",
      "is gig work a good job",
    ]) {
      const text = answerText(q);
      expect(text, q).toMatch(
        /^(Freelancing|Contract work|Gig work) is a way of working, not a job of its own/,
      );
      expect(text, q).not.toContain("ML engineer");
    }
  });

  it("keeps the work's figures when the work is named", () => {
    expect(answerText("freelance graphic designer salary")).not.toContain("way of working");
  });
});

// "is IT stressful in general" after an IT manager's pay: IT made the subject leaves the occupation behind,
// as it leaves a role (before: the managers' occupation answered).
describe("IT made the subject after an occupation", () => {
  it.skipIf(!officialLayerInstalled)("asks of the field, not the occupation held", () => {
    const text = saidWithLayer("it manager salary", "is IT stressful in general");
    expect(text).toContain("Which IT role do you mean?");
    expect(text).not.toContain("Computer and Information Systems Managers");
    expect(saidWithLayer("nurse salary", "what about IT")).toContain("IT roles");
  });
});
