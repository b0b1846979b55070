import { beforeAll, describe, expect, it } from "vitest";
import { knowledgeWithLayer, officialLayerInstalled, saidWithLayer } from "../support/official-layer.js";
import { answerText, lastAnswerText } from "../support/questions.js";

beforeAll(() => {
  if (officialLayerInstalled) knowledgeWithLayer();
}, 120_000);

// "should i counter" after a role's pay answers an offer of that role; "counter" so said is no counter
// clerk (before: Counter and Rental Clerks' figures, r88).
describe("an offer answered", () => {
  it.skipIf(!officialLayerInstalled)("reads 'counter' as the verb and the thread's role's pay", () => {
    for (const thread of [
      ["backend dev salary", "should i counter or take it"],
      ["qa engineer salary", "how much should i counter"],
      ["backend dev salary", "should i negotiate"],
    ]) {
      const text = saidWithLayer(...thread);
      expect(text, thread[1]).toContain("The knowledge holds nothing on negotiating pay");
      expect(text, thread[1]).not.toContain("Counter and Rental Clerks");
    }
    expect(saidWithLayer("counter clerk salary")).toContain("Counter and Rental Clerks");
  });
});

// "how do i get into IT with no degree": the way in asked in so many words (before: the roles that need no
// degree ranked by pay, r87 and r88); a ranking asked stays one.
describe("the way into IT with no degree", () => {
  it("answers the way in", () => {
    for (const q of ["how do i get into IT with no degree", "how can i break into IT without a degree"])
      expect(answerText(q), q).toContain("How to become an IT Support Specialist");
    expect(answerText("best IT jobs with no degree")).toContain("Best paid roles that need no degree");
  });
});

// "tech writer", "is tech writing a good career": the technical writers (before: Writers and Authors, or
// the ML challenges, r87).
describe("technical writers by their short names", () => {
  it.skipIf(!officialLayerInstalled)("reads the title and the work as Technical Writers", () => {
    expect(saidWithLayer("tech writer salary")).toContain("Technical Writers (SOC 27-3042)");
    expect(saidWithLayer("is tech writing a good career")).toContain("Technical Writers (SOC 27-3042)");
    expect(saidWithLayer("technical writing skills for software engineers")).toContain(
      "Skills for a Software Engineer",
    );
  });
});

// "whats the gap between them skills wise" after two roles: their skills set side by side (before: the
// ML sections' "gap", said to be missing, r88).
describe("the skills gap between two roles", () => {
  it("sets the two roles' skills side by side", () => {
    const text = lastAnswerText("front end vs back end pay", "whats the gap between them skills wise");
    expect(text).toContain("Only Front-End Developer");
    expect(text).not.toContain("no figures on “gap”");
  });
});

// "how fast does it go up" after a role's pay: how its pay rises, which no source gives by years; the pay
// it does hold, with that said first (before: how to get in, r88).
describe("pay rising with the years", () => {
  it("gives the role's pay and says nothing is held by years", () => {
    const threads: [string, string][] = [
      ["it support salary", "how fast does it go up"],
      ["qa engineer salary", "does it go up with experience"],
    ];
    for (const [first, next] of threads) {
      const text = lastAnswerText(first, next);
      expect(text, next).toContain("The knowledge holds nothing on pay by years of experience");
      expect(text, next).toMatch(/(IT Support Specialist|QA Engineer) pay:/);
    }
    expect(lastAnswerText("data scientist outlook", "how fast does it grow")).toContain(
      "Outlook for a Data Scientist",
    );
  });
});

// "ml or nlp engineer which pays more": the NLP engineer is the occupation named, not NLP as a skill whose
// worth to ML engineers is asked (r88).
describe("a skill's word inside an occupation's title", () => {
  it.skipIf(!officialLayerInstalled)("sets the occupation against the role", () => {
    const text = saidWithLayer("ml or nlp engineer which pays more");
    expect(text).toContain("“nlp engineer” is one of the job titles O*NET lists");
    expect(text).not.toContain("what NLP adds");
  });
});
