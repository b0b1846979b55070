import { beforeAll, describe, expect, it } from "vitest";
import { knowledgeWithLayer, officialLayerInstalled, saidWithLayer } from "../support/official-layer.js";
import { answerText, lastAnswerText } from "../support/questions.js";

beforeAll(() => {
  if (officialLayerInstalled) knowledgeWithLayer();
}, 120_000);

// A review of this session's rules found them reading more than they said; each is narrowed here, and the
// question it was written for still reads as it did.
describe("the session's rules, narrowed", () => {
  it.skipIf(!officialLayerInstalled)(
    "reads a line of business as a move's start only where the asker moves on",
    () => {
      expect(saidWithLayer("i work in banking, want to move into cybersecurity")).toContain("“banking”");
      expect(saidWithLayer("i work in finance as a data analyst, would data science pay more")).toContain(
        "From Data Analyst to Data Scientist",
      );
      expect(saidWithLayer("i work in banking, what does a data analyst make there")).toContain(
        "Data Analyst pay",
      );
    },
  );

  it.skipIf(!officialLayerInstalled)("ranks occupations by a whole word of their titles", () => {
    const oil = saidWithLayer("oil jobs pay");
    expect(oil).not.toContain("Soil and Plant Scientists");
    expect(saidWithLayer("care jobs pay")).not.toContain("Career/Technical");
  });

  it.skipIf(!officialLayerInstalled)(
    "keeps a counter clerk set against another job, and negotiating other things",
    () => {
      expect(saidWithLayer("counter or cashier, which pays more")).toContain("Counter and Rental Clerks");
      expect(
        lastAnswerText("software engineer salary", "how do i counter imposter syndrome as a new developer"),
      ).not.toContain("negotiating pay");
      expect(lastAnswerText("software engineer salary", "can i negotiate remote work")).not.toContain(
        "negotiating pay",
      );
      expect(lastAnswerText("backend dev salary", "should i counter or take it")).toContain(
        "negotiating pay",
      );
    },
  );

  it("reads pay rising only as pay asked how fast or with the years", () => {
    expect(answerText("does pay go up if i get a masters as a data scientist")).not.toContain(
      "pay by years of experience",
    );
    expect(answerText("will my pay go up if i switch from qa to devops")).not.toContain(
      "pay by years of experience",
    );
    expect(lastAnswerText("it support salary", "how fast does it go up")).toContain(
      "pay by years of experience",
    );
  });

  it("reads no amount of things as pay, and no English word as a slip of a name", () => {
    expect(answerText("our it support team closes 50k tickets a year, is burnout high")).not.toContain(
      "$50,000 a year stands",
    );
    expect(answerText("could i clear 100k in student loans as a software engineer")).not.toContain(
      "$100,000 a year stands",
    );
    expect(answerText("i led ml projects at my last job, could i be an mle")).not.toContain(
      "Lead Machine Learning",
    );
  });

  it("keeps a team at a support tier and customer service's tiers out of IT support", () => {
    expect(answerText("our tier 3 support team uses python, should the data analyst learn it")).toContain(
      "Python for a Data Analyst",
    );
    expect(answerText("whats the median pay for it L2 support in the us")).toContain(
      "IT Support Specialist pay",
    );
  });

  it("asks 'what should i make' of pay only as what one should be making", () => {
    expect(lastAnswerText("data analyst", "what should i make sure to learn first")).not.toContain(
      "Data Analyst pay",
    );
  });
});
