import { beforeAll, describe, expect, it } from "vitest";
import { knowledgeWithLayer, officialLayerInstalled, saidWithLayer } from "../support/official-layer.js";
import { lastAnswerText } from "../support/questions.js";

// The whole official layer loads once, before the first question, however busy the machine.
beforeAll(() => {
  if (officialLayerInstalled) knowledgeWithLayer();
}, 120_000);

// A field a job is left for is where the move leads ("leaving helpdesk for cloud"): before, the field was
// unread and the question back offered roles of no cloud (or "product" was dropped altogether).
describe("a job left for a field", () => {
  it("asks which cloud role, from the job left", () => {
    const text = lastAnswerText("thinking of leaving helpdesk for cloud");
    expect(text).toContain("Which cloud role do you want to move to from IT Support Specialist?");
    expect(text).toContain("to cloud architect");
    expect(text).not.toContain("to network administrator");
  });

  it("reads product as Product Manager", () => {
    const text = lastAnswerText("leaving swe for product, dumb move?");
    expect(text).toContain("From Software Engineer to Product Manager");
    expect(text).toContain("Pay side by side");
  });
});

// "da" standing as a job is a data analyst, as "ds" is a data scientist (before: the start was lost and only
// how to become a data scientist was answered).
describe("'da' as a job", () => {
  it("is the start of the move", () => {
    for (const q of ["da here. go ds or stay da", "im a da, should i go ds"]) {
      const text = lastAnswerText(q);
      expect(text, q).toContain("From Data Analyst to Data Scientist");
      expect(text, q).not.toContain("How to become a Data Scientist");
    }
  });

  it("is no role where it stands as no job", () => {
    expect(lastAnswerText("da vinci was a genius")).not.toContain("Data Analyst");
  });
});

describe("'mech engineer'", () => {
  it.skipIf(!officialLayerInstalled)("is a mechanical engineer, the move's start", () => {
    const text = saidWithLayer("mech engineer here, switching to software dev. smart or not");
    expect(text).toContain("From Mechanical Engineers to Software Engineer");
    expect(text).not.toContain("Which engineer is the move");
  });
});

// After a move's answer: another end offered with "or", or a role or field named as where to go on after it.
describe("after a move's answer", () => {
  it("reads 'or sre?' as the move from the same start", () => {
    const text = lastAnswerText("im a sysadmin, should i go devops", "or sre?");
    expect(text).toContain("From System Administrator to Site Reliability Engineer");
    expect(text).not.toContain("DevOps Engineer vs Site Reliability Engineer");
  });

  it("reads 'and after that devops?' as the move on from where the move led", () => {
    const text = lastAnswerText("should i move up from help desk to sys admin", "and after that devops?");
    expect(text).toContain("From System Administrator to DevOps Engineer");
    expect(text).not.toContain("Career path for a DevOps Engineer");
  });

  it("asks which cloud role after 'and after that cloud?', and moves on from the end picked", () => {
    const asked = lastAnswerText("should i move up from help desk to sys admin", "and after that cloud?");
    expect(asked).toContain("Which cloud role do you want to move on to from System Administrator?");
    expect(asked).not.toContain("Career path for a System Administrator");
    const picked = lastAnswerText(
      "should i move up from help desk to sys admin",
      "and after that cloud?",
      "cloud architect",
    );
    expect(picked).toContain("From System Administrator to Cloud Architect");
    expect(picked).not.toContain("From IT Support Specialist to Cloud Architect");
  });
});

// "and at meta?" after SWE -> MLE: Meta's own figures for MLE, general ones for SWE; before, the answer
// opened "The pay below is general, not Meta's." above Meta's own figures.
describe("pay of two roles at an employer with figures for one", () => {
  it("says whose figures are the employer's and whose are general", () => {
    const text = lastAnswerText("swe to mle, how big is the jump", "and at meta?");
    expect(text).toContain(
      "Meta's own figures below are for Machine Learning Engineer; for Software Engineer the pay is general, not Meta's.",
    );
    expect(text).not.toContain("The pay below is general, not Meta's.");
  });
});

describe("roles' pay side by side asked of the first year", () => {
  it("says the figures are of all levels where a side has no entry level figure", () => {
    const text = lastAnswerText("dba -> data eng worth it?", "what about pay in the first year");
    expect(text).toContain(
      "The knowledge base has no entry level figure for Software Data Engineer or Database Administrator",
    );
    expect(text).toContain("$104,620");
  });

  it("adds nothing where the first year is not asked", () => {
    expect(lastAnswerText("dba -> data eng worth it?", "which pays more")).not.toContain(
      "entry level figure",
    );
  });
});
